"""What the window says when the journal cannot write: a full disk, a read-only folder.

A save that meets one of the core's `WRITE_ERRORS` keeps the form exactly as it was typed
and shows this text where its other messages appear; nothing of the change was written, so
the journal still holds what was saved before. A draft that cannot be written is skipped
quietly: the text is still in the editor, and the next save says what is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "WriteFailure"


def write_failure_text(error: BaseException) -> str:
    """A sentence for the person: why nothing was saved, and that the text is still there."""
    # SQLAlchemy keeps the driver's own error (SQLite's words, never journal text) in `orig`.
    detail = str(getattr(error, "orig", None) or error)
    lowered = detail.lower()
    if "full" in lowered or "no space" in lowered:
        return QCoreApplication.translate(
            _CONTEXT,
            "Not saved: the disk is full. Free some space, then save again; "
            "what you typed is still here.",
        )
    if "readonly" in lowered or "read-only" in lowered:
        return QCoreApplication.translate(
            _CONTEXT,
            "Not saved: the journal's folder cannot be written to. What you typed is still here.",
        )
    return QCoreApplication.translate(
        _CONTEXT, "Not saved: the journal could not be written (%1). What you typed is still here."
    ).replace("%1", detail)
