"""The window's side of the core's undo history (`core/operations/history.py`).

Every change in the window is a core operation; `UndoHistory.push` keeps its undo step in
the core history and announces what changed, so pages refresh. Undo and redo are the core's;
this only runs them for the Edit menu and reports what they changed. The operation runs
before its step is pushed: an error (a ValidationError, say) reaches the caller and nothing
lands in the history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from vision_journal.core.changes import Changes
from vision_journal.core.operations import Label, OpResult
from vision_journal.core.operations import UndoHistory as CoreHistory
from vision_journal.ui.core_text import step_text

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal

T = TypeVar("T")
#: The core's input of a record (CircleInput, GoalInput, …).
In = TypeVar("In")


@dataclass(slots=True)
class _CallbackStep(Generic[T]):
    """A change made of callbacks (the writes not yet moved onto operations)."""

    label: Label
    result: T
    do_undo: Callable[[T], object]
    do_redo: Callable[[T], T]
    notify: Callable[[object], None]

    def undo(self, journal: Journal) -> Changes:
        self.notify(self.do_undo(self.result))
        return Changes()

    def redo(self, journal: Journal) -> Changes:
        self.result = self.do_redo(self.result)
        self.notify(self.result)
        return Changes()


class UndoHistory(QObject):
    """The journal's undo history as the window sees it, and the signal that a change
    happened."""

    changed = Signal(object)
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

    def run(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        redo: Callable[[T], T] | None = None,
    ) -> T:
        """Run a change now and keep it undoable; returns what `do` returned.

        `redo` re-applies the change after an undo (default: run `do` again), e.g. to
        restore a deleted record with its old id.
        """
        result = do()
        self.changed.emit(result)
        again = redo if redo is not None else (lambda _result: do())
        self.core.push_step(_CallbackStep(Label(text), result, undo, again, self.changed.emit))
        return result

    def save(
        self,
        texts: tuple[str, str],
        value: In,
        existing: tuple[int, In] | None,
        save: Callable[[In, int | None], T],
        delete: Callable[[T], object],
        restore: Callable[[T], T],
    ) -> T:
        """Create a record from `value`, or update the `existing` one (its id and its input
        before the edit), undoably. `texts` name the step: (creating, editing).
        """
        if existing is None:
            return self.run(texts[0], lambda: save(value, None), delete, restore)
        record_id, old = existing
        return self.run(
            texts[1], lambda: save(value, record_id), lambda _record: save(old, record_id)
        )
