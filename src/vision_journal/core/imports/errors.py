"""Errors the importers raise when a whole file cannot be read, and when a run is cancelled.

A problem with the *file* (it is missing, too large, not JSON, a damaged zip, or the top level
has the wrong shape) raises `ImportFormatError`: nothing can be imported from it. A problem
with one *item* inside an otherwise readable file is not an exception at all: the item becomes
a `Rejection` in the `ImportReport`, so one bad conversation never blocks the rest.

Messages say what is wrong and where ("conversations.json: expected a list of conversations,
found an object") and never quote message text: only names of fields, positions and ids.
"""

from __future__ import annotations


class ImportFormatError(Exception):
    """The file cannot be imported at all; the message says what is wrong and where."""


class ImportCancelled(Exception):  # noqa: N818 - the name reads as the event it reports
    """The caller's `is_cancelled()` returned True; nothing was returned."""
