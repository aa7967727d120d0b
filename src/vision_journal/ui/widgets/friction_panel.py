"""The honest-friction panel: a firm line is about to be crossed, so ask for a short reason.

It sits inside the dialog that logs the use (no second modal window), names each firm rule
and by how much it would be broken, and holds one reason field per rule.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from vision_journal.core.friction import RuleBreach
from vision_journal.core.rules import AmountUnit, Breach
from vision_journal.ui.formatting import format_number


class FrictionPanel(QFrame):
    """Reasons for breaking firm rules, one field per rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel(self.tr("<b>This crosses a firm line you drew.</b>"))
        self.hint = QLabel(
            self.tr(
                "That is allowed. Write a short reason for your breach log, or go back and "
                "change the use."
            )
        )
        self.hint.setWordWrap(True)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.fields: dict[int, QLineEdit] = {}
        self._items: list[QWidget] = []
        self.hide()

    def show_breaches(self, breaches: list[RuleBreach]) -> None:
        """Ask for a reason for each firm breach."""
        for item in self._items:
            # Out of the layout now: the deletion waits for the event loop, and asking again
            # before it runs must not show the old rules beside the new ones.
            item.hide()
            self._layout.removeWidget(item)
            item.deleteLater()
        self._items.clear()
        self.fields.clear()
        self._layout.removeWidget(self.error)
        for found in breaches:
            caption = QLabel(
                self.tr("%1 — %2")
                .replace("%1", found.rule.name)
                .replace("%2", self.amount_text(found.breach))
            )
            caption.setWordWrap(True)
            field = QLineEdit()
            field.setPlaceholderText(self.tr("Why this time?"))
            field.setAccessibleName(
                self.tr("Reason for breaking %1").replace("%1", found.rule.name)
            )
            field.setMaxLength(500)
            self._layout.addWidget(caption)
            self._layout.addWidget(field)
            self._items += [caption, field]
            self.fields[found.rule.id] = field
        self._layout.addWidget(self.error)
        self.error.hide()
        self.show()
        if self.fields:
            next(iter(self.fields.values())).setFocus()

    def captions(self) -> list[str]:
        """What the panel says about each rule (also what a screen reader reads)."""
        return [item.text() for item in self._items if isinstance(item, QLabel)]

    def rule_ids(self) -> frozenset[int]:
        """The rules the panel asks about."""
        return frozenset(self.fields)

    def reasons(self) -> dict[int, str] | None:
        """The reasons typed, or None (with a message) when one is missing."""
        reasons = {rule_id: field.text().strip() for rule_id, field in self.fields.items()}
        if any(not text for text in reasons.values()):
            self.error.setText(self.tr("Write a short reason for each rule, or go back."))
            self.error.show()
            return None
        return reasons

    def amount_text(self, breach: Breach) -> str:
        """By how much, in words."""
        amount = format_number(round(breach.amount))
        texts = {
            AmountUnit.MINUTES_OVER_BUDGET: self.tr("%1 min over the budget"),
            AmountUnit.MINUTES_IN_CURFEW: self.tr("%1 min inside the curfew"),
            AmountUnit.MESSAGES: self.tr("%1 message(s) today"),
            AmountUnit.USES: self.tr("%1 use(s) today"),
            AmountUnit.PERCENTAGE_POINTS: self.tr("%1 points above the share"),
        }
        return texts[breach.unit].replace("%1", amount)
