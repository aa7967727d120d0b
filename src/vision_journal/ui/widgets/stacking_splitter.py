"""A list and its side pane: side by side where there is room, one above the other on a
narrow window (800 px, or half a laptop screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

#: Below this width the panes stack.
STACK_BELOW = 720


class StackingSplitter(QSplitter):
    """A horizontal splitter that turns vertical when it is narrower than `stack_below`.

    With `stack_below` None the panes stack only when they do not fit side by side at their
    minimum widths (which depend on the language: German buttons are wider).
    """

    def __init__(
        self, stack_below: int | None = STACK_BELOW, parent: QWidget | None = None
    ) -> None:
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

    def _side_by_side_width(self) -> int:
        panes = [self.widget(i) for i in range(self.count())]
        shown = [p for p in panes if p is not None and not p.isHidden()]
        handles = self.handleWidth() * max(0, len(shown) - 1)
        return sum(p.minimumSizeHint().width() for p in shown) + handles

    def resizeEvent(self, event: QResizeEvent) -> None:
        below = self._stack_below if self._stack_below is not None else self._side_by_side_width()
        stacked = event.size().width() < below
        if stacked != self.is_stacked():
            self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        super().resizeEvent(event)
