"""The dashboard's unit of layout, a titled card, and its plain-text labels.

Light to import (Qt only): the first frame at start-up (`ui/start_window.py`) draws the
dashboard's cards with these before the rest of the window is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def text_label(text: str, *, muted: bool = False, wrap: bool = True) -> QLabel:
    """A plain-text label: names people typed must never be read as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if muted:
        label.setProperty("muted", True)
    return label


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
