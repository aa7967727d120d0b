"""What every dialog that saves one record shares: the save, its failures, and Cancel.

A record dialog (a use, a connection, a circle, a tool, a goal, a progress entry, a rule)
builds its fields, reads them back as the core's input (`value`) and names the operation
that saves it (`_write`). The base does the rest the same way for all of them: Save runs
the operation through the undo history; a rejected input puts each message under its field
(and those that belong to no field above the buttons); a record deleted meanwhile or a
journal that cannot be written is said above the buttons. In every failure the dialog
stays open with everything typed, and nothing is saved. A saved record is kept in `saved`,
the dialog's drafts are forgotten, and the dialog closes; Cancel forgets the drafts too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations.step import OpResult
from vision_journal.core.write_errors import WRITE_ERRORS
from vision_journal.ui.drafts import DraftKeeper
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.field_errors import FieldErrors

T = TypeVar("T")


def general_error_label() -> QLabel:
    """A hidden label for messages that belong to no field of the dialog."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label


class RecordDialog(QDialog, Generic[T]):
    """A dialog that saves one record of type `T` through one core operation."""

    def __init__(self, journal: Journal, history: UndoHistory, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        #: The record as saved, once Save succeeded.
        self.saved: T | None = None
        self.errors = FieldErrors()
        self.drafts: DraftKeeper | None = None

    # --- for subclasses -------------------------------------------------------------------

    def _set_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def _finish_layout(self, layout: QVBoxLayout) -> None:
        """Add the message line and Save and Cancel at the bottom of `layout`."""
        self.general_error = general_error_label()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)

    def _keep_drafts(self, key: str, fields: Mapping[str, QPlainTextEdit]) -> None:
        """Keep the long texts of `fields` as drafts under `key` while they are typed."""
        self.drafts = DraftKeeper(self._journal, key, dict(fields), self)
        self.drafts.restore()

    def _write(self) -> OpResult[T]:
        """Run the operation that saves what the form holds."""
        raise NotImplementedError

    def _ready(self) -> bool:
        """Checks before the operation runs; False keeps the dialog open as it is."""
        return True

    def _saved(self, record: T) -> None:
        """Tell others about the saved record (before the dialog closes)."""

    def _deleted_text(self) -> str:
        """What to say when the record was deleted in the meantime."""
        return self.tr("This was deleted in the meantime; cancel and add it again.")

    def _failure_text(self, error: Exception) -> str | None:
        """The sentence for a failure of the journal, or None to leave it to the window's
        failure hook (`ui/write_failure.py`), which says it in a message box."""
        if isinstance(error, NotFoundError):
            return self._deleted_text()
        return None

    def _show_invalid(self, error: ValidationError) -> None:
        """Put each message of a rejected input under its field."""
        self._show_general("\n".join(self.errors.show(error)))

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(bool(message))

    # --- slots ----------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        self.general_error.hide()
        if not self._ready():
            return
        try:
            saved = self._history.push(self._write())
        except ValidationError as error:
            self._show_invalid(error)
            return
        except WRITE_ERRORS as error:
            text = self._failure_text(error)
            if text is None:
                raise
            self._show_general(text)
            return
        self.saved = saved
        if self.drafts is not None:
            self.drafts.discard()
        self._saved(saved)
        self.accept()

    def _on_buttons_rejected(self) -> None:
        if self.drafts is not None:
            self.drafts.discard()
        self.reject()
