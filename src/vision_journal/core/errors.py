"""Errors the core raises: what a person did, what the environment did, and what we got wrong.

`ValidationError` carries one message per field so the window can show each next to its
field. `JournalOpenError` and its subclasses are the environment's fault (a newer file, a
damaged one) and say so in words a person can act on; none of them contains journal text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field of an input: `field` names the input's attribute."""

    field: str
    message: str


class ValidationError(Exception):
    """Input was rejected whole; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def for_field(self, name: str) -> str | None:
        """The message for `name`, if that field had a problem."""
        return next((e.message for e in self.errors if e.field == name), None)


class NotFoundError(Exception):
    """A record the caller named does not exist (any more)."""


class StaleUndoError(Exception):
    """An undo or redo found a row changed since its step was taken; nothing was written.

    The step stays where it was in the history (`core/operations/rowlog.py`).
    """


class JournalBusyError(Exception):
    """Another program kept the journal's write lock longer than the bounded wait; nothing
    was written. `holders` names the programs that have the journal open ("vision-journal
    import (process 42)"), when they can be found (`core/locks.programs_using`)."""

    def __init__(self, holders: tuple[str, ...]) -> None:
        super().__init__("the journal is locked by " + (" and ".join(holders) or "another program"))
        self.holders = holders


class JournalOpenError(Exception):
    """The journal file could not be opened; the file was left untouched."""


class NewerJournalError(JournalOpenError):
    """The journal was written by a newer version of Vision Journal."""


class DamagedJournalError(JournalOpenError):
    """The file is not a journal this version can read (damaged or foreign)."""


class JournalUnavailableError(JournalOpenError):
    """The journal could not be opened for now: a full disk, a read-only file, or another
    program keeping it busy; the message says which."""
