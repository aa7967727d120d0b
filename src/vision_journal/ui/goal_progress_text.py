"""Where a goal stands, in words: "10 of 30 min today", "4 of 5 days kept this week".

The numbers are the core's (`core.goal_progress`); the Goals list and the goal's details
word them the same way, through these functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from vision_journal.core.goal_progress import GoalProgress, goal_progress, period_first_day
from vision_journal.core.journal import Journal
from vision_journal.core.records import Goal, GoalKind, MeasurePeriod, MeasureUnit
from vision_journal.ui.formatting import format_number


def progress_of(journal: Journal, goals: Sequence[Goal]) -> dict[int, GoalProgress]:
    """Where each goal with a measure stands today, by goal id (one read of the journal)."""
    measured = [g for g in goals if g.measure_period is not None and g.target_value is not None]
    if not measured:
        return {}
    settings = journal.settings()
    today = journal.today()
    first = min(
        period_first_day(g.measure_period or MeasurePeriod.DAY, today, settings) for g in measured
    )
    uses = journal.uses_between(first, today)
    connections = journal.connections_between(first, today)
    entries = journal.progress()
    found = {}
    for goal in measured:
        progress = goal_progress(goal, entries, today, settings, uses, connections)
        if progress is not None:
            found[goal.id] = progress
    return found


def period_text(goal: Goal, progress: GoalProgress) -> str:
    """The current period against the target: "10 of 30 min today", "2 of 3 this week"."""
    minutes = goal.measure_unit is MeasureUnit.MINUTES
    templates = {
        (MeasurePeriod.DAY, True): QCoreApplication.translate("GoalProgress", "%1 of %2 min today"),
        (MeasurePeriod.WEEK, True): QCoreApplication.translate(
            "GoalProgress", "%1 of %2 min this week"
        ),
        (MeasurePeriod.MONTH, True): QCoreApplication.translate(
            "GoalProgress", "%1 of %2 min this month"
        ),
        (MeasurePeriod.DAY, False): QCoreApplication.translate("GoalProgress", "%1 of %2 today"),
        (MeasurePeriod.WEEK, False): QCoreApplication.translate(
            "GoalProgress", "%1 of %2 this week"
        ),
        (MeasurePeriod.MONTH, False): QCoreApplication.translate(
            "GoalProgress", "%1 of %2 this month"
        ),
    }
    text = templates[(progress.period, minutes)]
    text = text.replace("%1", format_number(progress.period_total))
    text = text.replace("%2", format_number(progress.target))
    if progress.is_over:
        text = QCoreApplication.translate("GoalProgress", "%1, over the limit").replace("%1", text)
    return text


def week_text(progress: GoalProgress) -> str:
    """A daily goal's week so far: "4 of 5 days kept this week"; "" for other goals."""
    if progress.week_days is None or progress.week_kept is None:
        return ""
    if progress.week_days == 0:
        return QCoreApplication.translate("GoalProgress", "No day decided yet this week")
    if progress.kind is GoalKind.LIMIT:
        text = QCoreApplication.translate(
            "GoalProgress", "%1 of %n day(s) kept this week", "", progress.week_days
        )
    else:
        text = QCoreApplication.translate(
            "GoalProgress", "%1 of %n day(s) met this week", "", progress.week_days
        )
    return text.replace("%1", format_number(progress.week_kept))


def short_text(goal: Goal, progress: GoalProgress | None) -> str:
    """One line for the Goals list: the week for a daily goal, else the current period."""
    if progress is None:
        return ""
    return week_text(progress) or period_text(goal, progress)
