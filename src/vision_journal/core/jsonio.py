"""JSON in and out at the speed of the disk: msgspec's decoder and encoder, same results.

Exports, imports and ActivityWatch files run to tens or hundreds of megabytes. The standard
library's `json` decodes them at ~25 MB/s and, with `indent`, encodes them in pure Python at
~13 MB/s; msgspec does both in C several times faster (benchmarks/RESULTS.md has the numbers,
and why msgspec and not orjson: orjson turns integers beyond 64 bits into floats, so a
damaged id would be read as a different value instead of refused).

Results are exactly the standard library's:

* `fast_loads` gives the same Python values, or says it cannot (`RefusedError`): where msgspec
  refuses a document the standard library accepts (`NaN`, `1e400`, a byte-order mark) or
  refuses it with its own words, the caller decodes it with `json.loads`
  (`core.json_text.decode_json` does), which returns the same value or raises its usual
  `JSONDecodeError` with line and column. Only unusual files pay twice.
* `dumps_indented` gives the bytes `json.dumps(data, ensure_ascii=False, indent=1)` does,
  encoded as UTF-8 (a test compares them), but for a number in exponent form: `1e-7`, where
  Python writes `1e-07`, which reads back as the same number.

While a large document is built or taken apart, Python's cyclic garbage collector is paused
(`gc_paused`): every few hundred new dicts it would walk all the objects made so far, none of
which is garbage, and that walking cost more than the decoding itself.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import msgspec

_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (reference counting still frees).

    Blocks may nest and overlap across threads (an import in the background while the window
    exports): the collector runs again when the last one ends, if it ran before the first.
    """
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


class RefusedError(Exception):
    """msgspec does not read this document; read it the standard library's way instead."""


def fast_loads(document: bytes) -> object:
    """The value of the UTF-8 JSON `document`, as `json.loads` gives it.

    Raises `RefusedError` for everything msgspec does not read the standard library's way: what
    it refuses (`NaN`, `1e400`, a byte-order mark, UTF-16, invalid UTF-8, too deep a
    nesting, a very long number, a syntax error) and what it would read differently (a lone
    surrogate escape). The caller then decodes with `json.loads`, which returns the same
    value or raises its usual error with line and column: only unusual files pay twice.
    """
    if b"\\ud" in document or b"\\uD" in document:
        raise RefusedError  # a surrogate escape: msgspec and json.loads differ on a lone half
    with gc_paused():
        try:
            return _decoder.decode(document)
        except (msgspec.DecodeError, RecursionError):
            raise RefusedError from None


def encoded(text: str) -> object:
    """JSON text that `dumps_indented` writes in place as it is (re-indented with the rest),
    for a part of a document another encoder made already (SQLite's `json_object`)."""
    return msgspec.Raw(text.encode("utf-8"))


def dumps_indented(data: object, indent: int = 1) -> bytes:
    """`data` as UTF-8 JSON text with `indent` spaces per level, non-ASCII text kept as is."""
    return msgspec.json.format(_encoder.encode(data), indent=indent)
