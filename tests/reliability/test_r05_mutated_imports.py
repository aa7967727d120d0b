"""R5: mutated import files end in the app's own error or in a preview, never in a crash.

Small valid exports (ChatGPT and Claude as JSON and as zip, ActivityWatch, and the app's own
JSON data export) are mutated by Hypothesis: cut short, bytes flipped, values of the wrong
type, keys deleted, huge numbers, broken timestamps. Reading and previewing each file either
raises the app's own error with a message (`ImportFormatError`, `DataFormatError`) or gives a
preview, and previewing writes nothing. Applying what was previewed writes exactly the
announced sessions (a second import adds none); the JSON goes into an empty journal whole,
reads back as it was written, or is refused and leaves the journal empty.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXED_NOW
from tests.core.test_export import fill_small_journal, snapshot
from tests.core.test_imports import FIXTURES, _paths, _replace
from tests.reliability.conftest import key_of
from vision_journal.core.export.data_json import (
    DataFormatError,
    check_json,
    dumps_json,
    export_json,
    import_json,
    is_journal_empty,
    load_json_file,
)
from vision_journal.core.importing import apply_import, preview_import
from vision_journal.core.imports import (
    ImportFormatError,
    ImportReport,
    parse_activitywatch,
    parse_chatgpt,
    parse_claude,
)
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, AiUseInput, Sphere, ToolKind, UsePurpose
from vision_journal.core.vision import vision_from_dict, vision_to_dict

#: A zone with daylight saving, so times in a DST gap or overlap come up too.
TZ = ZoneInfo("Europe/Berlin")

Parser = Callable[..., ImportReport]
PARSERS: dict[str, Parser] = {
    "chatgpt_conversations.json": parse_chatgpt,
    "chatgpt_export.zip": parse_chatgpt,
    "claude_conversations.json": parse_claude,
    "claude_export.zip": parse_claude,
    "activitywatch_export.json": parse_activitywatch,
}

#: What a damaged or hand-edited export may hold where a time or a number belongs.
BAD_TIMES = [
    "",
    "yesterday",
    "2026-13-45T25:61:00",
    "0000-00-00T00:00:00",
    "1969-12-31T23:59:59Z",
    "2026-03-29T02:30:00",  # a local time the change to summer time skips
    "2026-10-25T02:30:00",  # and one it repeats
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-14:00",
    "+275760-09-13T00:00:00Z",
    "2026-11-18T14:30:00.123456789Z",
]
ODD_NUMBERS = [
    0,
    -1,
    1.5,
    -0.0,
    2**63,
    -(2**63) - 1,
    10**30,
    1e20,
    -1e20,
    1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
]
odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(ODD_NUMBERS),
    st.sampled_from(BAD_TIMES),
    st.text(max_size=8),
    st.sampled_from([[], {}, [None], {"": None}]),
)


T = TypeVar("T")
E = TypeVar("E", bound=Exception)


def outcome(run: Callable[[], T], error: type[E]) -> T | E:
    """What `run` returned, or the `error` it raised (any other exception fails the test)."""
    try:
        return run()
    except error as raised:
        return raised


def _delete(value: object, path: tuple[object, ...]) -> object:
    """A copy of `value` without the dict key at `path`."""
    container = copy.deepcopy(value)
    parent = _parent(container, path)
    assert isinstance(parent, dict)
    del parent[path[-1]]
    return container


def _is_time(value: object) -> bool:
    """True for text that looks like an ISO date or time ("2026-03-10T09:00:00Z")."""
    return isinstance(value, str) and len(value) >= 10 and value[:4].isdigit() and value[4] == "-"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@st.composite
def mutations(draw: st.DrawFn, raw: bytes) -> bytes:
    """`raw` cut short or with flipped bytes, or (for JSON) with one number made huge or odd,
    one time broken, one value of the wrong type, or one key deleted: the damage a download,
    a disk or a hand edit does. The targeted kinds reach the checks behind the parser."""
    try:
        value: object = json.loads(raw)
    except ValueError:  # a zip: only its bytes can be damaged
        value = None
    kinds = ["cut", "flip"]
    if value is not None:
        kinds += ["number", "time", "type", "delete"]
    kind = draw(st.sampled_from(kinds))
    if kind == "cut":
        return raw[: draw(st.integers(0, len(raw) - 1))]
    if kind == "flip":
        damaged = bytearray(raw)
        # Each flip drawn whole (a position and its bits), so the list's length alone decides
        # how many draws follow.
        flips = st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255))
        for position, bits in draw(st.lists(flips, min_size=1, max_size=8)):
            damaged[position] ^= bits
        return bytes(damaged)
    paths = _paths(value)
    if kind == "delete":
        keyed = [p for p in paths if p and isinstance(_parent(value, p), dict)]
        mutated = _delete(value, draw(st.sampled_from(keyed)))
    else:
        if kind == "number":
            paths = [p for p in paths if _is_number(_at(value, p))] or paths
            new = draw(st.sampled_from(ODD_NUMBERS))
        elif kind == "time":
            paths = [p for p in paths if _is_time(_at(value, p))] or paths
            new = draw(st.sampled_from(BAD_TIMES))
        else:
            new = draw(odd_values)
        mutated = _replace(value, draw(st.sampled_from(paths)), new)
    # Python writes NaN and Infinity into JSON and reads them back: an export may hold them.
    return json.dumps(mutated).encode("utf-8")


def _at(value: object, path: tuple[object, ...]) -> object:
    for step in path:
        value = value[step]  # type: ignore[index]
    return value


def _parent(value: object, path: tuple[object, ...]) -> object:
    return _at(value, path[:-1])


@pytest.fixture
def logged(journal: Journal) -> Journal:
    """A journal that already holds three uses of ChatGPT: an import meets a known tool."""
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    for day in range(1, 4):
        journal.log_use(
            AiUseInput(
                dt.datetime(2026, 3, day, 9, 0),
                20,
                tool.id,
                UsePurpose.PLANNING,
                Sphere.PERSONAL,
                note="before the import",
            )
        )
    return journal


def examples(count: int) -> settings:
    """The settings of every test here; their journals carry over from example to example,
    each example leaving them as it found them."""
    return settings(
        max_examples=count,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


@pytest.mark.parametrize("name", sorted(PARSERS))
@examples(50)
@given(data=st.data())
def test_mutated_session_exports_give_an_error_or_a_true_preview(
    logged: Journal, tmp_path: Path, name: str, data: st.DataObject
) -> None:
    target = tmp_path / name
    target.write_bytes(data.draw(mutations((FIXTURES / name).read_bytes()), label="file"))
    before = snapshot(logged)
    report = outcome(lambda: PARSERS[name](target, tz=TZ, now=FIXED_NOW), ImportFormatError)
    if isinstance(report, ImportFormatError):
        assert str(report).strip()
        assert snapshot(logged) == before
        return
    preview = preview_import(logged, report)
    assert snapshot(logged) == before  # a preview writes nothing
    kept = {use.id for use in logged.list_uses(limit=1_000_000)}
    result = apply_import(logged, report)
    added = [u for u in logged.list_uses(limit=1_000_000) if u.id not in kept]
    assert result.added == preview.new_sessions == len(added)
    assert preview_import(logged, report).new_sessions == 0  # nothing twice
    # Taken out again, so the next example's sessions are new to the journal too.
    for use in added:
        logged.delete_use(use.id)


class EmptyJournals:
    """Empty journals to import into: copies of one closed template, a fresh one after
    every import that wrote something."""

    def __init__(self, template: JournalPaths, folder: Path) -> None:
        self._template = template
        self._folder = folder
        self._key = key_of(template)
        self._count = 0
        self.current = self._fresh()

    def _fresh(self) -> Journal:
        self._count += 1
        copy_dir = self._folder / f"empty-{self._count}"
        shutil.copytree(self._template.data_dir, copy_dir)
        return Journal.open(JournalPaths(copy_dir), self._key, clock=lambda: FIXED_NOW)

    def replace(self) -> None:
        self.current.close()
        self.current = self._fresh()

    def close(self) -> None:
        self.current.close()


@pytest.fixture
def empty_journals(tmp_path: Path) -> Iterator[EmptyJournals]:
    template = JournalPaths(tmp_path / "template")
    Journal.open(template).close()
    journals = EmptyJournals(template, tmp_path / "empty")
    yield journals
    journals.close()


def _as_read(value: object) -> object:
    """An export as the journal reads it back: without what differs between two exports of
    the same data, records in the order of their ids (the export sorts them), sets as sets,
    and each vision as the lenient vision reader takes it (missing texts are empty)."""
    if isinstance(value, list):
        items = [_as_read(v) for v in value]
        if all(isinstance(v, dict) and isinstance(v.get("id"), int) for v in items):
            items.sort(key=lambda v: v["id"])  # type: ignore[index]
        return items
    if not isinstance(value, dict):
        return value
    kept = {k: _as_read(v) for k, v in value.items() if k not in ("exported_at", "app_version")}
    for key in ("weekdays", "mediations"):  # sets: a repeat in the file is read once
        if isinstance(kept.get(key), list):
            kept[key] = sorted(set(kept[key]), key=str)
    if "vision" in kept and "saved_at" in kept:
        kept["vision"] = vision_to_dict(vision_from_dict(value["vision"]))
    return kept


def _known_part(value: object, shape: object) -> object:
    """`value` with only the keys `shape` has (the importer skips keys it does not know),
    and a whole number where `shape` has a float read as a float (the settings' weights)."""
    if isinstance(shape, float) and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, dict) and isinstance(shape, dict):
        return {k: _known_part(value.get(k), v) for k, v in shape.items()}
    if isinstance(value, list) and isinstance(shape, list) and len(value) == len(shape):
        return [_known_part(v, s) for v, s in zip(value, shape, strict=True)]
    return value


@pytest.fixture
def data_export(journal: Journal) -> bytes:
    """The bytes of a real data export of a small journal with every kind of record."""
    fill_small_journal(journal)
    return dumps_json(export_json(journal))


@examples(150)
@given(data=st.data())
def test_mutated_data_exports_import_whole_or_not_at_all(
    data_export: bytes, empty_journals: EmptyJournals, tmp_path: Path, data: st.DataObject
) -> None:
    target = tmp_path / "vision-journal-data.json"
    target.write_bytes(data.draw(mutations(data_export), label="file"))
    into = empty_journals.current
    assert is_journal_empty(into)
    loaded = outcome(lambda: load_json_file(target), DataFormatError)
    refused = loaded if isinstance(loaded, DataFormatError) else None
    if refused is None:
        # The preview: what the command line's --dry-run does.
        refused = outcome(lambda: check_json(loaded), DataFormatError)
    if refused is None:
        imported = outcome(lambda: import_json(into, loaded), DataFormatError)
        refused = imported if isinstance(imported, DataFormatError) else None
    if refused is not None:
        assert str(refused).strip()
        assert is_journal_empty(into)
        return
    try:
        written = json.loads(dumps_json(export_json(into)))
    finally:
        empty_journals.replace()  # the next example needs an empty journal again
    # Whatever was taken reads back as it was written, through the bytes of an export.
    expected = _as_read(written)
    assert _known_part(_as_read(loaded), expected) == expected
