"""Honest friction: which rules a use about to be saved would break.

Logging a use that crosses a firm line asks for a short reason first (kept in the breach
log); a nudge only informs. This module finds those breaches for an input that has not been
saved yet, with the rules' own evaluation.
"""

from __future__ import annotations

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
    minutes = value.minutes
    if value.ended_at is not None:
        minutes = span_minutes(value.started_at, value.ended_at)
    if minutes is None or not 0 < minutes <= 24 * 60:
        return []
    source: Journal | DashboardCache = journal
    if reads is not None:
        reads.update()  # once, for the three reads below
        source = reads
    rules = [rule for rule in source.rules() if rule.is_active]
    if not rules:
        return []
    settings = journal.settings()
    started_at = value.started_at.replace(second=0, microsecond=0)
    day = journal_day(started_at, settings.day_start_hour)
    candidate = AiUse(
        id=use_id if use_id is not None else 0,
        started_at=started_at,
        day=day,
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
        created_at=journal.now(),
        neutral=value.neutral,
    )
    first = history_start(rules, day, settings)
    uses = [u for u in source.uses_between(first, day) if u.id != candidate.id]
    connections = source.connections_between(first, day)
    by_id = {rule.id: rule for rule in rules}
    found = breaches_for_new_use(rules, uses, connections, candidate, settings)
    return [RuleBreach(by_id[b.rule_id], b) for b in found]
