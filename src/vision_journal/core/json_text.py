"""Decoding JSON files that come from elsewhere, refusing what Python's decoder lets through.

`json.loads` accepts a lone surrogate escape (`"\\ud800"`, half of a UTF-16 pair), which
gives a Python string no database or file can store; it raises a bare `RecursionError` for
deeply nested arrays and a bare `ValueError` for an integer of more than 4 300 digits. Here
each of these is an `UnsafeJsonError` whose message says what is wrong and where, so the
import and data-file readers can refuse the file with a sentence.
"""

from __future__ import annotations

import json
import re

from vision_journal.core import jsonio

_SURROGATE_ESCAPE = re.compile(r"(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})")


class UnsafeJsonError(Exception):
    """The file is JSON, but holds something no journal can take; the message says what."""


def decode_json(raw: bytes) -> object:
    """The value of the JSON document `raw` (UTF-8, -16 or -32, as `json.loads` detects).

    Raises `UnicodeDecodeError` and `json.JSONDecodeError` like `json.loads`, and
    `UnsafeJsonError` for a lone surrogate, nesting too deep, or a number too long.
    """
    try:
        # The common case, several times faster; anything unusual is read below.
        return jsonio.fast_loads(raw)
    except jsonio.RefusedError:
        pass
    # Strict decoding: json.loads itself lets raw surrogates in UTF-16 text through.
    text = raw.decode(json.detect_encoding(raw))
    position = lone_surrogate_at(text)
    if position is not None:
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
        raise UnsafeJsonError(
            f"holds text that is not valid Unicode (half of a surrogate pair, "
            f"{text[position : position + 6]}, at line {line}, column {column})"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise UnsafeJsonError("is nested too deeply to be an export") from None
    except ValueError:
        # Python refuses integers of more than 4 300 digits with a bare ValueError.
        raise UnsafeJsonError("holds a number too long to be a real value") from None


def lone_surrogate_at(text: str) -> int | None:
    """Where in the JSON `text` an escape names half a surrogate pair; None if none does."""
    if "\\ud" not in text and "\\uD" not in text:
        return None  # the common case, found at memory speed
    expect_low_at: int | None = None  # just after a high half, where its low half must be
    for match in _SURROGATE_ESCAPE.finditer(text):
        if len(match.group(1)) % 2 == 0:
            continue  # "\\ud800": an escaped backslash and plain letters
        start = match.end(1) - 1
        is_high = match.group(2)[1] in "89abAB"
        if expect_low_at is not None:
            if not is_high and start == expect_low_at:
                expect_low_at = None
                continue
            return expect_low_at - 6
        if not is_high:
            return start
        expect_low_at = match.end()
    return expect_low_at - 6 if expect_low_at is not None else None
