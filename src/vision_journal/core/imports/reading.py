"""Safe loading of an export file: size limit first, then zip or JSON, then the top-level shape.

Every way a file can be unusable ends in one `ImportFormatError` whose message names the file
(and the member inside a zip) and what is wrong with it, in words a person can act on. The
size is checked *before* anything is read, from the file system and from the zip directory,
and the read itself stops one byte past the limit, so a zip whose directory lies about sizes
cannot fill the memory either.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from vision_journal.core.imports.errors import ImportFormatError
from vision_journal.core.json_text import UnsafeJsonError, decode_json

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
    return _decode_json(raw, label), label


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


def expect_list(value: object, label: str, what: str) -> list[object]:
    """`value` if it is a list; otherwise an `ImportFormatError` naming `what` was expected."""
    if not isinstance(value, list):
        raise ImportFormatError(f"{label}: expected a list of {what}, found {kind_of(value)}")
    return value


def expect_object(value: object, label: str, what: str) -> dict[str, object]:
    """`value` if it is a JSON object; otherwise an `ImportFormatError`."""
    if not isinstance(value, dict):
        raise ImportFormatError(f"{label}: expected {what}, found {kind_of(value)}")
    return value
