"""The warnings in force now, and the status the command line prints: one source for both.

Qt-free. The window's banner and tray (`ui.warnings`) and `vision-journal status` read the
same `warnings_in_force` of the same `DashboardData`, so they name the same numbers as the
dashboard card. A warning is in force while its fact holds:

- a budget at 80 % or more of its current window (`DashboardData.warnings`);
- a firm rule broken today (`DashboardData.breaches` of firm rules);
- the week's level at Watch or Over-reliant, naming the week's score the card shows.

Which of them to *announce* (once per crossing) is the window's business; this module only
says what holds now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from vision_journal.core.balance import LEVEL_NAMES_ENGLISH, MIN_DATA_DAYS, BalanceIndex, Level
from vision_journal.core.dashboard import DashboardData
from vision_journal.core.records import BudgetParams, BudgetPeriod, Severity
from vision_journal.core.rules import AmountUnit

#: The version of `status_json`'s shape; raised when a field changes meaning or goes away.
STATUS_FORMAT = 1


class WarningKind(StrEnum):
    """What a warning in force is about."""

    BUDGET = "budget"
    BREACH = "breach"
    LEVEL = "level"


@dataclass(frozen=True, slots=True)
class WarningInForce:
    """One warning whose fact holds now.

    `slot` identifies the warning across refreshes while its numbers change (a budget, a
    rule's breach today, "the level"); `key` identifies one announcement of it (one per
    budget window, rule-day, or level and day), so it is raised once per crossing.
    """

    kind: WarningKind
    slot: str
    key: str
    day: dt.date
    rule_id: int | None = None
    rule_name: str = ""
    period: BudgetPeriod | None = None
    used_minutes: int = 0
    budget_minutes: int = 0
    amount: float = 0.0
    unit: AmountUnit | None = None
    level: Level | None = None
    score: int | None = None

    @property
    def percent(self) -> int:
        """A budget warning's share of the budget used, in whole percent."""
        if self.budget_minutes <= 0:
            return 0
        return round(100 * self.used_minutes / self.budget_minutes)


def _budget_window_first(period: BudgetPeriod | None, day: dt.date, data: DashboardData) -> dt.date:
    # A week budget is announced once per week; a day or a moving 7-day window once a day.
    if period is BudgetPeriod.WEEK:
        return data.week_first
    return day


def warnings_in_force(data: DashboardData) -> tuple[WarningInForce, ...]:
    """The warnings that hold for `data`: budgets, then firm breaches today, then the level."""
    found: list[WarningInForce] = []
    for warning in data.warnings:
        rule = data.rule(warning.rule_id)
        period = (
            rule.params.period
            if rule is not None and isinstance(rule.params, BudgetParams)
            else None
        )
        window = _budget_window_first(period, warning.day, data)
        found.append(
            WarningInForce(
                WarningKind.BUDGET,
                slot=f"budget:{warning.rule_id}",
                key=f"budget:{warning.rule_id}:{window.isoformat()}",
                day=warning.day,
                rule_id=warning.rule_id,
                rule_name=rule.name if rule is not None else "",
                period=period,
                used_minutes=warning.used_minutes,
                budget_minutes=warning.budget_minutes,
            )
        )
    for breach in data.breaches:
        rule = data.rule(breach.rule_id)
        if rule is None or rule.severity is not Severity.FIRM or breach.day != data.today:
            continue
        found.append(
            WarningInForce(
                WarningKind.BREACH,
                slot=f"breach:{breach.rule_id}",
                key=f"breach:{breach.rule_id}:{breach.day.isoformat()}",
                day=breach.day,
                rule_id=breach.rule_id,
                rule_name=rule.name,
                amount=breach.amount,
                unit=breach.unit,
            )
        )
    level = data.week.level
    if level is not None and level is not Level.BALANCED:
        found.append(
            WarningInForce(
                WarningKind.LEVEL,
                slot="level",
                key=f"level:{level.value}:{data.today.isoformat()}",
                day=data.today,
                level=level,
                score=data.week.score,
            )
        )
    return tuple(found)


# --- English, for the command line ---------------------------------------------------------


def warning_english(item: WarningInForce) -> str:
    """The warning as an English sentence (the window words it through its translations)."""
    match item.kind:
        case WarningKind.BUDGET:
            where = (
                {
                    BudgetPeriod.WEEK: "this week",
                    BudgetPeriod.ROLLING_7_DAYS: "in the last 7 days",
                }.get(item.period, "today")
                if item.period is not None
                else "today"
            )
            return (
                f"{item.rule_name or 'A budget'}: {item.used_minutes} of {item.budget_minutes} "
                f"minutes used {where} ({item.percent} %)."
            )
        case WarningKind.BREACH:
            amount = round(item.amount)
            what = {
                AmountUnit.MINUTES_OVER_BUDGET: (
                    f"{_count(amount, 'minute', 'minutes')} over the budget today"
                ),
                AmountUnit.MINUTES_IN_CURFEW: (
                    f"{_count(amount, 'minute', 'minutes')} of AI use inside the curfew today"
                ),
                AmountUnit.MESSAGES: f"broken by {_count(amount, 'message', 'messages')} today",
                AmountUnit.USES: f"broken by {_count(amount, 'AI use', 'AI uses')} today",
                AmountUnit.PERCENTAGE_POINTS: (
                    f"AI-mediated messages are {amount} points above the limit"
                ),
            }[item.unit or AmountUnit.USES]
            return f"{item.rule_name or 'A rule'}: {what}."
        case WarningKind.LEVEL:
            name = LEVEL_NAMES_ENGLISH[item.level or Level.WATCH]
            return f"Your balance index this week is {item.score}, {name}."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _index_json(result: BalanceIndex) -> dict[str, Any]:
    return {
        "first_day": result.first_day.isoformat(),
        "as_of": result.as_of.isoformat(),
        "index": result.score,
        "level": result.level.value if result.level is not None else None,
        "data_days": result.data_days,
        "days_needed": MIN_DATA_DAYS,
        "neutral_uses": result.neutral_uses,
    }


def status_json(data: DashboardData, sessions_waiting: int) -> dict[str, Any]:
    """What `vision-journal status --json` prints: the dashboard's numbers now."""
    return {
        "format": STATUS_FORMAT,
        "today": _index_json(data.day),
        "week": _index_json(data.week),
        "warnings": [
            {
                "kind": w.kind.value,
                "rule_id": w.rule_id,
                "rule": w.rule_name or None,
                "text": warning_english(w),
                **(
                    {"used_minutes": w.used_minutes, "budget_minutes": w.budget_minutes}
                    if w.kind is WarningKind.BUDGET
                    else {}
                ),
                **(
                    {"amount": w.amount, "unit": w.unit.value if w.unit else None}
                    if w.kind is WarningKind.BREACH
                    else {}
                ),
                **(
                    {"level": w.level.value if w.level else None, "index": w.score}
                    if w.kind is WarningKind.LEVEL
                    else {}
                ),
            }
            for w in warnings_in_force(data)
        ],
        "sessions_waiting": sessions_waiting,
    }


def _index_english(result: BalanceIndex) -> str:
    if result.score is None or result.level is None:
        if result.is_enough_data:
            return "no index yet (nothing to compare with)"
        return f"not enough data yet (day {result.data_days} of {MIN_DATA_DAYS})"
    return f"{result.score} {LEVEL_NAMES_ENGLISH[result.level]}"


def status_lines(data: DashboardData, sessions_waiting: int) -> list[str]:
    """What `vision-journal status` prints, line by line, in English."""
    lines = [
        f"Today: {_index_english(data.day)}",
        f"This week: {_index_english(data.week)}",
    ]
    in_force = warnings_in_force(data)
    if in_force:
        lines.extend(f"Warning: {warning_english(w)}" for w in in_force)
    else:
        lines.append("No warnings.")
    lines.append(f"Found sessions waiting for review: {sessions_waiting}")
    return lines
