"""The undo history of an open journal: the steps done, and those undone that can be redone.

Qt-free; the window only shows it (the Edit menu's texts, Ctrl+Z and Ctrl+Shift+Z). A step
moves between the two stacks only when its undo or redo committed: a failure leaves the
history as it was, so the person can try again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from vision_journal.core.changes import Changes
from vision_journal.core.operations.step import Label, OpResult, Step

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal

T = TypeVar("T")

#: Steps kept; the oldest is forgotten beyond this (each holds the rows it wrote).
LIMIT = 200


class UndoHistory:
    """Done and undone steps of one journal, newest last."""

    def __init__(self, journal: Journal, limit: int = LIMIT) -> None:
        self._journal = journal
        self._limit = limit
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call `listener` whenever what can be undone or redone changes."""
        self._listeners.append(listener)

    def _tell(self) -> None:
        for listener in self._listeners:
            listener()

    def push(self, result: OpResult[T]) -> T:
        """Keep the step of an operation that ran; returns its value. A new step forgets
        everything undone (it can no longer be redone)."""
        if result.step is not None:
            self.push_step(result.step)
        return result.value

    def push_step(self, step: Step) -> None:
        """Keep a step that already ran."""
        self._done.append(step)
        del self._done[: -self._limit]
        self._undone.clear()
        self._tell()

    def undo(self) -> Changes:
        """Take the newest step back; nothing to undo changes nothing."""
        if not self._done:
            return Changes()
        changes = self._done[-1].undo(self._journal)
        self._undone.append(self._done.pop())
        self._tell()
        return changes

    def redo(self) -> Changes:
        """Make the newest undone step again."""
        if not self._undone:
            return Changes()
        changes = self._undone[-1].redo(self._journal)
        self._done.append(self._undone.pop())
        self._tell()
        return changes

    def clear(self) -> None:
        """Forget every step (the journal was replaced, by a restored backup say)."""
        self._done.clear()
        self._undone.clear()
        self._tell()

    @property
    def undo_label(self) -> Label | None:
        """The name of the step Ctrl+Z takes back, if any."""
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> Label | None:
        """The name of the step Ctrl+Shift+Z makes again, if any."""
        return self._undone[-1].label if self._undone else None

    def __len__(self) -> int:
        return len(self._done)
