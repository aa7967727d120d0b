"""The warning banner at the top of the window: the latest warning, its next step, a close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

#: What the banner's action button does, by the action a warning names.
OPEN_RULE = "open_rule"
START_CHECKIN = "start_checkin"
#: The check-in reminder: start it, or be reminded again tomorrow.
REMINDER = "reminder"


class WarningBanner(QFrame):
    """Shows one warning with a button for what to do about it; hidden until a warning comes.

    Emits `action_requested(rule_id, action)` when the action button is pressed; `rule_id` is
    None for warnings that are not about one rule.
    """

    action_requested = Signal(object, str)
    dismissed = Signal()
    snooze_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Warning"))
        self._rule_id: int | None = None
        self._action = ""
        self._slot = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Warning text"))
        self.action_button = QPushButton()
        self.snooze_button = QPushButton(self.tr("Remind me tomorrow"))
        self.snooze_button.setAccessibleName(self.tr("Remind me about the check-in tomorrow"))
        self.snooze_button.hide()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss warning"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.snooze_button)
        layout.addWidget(self.close_button)
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self.hide()

    def show_warning(self, text: str, rule_id: int | None, action: str, slot: str = "") -> None:
        """Show `text` with the button for `action` ("open_rule", "start_checkin" or
        "reminder", which also offers to snooze until tomorrow). `slot` names the warning
        so it can be re-worded or withdrawn while it shows (see `ui.warnings`)."""
        self._rule_id = rule_id
        self._action = action
        self._slot = slot
        self.text.setText(text)
        label = self.tr("Open rule") if action == OPEN_RULE else self.tr("Start check-in")
        self.action_button.setText(label)
        self.action_button.setAccessibleName(label)
        self.snooze_button.setVisible(action == REMINDER)
        # Screen readers announce the description with the frame, so it carries the warning.
        self.setAccessibleDescription(text)
        self.show()

    def slot(self) -> str:
        """The slot of the warning shown ("" for none, or one without a slot)."""
        return self._slot if not self.isHidden() else ""

    def update_warning(self, slot: str, text: str) -> None:
        """Re-word the warning of `slot` if it is the one shown (its numbers changed)."""
        if slot and self.slot() == slot:
            self.text.setText(text)
            self.setAccessibleDescription(text)

    def withdraw(self, slot: str) -> None:
        """Hide the warning of `slot` if it is the one shown (it no longer holds)."""
        if slot and self.slot() == slot:
            self.hide()
            self._slot = ""

    def rule_id(self) -> int | None:
        """The rule the shown warning is about, if any."""
        return self._rule_id

    def action(self) -> str:
        """The action the shown warning offers."""
        return self._action

    def _on_action_button_clicked(self) -> None:
        self.action_requested.emit(self._rule_id, self._action)
        self.hide()

    def _on_snooze_button_clicked(self) -> None:
        self.hide()
        self.snooze_requested.emit()

    def _on_close_button_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()
