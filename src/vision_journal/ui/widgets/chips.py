"""A row of chips: one click picks a value (a tool, a purpose, minutes, a circle).

Chips are checkable buttons in an exclusive group, so one is chosen at a time, and each
reads its text to a screen reader. The look is the application style's (`QPushButton#chip`).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from vision_journal.ui.style import SPACE_XS


class ChipRow(QWidget):
    """Chips for `choices` (value, text); `chosen` is emitted with the value clicked."""

    chosen = Signal(object)

    def __init__(
        self,
        name: str,
        choices: Sequence[tuple[Hashable, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_XS)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.chips: dict[Hashable, QPushButton] = {}
        for value, text in choices:
            chip = QPushButton(text)
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setAutoDefault(False)
            chip.setAccessibleName(f"{name}: {text}")
            # Never narrower than its text with the style's padding (Qt would squeeze it).
            chip.setMinimumWidth(chip.fontMetrics().horizontalAdvance(text) + 2 * 14)
            self._group.addButton(chip)
            layout.addWidget(chip)
            self.chips[value] = chip
            chip.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
        layout.addStretch(1)

    def select(self, value: Hashable | None) -> None:
        """Show `value` as chosen (no chip lit when it has none), without emitting."""
        chip = self.chips.get(value) if value is not None else None
        if chip is not None:
            chip.setChecked(True)
            return
        checked = self._group.checkedButton()
        if checked is not None:
            # An exclusive group keeps one button lit; let go of it for a moment.
            self._group.setExclusive(False)
            checked.setChecked(False)
            self._group.setExclusive(True)

    def value(self) -> Hashable | None:
        """The value of the lit chip, if any."""
        return next((v for v, chip in self.chips.items() if chip.isChecked()), None)
