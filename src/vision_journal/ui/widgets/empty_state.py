"""What an empty list shows instead of a blank table: what it is for and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A title, a sentence and an optional action button, centred."""

    def __init__(
        self,
        title: str,
        text: str,
        action: str | None = None,
        parent: QWidget | None = None,
        wrap_width: int = 480,
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
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_wrap_width(wrap_width)
        self.button: QPushButton | None = None
        if action is not None:
            self.button = QPushButton(action)
            self.button.setAccessibleName(action.replace("&", ""))
            layout.addSpacing(8)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_wrap_width(self, width: int) -> None:
        """Wrap the sentence at `width` and reserve the height that takes.

        Inside a QStackedWidget a word-wrapped label is otherwise squeezed to a few clipped
        lines, because layouts ask it for its height before they know its width.
        """
        self.text.setFixedWidth(width)
        self.text.setMinimumHeight(self.text.heightForWidth(width))

    def set_text(self, title: str, text: str) -> None:
        """Change what the empty state says."""
        self.title.setText(title)
        self.text.setText(text)
        self.set_wrap_width(self.text.width())
