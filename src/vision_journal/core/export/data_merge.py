"""The journal's own JSON data, imported into any journal: restored whole, or merged.

`plan_data_import` compares a data export with the journal and writes nothing:

* **Into an empty journal** the file is restored whole, with every id and the settings, so an
  export imported again gives back the same data.
* **Into a journal with data** the file is merged. A record the journal already holds is
  recognised and left alone: by its natural key where it has one (a circle or tool by name, a
  vision revision by when it was saved, a check-in by its week, a question by its text, an
  imported AI use by its source and source id), otherwise by its id together with its
  creation time (the same id with another creation time is another record). A recognised
  record whose fields differ is a **conflict**: the journal keeps its own, and the preview
  lists it with the fields that differ. Every other record is added, keeping its id where that
  id is free and taking a new one where not; references between records follow.

The comparison is over the records' JSON fields, whatever they are, so a field added to the
schema later takes part without changes here. The operation `operations.imports.import_data`
writes the plan in one transaction and returns its undo step, so the window offers the import
as one step to undo and redo (`apply_data_import` is the same without the step). Qt-free.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from vision_journal.core.export.data_json import (
    DataFormatError,
    DataImportResult,
    check_json,
    export_json,
    is_journal_empty,
)
from vision_journal.core.journal import Journal

Record = dict[str, Any]

#: The kinds of record in the order they are written (everything refers only to kinds
#: before it).
KINDS: tuple[str, ...] = (
    "circles",
    "tools",
    "vision_revisions",
    "goals",
    "rules",
    "uses",
    "connections",
    "breach_notes",
    "prompts",
    "checkins",
    "found_sessions",
)

#: Records nested in another, with ids of their own: (parent kind, list key, id space).
NESTED: tuple[tuple[str, str, str], ...] = (
    ("goals", "progress", "progress"),
    ("checkins", "answers", "answers"),
    ("checkins", "adjustments", "adjustments"),
)


def _natural_key(kind: str, record: Record) -> object:
    """What makes a record the same one in another journal, where ids do not."""
    if kind in ("circles", "tools"):
        name = record.get("name")
        return name.strip().casefold() if isinstance(name, str) else None
    if kind == "vision_revisions":
        return record.get("saved_at")
    if kind == "checkins":
        return record.get("week_start")
    if kind == "prompts":
        return record.get("text")
    if kind == "uses" and record.get("source") == "capture":
        # "found:<id>" names a found session of the journal that confirmed it: another
        # journal's "found:12" is another session. Its start and confirming moment are its own.
        return ("capture", record.get("started_at"), record.get("created_at"))
    if kind == "uses" and record.get("source_id") is not None:
        return (record.get("source"), record.get("source_id"))
    return None


def _natural_keys(kind: str, record: Record) -> tuple[object, ...]:
    """`_natural_key` as a tuple; a found session is known by any of its sources' ids, since
    the journal's own copy may have been found by one more source since the export."""
    if kind == "found_sessions":
        return tuple(_source_key(link) for link in record.get("sources") or ())
    natural = _natural_key(kind, record)
    return () if natural is None else (natural,)


def _source_key(link: object) -> tuple[object, object]:
    if not isinstance(link, dict):
        return (None, None)
    return (link.get("source"), link.get("source_id"))


def _label(kind: str, record: Record) -> str:
    """How the preview names a record: its name or title, or its kind and time."""
    named = {"circles": "Circle", "tools": "AI tool", "goals": "Goal", "rules": "Rule"}
    if kind in named:
        text = record.get("title") if kind == "goals" else record.get("name")
        return f"{named[kind]} “{text}”"
    timed = {
        "uses": ("AI use", "started_at"),
        "connections": ("Connection", "started_at"),
        "vision_revisions": ("Vision saved", "saved_at"),
        "checkins": ("Check-in of the week of", "week_start"),
        "breach_notes": ("Breach note of", "day"),
        "found_sessions": ("Found session", "started_at"),
    }
    if kind in timed:
        what, key = timed[kind]
        when = str(record.get(key) or "")[:16].replace("T", " ")
        return f"{what} {when}"
    text = str(record.get("text") or "")
    return f"Question “{text if len(text) <= 40 else text[:39] + '…'}”"


def _remap(kind: str, record: Record, maps: Mapping[str, Mapping[int, int]]) -> Record:
    """A copy of `record` whose references point at the journal's ids."""
    out = copy.deepcopy(record)

    def follow(target: str, value: object) -> object:
        return maps[target].get(value, value) if isinstance(value, int) else value

    refs = {
        "goals": (("circle_id", "circles"),),
        "uses": (("tool_id", "tools"), ("circle_id", "circles"), ("goal_id", "goals")),
        "connections": (("circle_id", "circles"),),
        "breach_notes": (("rule_id", "rules"), ("use_id", "uses")),
        "found_sessions": (("use_id", "uses"),),
    }.get(kind, ())
    for key, target in refs:
        if key in out:
            out[key] = follow(target, out[key])
    if kind == "rules" and isinstance(out.get("params"), dict):
        params = out["params"]
        for key, target in (("circle_id", "circles"), ("tool_id", "tools")):
            if key in params:
                params[key] = follow(target, params[key])
    if kind == "checkins":
        for answer in out.get("answers") or ():
            if isinstance(answer, dict):
                answer["prompt_id"] = follow("prompts", answer.get("prompt_id"))
        for adjustment in out.get("adjustments") or ():
            if isinstance(adjustment, dict):
                target = "goals" if adjustment.get("target") == "goal" else "rules"
                adjustment["target_id"] = follow(target, adjustment.get("target_id"))
    return out


def _without_ids(value: object) -> object:
    """`value` with every record id left out, for comparing contents."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _differing(file_record: Record, journal_record: Record) -> tuple[str, ...]:
    """The top-level fields whose contents differ (ids left out)."""
    keys = (set(file_record) | set(journal_record)) - {"id"}
    return tuple(
        sorted(
            key
            for key in keys
            if _without_ids(file_record.get(key)) != _without_ids(journal_record.get(key))
        )
    )


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record in both the file and the journal whose fields differ; the journal keeps its
    own. `fields` names the fields that differ."""

    kind: str
    label: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DataImportPlan:
    """What importing a data file would do; nothing has been written.

    `is_restore` when the journal is empty and the file is restored whole (settings too).
    `new` and `present` count the records to add and those already in the journal, by kind
    ("circles", "uses", …); `conflicts` lists the records in both that differ.
    """

    is_restore: bool
    new: Mapping[str, int]
    present: Mapping[str, int]
    conflicts: tuple[Conflict, ...]
    document: Mapping[str, object] = field(repr=False)
    #: The journal's ids of every kind before the import, for references into the journal.
    existing: Mapping[str, frozenset[int]] = field(repr=False)

    @property
    def new_total(self) -> int:
        """All records to add."""
        return sum(self.new.values())

    @property
    def has_anything_to_import(self) -> bool:
        """True when at least one record would be written."""
        return self.new_total > 0


def plan_data_import(journal: Journal, data: object) -> DataImportPlan:
    """Compare the data export `data` with the journal; writes nothing.

    Raises `DataFormatError` (saying where and what) when the file is not a data export this
    version can read.
    """
    check_json(data)
    assert isinstance(data, dict)
    if is_journal_empty(journal):
        counts = {kind: len(data.get(kind) or ()) for kind in KINDS}
        return DataImportPlan(True, counts, {}, (), data, {})
    mine = export_json(journal)
    return _plan_merge(data, mine)


def _ids(records: object) -> set[int]:
    return {r["id"] for r in records or () if isinstance(r, dict) and isinstance(r.get("id"), int)}  # type: ignore[attr-defined]


def _plan_merge(data: dict[str, Any], mine: dict[str, Any]) -> DataImportPlan:
    existing = {kind: frozenset(_ids(mine.get(kind))) for kind in KINDS}
    taken: dict[str, set[int]] = {
        kind: set(ids) | _ids(data.get(kind)) for kind, ids in existing.items()
    }
    for parent, key, space in NESTED:
        taken[space] = {
            child["id"]
            for source in (mine, data)
            for record in source.get(parent) or ()
            for child in record.get(key) or ()
        }
    kept: dict[str, set[int]] = {space: set() for space in taken}
    for parent, key, space in NESTED:
        kept[space] = {
            child["id"] for record in mine.get(parent) or () for child in record.get(key) or ()
        }
    for kind in existing:
        kept[kind] = set(existing[kind])
    following: dict[str, int] = {space: max(ids, default=0) + 1 for space, ids in taken.items()}

    def new_id(space: str, wanted: int) -> int:
        if wanted not in kept[space]:
            kept[space].add(wanted)
            return wanted
        chosen = following[space]
        following[space] += 1
        kept[space].add(chosen)
        return chosen

    maps: dict[str, dict[int, int]] = {kind: {} for kind in KINDS}
    document: dict[str, Any] = {
        "format": data["format"],
        "schema_version": data["schema_version"],
        "settings": mine["settings"],
    }
    new: dict[str, int] = {}
    present: dict[str, int] = {}
    conflicts: list[Conflict] = []
    for kind in KINDS:
        by_key: dict[object, Record] = {}
        by_id: dict[int, Record] = {}
        for record in mine.get(kind) or ():
            for natural in _natural_keys(kind, record):
                by_key.setdefault(natural, record)
            by_id[record["id"]] = record
        added: list[Record] = []
        for record in data.get(kind) or ():
            mapped = _remap(kind, record, maps)
            naturals = _natural_keys(kind, record)
            match = next((by_key[n] for n in naturals if n in by_key), None)
            if match is None and not naturals:
                same_id = by_id.get(record["id"])
                if same_id is not None and same_id.get("created_at") == record.get("created_at"):
                    match = same_id
            if match is not None:
                maps[kind][record["id"]] = match["id"]
                differing = _differing(mapped, match)
                if kind == "uses" and record.get("source") == "capture":
                    # "found:<id>" is how each journal names its own found session.
                    differing = tuple(f for f in differing if f != "source_id")
                if differing:
                    conflicts.append(Conflict(kind, _label(kind, match), differing))
                else:
                    present[kind] = present.get(kind, 0) + 1
                continue
            mapped["id"] = new_id(kind, record["id"])
            maps[kind][record["id"]] = mapped["id"]
            for parent, child_key, space in NESTED:
                if parent == kind:
                    for child in mapped.get(child_key) or ():
                        child["id"] = new_id(space, child["id"])
            added.append(mapped)
            for natural in naturals:
                by_key.setdefault(natural, mapped)  # the file holding it twice adds it once
        document[kind] = added
        if added:
            new[kind] = len(added)
    document["use_sources"] = _new_use_sources(data, mine, document, maps)
    _renumber_capture_uses(document, mine)
    if _without_ids(data.get("settings")) != _without_ids(mine.get("settings")):
        conflicts.append(
            Conflict("settings", "Settings", _differing(data["settings"], mine["settings"]))
        )
    return DataImportPlan(False, new, present, tuple(conflicts), document, existing)


def _renumber_capture_uses(document: dict[str, Any], mine: Mapping[str, Any]) -> None:
    """A use confirmed from a found session is "found:<its id>"; added with a new id, the
    session passes it to its use, and one whose id is taken in the journal is renamed."""
    added = {use["id"]: use for use in document.get("uses") or () if use.get("source") == "capture"}
    for found in document.get("found_sessions") or ():
        use = added.get(found.get("use_id"))
        if use is not None:
            use["source_id"] = f"found:{found['id']}"
    taken = {use.get("source_id") for use in mine.get("uses") or ()}
    for use in added.values():
        if use.get("source_id") in taken:
            use["source_id"] = f"found:use-{use['id']}"
        taken.add(use.get("source_id"))


def _new_use_sources(
    data: Mapping[str, Any],
    mine: Mapping[str, Any],
    document: Mapping[str, Any],
    maps: Mapping[str, Mapping[int, int]],
) -> list[Record]:
    """The file's source ids kept on uses (capture found time a use already held) that the
    journal does not know yet, pointing at the journal's ids of those uses."""
    known = {_source_key(link) for link in mine.get("use_sources") or ()}
    for source in (mine, document):
        for found in source.get("found_sessions") or ():
            known.update(_source_key(link) for link in found.get("sources") or ())
    added: list[Record] = []
    for link in data.get("use_sources") or ():
        key = _source_key(link)
        if key in known or not isinstance(link, dict):
            continue
        known.add(key)
        use_id = link.get("use_id")
        if isinstance(use_id, int):
            use_id = maps["uses"].get(use_id, use_id)
        added.append({**link, "use_id": use_id})
    return added


def apply_data_import(journal: Journal, plan: DataImportPlan) -> DataImportResult:
    """Write `plan` in one transaction (the operation `operations.imports.import_data`, whose
    undo step the window keeps); raises `DataFormatError` and writes nothing if the journal
    changed so that the plan no longer fits."""
    from vision_journal.core.operations.imports import import_data

    return import_data(journal, plan).value


__all__ = [
    "KINDS",
    "Conflict",
    "DataFormatError",
    "DataImportPlan",
    "DataImportResult",
    "apply_data_import",
    "plan_data_import",
]
