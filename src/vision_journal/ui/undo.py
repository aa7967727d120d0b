"""Undo and redo of journal changes, on Qt's QUndoStack.

Every create, edit and delete in the window goes through `UndoHistory.run`, so Ctrl+Z and
Ctrl+Shift+Z work the same everywhere, and each step announces what changed so the pages
refresh. The change runs before its command is pushed: an error (a ValidationError, say)
reaches the caller and nothing lands on the stack. Errors raised inside a Qt virtual such
as `redo()` would otherwise be printed and swallowed by the binding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

T = TypeVar("T")
#: The core's input of a record (CircleInput, GoalInput, …).
In = TypeVar("In")


class JournalCommand(QUndoCommand, Generic[T]):
    """A change that already ran once (`result`), with the ways to undo and redo it."""

    def __init__(
        self,
        text: str,
        result: T,
        undo: Callable[[T], object],
        redo: Callable[[T], T],
        notify: Callable[[object], None],
    ) -> None:
        super().__init__(text)
        self.result = result
        self._undo = undo
        self._redo = redo
        self._notify = notify
        self._has_run = True  # QUndoStack.push calls redo(); the change already ran

    def redo(self) -> None:
        if self._has_run:
            self._has_run = False
            return
        self.result = self._redo(self.result)
        self._notify(self.result)

    def undo(self) -> None:
        self._notify(self._undo(self.result))


class UndoHistory(QObject):
    """The window's undo stack, and the signal that a journal change happened."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

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
        self.stack.push(JournalCommand(text, result, undo, again, self.changed.emit))
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

        `save(value, None)` creates and `save(value, id)` updates (the facade's `save_*`);
        a creation is undone by `delete` and redone by `restore` (keeping its id), an edit
        by saving the old input again.
        """
        if existing is None:
            return self.run(texts[0], lambda: save(value, None), delete, restore)
        record_id, old = existing
        return self.run(
            texts[1], lambda: save(value, record_id), lambda _record: save(old, record_id)
        )
