"""A list and its side pane: side by side where there is room, one above the other on a
narrow window (800 px, or half a laptop screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

#: Below this width the panes stack.
STACK_BELOW = 720


class StackingSplitter(QSplitter):
    """A horizontal splitter that turns vertical when it is narrower than `stack_below`."""

    def __init__(self, stack_below: int = STACK_BELOW, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._stack_below = stack_below
        self.setChildrenCollapsible(False)

    def is_stacked(self) -> bool:
        """True when the panes are one above the other."""
        return self.orientation() is Qt.Orientation.Vertical

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest pane, not as all panes together: below `stack_below` the
        # panes stack, so the window may shrink past their sum.
        hint = super().minimumSizeHint()
        panes = (self.widget(i) for i in range(self.count()))
        # Not hidden rather than visible: before the window is first shown no pane is
        # visible yet, and the sum would fix the window's first width above 800 px.
        widths = [p.minimumSizeHint().width() for p in panes if p is not None and not p.isHidden()]
        return QSize(max(widths, default=hint.width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        stacked = event.size().width() < self._stack_below
        if stacked != self.is_stacked():
            self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        super().resizeEvent(event)
