"""A page whose content scrolls when the window is shorter than the page (800×600, or large
fonts), instead of forcing the window to grow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """Fill `page` with a frameless scroll area; the layout to put the page's content in."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    content = QWidget()
    content.setObjectName("pageContent")
    area.setWidget(content)
    outer.addWidget(area)
    return QVBoxLayout(content)
