"""Honest friction: which rules a use about to be saved would break.

Logging a use that crosses a firm line asks for a short reason first (kept in the breach
log); a nudge only informs. This module finds those breaches for an input that has not been
saved yet, with the rules' own evaluation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from vision_journal.core.calendar import journal_day
from vision_journal.core.dashboard_cache import DashboardCache
from vision_journal.core.journal import Journal
from vision_journal.core.records import AiUse, AiUseInput, BoundaryRule, Severity
from vision_journal.core.rules import Breach, breaches_for_new_use, history_start
from vision_journal.core.validation import span_minutes


@dataclass(frozen=True, slots=True)
class RuleBreach:
    """A rule and the breach a use would cause or grow."""

    rule: BoundaryRule
    breach: Breach

    @property
    def is_firm(self) -> bool:
        """True when the rule is a firm line (a reason is asked for)."""
        return self.rule.severity is Severity.FIRM


def breaches_of(
    journal: Journal,
    value: AiUseInput,
    use_id: int | None = None,
    reads: DashboardCache | None = None,
) -> list[RuleBreach]:
    """The breaches saving `value` would cause (as a new use, or as use `use_id` edited).

    An input the core would refuse anyway yields nothing: validation speaks first. With
    `reads` (the window's dashboard cache) the rules and recent days come from memory.
    """
    return breaches_of_many(journal, [value], use_id, reads)[0]


def breaches_of_many(
    journal: Journal,
    values: Sequence[AiUseInput],
    use_id: int | None = None,
    reads: DashboardCache | None = None,
) -> list[list[RuleBreach]]:
    """The breaches of each of `values` saved together as new uses (confirming many found
    sessions at once), in the order given.

    The uses are judged in the order they started, each with the earlier ones already
    saved: two sessions that together go past a budget break it with the second. `use_id`
    (for one value only) judges it as that use edited.
    """
    result: list[list[RuleBreach]] = [[] for _ in values]
    source: Journal | DashboardCache = journal
    if reads is not None:
        reads.update()  # once, for the reads below
        source = reads
    rules = [rule for rule in source.rules() if rule.is_active]
    if not rules or not values:
        return result
    settings = journal.settings()
    now = journal.now()
    candidates: list[tuple[int, AiUse]] = []
    for index, value in enumerate(values):
        minutes = value.minutes
        if value.ended_at is not None:
            minutes = span_minutes(value.started_at, value.ended_at)
        if minutes is None or not 0 < minutes <= 24 * 60:
            continue  # the core would refuse it: validation speaks first
        # Ids no saved use has, so each candidate is told apart from the others.
        own_id = use_id if use_id is not None and len(values) == 1 else -1 - index
        candidates.append((index, _as_use(value, own_id, minutes, settings.day_start_hour, now)))
    if not candidates:
        return result
    days = [use.day for _, use in candidates]
    first = min(history_start(rules, day, settings) for day in days)
    saved_ids = {use.id for _, use in candidates}
    uses = [u for u in source.uses_between(first, max(days)) if u.id not in saved_ids]
    connections = source.connections_between(first, max(days))
    by_id = {rule.id: rule for rule in rules}
    for index, candidate in sorted(candidates, key=lambda c: (c[1].started_at, c[0])):
        found = breaches_for_new_use(rules, uses, connections, candidate, settings)
        result[index] = [RuleBreach(by_id[b.rule_id], b) for b in found]
        uses.append(candidate)
    return result


def _as_use(
    value: AiUseInput, use_id: int, minutes: int, day_start_hour: int, now: dt.datetime
) -> AiUse:
    started_at = value.started_at.replace(second=0, microsecond=0)
    return AiUse(
        id=use_id,
        started_at=started_at,
        day=journal_day(started_at, day_start_hour),
        minutes=minutes,
        tool_id=value.tool_id,
        purpose=value.purpose,
        sphere=value.sphere,
        circle_id=value.circle_id,
        goal_id=value.goal_id,
        mediation=value.mediation,
        disclosed=value.disclosed,
        planned_minutes=value.planned_minutes,
        feeling=value.feeling,
        note="",
        source=value.source,
        source_id=value.source_id,
        created_at=now,
        neutral=value.neutral,
    )
