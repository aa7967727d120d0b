"""The fast JSON layer gives exactly what the standard library gives: values, errors, bytes.

Files are decoded by `json_text.decode_json`, which reads through msgspec when it can and
through `json.loads` when msgspec refuses; either way the value or the error is the same.
"""

from __future__ import annotations

import gc
import json
import math

import pytest

from vision_journal.core import jsonio
from vision_journal.core.json_text import decode_json

#: Documents msgspec decodes itself, and documents only the standard library accepts (a NaN,
#: a number beyond a double, a byte-order mark, UTF-16, a surrogate pair written as escapes).
DOCUMENTS = [
    b'{"a": [1, 2.5, -0, 1E2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00"}}',
    b'{"a": 1, "a": 2}',
    b"123456789012345678901234567890",
    b"-9223372036854775809",
    '["Zürich", "日本"]'.encode(),
    b"[NaN, Infinity, -Infinity]",
    b"1.7976931348623157e309",
    b"\xef\xbb\xbf[1]",
    b'"\\ud83d\\ude00 and \\uD83D\\uDE00"',
    "[1, 2]".encode("utf-16"),
]


def same(a: object, b: object) -> bool:
    """Equal values of equal types all the way down (and NaN equal to NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b


@pytest.mark.parametrize("document", DOCUMENTS)
def test_files_decode_to_the_standard_librarys_value(document: bytes) -> None:
    assert same(decode_json(document), json.loads(document))


def test_msgspec_reads_the_common_case_and_refuses_the_unusual() -> None:
    assert jsonio.fast_loads(b'{"a": [1, "x"]}') == {"a": [1, "x"]}
    for unusual in (b"[NaN]", "[1]".encode("utf-16"), b'"\\ud83d\\ude00"', b"[1,]"):
        with pytest.raises(jsonio.RefusedError):
            jsonio.fast_loads(unusual)


@pytest.mark.parametrize(
    "document", [b'{"a": [1, 2,}', b"", b'"a\tb"', b"[1] x", b"01", b'{"a" 1}']
)
def test_files_are_refused_in_the_standard_librarys_words(document: bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(document)
    with pytest.raises(json.JSONDecodeError) as found:
        decode_json(document)
    assert str(found.value) == str(expected.value)


def test_dumps_indented_writes_the_bytes_json_dumps_writes() -> None:
    data = {
        "format": "vision-journal",
        "weights": {"H": 0.3, "A": 0.25, "third": 1 / 3, "big": 12345678901234567890},
        "uses": [{"id": 1, "note": 'Café ☕ "quoted"\n\ttab \\ slash', "circle_id": None}],
        "empty": [],
        "nothing": {},
        "flags": [True, False],
    }
    expected = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    assert jsonio.dumps_indented(data) == expected


def test_numbers_in_exponent_form_read_back_the_same() -> None:
    # msgspec writes 1e-7 where Python writes 1e-07: other text, the same number.
    numbers = [1e-7, 2.5e300, -3.25e-200, 5e-324, 0.1 + 0.2]
    assert json.loads(jsonio.dumps_indented(numbers)) == numbers


def test_the_collector_runs_again_after_nested_pauses() -> None:
    assert gc.isenabled()
    with jsonio.gc_paused():
        with jsonio.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"), jsonio.gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()
