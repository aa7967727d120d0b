"""Boundary rules as a charter: one plain English sentence per rule, without Qt.

The window words rules in the person's language through Qt (`ui/rule_sentence.py`); the
exported summary and the command line have no Qt, so this module writes the same sentences in
English: "No AI from 21:00 to 07:00 on weekdays." It is total: unknown ids read "a deleted
circle" or "a deleted tool", and no combination of parameters raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from vision_journal.core.records import (
    ALL_WEEKDAYS,
    MEDIATED_KINDS,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CurfewParams,
    DisclosureParams,
    Mediation,
    NoMediationParams,
    PurposeLimitParams,
    RuleParams,
    Sphere,
    TimeWindow,
    UsePurpose,
)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PURPOSE_PHRASES = {
    UsePurpose.DRAFT_MESSAGE: "for drafting messages",
    UsePurpose.EDIT_POLISH: "for editing or polishing",
    UsePurpose.TRANSLATE: "for translating",
    UsePurpose.SUMMARISE: "for summaries",
    UsePurpose.RELATIONSHIP_ADVICE: "for relationship advice",
    UsePurpose.EMOTIONAL_SUPPORT: "for emotional support",
    UsePurpose.PLANNING: "for planning",
    UsePurpose.RESEARCH_LEARNING: "for research and learning",
    UsePurpose.WORK_TASK: "for work tasks",
    UsePurpose.CREATIVE: "for creative work",
}

_MEDIATION_ADJECTIVES = {
    Mediation.AI_DRAFTED: "AI-drafted",
    Mediation.AI_EDITED: "AI-edited",
    Mediation.AI_TRANSLATED: "AI-translated",
    Mediation.AI_REPLIED: "AI-sent",
}


def join_and(parts: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def join_or(parts: Iterable[str]) -> str:
    """ "a", "a or b", "a, b or c"."""
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} or {items[-1]}"


def duration_text(minutes: int) -> str:
    """ "45 minutes", "1 hour", "1 hour 30 minutes"."""
    hours, rest = divmod(max(0, minutes), 60)
    minute_text = "1 minute" if rest == 1 else f"{rest} minutes"
    if hours == 0:
        return minute_text
    hour_text = "1 hour" if hours == 1 else f"{hours} hours"
    return hour_text if rest == 0 else f"{hour_text} {minute_text}"


def clock_text(minute_of_day: int) -> str:
    """A minute after midnight as a 24-hour time: "21:00"."""
    minute = minute_of_day % (24 * 60)
    return f"{minute // 60:02d}:{minute % 60:02d}"


def weekdays_text(weekdays: frozenset[int]) -> str:
    """ "every day", "on weekdays", "at weekends", "on Monday", "on Mon, Wed and Fri"."""
    days = sorted(d for d in weekdays if d in ALL_WEEKDAYS)
    chosen = frozenset(days)
    if not days:
        return "on no day"
    if chosen == ALL_WEEKDAYS:
        return "every day"
    if chosen == frozenset(range(5)):
        return "on weekdays"
    if chosen == frozenset({5, 6}):
        return "at weekends"
    if len(days) == 1:
        return f"on {_WEEKDAYS[days[0]]}"
    return f"on {join_and(_WEEKDAYS[d][:3] for d in days)}"


def window_text(window: TimeWindow) -> str:
    """ "from 21:00 to 07:00"."""
    return f"from {clock_text(window.start_minute)} to {clock_text(window.end_minute)}"


def _name(names: Mapping[int, str], record_id: int, missing: str) -> str:
    return names.get(record_id, "").strip() or missing


def params_sentence(
    params: RuleParams, circles: Mapping[int, str], tools: Mapping[int, str]
) -> str:
    """What a rule asks, as a sentence without a full stop: "At most 45 minutes of AI a day"."""
    if isinstance(params, BudgetParams):
        scopes = [
            "AI" if params.tool_id is None else _name(tools, params.tool_id, "a deleted tool")
        ]
        if params.purpose is not None:
            scopes.append(PURPOSE_PHRASES[params.purpose])
        if params.sphere is not None:
            scopes.append("in personal life" if params.sphere is Sphere.PERSONAL else "at work")
        if params.circle_id is not None:
            scopes.append(f"involving {_name(circles, params.circle_id, 'a deleted circle')}")
        period = {
            BudgetPeriod.DAY: "a day",
            BudgetPeriod.WEEK: "per week",
            BudgetPeriod.ROLLING_7_DAYS: "in any 7 days",
        }[params.period]
        text = f"At most {duration_text(params.minutes)} of {' '.join(scopes)} {period}"
        if params.has_rollover and params.period is not BudgetPeriod.ROLLING_7_DAYS:
            text += ", unused time rolls over"
        return text
    if isinstance(params, CurfewParams):
        if not params.windows:
            return f"No AI at set times {weekdays_text(params.weekdays)}"
        windows = join_and(window_text(w) for w in params.windows)
        return f"No AI {windows} {weekdays_text(params.weekdays)}"
    if isinstance(params, NoMediationParams):
        circle = _name(circles, params.circle_id, "a deleted circle")
        kinds = [m for m in Mediation if m in params.mediations and m is not Mediation.NONE]
        if not kinds or frozenset(kinds) == MEDIATED_KINDS:
            return f"No AI-mediated messages to {circle}"
        return f"No {join_or(_MEDIATION_ADJECTIVES[m] for m in kinds)} messages to {circle}"
    if isinstance(params, DisclosureParams):
        circle = _name(circles, params.circle_id, "a deleted circle")
        return f"AI-mediated messages to {circle} are always disclosed"
    if isinstance(params, PurposeLimitParams):
        text = f"No AI {PURPOSE_PHRASES[params.purpose]}"
        if params.circle_id is not None:
            text += f" involving {_name(circles, params.circle_id, 'a deleted circle')}"
        return text
    circle = _name(circles, params.circle_id, "a deleted circle")
    return f"At most {params.max_percent} % of messages to {circle} mediated by AI, over any 7 days"


def rule_sentence(rule: BoundaryRule, circles: Mapping[int, str], tools: Mapping[int, str]) -> str:
    """The charter sentence of a rule, ending in a full stop."""
    return params_sentence(rule.params, circles, tools) + "."
