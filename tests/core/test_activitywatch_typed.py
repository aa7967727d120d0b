"""An ActivityWatch export file gives the same report whatever shape its events take.

A file is read by decoding each bucket's events straight into typed records of the fields
read; a bucket those do not fit is decoded the general way. The general reader of decoded
data (`parse_activitywatch_data`, which capture also uses) is the reference: for every shape
below, reading the file must give exactly its report, sessions, skips and rejections alike.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vision_journal.core.imports import parse_activitywatch, parse_activitywatch_data
from vision_journal.core.imports.errors import ImportFormatError
from vision_journal.core.imports.reading import decode_export
from vision_journal.core.imports.sessions import ImportReport

FIXTURE = Path(__file__).parent.parent / "fixtures" / "imports" / "activitywatch_export.json"
TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 18, 14, 30, tzinfo=dt.UTC)

Export = dict[str, Any]


def _base() -> Export:
    data: Export = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def _events(data: Export, kind: str) -> list[Any]:
    bucket = next(b for b in data["buckets"].values() if b["type"] == kind)
    events: list[Any] = bucket["events"]
    return events


def _window(data: Export) -> list[Any]:
    return _events(data, "currentwindow")


def _tabs(data: Export) -> list[Any]:
    return _events(data, "web.tab.current")


def _afk(data: Export) -> list[Any]:
    return _events(data, "afkstatus")


def _set(
    events: Callable[[Export], list[Any]], index: int, **fields: Any
) -> Callable[[Export], None]:
    def change(data: Export) -> None:
        events(data)[index].update(fields)

    return change


def _set_data(
    events: Callable[[Export], list[Any]], index: int, **fields: Any
) -> Callable[[Export], None]:
    def change(data: Export) -> None:
        events(data)[index]["data"].update(fields)

    return change


def _drop(
    events: Callable[[Export], list[Any]], index: int, *keys: str
) -> Callable[[Export], None]:
    def change(data: Export) -> None:
        event = events(data)[index]
        for key in keys:
            if key in event:
                del event[key]
            else:
                del event["data"][key]

    return change


def _replace(
    events: Callable[[Export], list[Any]], index: int, value: Any
) -> Callable[[Export], None]:
    def change(data: Export) -> None:
        events(data)[index] = value

    return change


def _bucket(kind: str, **fields: Any) -> Callable[[Export], None]:
    def change(data: Export) -> None:
        bucket = next(b for b in data["buckets"].values() if b["type"] == kind)
        for key, value in fields.items():
            if value is _DELETE:
                del bucket[key]
            else:
                bucket[key] = value

    return change


def _as_list(data: Export) -> None:
    data["buckets"] = list(data["buckets"].values())


_DELETE = object()

SHAPES: dict[str, Callable[[Export], None]] = {
    "as exported": lambda data: None,
    "extra fields everywhere": _set_data(_window, 0, url="https://x.org", audible=True, n=[1, {}]),
    "an extra event field": _set(_tabs, 0, extra={"deep": [1, 2]}),
    "no duration": _drop(_window, 0, "duration"),
    "no timestamp": _drop(_window, 1, "timestamp"),
    "no data": _drop(_tabs, 0, "data"),
    "null data": _set(_afk, 1, data=None),
    "no app": _drop(_window, 0, "app"),
    "null app": _set_data(_window, 0, app=None),
    "app a number": _set_data(_window, 0, app=7),
    "title a list": _set_data(_tabs, 1, title=["x"]),
    "no url": _drop(_tabs, 0, "url"),
    "url not a web address": _set_data(_tabs, 0, url="about:blank", title="Claude"),
    "duration true": _set(_window, 0, duration=True),
    "duration text": _set(_window, 0, duration="300"),
    "negative duration": _set(_window, 0, duration=-5),
    "integer duration": _set(_window, 0, duration=300),
    "huge duration": _set(_window, 0, duration=1e300),
    "timestamp a number": _set(_window, 0, timestamp=1773133200),
    "timestamp not a time": _set(_window, 0, timestamp="yesterday"),
    "timestamp without zone": _set(_window, 0, timestamp="2026-03-10T09:00:00"),
    "timestamp of seven digits": _set(_window, 0, timestamp="2026-03-10T09:00:00.1234567+00:00"),
    "timestamp before 1970": _set(_window, 0, timestamp="1960-03-10T09:00:00+00:00"),
    "end far in the future": _set(_window, 0, duration=1e12),
    "status a number": _set_data(_afk, 1, status=1),
    "an event not an object": _replace(_tabs, 1, "event"),
    "null event": _replace(_window, 2, None),
    "events null": _bucket("afkstatus", events=None),
    "events missing": _bucket("web.tab.current", events=_DELETE),
    "events not a list": _bucket("currentwindow", events={"a": 1}),
    "type missing": _bucket("web.tab.current", type=_DELETE),
    "hostname missing": _bucket("currentwindow", hostname=_DELETE),
    "hostname null": _bucket("afkstatus", hostname=None),
    "buckets a list": _as_list,
    "a title with a surrogate pair": _set_data(_window, 3, title="Claude \U0001f600"),
}


def _compare(data: Export, tmp_path: Path, **options: Any) -> ImportReport:
    file = tmp_path / "aw-export.json"
    text = json.dumps(data)
    file.write_text(text, encoding="utf-8")
    from_file = parse_activitywatch(file, tz=TZ, now=NOW, **options)
    reference = parse_activitywatch_data(
        json.loads(text), label=file.name, tz=TZ, now=NOW, **options
    )
    assert from_file == reference
    return from_file


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_every_shape_of_export_gives_the_report_of_the_general_reader(
    shape: str, tmp_path: Path
) -> None:
    data = copy.deepcopy(_base())
    SHAPES[shape](data)
    report = _compare(data, tmp_path)
    assert report.found > 0


@pytest.mark.parametrize("use_afk", [True, False])
def test_time_away_is_cut_out_the_same_way(use_afk: bool, tmp_path: Path) -> None:
    report = _compare(_base(), tmp_path, use_afk=use_afk)
    assert sorted(s.tool_name for s in report.sessions) == ["ChatGPT", "ChatGPT", "Claude"]


def test_extra_fields_change_nothing_the_person_sees(tmp_path: Path) -> None:
    plain = _compare(_base(), tmp_path)
    data = copy.deepcopy(_base())
    for bucket in data["buckets"].values():
        bucket["created"] = "2026-01-01T00:00:00Z"
        for event in bucket["events"]:
            event["data"]["audible"] = False
            event["data"]["extra"] = {"nested": [1, 2, 3]}
    assert _compare(data, tmp_path) == plain
    assert plain.sessions


def _outcome(read: Callable[[], ImportReport]) -> object:
    try:
        return read()
    except ImportFormatError as error:
        return str(error)


@pytest.mark.parametrize(
    "text",
    [
        '{"buckets": {"w": {"type": "currentwindow", "events": [{"timestamp": ',
        '{"buckets": {"w": {"type": "currentwindow", "events": []}}, "conversations": [{}]}',
        '{"buckets": {"w": {"type": "currentwindow", "events": [{"data": {"title": "\\ud800"}}]}}}',
        '{"buckets": {"w": {"type": "currentwindow", "events": [[[[[[[[[[[[[[]]]]]]]]]]]]]]}}}',
        '{"buckets": 5}',
        '{"buckets": {"w": 5}}',
        '[{"buckets": {}}]',
    ],
    ids=[
        "cut off",
        "a chat export too",
        "a lone surrogate",
        "nested",
        "no map",
        "no bucket",
        "a list",
    ],
)
def test_unusual_files_give_the_general_readers_answer(text: str, tmp_path: Path) -> None:
    file = tmp_path / "aw-export.json"
    file.write_text(text, encoding="utf-8")

    def reference() -> ImportReport:
        data = decode_export(text.encode("utf-8"), file.name)
        return parse_activitywatch_data(data, label=file.name, tz=TZ, now=NOW)

    from_file = _outcome(lambda: parse_activitywatch(file, tz=TZ, now=NOW))
    expected = _outcome(reference)
    assert from_file == expected
