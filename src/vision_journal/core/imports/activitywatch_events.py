"""ActivityWatch events as typed records holding only the fields the reader looks at.

msgspec decodes an export's events straight into these: the fields not named here (an
event's id, a window's URL, a tab's `audible`, ...) are skipped by the decoder and never
become Python objects, and no dict is built per event. A value of another type than these
allow (an app that is a number, an event that is not an object) makes the decoder refuse
the bucket; the reader then decodes that bucket the general way and judges each event as
before, so an unusual file gives the same result, only slower.

Timestamps stay text: `datetime.fromisoformat` parses them only for the events of known
tools, and msgspec would round a seventh fractional digit where `fromisoformat` cuts it.
"""

from __future__ import annotations

import msgspec


class WindowData(msgspec.Struct, gc=False):
    """The data of an aw-watcher-window event: the focused app and its window title."""

    app: str | None = None
    title: str | None = None


class TabData(msgspec.Struct, gc=False):
    """The data of an aw-watcher-web event: the active tab's URL and title."""

    url: str | None = None
    title: str | None = None


class AfkData(msgspec.Struct, gc=False):
    """The data of an aw-watcher-afk event: "afk" or "not-afk"."""

    status: str | None = None


class WindowEvent(msgspec.Struct, gc=False):
    """One event of a `currentwindow` bucket."""

    timestamp: str | None = None
    duration: float = 0.0
    data: WindowData | None = None


class TabEvent(msgspec.Struct, gc=False):
    """One event of a `web.tab.current` bucket."""

    timestamp: str | None = None
    duration: float = 0.0
    data: TabData | None = None


class AfkEvent(msgspec.Struct, gc=False):
    """One event of an `afkstatus` bucket."""

    timestamp: str | None = None
    duration: float = 0.0
    data: AfkData | None = None


TypedEvent = WindowEvent | TabEvent | AfkEvent


class ExportBucket(msgspec.Struct, gc=False):
    """A bucket of an export: its type and host; its events are decoded by type later."""

    type: str
    hostname: str | None = None
    events: msgspec.Raw = msgspec.Raw(b"null")


class Export(msgspec.Struct, gc=False):
    """An export as the web UI and `GET /api/0/export` write it: buckets by id."""

    buckets: dict[str, ExportBucket]
    #: Only to notice a file that also holds chat conversations (see `looks_like`).
    conversations: msgspec.Raw = msgspec.Raw(b"null")


export_decoder = msgspec.json.Decoder(Export)
window_events_decoder = msgspec.json.Decoder(list[WindowEvent])
tab_events_decoder = msgspec.json.Decoder(list[TabEvent])
afk_events_decoder = msgspec.json.Decoder(list[AfkEvent])
#: For buckets that are only counted: one cheap `Raw` per event, nothing decoded inside.
counted_events_decoder = msgspec.json.Decoder(list[msgspec.Raw])
