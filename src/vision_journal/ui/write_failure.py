"""What the window says when an operation cannot be done: the one failure path.

A full disk, a read-only folder, a journal locked by another program (named when it can be
found) or damaged, a record deleted meanwhile, an undo whose rows changed since:
`write_failure_text` words each of them.

A save that meets one of the core's `WRITE_ERRORS` keeps the form exactly as it was typed
and shows this text where its other messages appear; nothing of the change was written, so
the journal still holds what was saved before. A draft that cannot be written is skipped
quietly: the text is still in the editor, and the next save says what is wrong.

Any other save that meets one (a circle, a goal, a rule, a check-in) stops where it is, so
its dialog stays open with what was typed; `install_write_failure_hook` then says why in a
message box instead of leaving the person with a Save button that does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from vision_journal.core.errors import JournalBusyError, NotFoundError, StaleUndoError
from vision_journal.core.write_errors import WRITE_ERRORS

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def write_failure_text(error: BaseException) -> str:
    """A sentence for the person: why nothing was saved, and that the text is still there."""
    if isinstance(error, StaleUndoError):
        return QCoreApplication.translate(
            "WriteFailure",
            "This step can no longer be taken back or made again: what it changed was changed "
            "since, elsewhere. Nothing was changed.",
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: what this changes was deleted in the meantime (in another window or "
            "by the command line). What you typed is still here.",
        )
    if isinstance(error, JournalBusyError) and error.holders:
        # Named, so the person knows what to wait for (or to close).
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: the journal is in use by another program: %1. Save again once it has "
            "finished; what you typed is still here.",
        ).replace("%1", ", ".join(error.holders))
    if isinstance(error, JournalBusyError):
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: another program is writing to the journal (a backup or the command "
            "line). Save again in a moment; what you typed is still here.",
        )
    # SQLAlchemy keeps the driver's own error (SQLite's words, never journal text) in `orig`.
    detail = str(getattr(error, "orig", None) or error)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: another program is writing to the journal (a backup or the command "
            "line). Save again in a moment; what you typed is still here.",
        )
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: the journal file is damaged. Nothing was changed; Settings can restore "
            "a backup. What you typed is still here.",
        )
    if "foreign key" in lowered or "constraint" in lowered:
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: a record this refers to was changed or removed meanwhile. What you "
            "typed is still here.",
        )
    if "full" in lowered or "no space" in lowered:
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: the disk is full. Free some space, then save again; "
            "what you typed is still here.",
        )
    if "readonly" in lowered or "read-only" in lowered:
        return QCoreApplication.translate(
            "WriteFailure",
            "Not saved: the journal's folder cannot be written to. What you typed is still here.",
        )
    return QCoreApplication.translate(
        "WriteFailure",
        "Not saved: the journal could not be written (%1). What you typed is still here.",
    ).replace("%1", detail)


def install_write_failure_hook() -> ExceptHook:
    """Show a message for a write failure no page or dialog caught; returns the old hook.

    Qt hands an exception raised in a slot to `sys.excepthook` and carries on; other
    exceptions keep going to the previous hook.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, WRITE_ERRORS):
            previous(kind, error, trace)
            return
        QMessageBox.warning(
            QApplication.activeWindow(),
            QCoreApplication.translate("WriteFailure", "Not saved"),
            write_failure_text(error),
        )

    sys.excepthook = hook
    return previous
