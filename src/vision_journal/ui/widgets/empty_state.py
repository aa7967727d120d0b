"""What an empty list shows instead of a blank table: what it is for and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A title, a sentence and an optional action button, centred."""

    def __init__(
        self, title: str, text: str, action: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(text)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(520)
        layout.addWidget(self.title)
        # Centred by stretches, not by an alignment flag: an aligned widget gets only its
        # size hint, and a wrapped label's hint is too short for long text.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 10)
        row.addStretch(1)
        layout.addLayout(row)
        self.button: QPushButton | None = None
        if action is not None:
            self.button = QPushButton(action)
            self.button.setAccessibleName(action.replace("&", ""))
            layout.addSpacing(8)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_text(self, title: str, text: str) -> None:
        """Change what the empty state says."""
        self.title.setText(title)
        self.text.setText(text)
