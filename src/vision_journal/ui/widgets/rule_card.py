"""A boundary rule as a card: its name and sentence, today's status, and its last seven days.

The status is the core's (`rules.rule_statuses`) and the days are the core's
(`rule_days.rule_days`); the card only words and draws them. Each day of the strip says its
day and mark in its tooltip and to screen readers, since the colours alone say nothing to
either.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vision_journal.core.records import (
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CurfewParams,
    MediationShareParams,
)
from vision_journal.core.rule_days import DayMark, RuleDay
from vision_journal.core.rules import AmountUnit, Breach, RuleState, RuleStatus
from vision_journal.ui.formatting import format_date, format_number
from vision_journal.ui.style import SPACE_M, SPACE_S, SPACE_XS, current_tokens

#: The side of one day's mark, in pixels.
MARK_SIZE = 16


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


class DayMarkView(QWidget):
    """One day's mark: filled for kept, filled and crossed for broken, an outline for none."""

    def __init__(self, mark: DayMark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark
        self.setFixedSize(MARK_SIZE, MARK_SIZE)

    def paintEvent(self, event: QPaintEvent) -> None:
        tokens = current_tokens()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(1, 1, MARK_SIZE - 2, MARK_SIZE - 2)
        if self.mark is DayMark.NO_DATA:
            painter.setPen(QPen(QColor(tokens.muted), 1.2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        else:
            colour = tokens.good if self.mark is DayMark.KEPT else tokens.warning
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(box, 4, 4)
            # A shape as well as a colour: a tick for kept, a cross for broken.
            painter.setPen(QPen(QColor(tokens.surface), 1.8))
            if self.mark is DayMark.KEPT:
                painter.drawPolyline([QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)])
            else:
                painter.drawLine(QPointF(5, 5), QPointF(11, 11))
                painter.drawLine(QPointF(11, 5), QPointF(5, 11))
        painter.end()


class DayCell(QWidget):
    """A day of the strip: its mark over the weekday's short name."""

    def __init__(self, day: RuleDay, text: str, is_today: bool) -> None:
        super().__init__()
        self.day = day
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.mark = DayMarkView(day.mark)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        name = QLocale().dayName(day.day.isoweekday(), QLocale.FormatType.NarrowFormat)
        self.weekday = QLabel(name)
        self.weekday.setProperty("muted", not is_today)
        self.weekday.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if is_today:
            font = self.weekday.font()
            font.setBold(True)
            self.weekday.setFont(font)
        layout.addWidget(self.weekday)
        self.setToolTip(text)
        self.setAccessibleName(text)


class RuleCard(QFrame):
    """One rule: name, sentence and severity, today's status and number, the last 7 days."""

    clicked = Signal(int)
    activated = Signal(int)
    step = Signal(int, int)

    def __init__(
        self,
        rule: BoundaryRule,
        sentence: str,
        severity: str,
        status: RuleStatus | None,
        days: Sequence[RuleDay],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rule = rule
        self.setObjectName("card")
        self.setProperty("selected", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Words on the left (name, sentence, today's number); today's state and the last
        # seven days on the right.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, SPACE_M, 18, SPACE_M)
        layout.setSpacing(SPACE_M)
        words = QVBoxLayout()
        words.setSpacing(SPACE_XS)
        self.name = QLabel(rule.name)
        self.name.setObjectName("ruleName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        words.addWidget(self.name)
        self.sentence = QLabel(_fill(self.tr("%1 · %2"), sentence, severity))
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.sentence.setProperty("muted", True)
        words.addWidget(self.sentence)
        self.amount = QLabel(self.amount_text(status))
        self.amount.setWordWrap(True)
        words.addWidget(self.amount)
        words.addStretch(1)
        layout.addLayout(words, 1)

        side = QVBoxLayout()
        side.setSpacing(SPACE_S)
        self.state = QLabel(self.state_text(status))
        self.state.setObjectName("ruleState")
        self.state.setProperty("state", self.state_key(status))
        side.addWidget(self.state, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        self.strip = QWidget()
        self.strip.setAccessibleName(self.tr("The last 7 days"))
        strip = QHBoxLayout(self.strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.setSpacing(SPACE_XS)
        today = days[-1].day if days else None
        self.cells = [DayCell(d, self.day_text(d), d.day == today) for d in days]
        for cell in self.cells:
            strip.addWidget(cell)
        side.addWidget(self.strip, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(side)
        self.setAccessibleName(rule.name)
        self.setAccessibleDescription(
            " ".join(t for t in (self.state.text(), self.amount.text()) if t)
        )

    # --- words ------------------------------------------------------------------------------

    @staticmethod
    def state_key(status: RuleStatus | None) -> str:
        """The style's name for the state: kept, close, broken or paused."""
        if status is None:
            return ""
        return {
            RuleState.OK: "kept",
            RuleState.WARNING: "close",
            RuleState.BREACHED: "broken",
            RuleState.PAUSED: "paused",
        }[status.state]

    def state_text(self, status: RuleStatus | None) -> str:
        """Today's state in a word."""
        if status is None:
            return ""
        return {
            RuleState.OK: self.tr("Kept"),
            RuleState.WARNING: self.tr("Close"),
            RuleState.BREACHED: self.tr("Broken"),
            RuleState.PAUSED: self.tr("Paused"),
        }[status.state]

    def amount_text(self, status: RuleStatus | None) -> str:
        """Today's number: "32 of 45 min today", "20 % of messages (at most 30 %)"."""
        if status is None or status.state is RuleState.PAUSED:
            return ""
        params = self.rule.params
        if isinstance(params, BudgetParams) and status.limit is not None:
            template = {
                BudgetPeriod.DAY: self.tr("%1 of %2 min today"),
                BudgetPeriod.WEEK: self.tr("%1 of %2 min this week"),
                BudgetPeriod.ROLLING_7_DAYS: self.tr("%1 of %2 min in the last 7 days"),
            }[params.period]
            return _fill(
                template,
                format_number(round(status.used or 0)),
                format_number(round(status.limit)),
            )
        if isinstance(params, MediationShareParams):
            if status.used is None:
                return self.tr("No messages in the last 7 days")
            return _fill(
                self.tr("%1 % of messages AI-mediated in 7 days (at most %2 %)"),
                format_number(round(status.used)),
                format_number(round(status.limit or 0)),
            )
        if status.state is not RuleState.BREACHED:
            return self.tr("Nothing against it today")
        amount = round(status.used or 0)
        if isinstance(params, CurfewParams):
            return self.tr("%n min in the curfew today", "", amount)
        if status.breaches and status.breaches[0].unit is AmountUnit.MESSAGES:
            return self.tr("%n message(s) today", "", amount)
        return self.tr("%n use(s) today", "", amount)

    def breach_text(self, breach: Breach) -> str:
        """By how much a day was broken."""
        amount = round(breach.amount)
        match breach.unit:
            case AmountUnit.MINUTES_OVER_BUDGET:
                return self.tr("%n min over the budget", "", amount)
            case AmountUnit.MINUTES_IN_CURFEW:
                return self.tr("%n min in the curfew", "", amount)
            case AmountUnit.MESSAGES:
                return self.tr("%n message(s)", "", amount)
            case AmountUnit.PERCENTAGE_POINTS:
                return self.tr("%n point(s) above the limit", "", amount)
            case _:
                return self.tr("%n use(s)", "", amount)

    def day_text(self, day: RuleDay) -> str:
        """A day's tooltip and name for screen readers: "Mon, 16 Nov 2026: broken, …"."""
        date = format_date(day.day, weekday=True)
        if day.mark is DayMark.KEPT:
            return _fill(self.tr("%1: kept"), date)
        if day.mark is DayMark.BROKEN and day.breach is not None:
            return _fill(self.tr("%1: broken, %2"), date, self.breach_text(day.breach))
        return _fill(self.tr("%1: no entries"), date)

    # --- selection --------------------------------------------------------------------------

    def set_selected(self, is_selected: bool) -> None:
        """Show the card as the chosen one (the style draws it)."""
        if self.property("selected") == is_selected:
            return
        self.setProperty("selected", is_selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def is_selected(self) -> bool:
        """True when the card is the chosen one."""
        return bool(self.property("selected"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.clicked.emit(self.rule.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.rule.id)
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Moving to a card chooses it; focus that only passes by (a hidden button) does not.
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.MouseFocusReason,
        ):
            self.clicked.emit(self.rule.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.rule.id)
        elif key == Qt.Key.Key_Up:
            self.step.emit(self.rule.id, -1)
        elif key == Qt.Key.Key_Down:
            self.step.emit(self.rule.id, 1)
        else:
            super().keyPressEvent(event)
