"""The window's side of the core's undo history (`core/operations/history.py`).

Every change in the window is a core operation; `UndoHistory.push` keeps its undo step in
the core history and announces what changed, so pages refresh. Undo and redo are the core's;
this only runs them for the Edit menu and reports what they changed. The operation runs
before its step is pushed: an error (a ValidationError, say) reaches the caller and nothing
lands in the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from vision_journal.core.changes import Changes
from vision_journal.core.operations import OpResult
from vision_journal.core.operations import UndoHistory as CoreHistory
from vision_journal.ui.core_text import step_text

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal

T = TypeVar("T")


class UndoHistory(QObject):
    """The journal's undo history as the window sees it, and the signal that a change
    happened."""

    #: The one change notification: what an operation, an undo or redo, or another process
    #: changed. Pages compare it with the tables they show.
    changed = Signal(Changes)
    #: What can be undone or redone changed (the Edit menu's texts follow).
    state_changed = Signal()

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = CoreHistory(journal)
        self.core.on_change(self.state_changed.emit)

    def push(self, result: OpResult[T]) -> T:
        """Keep the undo step of an operation that ran, say what it changed, and return its
        records."""
        value = self.core.push(result)
        self.changed.emit(result.changes)
        return value

    def report(self, changes: Changes) -> None:
        """Say what changed outside this window (another process wrote to the journal)."""
        self.changed.emit(changes)

    def announce(self, result: OpResult[T]) -> T:
        """Say what an operation changed without offering it to undo (a check-in's answers
        kept while typing: the step a person takes back is the one that follows)."""
        self.changed.emit(result.changes)
        return result.value

    def clear(self) -> None:
        """Forget every step (a restored backup replaced the journal they describe)."""
        self.core.clear()

    def undo_text(self) -> str:
        """The name of the step Ctrl+Z takes back, in the person's language ("" if none)."""
        name = self.core.undo_label
        return "" if name is None else step_text(name)

    def redo_text(self) -> str:
        """The name of the step Ctrl+Shift+Z makes again ("" if none)."""
        name = self.core.redo_label
        return "" if name is None else step_text(name)

    def undo(self) -> None:
        """Take the newest step back (Ctrl+Z)."""
        self.changed.emit(self.core.undo())

    def redo(self) -> None:
        """Make the newest undone step again (Ctrl+Shift+Z)."""
        self.changed.emit(self.core.redo())
