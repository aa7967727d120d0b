"""What an operation returns: its records, what it changed, and the step that takes it back.

Qt-free. `docs/architecture.md` explains how an operation is written and where its result
goes (the undo history, the window's one change signal).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from vision_journal.core.changes import Changes
from vision_journal.core.operations.rowlog import RowChange

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Label:
    """The name of a step as a template and its values: ``Label("Delete goal “%1”",
    ("Read more",))``. The window translates the template (context "core") and fills in the
    values; `english` is the same name untranslated (the command line, logs, tests).
    """

    template: str
    #: Names, numbers, journal days and enum members (the window shows a member by its
    #: label and a day in the person's date format).
    values: tuple[str | int | dt.date, ...] = ()

    @property
    def english(self) -> str:
        """The template with its values filled in."""
        text = self.template
        # Highest number first, so %1 does not eat the start of %10.
        for i in range(len(self.values), 0, -1):
            text = text.replace(f"%{i}", str(self.values[i - 1]))
        return text


class Step(Protocol):
    """Anything the undo history can take back and make again."""

    @property
    def label(self) -> Label:
        """The name the Edit menu shows ("Undo <name>")."""

    def undo(self, journal: Journal) -> Changes:
        """Take the change back; returns what that changed."""

    def redo(self, journal: Journal) -> Changes:
        """Make the change again after an undo; returns what that changed."""


@dataclass(frozen=True, slots=True)
class UndoStep:
    """The rows one operation wrote, recorded inside its transaction (`rowlog`).

    Undo writes every row back as it was, dependents included (breach notes, goal links,
    progress, curfew windows, answers); redo writes them as the operation left them. Both
    refuse with `StaleUndoError`, writing nothing, when a row changed since.
    """

    label: Label
    rows: tuple[RowChange, ...]
    changes: Changes

    def undo(self, journal: Journal) -> Changes:
        """Write every row back as it was before the operation."""
        return journal.replay(self.rows, self.changes, backwards=True)

    def redo(self, journal: Journal) -> Changes:
        """Write every row as the operation left it."""
        return journal.replay(self.rows, self.changes, backwards=False)


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T_co]):
    """What an operation did: `value` (the records it returns), `changes` (tables, row ids
    and journal days it touched) and `step` (None when it wrote nothing)."""

    value: T_co
    changes: Changes
    step: UndoStep | None
