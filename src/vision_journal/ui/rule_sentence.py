"""A boundary rule as one plain-language sentence, in the person's language and locale.

The sentence is what the Boundaries page lists and what the rule dialog previews as the form
changes: "No AI from 21:00 to 07:00 on weekdays — firm line". It is total: every combination
of parameters, including ones the core would refuse (no window, no weekday) and ids of
circles or tools that no longer exist, gives a readable sentence and never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QTime

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
    RuleInput,
    RuleParams,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
)
from vision_journal.ui.formatting import format_number

WORKING_DAYS = frozenset(range(5))
WEEKEND_DAYS = frozenset({5, 6})
_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2, ... replaced in one pass (a value may itself contain "%2")."""

    def value_of(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_of, template)


def join_or(parts: Iterable[str]) -> str:
    """ "a", "a or b", "a, b or c"."""
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return fill(
        QCoreApplication.translate("rules", "%1 or %2"),
        QCoreApplication.translate("rules", ", ").join(items[:-1]),
        items[-1],
    )


def join_and(parts: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return fill(
        QCoreApplication.translate("rules", "%1 and %2"),
        QCoreApplication.translate("rules", ", ").join(items[:-1]),
        items[-1],
    )


def duration_text(minutes: int) -> str:
    """Minutes as a person says them: "45 minutes", "3 hours", "1 hour 30 minutes"."""
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if hours == 0:
        text = (
            QCoreApplication.translate("rules", "1 minute")
            if rest == 1
            else fill(QCoreApplication.translate("rules", "%1 minutes"), format_number(rest))
        )
        return sign + text
    hour_text = (
        QCoreApplication.translate("rules", "1 hour")
        if hours == 1
        else fill(QCoreApplication.translate("rules", "%1 hours"), format_number(hours))
    )
    if rest == 0:
        return sign + hour_text
    minute_text = (
        QCoreApplication.translate("rules", "1 minute")
        if rest == 1
        else fill(QCoreApplication.translate("rules", "%1 minutes"), format_number(rest))
    )
    return sign + fill(QCoreApplication.translate("rules", "%1 %2"), hour_text, minute_text)


def time_text(minute_of_day: int) -> str:
    """A minute after midnight in the locale's short time format ("21:00", "9:00 PM")."""
    minute = minute_of_day % (24 * 60)
    return QLocale().toString(QTime(minute // 60, minute % 60), QLocale.FormatType.ShortFormat)


def weekdays_text(weekdays: frozenset[int]) -> str:
    """ "every day", "on weekdays", "at weekends", "on Monday", "on Mon, Wed and Fri"."""
    days = sorted(d for d in weekdays if d in ALL_WEEKDAYS)
    if not days:
        return QCoreApplication.translate("rules", "on no day")
    chosen = frozenset(days)
    if chosen == ALL_WEEKDAYS:
        return QCoreApplication.translate("rules", "every day")
    if chosen == WORKING_DAYS:
        return QCoreApplication.translate("rules", "on weekdays")
    if chosen == WEEKEND_DAYS:
        return QCoreApplication.translate("rules", "at weekends")
    locale = QLocale()
    if len(days) == 1:
        return fill(
            QCoreApplication.translate("rules", "on %1"),
            locale.dayName(days[0] + 1, QLocale.FormatType.LongFormat),
        )
    names = [locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in days]
    return fill(QCoreApplication.translate("rules", "on %1"), join_and(names))


def window_text(window: TimeWindow) -> str:
    """ "from 21:00 to 07:00"."""
    return fill(
        QCoreApplication.translate("rules", "from %1 to %2"),
        time_text(window.start_minute),
        time_text(window.end_minute),
    )


def purpose_phrase(purpose: UsePurpose) -> str:
    """What AI is used for, to follow "AI": "for emotional support"."""
    phrases = {
        UsePurpose.DRAFT_MESSAGE: QCoreApplication.translate("rules", "for drafting messages"),
        UsePurpose.EDIT_POLISH: QCoreApplication.translate("rules", "for editing or polishing"),
        UsePurpose.TRANSLATE: QCoreApplication.translate("rules", "for translating"),
        UsePurpose.SUMMARISE: QCoreApplication.translate("rules", "for summaries"),
        UsePurpose.RELATIONSHIP_ADVICE: QCoreApplication.translate(
            "rules", "for relationship advice"
        ),
        UsePurpose.EMOTIONAL_SUPPORT: QCoreApplication.translate("rules", "for emotional support"),
        UsePurpose.PLANNING: QCoreApplication.translate("rules", "for planning"),
        UsePurpose.RESEARCH_LEARNING: QCoreApplication.translate(
            "rules", "for research and learning"
        ),
        UsePurpose.WORK_TASK: QCoreApplication.translate("rules", "for work tasks"),
        UsePurpose.CREATIVE: QCoreApplication.translate("rules", "for creative work"),
    }
    return phrases.get(purpose, fill(QCoreApplication.translate("rules", "for %1"), purpose.value))


def _sphere_phrase(sphere: Sphere) -> str:
    if sphere is Sphere.PERSONAL:
        return QCoreApplication.translate("rules", "in personal life")
    return QCoreApplication.translate("rules", "in work life")


def _mediation_adjective(mediation: Mediation) -> str:
    adjectives = {
        Mediation.AI_DRAFTED: QCoreApplication.translate("rules", "AI-drafted"),
        Mediation.AI_EDITED: QCoreApplication.translate("rules", "AI-edited"),
        Mediation.AI_TRANSLATED: QCoreApplication.translate("rules", "AI-translated"),
        Mediation.AI_REPLIED: QCoreApplication.translate("rules", "AI-sent"),
    }
    return adjectives.get(mediation, mediation.value)


def _name(names: Mapping[int, str], record_id: int | None, missing: str) -> str:
    if record_id is None:
        return missing
    name = names.get(record_id, "").strip()
    return name or missing


def _budget(params: BudgetParams, circles: Mapping[int, str], tools: Mapping[int, str]) -> str:
    what = (
        QCoreApplication.translate("rules", "AI")
        if params.tool_id is None
        else _name(tools, params.tool_id, QCoreApplication.translate("rules", "a deleted tool"))
    )
    scopes = [what]
    if params.purpose is not None:
        scopes.append(purpose_phrase(params.purpose))
    if params.sphere is not None:
        scopes.append(_sphere_phrase(params.sphere))
    if params.circle_id is not None:
        circle = _name(
            circles, params.circle_id, QCoreApplication.translate("rules", "a deleted circle")
        )
        scopes.append(fill(QCoreApplication.translate("rules", "involving %1"), circle))
    periods = {
        BudgetPeriod.DAY: QCoreApplication.translate("rules", "a day"),
        BudgetPeriod.WEEK: QCoreApplication.translate("rules", "per week"),
        BudgetPeriod.ROLLING_7_DAYS: QCoreApplication.translate("rules", "in any 7 days"),
    }
    text = fill(
        QCoreApplication.translate("rules", "At most %1 of %2 %3"),
        duration_text(params.minutes),
        " ".join(scopes),
        periods[params.period],
    )
    # A rolling window has no periods to carry unused time between, so rollover means nothing.
    if params.has_rollover and params.period is not BudgetPeriod.ROLLING_7_DAYS:
        text = fill(QCoreApplication.translate("rules", "%1, unused time rolls over"), text)
    return text


def _curfew(params: CurfewParams) -> str:
    if not params.windows:
        return fill(
            QCoreApplication.translate(
                "rules", "No AI at set times %1 (no time window chosen yet)"
            ),
            weekdays_text(params.weekdays),
        )
    windows = join_and(window_text(w) for w in params.windows)
    return fill(
        QCoreApplication.translate("rules", "No AI %1 %2"), windows, weekdays_text(params.weekdays)
    )


def _no_mediation(params: NoMediationParams, circles: Mapping[int, str]) -> str:
    circle = _name(
        circles, params.circle_id, QCoreApplication.translate("rules", "a deleted circle")
    )
    kinds = [m for m in Mediation if m in params.mediations and m is not Mediation.NONE]
    if not kinds:
        return fill(
            QCoreApplication.translate(
                "rules", "No messages to %1 with the chosen kinds of AI help (none chosen)"
            ),
            circle,
        )
    if frozenset(kinds) == MEDIATED_KINDS:
        return fill(QCoreApplication.translate("rules", "No AI-mediated messages to %1"), circle)
    adjectives = join_or(_mediation_adjective(m) for m in kinds)
    return fill(QCoreApplication.translate("rules", "No %1 messages to %2"), adjectives, circle)


def params_sentence(
    params: RuleParams, circles: Mapping[int, str], tools: Mapping[int, str]
) -> str:
    """What the rule asks, without its severity: "At most 45 minutes of AI a day"."""
    if isinstance(params, BudgetParams):
        return _budget(params, circles, tools)
    if isinstance(params, CurfewParams):
        return _curfew(params)
    if isinstance(params, NoMediationParams):
        return _no_mediation(params, circles)
    if isinstance(params, DisclosureParams):
        circle = _name(
            circles, params.circle_id, QCoreApplication.translate("rules", "a deleted circle")
        )
        return fill(
            QCoreApplication.translate("rules", "AI-mediated messages to %1 are always disclosed"),
            circle,
        )
    if isinstance(params, PurposeLimitParams):
        text = fill(QCoreApplication.translate("rules", "No AI %1"), purpose_phrase(params.purpose))
        if params.circle_id is not None:
            circle = _name(
                circles, params.circle_id, QCoreApplication.translate("rules", "a deleted circle")
            )
            text = fill(QCoreApplication.translate("rules", "%1 involving %2"), text, circle)
        return text
    circle = _name(
        circles, params.circle_id, QCoreApplication.translate("rules", "a deleted circle")
    )
    return fill(
        QCoreApplication.translate(
            "rules", "At most %1 % of messages to %2 mediated by AI, over any 7 days"
        ),
        format_number(params.max_percent),
        circle,
    )


def severity_suffix(text: str, severity: Severity) -> str:
    """The sentence with its severity after a dash: "… — firm line" or "… — nudge"."""
    if severity is Severity.FIRM:
        return fill(QCoreApplication.translate("rules", "%1 — firm line"), text)
    return fill(QCoreApplication.translate("rules", "%1 — nudge"), text)


def rule_sentence(
    rule: RuleInput | BoundaryRule | RuleParams,
    circles: Mapping[int, str],
    tools: Mapping[int, str],
    *,
    with_severity: bool = True,
) -> str:
    """The plain-language sentence of a rule (or of bare parameters, which have no severity).

    `circles` and `tools` map ids to names; an id missing from them reads "a deleted circle"
    or "a deleted tool". `with_severity` False leaves out the " — firm line" ending, for
    places that show the severity apart.
    """
    if isinstance(rule, RuleInput | BoundaryRule):
        text = params_sentence(rule.params, circles, tools)
        return severity_suffix(text, rule.severity) if with_severity else text
    return params_sentence(rule, circles, tools)
