"""The dashboard's unit of layout, a titled card, and its plain-text labels.

Light to import (Qt only): the first frame at start-up (`ui/start_window.py`) draws the
dashboard's cards with these before the rest of the window is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


def text_label(text: str, *, muted: bool = False, wrap: bool = True) -> QLabel:
    """A plain-text label: names people typed must never be read as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if muted:
        label.setProperty("muted", True)
    return label


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" when its column is too narrow.

    The whole text stays in `full_text`, the tooltip and the accessible name, so a cut name
    can still be read; the label asks for no width of its own and takes what the layout gives.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        """No minimum width: the layout decides, the text is elided to fit."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )
        if shown != self.text():
            self.setText(shown)


class Card(QFrame):
    """A bordered panel with a title, the dashboard's unit of layout."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(18, 14, 18, 16)
        self.outer.setSpacing(8)
        self.title = text_label(title, wrap=False)
        self.title.setObjectName("cardTitle")
        self.outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        self.outer.addLayout(self.body)
        self.outer.addStretch(1)
