"""Keeping long text safe while it is typed: a draft in the journal, offered back later.

A dialog hands its text fields to a `DraftKeeper` under a key. Shortly after typing stops
the texts are written to the journal (so a killed process loses at most the last second),
and when the same dialog opens again with a draft waiting, the texts come back. Saving or
cancelling on purpose discards the draft.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from vision_journal.core.journal import Journal
from vision_journal.core.write_errors import WRITE_ERRORS

DRAFT_DELAY_MS = 800
TextField = QPlainTextEdit | QLineEdit


def _text(field: TextField) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def _set_text(field: TextField, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    else:
        field.setText(text)


class DraftKeeper(QObject):
    """Writes the texts of some fields to the journal as a draft while they change."""

    def __init__(
        self, journal: Journal, key: str, fields: dict[str, TextField], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.key = key
        self._fields = fields
        self._initial = self._texts()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        for field in fields.values():
            field.textChanged.connect(self._timer.start)

    def _texts(self) -> dict[str, str]:
        return {name: _text(field) for name, field in self._fields.items()}

    def restore(self) -> bool:
        """Put a waiting draft back into the fields; True when there was one."""
        stored = self._journal.draft(self.key)
        if stored is None:
            return False
        try:
            texts = json.loads(stored)
        except ValueError:
            return False
        if not isinstance(texts, dict):
            return False
        restored = False
        for name, field in self._fields.items():
            text = texts.get(name)
            if isinstance(text, str) and text != _text(field):
                _set_text(field, text)
                restored = True
        self._timer.stop()
        return restored

    def flush(self) -> None:
        """Write the draft now (or drop it when nothing differs from the start)."""
        self._timer.stop()
        texts = self._texts()
        try:
            if texts == self._initial:
                self._journal.discard_drafts(self.key)
            else:
                self._journal.save_draft(self.key, json.dumps(texts))
        except WRITE_ERRORS:
            return  # a full disk: the texts are still in the fields, and Save says why

    def discard(self) -> None:
        """Forget the draft (the text was saved, or dropped on purpose)."""
        self._timer.stop()
        try:
            self._journal.discard_drafts(self.key)
        except WRITE_ERRORS:
            return  # Cancel still closes; the stale draft is offered once more next time
