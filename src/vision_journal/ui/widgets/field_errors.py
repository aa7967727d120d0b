"""Messages shown next to the field they are about, from the core's validation, translated."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from vision_journal.core.errors import ValidationError
from vision_journal.ui.core_text import message as translated


class ErrorLabel(QLabel):
    """A hidden label under a field that shows the field's problem in the error colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #c0392b;")
        self.hide()

    def show_message(self, message: str | None) -> None:
        """Show `message`, or hide the label when there is none."""
        self.setText(message or "")
        self.setAccessibleName(message or "")
        self.setVisible(bool(message))


class FieldErrors:
    """Maps the core's field names to the labels that show their messages."""

    def __init__(self) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def label_for(self, field: str, widget: QWidget) -> ErrorLabel:
        """A new label for `field`, shown under `widget`."""
        label = ErrorLabel(widget.parentWidget())
        self._labels[field] = label
        self._fields[field] = widget
        return label

    def clear(self) -> None:
        """Hide every message."""
        for label in self._labels.values():
            label.show_message(None)

    def show(self, error: ValidationError, *, focus: bool = True) -> list[str]:
        """Show each message at its field; returns the (translated) messages with no field here.

        The first field with a message takes the focus, unless `focus` is False (checking
        as the person types, where the focus stays where they type)."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for problem in error.errors:
            label = self._labels.get(problem.field)
            if label is None:
                unplaced.append(translated(problem.message))
                continue
            label.show_message(translated(problem.message))
            if first is None:
                first = self._fields[problem.field]
        if first is not None and focus:
            first.setFocus()
        return unplaced

    def message(self, field: str) -> str:
        """The message shown at `field` ("" when none): used by tests and screen readers."""
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
