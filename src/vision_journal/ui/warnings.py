"""Warnings that escalate once each: a budget at 80 %, a firm rule broken, the level dropping.

Which warnings hold comes from `core.status.warnings_in_force`, the same list
`vision-journal status` prints. `WarningCenter` looks at each new `DashboardData`, raises
what has not been announced yet, and keeps what it raised current: a warning whose numbers
changed is re-worded, one that no longer holds (the level recovered) is withdrawn.

What was announced is kept in memory and, so a restart does not repeat the day's warnings,
in the `QSettings` it is given (never in the journal: announcing is a property of this
window, not of the person's data). Keys carry the day they belong to and are forgotten after
`KEEP_DAYS`, so the stored list stays small.

The sentences are shared with the dashboard's warning cards, so a warning reads the same in
the banner, the tray and on the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from vision_journal.core.balance import Level
from vision_journal.core.dashboard import DashboardData
from vision_journal.core.records import BoundaryRule, BudgetParams, BudgetPeriod
from vision_journal.core.rules import AmountUnit, Breach, BudgetWarning
from vision_journal.core.status import WarningInForce, WarningKind, warnings_in_force
from vision_journal.ui.formatting import format_number
from vision_journal.ui.widgets.banner import OPEN_RULE, START_CHECKIN

#: How long an announcement is remembered.
KEEP_DAYS = 14

_ANNOUNCED_KEY = "warnings/announced"
_LEVEL_KEY = "warnings/last_level"

#: Worse levels sort higher.
_SEVERITY = {Level.BALANCED: 0, Level.WATCH: 1, Level.OVER_RELIANT: 2}


def _fill(text: str, *values: str) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text


def budget_warning_text(warning: BudgetWarning, rule: BoundaryRule | None) -> str:
    """The sentence for a budget at 80 % or more."""
    name = rule.name if rule is not None else QCoreApplication.translate("warnings", "A budget")
    period = (
        rule.params.period if rule is not None and isinstance(rule.params, BudgetParams) else None
    )
    percent = format_number(round(100 * warning.fraction))
    used = format_number(warning.used_minutes)
    # The budget's number chooses the plural ("of 1 minute", "of 45 minutes").
    budget = warning.budget_minutes
    if period is BudgetPeriod.WEEK:
        template = QCoreApplication.translate(
            "warnings", "%1: %2 of %Ln minute(s) used this week (%3 %).", "", budget
        )
    elif period is BudgetPeriod.ROLLING_7_DAYS:
        template = QCoreApplication.translate(
            "warnings", "%1: %2 of %Ln minute(s) used in the last 7 days (%3 %).", "", budget
        )
    else:
        template = QCoreApplication.translate(
            "warnings", "%1: %2 of %Ln minute(s) used today (%3 %).", "", budget
        )
    return _fill(template, name, used, percent)


def breach_text(breach: Breach, rule: BoundaryRule | None) -> str:
    """The sentence for a rule broken today."""
    name = rule.name if rule is not None else QCoreApplication.translate("warnings", "A rule")
    amount = format_number(round(breach.amount))
    match breach.unit:
        case AmountUnit.MINUTES_OVER_BUDGET:
            template = QCoreApplication.translate(
                "warnings", "%1: %Ln minute(s) over the budget today.", "", round(breach.amount)
            )
        case AmountUnit.MINUTES_IN_CURFEW:
            template = QCoreApplication.translate(
                "warnings",
                "%1: %Ln minute(s) of AI use inside the curfew today.",
                "",
                round(breach.amount),
            )
        case AmountUnit.MESSAGES if breach.amount == 1:
            template = QCoreApplication.translate("warnings", "%1: broken by one message today.")
        case AmountUnit.MESSAGES:
            template = QCoreApplication.translate("warnings", "%1: broken by %2 messages today.")
        case AmountUnit.USES if breach.amount == 1:
            template = QCoreApplication.translate("warnings", "%1: broken by one AI use today.")
        case AmountUnit.USES:
            template = QCoreApplication.translate("warnings", "%1: broken by %2 AI uses today.")
        case AmountUnit.PERCENTAGE_POINTS:
            template = QCoreApplication.translate(
                "warnings", "%1: AI-mediated messages are %2 points above the limit."
            )
    return _fill(template, name, amount)


def recovered_text(score: int | None) -> str:
    """The sentence for the level back at Balanced, replacing a level warning."""
    number = format_number(score) if score is not None else "–"
    return _fill(
        QCoreApplication.translate("warnings", "Your balance index is back to %1, Balanced."),
        number,
    )


def level_text(level: Level, score: int | None) -> str:
    """The sentence for the level at `level` (a drop to it, or where it stands now)."""
    number = format_number(score) if score is not None else "–"
    if level is Level.OVER_RELIANT:
        template = QCoreApplication.translate(
            "warnings",
            "Your balance index is %1, in Over-reliant. A check-in can help you decide "
            "what to adjust.",
        )
    else:
        template = QCoreApplication.translate(
            "warnings",
            "Your balance index is %1, down to Watch. A check-in can help you see what changed.",
        )
    return _fill(template, number)


@dataclass(frozen=True, slots=True)
class RaisedWarning:
    """One warning in force: its key and slot (see `core.status.WarningInForce`), text, rule
    and next step."""

    key: str
    text: str
    rule_id: int | None
    action: str
    slot: str = ""


def warning_text(item: WarningInForce, data: DashboardData) -> str:
    """The translated sentence of a warning in force (the card's, the banner's, the tray's)."""
    rule = data.rule(item.rule_id) if item.rule_id is not None else None
    match item.kind:
        case WarningKind.BUDGET:
            warning = BudgetWarning(
                item.rule_id or 0, item.day, item.used_minutes, item.budget_minutes
            )
            return budget_warning_text(warning, rule)
        case WarningKind.BREACH:
            unit = item.unit or AmountUnit.USES
            breach = Breach(item.rule_id or 0, item.day, (), item.amount, unit)
            return breach_text(breach, rule)
        case WarningKind.LEVEL:
            return level_text(item.level or Level.WATCH, item.score)


def raised_warnings(data: DashboardData) -> list[RaisedWarning]:
    """The warnings in force for `data`, worded, with the step each offers."""
    return [
        RaisedWarning(
            item.key,
            warning_text(item, data),
            item.rule_id,
            START_CHECKIN if item.kind is WarningKind.LEVEL else OPEN_RULE,
            item.slot,
        )
        for item in warnings_in_force(data)
    ]


class WarningCenter(QObject):
    """Decides which warnings to escalate, once each, and keeps the raised ones current.

    `warning_raised(text, rule_id, action, slot)`: a warning newly in force; `rule_id` is None
    for level drops; `action` is "open_rule" or "start_checkin". `warning_updated(slot, text)`:
    a warning still holds with other numbers (what shows it re-words it).
    `warning_withdrawn(slot, text)`: a warning no longer holds; `text` says so when the level
    recovered to Balanced ("" otherwise).
    """

    warning_raised = Signal(str, object, str, str)
    warning_updated = Signal(str, str)
    warning_withdrawn = Signal(str, str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._announced: dict[str, dt.date] = self._load_announced()
        stored = settings.value(_LEVEL_KEY, "")
        self._last_level: Level | None = (
            Level(stored) if isinstance(stored, str) and stored in set(Level) else None
        )
        #: The warnings in force at the last evaluation, by slot.
        self._in_force: dict[str, RaisedWarning] = {}

    def last_level(self) -> Level | None:
        """The level seen at the last evaluation with an index."""
        return self._last_level

    def in_force(self) -> list[RaisedWarning]:
        """The warnings in force at the last evaluation."""
        return list(self._in_force.values())

    def evaluate(
        self, data: DashboardData, previous_level: Level | None = None
    ) -> list[RaisedWarning]:
        """Raise the warnings of `data` not announced before; returns them, in order.

        `previous_level` is the level to compare with; without it, the level seen at the last
        evaluation. With no level known at all, a first Watch or Over-reliant counts as a drop
        (the person has not been told yet). A level warning is raised on a drop only; while
        it holds, its text follows the card's number, and it is withdrawn when the level
        recovers to Balanced.
        """
        today = data.today
        current = raised_warnings(data)
        level = data.week.level
        before = previous_level if previous_level is not None else self._last_level
        was = _SEVERITY[before] if before is not None else 0
        candidates = [
            item
            for item in current
            # A level that did not drop is current, but not news.
            if item.slot != "level" or (level is not None and _SEVERITY[level] > was)
        ]
        if level is not None:
            self._last_level = level
            self._settings.setValue(_LEVEL_KEY, level.value)

        raised = []
        for candidate in candidates:
            if candidate.key in self._announced:
                continue
            self._announced[candidate.key] = today
            raised.append(candidate)
        self._forget_before(today - dt.timedelta(days=KEEP_DAYS))
        self._save_announced()

        now = {item.slot: item for item in current}
        for slot, shown in self._in_force.items():
            if slot not in now:
                recovered = slot == "level" and level is Level.BALANCED
                self.warning_withdrawn.emit(
                    slot, recovered_text(data.week.score) if recovered else ""
                )
            elif now[slot].text != shown.text:
                self.warning_updated.emit(slot, now[slot].text)
        self._in_force = now
        for item in raised:
            self.warning_raised.emit(item.text, item.rule_id, item.action, item.slot)
        return raised

    def is_announced(self, key: str) -> bool:
        """True when the warning with `key` was already raised."""
        return key in self._announced

    # --- persistence ----------------------------------------------------------------------

    def _load_announced(self) -> dict[str, dt.date]:
        raw = self._settings.value(_ANNOUNCED_KEY, [])
        # QSettings hands back a lone string for a one-item list in INI files.
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        announced: dict[str, dt.date] = {}
        for item in items:
            day, _, key = str(item).partition("|")
            try:
                announced[key] = dt.date.fromisoformat(day)
            except ValueError:
                continue  # a damaged entry only means a warning may show once more
        return announced

    def _forget_before(self, day: dt.date) -> None:
        self._announced = {k: d for k, d in self._announced.items() if d >= day}

    def _save_announced(self) -> None:
        self._settings.setValue(
            _ANNOUNCED_KEY, [f"{d.isoformat()}|{k}" for k, d in sorted(self._announced.items())]
        )
