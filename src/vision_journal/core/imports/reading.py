"""Safe loading of an export file: size limit first, then zip or JSON, then the top-level shape.

Every way a file can be unusable ends in one `ImportFormatError` whose message names the file
(and the member inside a zip) and what is wrong with it, in words a person can act on. The
size is checked *before* anything is read, from the file system and from the zip directory,
and the read itself stops one byte past the limit, so a zip whose directory lies about sizes
cannot fill the memory either.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, NoReturn

from vision_journal.core.imports.errors import ImportFormatError
from vision_journal.core.json_text import UnsafeJsonError, decode_json, lone_surrogate_at

#: Files larger than this are refused unread (1 GiB); callers may pass their own limit.
DEFAULT_MAX_BYTES = 1 << 30

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def load_export(
    path: str | Path,
    *,
    zip_member: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[object, str]:
    """Read and decode the JSON in `path`, or in the `zip_member` file of a zip at `path`.

    Returns the decoded value and a label for messages ("conversations.json" or
    "export.zip/conversations.json"). With `zip_member=None` a zip is refused.
    """
    raw, label = read_export(path, zip_member=zip_member, max_bytes=max_bytes)
    return decode_export(raw, label), label


def read_export(
    path: str | Path,
    *,
    zip_member: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[bytes, str]:
    """The undecoded bytes of the export `load_export` reads, and its label, for a reader
    that decodes into typed records itself (and calls `decode_export` when that fails)."""
    file = Path(path)
    name = file.name or str(file)
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise ImportFormatError(f"{name}: is not a file")
    except OSError as error:
        raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None
    _check_size(name, size, max_bytes)
    try:
        with file.open("rb") as stream:
            is_zip = stream.read(4) in _ZIP_MAGIC
    except OSError as error:
        raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None
    if is_zip or file.suffix.lower() == ".zip":
        if zip_member is None:
            raise ImportFormatError(
                f"{name}: is a zip file; this format is imported from the .json file itself"
            )
        raw, label = _read_zip_member(file, name, zip_member, max_bytes)
    else:
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None
        label = name
    return raw, label


def decode_export(raw: bytes, label: str) -> object:
    """The JSON value of `raw`, or `ImportFormatError` saying why there is none."""
    return _decode_json(raw, label)


def _check_size(label: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ImportFormatError(
            f"{label}: is {_size_text(size)}, more than the limit of {_size_text(max_bytes)}"
        )


def _size_text(size: int) -> str:
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def _read_zip_member(file: Path, name: str, member: str, max_bytes: int) -> tuple[bytes, str]:
    damaged = f"{name}: the zip file is damaged or incomplete"
    try:
        with zipfile.ZipFile(file) as archive:
            candidates = [
                info
                for info in archive.infolist()
                if not info.is_dir() and PurePosixPath(info.filename).name.lower() == member.lower()
            ]
            if not candidates:
                raise ImportFormatError(f"{name}: the zip file holds no {member}")
            # An export keeps it at the top; prefer the shallowest copy if there are several.
            info = min(candidates, key=lambda i: (i.filename.count("/"), i.filename))
            label = f"{name}/{info.filename}"
            _check_size(label, info.file_size, max_bytes)
            with archive.open(info) as stream:
                raw = stream.read(max_bytes + 1)
            _check_size(label, len(raw), max_bytes)
            return raw, label
    except ImportFormatError:
        raise
    except RuntimeError:
        # zipfile signals an encrypted member with a bare RuntimeError.
        raise ImportFormatError(f"{name}: the zip file is encrypted") from None
    except NotImplementedError:
        raise ImportFormatError(f"{name}: the zip file uses an unsupported compression") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ImportFormatError(damaged) from None
    except OSError as error:
        raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None


def _decode_json(raw: bytes, label: str) -> object:
    try:
        return decode_json(raw)
    except UnsafeJsonError as error:
        raise ImportFormatError(f"{label}: {error}") from None
    except json.JSONDecodeError as error:
        # The decoder's own messages name a position and a token kind, never document text.
        raise ImportFormatError(
            f"{label}: is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    except UnicodeDecodeError:
        raise ImportFormatError(f"{label}: is not text in UTF-8, UTF-16 or UTF-32") from None
    except RecursionError:
        raise ImportFormatError(f"{label}: is nested too deeply to be an export") from None
    except ValueError:
        # Python refuses integers of more than 4300 digits with a bare ValueError.
        raise ImportFormatError(f"{label}: holds a number too long to be a real value") from None


def kind_of(value: object) -> str:
    """How a JSON value is called in messages ("an object", "a list", ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    return "an unknown value"


def expect_object(value: object, label: str, what: str) -> dict[str, object]:
    """`value` if it is a JSON object; otherwise an `ImportFormatError`."""
    if not isinstance(value, dict):
        raise ImportFormatError(f"{label}: expected {what}, found {kind_of(value)}")
    return value


# --- Streaming ---------------------------------------------------------------------------------
#
# A ChatGPT export can be hundreds of megabytes. Decoding it whole with `json.loads` holds
# several times the file's size in Python objects; the reader below holds one conversation
# at a time. It finds the list of conversations (the top-level list, the list under a
# `{"conversations": [...]}` wrapper, or a single conversation object) and decodes one
# element at a time with the standard library's C decoder (`JSONDecoder.raw_decode`) from a
# buffer that is refilled as it empties. Measured on a 200 MB export it was faster than
# ijson's C backend and needs no dependency (docs/importers.md, "Speed").

#: Characters read from the file at a time; doubled while one element does not fit.
STREAM_CHUNK = 1 << 20

#: How close to the end of the buffer a decoding error must be to mean "read more".
_CUT_MARGIN = 16


class StreamDamaged(Exception):  # noqa: N818 - the name reads as the state it reports
    """The stream stopped being valid JSON after `items` elements; `why` says how.

    `is_unsafe` when the JSON is valid but holds what no journal can take (a lone surrogate):
    like every input file with one, the whole file is refused, not read up to it.
    """

    def __init__(self, items: int, why: str, *, is_unsafe: bool = False) -> None:
        super().__init__(why)
        self.items = items
        self.why = why
        self.is_unsafe = is_unsafe


def decode_failure(error: BaseException) -> str:
    """What a decoding error means, in words, naming a position but never document text."""
    if isinstance(error, json.JSONDecodeError):
        return f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
    if isinstance(error, UnicodeDecodeError):
        return "is not text in UTF-8, UTF-16 or UTF-32"
    if isinstance(error, RecursionError):
        return "is nested too deeply to be an export"
    # Python refuses integers of more than 4300 digits with a bare ValueError.
    return "holds a number too long to be a real value"


@dataclass(frozen=True, slots=True)
class Member:
    """One JSON file to read: a loose file, or a member of a zip; `size` in bytes."""

    label: str
    path: Path
    member: str | None
    size: int


def find_members(
    path: str | Path, pattern: re.Pattern[str], wanted: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Member]:
    """The JSON files of an export at `path`: the file itself, or every zip member whose
    name matches `pattern` (numbered shards, several batches), in name order.

    Raises `ImportFormatError` for a file that cannot be read, is too large, or a zip that
    is damaged or holds no matching member (`wanted` names what was looked for).
    """
    file = Path(path)
    name = file.name or str(file)
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise ImportFormatError(f"{name}: is not a file")
        with file.open("rb") as stream:
            is_zip = stream.read(4) in _ZIP_MAGIC
    except OSError as error:
        raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None
    _check_size(name, size, max_bytes)
    if not is_zip and file.suffix.lower() != ".zip":
        return [Member(name, file, None, size)]
    try:
        with zipfile.ZipFile(file) as archive:
            infos = [
                info
                for info in archive.infolist()
                if not info.is_dir() and pattern.fullmatch(PurePosixPath(info.filename).name)
            ]
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ImportFormatError(f"{name}: the zip file is damaged or incomplete") from None
    except OSError as error:
        raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None
    if not infos:
        raise ImportFormatError(f"{name}: the zip file holds no {wanted}")
    members = []
    for info in sorted(infos, key=lambda i: (i.filename.count("/"), i.filename)):
        label = f"{name}/{info.filename}"
        _check_size(label, info.file_size, max_bytes)
        members.append(Member(label, file, info.filename, info.file_size))
    return members


@contextlib.contextmanager
def open_member(member: Member) -> Iterator[BinaryIO]:
    """The bytes of `member`, as a stream; zip trouble becomes `ImportFormatError`."""
    name = member.path.name
    try:
        if member.member is None:
            with member.path.open("rb") as stream:
                yield stream
            return
        with zipfile.ZipFile(member.path) as archive, archive.open(member.member) as inner:
            yield inner  # type: ignore[misc]
    except RecursionError:
        raise
    except RuntimeError:
        # zipfile signals an encrypted member with a bare RuntimeError.
        raise ImportFormatError(f"{name}: the zip file is encrypted") from None
    except NotImplementedError:
        raise ImportFormatError(f"{name}: the zip file uses an unsupported compression") from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise ImportFormatError(f"{name}: the zip file is damaged or incomplete") from None
    except OSError as error:
        raise ImportFormatError(f"{name}: cannot be read ({error.strerror or error})") from None


class JsonItems:
    """The elements of the conversation list in a JSON stream, decoded one at a time.

    Iterating yields each element of a top-level list, or of the list under the key `wrapper`
    of a top-level object; a top-level object without that key is yielded whole, as the one
    element (a file holding a single conversation). `shape` says which it was ("list",
    "wrapper", "object"; None before the first element). `chars_read` counts the characters
    taken from the file so far, for progress.

    Raises `StreamDamaged` when the JSON breaks off or is invalid after some elements: the
    elements before it were yielded and stay good.
    """

    def __init__(self, stream: BinaryIO, wrapper: str, *, chunk: int = STREAM_CHUNK) -> None:
        head = stream.read(4)
        try:
            encoding = json.detect_encoding(head)
        except (TypeError, ValueError):
            encoding = "utf-8"
        if encoding == "utf-8" and head.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        raw = io.BufferedReader(_Prefixed(head, stream))
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        self._decoder = json.JSONDecoder()
        self._wrapper = wrapper
        self._chunk = chunk
        self._want = chunk
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._count = 0
        self.shape: str | None = None
        self.chars_read = 0

    def __iter__(self) -> Iterator[object]:
        try:
            yield from self._top()
        except StreamDamaged:
            raise
        except (UnicodeDecodeError, RecursionError, ValueError) as error:
            raise StreamDamaged(self._count, decode_failure(error)) from None

    # The grammar walked here is only the outer frame; each element is decoded by the C decoder.

    def _top(self) -> Iterator[object]:
        first = self._peek()
        if first == "[":
            self.shape = "list"
            yield from self._array()
        elif first == "{":
            yield from self._object()
        elif first is None:
            raise StreamDamaged(0, "is empty")
        else:
            value = self._value()
            raise StreamDamaged(0, f"holds {kind_of(value)}, not a list of conversations")
        if self._peek() is not None:
            self._damaged("has more after the end of its data")

    def _array(self) -> Iterator[object]:
        self._pos += 1  # the "["
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            item = self._value()
            self._count += 1
            yield item
            separator = self._peek()
            self._pos += 1
            if separator == "]":
                return
            if separator != ",":
                self._damaged("ends early" if separator is None else "misses a ',' between items")

    def _object(self) -> Iterator[object]:
        self._pos += 1  # the "{"
        whole: dict[str, object] = {}
        is_wrapper = False
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    self._damaged("is not valid JSON (a key is not text)")
                if self._peek() != ":":
                    self._damaged("ends early" if self._peek() is None else "misses a ':'")
                self._pos += 1
                if key == self._wrapper and self._peek() == "[":
                    is_wrapper = True
                    self.shape = "wrapper"
                    yield from self._array()
                else:
                    whole[key] = self._value()
                separator = self._peek()
                self._pos += 1
                if separator == "}":
                    break
                if separator != ",":
                    self._damaged("ends early" if separator is None else "misses a ','")
        if not is_wrapper:
            self.shape = "object"
            self._count += 1
            yield whole

    def _damaged(self, why: str) -> NoReturn:
        raise StreamDamaged(self._count, why)

    def _fill(self) -> bool:
        """Read more into the buffer, dropping what was consumed; False at the end."""
        if self._eof:
            return False
        more = self._text.read(self._want)
        self.chars_read += len(more)
        self._buf = self._buf[self._pos :] + more
        self._pos = 0
        if len(more) < self._want:
            self._eof = True
        return bool(more)

    def _peek(self) -> str | None:
        """The next character that is not white space (not consumed), or None at the end."""
        while True:
            buf, pos = self._buf, self._pos
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            self._pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._fill():
                return None

    def _value(self) -> object:
        """Decode the value at the next position, reading more while it is cut off."""
        if self._peek() is None:
            self._damaged("ends early")
        while True:
            try:
                start = self._pos
                value, end = self._decoder.raw_decode(self._buf, start)
            except json.JSONDecodeError as error:
                is_cut = error.msg.startswith("Unterminated string") or (
                    error.pos >= len(self._buf) - _CUT_MARGIN
                )
                if is_cut and not self._eof:
                    self._want *= 2  # an element larger than the buffer: read more at once
                    self._fill()
                    continue
                if is_cut:
                    self._damaged("ends early")
                raise
            if end >= len(self._buf) and not self._eof and not isinstance(value, dict | list):
                # A number or word at the very end may continue in the next chunk.
                self._want *= 2
                self._fill()
                continue
            self._check_text(start, end)
            self._pos = end
            self._want = self._chunk
            return value

    def _check_text(self, start: int, end: int) -> None:
        """Refuse a lone surrogate escape ("\\ud800") in the value just decoded."""
        text = self._buf[start:end]
        at = lone_surrogate_at(text)
        if at is not None:
            raise StreamDamaged(
                self._count,
                "holds text that is not valid Unicode (half of a surrogate pair, "
                f"{text[at : at + 6]}, in item {self._count + 1})",
                is_unsafe=True,
            )


class _Prefixed(io.RawIOBase):
    """`stream` with the `head` bytes already read from it put back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            count = min(len(view), len(self._head))
            view[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)
