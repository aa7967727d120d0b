"""The last days of each boundary rule, one mark a day: kept, broken, or no data.

Qt-free. The marks come from the same evaluation as everything else about rules
(`rules.evaluate_rules`): a day is **broken** when the rule has a breach on it. Otherwise it
is **kept** when the journal holds something for that day (an AI use or a connection, the
days the balance index counts as days with data), and **no data** when it holds nothing,
when the rule did not exist yet, or while it is paused: a day nobody wrote about proves no
rule kept. Today counts as it stands so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vision_journal.core.calendar import journal_day
from vision_journal.core.records import AiUse, BoundaryRule, Connection, Settings
from vision_journal.core.rules import Breach, evaluate_rules, history_start, rule_start_day

#: How many days a rule's strip shows, today included.
STRIP_DAYS = 7


class DayMark(StrEnum):
    """How one rule fared on one day."""

    KEPT = "kept"
    BROKEN = "broken"
    NO_DATA = "no_data"


@dataclass(frozen=True, slots=True)
class RuleDay:
    """One day of a rule's strip, with the breach that broke it."""

    day: dt.date
    mark: DayMark
    breach: Breach | None = None


def strip_first_day(today: dt.date, days: int = STRIP_DAYS) -> dt.date:
    """The first day of a strip of `days` days ending today."""
    return today - dt.timedelta(days=days - 1)


def strip_history_start(
    rules: Iterable[BoundaryRule], today: dt.date, settings: Settings, days: int = STRIP_DAYS
) -> dt.date:
    """The first journal day whose uses and connections `rule_days` needs."""
    return history_start(rules, strip_first_day(today, days), settings)


def rule_days(
    rules: Sequence[BoundaryRule],
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    settings: Settings,
    now: dt.datetime,
    days: int = STRIP_DAYS,
) -> Mapping[int, tuple[RuleDay, ...]]:
    """Each rule's last `days` days, oldest first, by rule id.

    Pass the uses and connections from `strip_history_start(rules, today, settings)` on.
    """
    today = journal_day(now, settings.day_start_hour)
    first = strip_first_day(today, days)
    report = evaluate_rules(rules, uses, connections, first, today, settings, now)
    breaches = {(b.rule_id, b.day): b for b in report.breaches}
    logged = {u.day for u in uses} | {c.day for c in connections}
    span = [first + dt.timedelta(days=i) for i in range(days)]
    result: dict[int, tuple[RuleDay, ...]] = {}
    for rule in rules:
        start = rule_start_day(rule, settings)
        marks = []
        for day in span:
            breach = breaches.get((rule.id, day))
            if breach is not None:
                marks.append(RuleDay(day, DayMark.BROKEN, breach))
            elif rule.is_active and day >= start and day in logged:
                marks.append(RuleDay(day, DayMark.KEPT))
            else:
                marks.append(RuleDay(day, DayMark.NO_DATA))
        result[rule.id] = tuple(marks)
    return result
