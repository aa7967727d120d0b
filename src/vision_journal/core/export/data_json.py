"""The full data of a journal as versioned JSON, and its import into an empty journal.

`export_json` gives a JSON-ready dict (`{"format": "vision-journal", "schema_version": 1,
...}`) holding every entity with its id: settings, circles, tools, every vision revision,
goals with their progress, boundary rules with typed parameters, AI uses (with their source
ids), connections, breach notes, check-in prompts and check-ins with their answers and
adjustments. Drafts of unsaved text are left out: they are not data yet. The schema is
documented in `docs/json-schema.md`.

`import_json` writes such a dict into an **empty** journal in one transaction, keeping every
id, so an export imported again gives back exactly the same data. Every value is checked
before anything is written; a problem raises `DataFormatError` naming where it is
("uses[12].minutes: expected a whole number, found text"), and nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Date, DateTime, Enum, String, func, insert, select, type_coerce
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from vision_journal import __version__
from vision_journal.core import boundaries, circles, goals, jsonio, settings_store
from vision_journal.core import vision as vision_store
from vision_journal.core.atomic import write_atomically
from vision_journal.core.capture import inbox as capture_inbox
from vision_journal.core.db.models import (
    AdjustmentRow,
    AiToolRow,
    AiUseRow,
    BreachNoteRow,
    CheckInAnswerRow,
    CheckInRow,
    CircleRow,
    ConnectionRow,
    FoundSessionRow,
    FoundSourceRow,
    GoalRow,
    ProgressRow,
    PromptRow,
    RuleRow,
    StakeholderRow,
    VisionRevisionRow,
    VisionSphereRow,
)
from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.json_text import UnsafeJsonError, decode_json
from vision_journal.core.records import (
    AiTool,
    BoundaryRule,
    BreachNote,
    BudgetParams,
    BudgetPeriod,
    CheckInStatus,
    Circle,
    ConnectionMode,
    CurfewParams,
    Disclosure,
    DisclosureParams,
    Goal,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    Mediation,
    MediationShareParams,
    NeutralReason,
    NoMediationParams,
    ProgressEntry,
    PurposeLimitParams,
    RuleKind,
    RuleParams,
    Settings,
    Severity,
    Sphere,
    TimeWindow,
    ToolKind,
    UsePurpose,
    UseSource,
    Vision,
    WeekStart,
    Weights,
)

FORMAT_NAME = "vision-journal"
SCHEMA_VERSION = 2

#: SQLite stores 64-bit integers; a larger whole number in a file is damage, not data.
_INT64 = range(-(2**63), 2**63)

#: A data file larger than this is refused before it is read (a journal of ten heavy years
#: is about 60 MB).
MAX_FILE_BYTES = 1024**3

_E = TypeVar("_E", bound=StrEnum)


class DataFormatError(ValueError):
    """The data is not a Vision Journal export this version can read; nothing was written."""


class JournalNotEmptyError(Exception):
    """Data is only imported into an empty journal; this one already holds entries."""


@dataclass(frozen=True, slots=True)
class DataImportResult:
    """How many records of each kind an import wrote."""

    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        """All records written."""
        return sum(self.counts.values())


# --- Writing ---------------------------------------------------------------------------------


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def params_to_dict(params: RuleParams) -> dict[str, object]:
    """A rule's typed parameters as JSON-ready data."""
    if isinstance(params, BudgetParams):
        return {
            "minutes": params.minutes,
            "period": params.period.value,
            "tool_id": params.tool_id,
            "purpose": None if params.purpose is None else params.purpose.value,
            "sphere": None if params.sphere is None else params.sphere.value,
            "circle_id": params.circle_id,
            "has_rollover": params.has_rollover,
        }
    if isinstance(params, CurfewParams):
        return {
            "windows": [
                {"start_minute": w.start_minute, "end_minute": w.end_minute} for w in params.windows
            ],
            "weekdays": sorted(params.weekdays),
        }
    if isinstance(params, NoMediationParams):
        return {
            "circle_id": params.circle_id,
            "mediations": [m.value for m in Mediation if m in params.mediations],
        }
    if isinstance(params, DisclosureParams):
        return {"circle_id": params.circle_id}
    if isinstance(params, PurposeLimitParams):
        return {"purpose": params.purpose.value, "circle_id": params.circle_id}
    return {"circle_id": params.circle_id, "max_percent": params.max_percent}


def _circle(c: Circle) -> dict[str, object]:
    return {
        "id": c.id,
        "name": c.name,
        "sphere": c.sphere.value,
        "cadence_days": c.cadence_days,
        "is_protected": c.is_protected,
        "created_at": _moment(c.created_at),
    }


def _tool(t: AiTool) -> dict[str, object]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind.value,
        "retention_note": t.retention_note,
        "training_note": t.training_note,
        "data_location_note": t.data_location_note,
        "created_at": _moment(t.created_at),
    }


def _goal(g: Goal, progress: Iterable[ProgressEntry]) -> dict[str, object]:
    return {
        "id": g.id,
        "title": g.title,
        "sphere": g.sphere.value,
        "kind": g.kind.value,
        "circle_id": g.circle_id,
        "why": g.why,
        "measure_unit": None if g.measure_unit is None else g.measure_unit.value,
        "measure_period": None if g.measure_period is None else g.measure_period.value,
        "target_value": g.target_value,
        "target_date": _day(g.target_date),
        "status": g.status.value,
        "created_at": _moment(g.created_at),
        "measure_source": None if g.measure_source is None else g.measure_source.value,
        "measure_tool_id": g.measure_tool_id,
        "measure_purpose": None if g.measure_purpose is None else g.measure_purpose.value,
        "progress": [
            {"id": p.id, "day": _day(p.day), "value": p.value, "note": p.note} for p in progress
        ],
    }


def _rule(r: BoundaryRule) -> dict[str, object]:
    return {
        "id": r.id,
        "name": r.name,
        "kind": r.kind.value,
        "severity": r.severity.value,
        "rationale": r.rationale,
        "is_active": r.is_active,
        "created_at": _moment(r.created_at),
        "params": params_to_dict(r.params),
    }


def _settings(value: Settings) -> dict[str, object]:
    data = dataclasses.asdict(value)
    data["week_start"] = value.week_start.value
    return data


def export_json(journal: Journal) -> dict[str, object]:
    """Every entity of the journal as JSON-ready data (`SCHEMA_VERSION`), read in one
    transaction so the export is a consistent snapshot."""
    with journal.session() as session, jsonio.gc_paused():
        return _export(session, journal.now())


def export_json_bytes(journal: Journal) -> tuple[bytes, int]:
    """The export as `dumps_json(export_json(journal))` writes it, and its number of AI uses.

    The same bytes, made faster: the uses, connections and breach notes (nearly all of a
    large journal) are turned into JSON by SQLite itself (`_table_json_text`), so no Python
    object is made for each of their hundred thousand rows; msgspec only re-indents them
    with the rest. Read in one transaction, like `export_json`.
    """
    with journal.session() as session, jsonio.gc_paused():
        data = _export(session, journal.now(), as_text=True)
        uses = session.scalar(select(func.count()).select_from(AiUseRow)) or 0
        return dumps_json(data), uses


def _export(session: Session, now: dt.datetime, *, as_text: bool = False) -> dict[str, object]:
    table = _table_json_encoded if as_text else _table_json
    progress_by_goal: dict[int, list[ProgressEntry]] = {}
    for entry in goals.list_progress(session):
        progress_by_goal.setdefault(entry.goal_id, []).append(entry)
    revisions = session.scalars(
        select(VisionRevisionRow)
        .options(
            selectinload(VisionRevisionRow.spheres), selectinload(VisionRevisionRow.stakeholders)
        )
        .order_by(VisionRevisionRow.id)
    )
    checkins = session.scalars(select(CheckInRow).order_by(CheckInRow.id))
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "exported_at": _moment(now),
        "app_version": __version__,
        "settings": _settings(settings_store.load_settings(session)),
        "circles": [_circle(c) for c in sorted(circles.list_circles(session), key=lambda c: c.id)],
        "tools": [_tool(t) for t in sorted(circles.list_tools(session), key=lambda t: t.id)],
        "vision_revisions": [
            {
                "id": record.id,
                "saved_at": _moment(record.saved_at),
                "vision": vision_store.vision_to_dict(record.vision),
            }
            for record in (vision_store.revision_record(row) for row in revisions)
        ],
        "goals": [
            _goal(g, progress_by_goal.get(g.id, ()))
            for g in sorted(goals.list_goals(session), key=lambda g: g.id)
        ],
        "rules": [_rule(r) for r in boundaries.list_rules(session)],
        "uses": table(session, AiUseRow, _USE_KEYS),
        "connections": table(session, ConnectionRow, _CONNECTION_KEYS),
        "breach_notes": table(session, BreachNoteRow, _BREACH_NOTE_KEYS),
        "prompts": [
            {
                "id": p.id,
                "text": p.text,
                "is_default": p.is_default,
                "position": p.position,
                "retired_at": _moment(p.retired_at),
            }
            for p in session.scalars(select(PromptRow).order_by(PromptRow.id))
        ],
        **_found_export(session),
        "checkins": [
            {
                "id": c.id,
                "week_start": _day(c.week_start),
                "status": c.status.value,
                "facts_json": c.facts_json,
                "rating_connection": c.rating_connection,
                "rating_reliance": c.rating_reliance,
                "rating_alignment": c.rating_alignment,
                "completed_at": _moment(c.completed_at),
                "updated_at": _moment(c.updated_at),
                "answers": [
                    {"id": a.id, "prompt_id": a.prompt_id, "text": a.text}
                    for a in sorted(c.answers, key=lambda a: a.id)
                ],
                "adjustments": [
                    {
                        "id": a.id,
                        "target": a.target,
                        "target_id": a.target_id,
                        "action": a.action,
                        "description": a.description,
                    }
                    for a in c.adjustments
                ],
            }
            for c in checkins
        ],
    }


#: The keys of an AI use, a connection and a breach note in the export: their columns' names.
_USE_KEYS = (
    "id",
    "started_at",
    "day",
    "minutes",
    "tool_id",
    "purpose",
    "sphere",
    "circle_id",
    "goal_id",
    "mediation",
    "disclosed",
    "planned_minutes",
    "feeling",
    "note",
    "source",
    "source_id",
    "created_at",
    "neutral",
    "neutral_note",
)
_CONNECTION_KEYS = (
    "id",
    "started_at",
    "day",
    "circle_id",
    "mode",
    "minutes",
    "quality",
    "note",
    "created_at",
)
_BREACH_NOTE_KEYS = ("id", "rule_id", "use_id", "day", "reason", "created_at")


def _table_json(session: Session, model: type[Any], keys: tuple[str, ...]) -> list[object]:
    """Every row of `model`'s table as export objects with `keys`, in id order.

    The tens of thousands of uses and connections are read as the text SQLite stores, not as
    ORM objects: building 100 000 objects and then dicts from them cost seconds
    (benchmarks/RESULTS.md). Enums and dates are stored as the very text the export writes;
    only date-times need their separator and zero fraction changed (`_stored_moment`).
    """
    columns = [getattr(model, key) for key in keys]
    raw = [
        type_coerce(column, String) if isinstance(column.type, Date | DateTime | Enum) else column
        for column in columns
    ]
    moments = [i for i, column in enumerate(columns) if isinstance(column.type, DateTime)]
    rows = session.execute(select(*raw).order_by(model.id))
    if not moments:
        return [dict(zip(keys, row, strict=True)) for row in rows]
    result: list[object] = []
    for row in rows:
        values = list(row)
        for i in moments:
            values[i] = _stored_moment(values[i])
        result.append(dict(zip(keys, values, strict=True)))
    return result


def _table_json_encoded(session: Session, model: type[Any], keys: tuple[str, ...]) -> object:
    """What `_table_json` reads, as the JSON text of the list (for `jsonio.dumps_indented`),
    made by SQLite: `json_object` escapes text as msgspec does (the short escapes, `\\u00xx`
    for other control characters, everything else as it is), and these tables hold only
    integers and text. Date-times get the export's form in SQL, as `_stored_moment` does."""
    table = model.__table__
    fields = []
    for key in keys:
        column = table.c[key]
        name = f'"{column.name}"'
        if isinstance(column.type, DateTime):
            # "2025-03-01 08:30:00.000000" → "2025-03-01T08:30:00"; a fraction stays.
            name = (
                f"CASE WHEN {name} LIKE '%.000000' THEN replace(substr({name}, 1, "
                f"length({name}) - 7), ' ', 'T') ELSE replace({name}, ' ', 'T') END"
            )
        fields.append(f"'{key}', {name}")
    statement = (
        f'SELECT json_group_array(json_object({", ".join(fields)}) ORDER BY "id") '
        f'FROM "{table.name}"'
    )
    text = session.connection().exec_driver_sql(statement).scalar_one()
    return jsonio.encoded(text)


def _stored_moment(text: str | None) -> str | None:
    """A date-time as SQLite stores it ("2025-03-01 08:30:00.000000") in the export's form,
    that of `datetime.isoformat` ("2025-03-01T08:30:00"; the fraction only when not zero)."""
    if text is None:
        return None
    text = text.replace(" ", "T", 1)
    return text[:-7] if text.endswith(".000000") else text


def _found_export(session: Session) -> dict[str, object]:
    """The capture inbox: every found session (waiting ones too) with the ids of the sources
    that found it, and the source ids attached to uses directly."""
    found = [
        {
            "id": f.id,
            "tool_name": f.tool_name,
            "tool_kind": f.tool_kind.value,
            "started_at": _moment(f.started_at),
            "ended_at": _moment(f.ended_at),
            "minutes": f.minutes,
            "day": _day(f.day),
            "state": f.state,
            "use_id": f.use_id,
            "sources": [{"source": s, "source_id": i} for s, i in f.source_ids],
        }
        for f in capture_inbox.all_found(session)
    ]
    on_uses = [
        {"use_id": row.use_id, "source": row.source, "source_id": row.source_id}
        for row in session.scalars(
            select(FoundSourceRow)
            .where(FoundSourceRow.found_session_id.is_(None))
            .order_by(FoundSourceRow.id)
        )
    ]
    return {"found_sessions": found, "use_sources": on_uses}


def dumps_json(data: Mapping[str, object]) -> bytes:
    """The export as UTF-8 JSON text, indented for people who read it."""
    return jsonio.dumps_indented(data) + b"\n"


def write_json_file(journal: Journal, path: str | Path) -> int:
    """Export the journal's data to `path` atomically; returns the number of AI uses in it."""
    data, uses = export_json_bytes(journal)
    write_atomically(path, data)
    return uses


def load_json_file(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> object:
    """Read a data export from `path`; raises DataFormatError naming the file and the problem."""
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise DataFormatError(
                f"{name}: is {size / 1024**2:.0f} MiB, more than the limit of "
                f"{max_bytes / 1024**2:.0f} MiB"
            )
        raw = file.read_bytes()
    except OSError as error:
        raise DataFormatError(f"{name}: cannot be read ({error.strerror or error})") from error
    try:
        return decode_json(raw)
    except UnsafeJsonError as error:
        raise DataFormatError(f"{name}: {error}") from None
    except UnicodeDecodeError as error:
        raise DataFormatError(f"{name}: is not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise DataFormatError(
            f"{name}: is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from error


# --- Reading -------------------------------------------------------------------------------


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Item:
    """One JSON object being read, with where it is, so every error can say so."""

    __slots__ = ("data", "where")

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise DataFormatError(f"{where}: expected an object, found {_kind(data)}")
        self.data: dict[str, Any] = data
        self.where = where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str) -> object:
        if key not in self.data:
            raise DataFormatError(f"{self._at(key)}: is missing")
        return self.data[key]

    def fail(self, key: str, what: str) -> DataFormatError:
        return DataFormatError(f"{self._at(key)}: {what}")

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected a whole number, found {_kind(value)}")
        if value not in _INT64:
            raise self.fail(key, "is too large a number")
        return value

    def integer(self, key: str) -> int:
        value = self.opt_integer(key)
        if value is None:
            raise self.fail(key, "expected a whole number, found null")
        return value

    def number(self, key: str) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"expected a number, found {_kind(value)}")
        return float(value)

    def opt_text(self, key: str) -> str | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"expected text, found {_kind(value)}")
        return value

    def text(self, key: str) -> str:
        value = self.opt_text(key)
        if value is None:
            raise self.fail(key, "expected text, found null")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, found {_kind(value)}")
        return value

    def opt_date(self, key: str) -> dt.date | None:
        value = self.opt_text(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"{value!r} is not a date (YYYY-MM-DD)") from None

    def date(self, key: str) -> dt.date:
        value = self.opt_date(key)
        if value is None:
            raise self.fail(key, "expected a date, found null")
        return value

    def opt_moment(self, key: str) -> dt.datetime | None:
        value = self.opt_text(key)
        if value is None:
            return None
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"{value!r} is not a date and time") from None
        if moment.tzinfo is not None:
            raise self.fail(key, "must be local time without a time zone")
        return moment

    def moment(self, key: str) -> dt.datetime:
        value = self.opt_moment(key)
        if value is None:
            raise self.fail(key, "expected a date and time, found null")
        return value

    def opt_enum(self, key: str, kind: type[_E]) -> _E | None:
        value = self.opt_text(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise self.fail(key, f"{value!r} is not one of {allowed}") from None

    def enum(self, key: str, kind: type[_E]) -> _E:
        value = self.opt_enum(key, kind)
        if value is None:
            raise self.fail(key, "expected a value, found null")
        return value

    def item(self, key: str) -> _Item:
        return _Item(self._get(key), self._at(key))

    def items(self, key: str) -> list[_Item]:
        value = self._get(key)
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, found {_kind(value)}")
        return [_Item(entry, f"{self._at(key)}[{i}]") for i, entry in enumerate(value)]

    def integers(self, key: str) -> list[int]:
        value = self._get(key)
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) and v in _INT64 for v in value
        ):
            raise self.fail(key, "expected a list of whole numbers")
        return list(value)

    def texts(self, key: str) -> list[str]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "expected a list of texts")
        return list(value)


def _params(item: _Item, kind: RuleKind) -> RuleParams:
    if kind is RuleKind.BUDGET:
        return BudgetParams(
            minutes=item.integer("minutes"),
            period=item.enum("period", BudgetPeriod),
            tool_id=item.opt_integer("tool_id"),
            purpose=item.opt_enum("purpose", UsePurpose),
            sphere=item.opt_enum("sphere", Sphere),
            circle_id=item.opt_integer("circle_id"),
            has_rollover=item.boolean("has_rollover"),
        )
    if kind is RuleKind.CURFEW:
        weekdays = item.integers("weekdays")
        if not weekdays or any(not 0 <= d <= 6 for d in weekdays):
            raise item.fail("weekdays", "expected weekdays from 0 (Monday) to 6 (Sunday)")
        return CurfewParams(
            windows=tuple(
                TimeWindow(w.integer("start_minute"), w.integer("end_minute"))
                for w in item.items("windows")
            ),
            weekdays=frozenset(weekdays),
        )
    if kind is RuleKind.NO_MEDIATION:
        try:
            mediations = frozenset(Mediation(m) for m in item.texts("mediations"))
        except ValueError:
            raise item.fail("mediations", "holds an unknown kind of mediation") from None
        if not mediations or Mediation.NONE in mediations:
            raise item.fail("mediations", "expected at least one kind of AI mediation")
        return NoMediationParams(circle_id=item.integer("circle_id"), mediations=mediations)
    if kind is RuleKind.DISCLOSURE:
        return DisclosureParams(circle_id=item.integer("circle_id"))
    if kind is RuleKind.PURPOSE_LIMIT:
        return PurposeLimitParams(
            purpose=item.enum("purpose", UsePurpose), circle_id=item.opt_integer("circle_id")
        )
    return MediationShareParams(
        circle_id=item.integer("circle_id"), max_percent=item.integer("max_percent")
    )


def _read_settings(item: _Item) -> Settings:
    weights = item.item("weights")
    value = Settings(
        week_start=item.enum("week_start", WeekStart),
        day_start_hour=item.integer("day_start_hour"),
        balanced_threshold=item.integer("balanced_threshold"),
        watch_threshold=item.integer("watch_threshold"),
        weights=Weights(
            budget=weights.number("budget"),
            authorship=weights.number("authorship"),
            boundaries=weights.number("boundaries"),
            connection=weights.number("connection"),
            self_rating=weights.number("self_rating"),
        ),
        reminder_weekday=item.integer("reminder_weekday"),
        reminder_minute=item.integer("reminder_minute"),
        has_completed_setup=item.boolean("has_completed_setup"),
    )
    try:
        settings_store.check_settings(value)
    except ValidationError as error:
        raise DataFormatError(f"settings: {error}") from None
    return value


def _unique_ids(items: list[_Item], where: str) -> set[int]:
    seen: set[int] = set()
    for item in items:
        item_id = item.integer("id")
        if item_id in seen:
            raise item.fail("id", f"{item_id} appears twice in {where}")
        seen.add(item_id)
    return seen


def _refers(item: _Item, key: str, known: set[int], what: str, *, optional: bool = True) -> None:
    value = item.opt_integer(key) if optional else item.integer(key)
    if value is not None and value not in known:
        raise item.fail(key, f"refers to {what} {value}, which is not in the file")


def _check_header(top: _Item) -> None:
    if top.data.get("format") != FORMAT_NAME:
        raise DataFormatError(
            "this is not a Vision Journal data export ('format' is not 'vision-journal')"
        )
    version = top.integer("schema_version")
    if version > SCHEMA_VERSION:
        raise DataFormatError(
            f"schema_version {version} was written by a newer Vision Journal; "
            f"this version reads up to {SCHEMA_VERSION}"
        )
    if version < 1:
        raise DataFormatError(f"schema_version {version} is not a known version")


def _is_empty(session: Session) -> bool:
    tables = (
        CircleRow,
        AiToolRow,
        VisionRevisionRow,
        GoalRow,
        RuleRow,
        AiUseRow,
        ConnectionRow,
        BreachNoteRow,
        PromptRow,
        CheckInRow,
        FoundSessionRow,
    )
    return not any(session.scalar(select(func.count()).select_from(table)) for table in tables)


def is_journal_empty(journal: Journal) -> bool:
    """True when the journal holds no entries (settings and drafts do not count)."""
    with journal.session() as session:
        return _is_empty(session)


def check_json(data: object) -> None:
    """Check an export as `import_json` would, writing nothing; raises DataFormatError."""
    top = _Item(data, "")
    _check_header(top)
    _read_settings(top.item("settings"))
    _prepare(top)


def import_json(journal: Journal, data: object) -> DataImportResult:
    """Write an export into the empty `journal`, keeping every id, in one transaction.

    Raises `DataFormatError` (with where and what) for data this version cannot read, and
    `JournalNotEmptyError` when the journal already holds entries; in both cases nothing is
    written.
    """
    with journal.session(write=True) as session:
        result = write_data(session, data)
    # The facade caches settings: saving them through it refreshes the cache.
    journal.save_settings(_read_settings(_Item(data, "").item("settings")))
    return result


def write_data(
    session: Session, data: object, existing: Mapping[str, Iterable[int]] | None = None
) -> DataImportResult:
    """Write the records of the export `data` in the caller's transaction, keeping their ids.

    With `existing` None the journal must be empty (else `JournalNotEmptyError`) and the
    settings are written too: a restore. Otherwise the records go into a journal that holds
    some already: references may point at its records, whose ids `existing` holds by kind
    ("circles", "tools", …), and the settings are left alone; `core.export.data_merge`
    prepares such a document (free ids, references mapped). Raises `DataFormatError` when a
    record does not fit; the caller's transaction then writes nothing.
    """
    top = _Item(data, "")
    _check_header(top)
    settings = _read_settings(top.item("settings"))
    known = None if existing is None else {kind: set(ids) for kind, ids in existing.items()}
    with jsonio.gc_paused():
        writers = _prepare(top, known)
    if existing is None and not _is_empty(session):
        raise JournalNotEmptyError(
            "This journal already holds entries. Data is imported only into an empty "
            "journal, so nothing is mixed or overwritten: open a new journal "
            "(--data-dir DIR) and import there."
        )
    counts: dict[str, int] = {}
    try:
        for name, write in writers:
            counts[name] = write(session)
        if existing is None:
            settings_store.save_settings(session, settings)
        session.flush()
    except IntegrityError as error:
        raise DataFormatError(
            f"the data breaks a rule of the journal ({error.orig}); nothing was imported"
        ) from None
    return DataImportResult(counts)


def _prepare(
    top: _Item, existing: Mapping[str, set[int]] | None = None
) -> list[tuple[str, Callable[[Session], int]]]:
    """Read and check every record, and return the writers in dependency order.

    References may also point at the ids in `existing` (by kind), records already in the
    journal a merge refers to.
    """
    known = existing or {}
    circle_items = top.items("circles")
    tool_items = top.items("tools")
    revision_items = top.items("vision_revisions")
    goal_items = top.items("goals")
    rule_items = top.items("rules")
    use_items = top.items("uses")
    connection_items = top.items("connections")
    note_items = top.items("breach_notes")
    prompt_items = top.items("prompts")
    checkin_items = top.items("checkins")

    circle_ids = _unique_ids(circle_items, "circles") | known.get("circles", set())
    tool_ids = _unique_ids(tool_items, "tools") | known.get("tools", set())
    goal_ids = _unique_ids(goal_items, "goals") | known.get("goals", set())
    rule_ids = _unique_ids(rule_items, "rules") | known.get("rules", set())
    use_ids = _unique_ids(use_items, "uses") | known.get("uses", set())
    prompt_ids = _unique_ids(prompt_items, "prompts") | known.get("prompts", set())
    _unique_ids(revision_items, "vision_revisions")
    _unique_ids(connection_items, "connections")
    _unique_ids(note_items, "breach_notes")
    _unique_ids(checkin_items, "checkins")

    circle_records = [
        Circle(
            id=c.integer("id"),
            name=c.text("name"),
            sphere=c.enum("sphere", Sphere),
            cadence_days=c.opt_integer("cadence_days"),
            is_protected=c.boolean("is_protected"),
            created_at=c.moment("created_at"),
        )
        for c in circle_items
    ]
    tool_records = [
        AiTool(
            id=t.integer("id"),
            name=t.text("name"),
            kind=t.enum("kind", ToolKind),
            retention_note=t.text("retention_note"),
            training_note=t.text("training_note"),
            data_location_note=t.text("data_location_note"),
            created_at=t.moment("created_at"),
        )
        for t in tool_items
    ]
    revisions: list[tuple[int, dt.datetime, Vision]] = []
    for r in revision_items:
        try:
            vision = vision_store.vision_from_dict(r.data.get("vision"))
        except ValueError as error:
            raise r.fail("vision", str(error)) from None
        revisions.append((r.integer("id"), r.moment("saved_at"), vision))

    goal_records: list[tuple[Goal, list[ProgressEntry]]] = []
    for g in goal_items:
        _refers(g, "circle_id", circle_ids, "circle")
        goal_id = g.integer("id")
        goal_records.append(
            (
                Goal(
                    id=goal_id,
                    title=g.text("title"),
                    sphere=g.enum("sphere", Sphere),
                    kind=g.enum("kind", GoalKind),
                    circle_id=g.opt_integer("circle_id"),
                    why=g.text("why"),
                    measure_unit=g.opt_enum("measure_unit", MeasureUnit),
                    measure_period=g.opt_enum("measure_period", MeasurePeriod),
                    target_value=g.opt_integer("target_value"),
                    target_date=g.opt_date("target_date"),
                    status=g.enum("status", GoalStatus),
                    created_at=g.moment("created_at"),
                    # Since schema version 2; absent from older exports.
                    measure_source=g.opt_enum("measure_source", MeasureSource)
                    if "measure_source" in g.data
                    else None,
                    measure_tool_id=g.opt_integer("measure_tool_id")
                    if "measure_tool_id" in g.data
                    else None,
                    measure_purpose=g.opt_enum("measure_purpose", UsePurpose)
                    if "measure_purpose" in g.data
                    else None,
                ),
                [
                    ProgressEntry(
                        id=p.integer("id"),
                        goal_id=goal_id,
                        day=p.date("day"),
                        value=p.integer("value"),
                        note=p.text("note"),
                    )
                    for p in g.items("progress")
                ],
            )
        )
    rule_records: list[BoundaryRule] = []
    for r in rule_items:
        kind = r.enum("kind", RuleKind)
        params_item = r.item("params")
        params = _params(params_item, kind)
        for key in ("circle_id", "tool_id"):
            if key in params_item.data:
                targets = circle_ids if key == "circle_id" else tool_ids
                _refers(params_item, key, targets, key.removesuffix("_id"))
        rule_records.append(
            BoundaryRule(
                id=r.integer("id"),
                name=r.text("name"),
                params=params,
                severity=r.enum("severity", Severity),
                rationale=r.text("rationale"),
                is_active=r.boolean("is_active"),
                created_at=r.moment("created_at"),
            )
        )

    use_rows: list[dict[str, object]] = []
    for u in use_items:
        _refers(u, "tool_id", tool_ids, "tool", optional=False)
        _refers(u, "circle_id", circle_ids, "circle")
        _refers(u, "goal_id", goal_ids, "goal")
        use_rows.append(
            {
                "id": u.integer("id"),
                "started_at": u.moment("started_at"),
                "day": u.date("day"),
                "minutes": u.integer("minutes"),
                "tool_id": u.integer("tool_id"),
                "purpose": u.enum("purpose", UsePurpose),
                "sphere": u.enum("sphere", Sphere),
                "circle_id": u.opt_integer("circle_id"),
                "goal_id": u.opt_integer("goal_id"),
                "mediation": u.enum("mediation", Mediation),
                "disclosed": u.enum("disclosed", Disclosure),
                "planned_minutes": u.opt_integer("planned_minutes"),
                "feeling": u.opt_integer("feeling"),
                "note": u.text("note"),
                "source": u.enum("source", UseSource),
                "source_id": u.opt_text("source_id"),
                "created_at": u.moment("created_at"),
                # Since schema version 2; a use in an older export counts.
                "neutral": u.opt_enum("neutral", NeutralReason) if "neutral" in u.data else None,
                "neutral_note": u.text("neutral_note") if "neutral_note" in u.data else "",
            }
        )
    connection_rows: list[dict[str, object]] = []
    for c in connection_items:
        _refers(c, "circle_id", circle_ids, "circle", optional=False)
        connection_rows.append(
            {
                "id": c.integer("id"),
                "started_at": c.moment("started_at"),
                "day": c.date("day"),
                "circle_id": c.integer("circle_id"),
                "mode": c.enum("mode", ConnectionMode),
                "minutes": c.integer("minutes"),
                "quality": c.integer("quality"),
                "note": c.text("note"),
                "created_at": c.moment("created_at"),
            }
        )
    notes: list[BreachNote] = []
    for n in note_items:
        _refers(n, "rule_id", rule_ids, "rule", optional=False)
        _refers(n, "use_id", use_ids, "AI use")
        notes.append(
            BreachNote(
                id=n.integer("id"),
                rule_id=n.integer("rule_id"),
                use_id=n.opt_integer("use_id"),
                day=n.date("day"),
                reason=n.text("reason"),
                created_at=n.moment("created_at"),
            )
        )
    prompt_rows: list[dict[str, object]] = [
        {
            "id": p.integer("id"),
            "text": p.text("text"),
            "is_default": p.boolean("is_default"),
            "position": p.integer("position"),
            "retired_at": p.opt_moment("retired_at"),
        }
        for p in prompt_items
    ]
    checkin_rows: list[dict[str, object]] = []
    answer_rows: list[dict[str, object]] = []
    adjustment_rows: list[dict[str, object]] = []
    for c in checkin_items:
        checkin_id = c.integer("id")
        checkin_rows.append(
            {
                "id": checkin_id,
                "week_start": c.date("week_start"),
                "status": c.enum("status", CheckInStatus),
                "facts_json": c.text("facts_json"),
                "rating_connection": c.opt_integer("rating_connection"),
                "rating_reliance": c.opt_integer("rating_reliance"),
                "rating_alignment": c.opt_integer("rating_alignment"),
                "completed_at": c.opt_moment("completed_at"),
                "updated_at": c.moment("updated_at"),
            }
        )
        for a in c.items("answers"):
            _refers(a, "prompt_id", prompt_ids, "prompt", optional=False)
            answer_rows.append(
                {
                    "id": a.integer("id"),
                    "checkin_id": checkin_id,
                    "prompt_id": a.integer("prompt_id"),
                    "text": a.text("text"),
                }
            )
        for a in c.items("adjustments"):
            target, action = a.text("target"), a.text("action")
            if target not in ("goal", "rule"):
                raise a.fail("target", f"{target!r} is not one of goal, rule")
            if action not in ("created", "changed", "paused"):
                raise a.fail("action", f"{action!r} is not one of created, changed, paused")
            adjustment_rows.append(
                {
                    "id": a.integer("id"),
                    "checkin_id": checkin_id,
                    "target": target,
                    "target_id": a.integer("target_id"),
                    "action": action,
                    "description": a.text("description"),
                }
            )

    found_rows: list[dict[str, object]] = []
    source_rows: list[dict[str, object]] = []
    found_ids: set[int] = set()
    for f in top.items("found_sessions") if "found_sessions" in top.data else []:
        _refers(f, "use_id", use_ids, "AI use")
        state = f.text("state")
        if state not in (capture_inbox.WAITING, capture_inbox.DISMISSED, capture_inbox.CONFIRMED):
            raise f.fail("state", f"{state!r} is not one of waiting, dismissed, confirmed")
        found_id = f.integer("id")
        if found_id in found_ids:
            raise f.fail("id", f"{found_id} appears twice")
        found_ids.add(found_id)
        found_rows.append(
            {
                "id": found_id,
                "tool_name": f.text("tool_name"),
                "tool_kind": f.enum("tool_kind", ToolKind),
                "started_at": f.moment("started_at"),
                "ended_at": f.moment("ended_at"),
                "minutes": f.integer("minutes"),
                "day": f.date("day"),
                "state": state,
                "use_id": f.opt_integer("use_id"),
                "created_at": f.moment("started_at"),
            }
        )
        for link in f.items("sources"):
            source_rows.append(
                {
                    "source": link.text("source"),
                    "source_id": link.text("source_id"),
                    "found_session_id": found_id,
                    "use_id": f.opt_integer("use_id"),
                    "created_at": f.moment("started_at"),
                }
            )
    for link in top.items("use_sources") if "use_sources" in top.data else []:
        _refers(link, "use_id", use_ids, "AI use", optional=False)
        source_rows.append(
            {
                "source": link.text("source"),
                "source_id": link.text("source_id"),
                "found_session_id": None,
                "use_id": link.integer("use_id"),
                "created_at": dt.datetime(1970, 1, 1),
            }
        )

    def bulk(model: type[Any], rows: list[dict[str, object]]) -> Callable[[Session], int]:
        def write(session: Session) -> int:
            _insert_checked(session, model, rows)
            return len(rows)

        return write

    def write_circles(session: Session) -> int:
        for record in circle_records:
            circles.restore_circle(session, record)
        return len(circle_records)

    def write_tools(session: Session) -> int:
        for tool in tool_records:
            circles.restore_tool(session, tool)
        return len(tool_records)

    def write_revisions(session: Session) -> int:
        for revision_id, saved_at, vision in revisions:
            session.add(_revision_row(revision_id, saved_at, vision))
        session.flush()
        return len(revisions)

    def write_goals(session: Session) -> int:
        for goal, _progress in goal_records:
            goals.restore_goal(session, goal, [])
        # Thousands of progress entries: one statement, not a flush each.
        _insert_checked(
            session,
            ProgressRow,
            [
                {
                    "id": entry.id,
                    "goal_id": entry.goal_id,
                    "day": entry.day,
                    "value": entry.value,
                    "note": entry.note,
                }
                for _goal, progress in goal_records
                for entry in progress
            ],
        )
        return len(goal_records)

    def write_rules(session: Session) -> int:
        for rule in rule_records:
            boundaries.restore_rule(session, rule, [])
        return len(rule_records)

    def write_notes(session: Session) -> int:
        boundaries.restore_breach_notes(session, notes)
        return len(notes)

    return [
        ("circles", write_circles),
        ("tools", write_tools),
        ("vision_revisions", write_revisions),
        ("goals", write_goals),
        ("progress", lambda _session: sum(len(p) for _, p in goal_records)),
        ("rules", write_rules),
        ("uses", bulk(AiUseRow, use_rows)),
        ("connections", bulk(ConnectionRow, connection_rows)),
        ("breach_notes", write_notes),
        ("prompts", bulk(PromptRow, prompt_rows)),
        ("checkins", bulk(CheckInRow, checkin_rows)),
        ("checkin_answers", bulk(CheckInAnswerRow, answer_rows)),
        ("checkin_adjustments", bulk(AdjustmentRow, adjustment_rows)),
        ("found_sessions", bulk(FoundSessionRow, found_rows)),
        ("found_sources", bulk(FoundSourceRow, source_rows)),
    ]


def _insert_checked(session: Session, model: type[Any], rows: list[dict[str, object]]) -> None:
    """Insert rows `_prepare` has checked, in one statement run for all of them.

    Through the ORM (`insert(model)`) 100 000 uses took ~10 s, nearly all of it SQLAlchemy's
    work per row and value (benchmarks/RESULTS.md). Here each value is turned into what
    SQLite stores by the column type's own converter (an enum by its value: `_prepare`
    already checked it is one), and the rows go to the driver as plain tuples of one
    `executemany`, on the session's connection and in its transaction (the row log's
    triggers see every row). The first row goes through the session as a statement on a
    bare table, which the session's change feed reports as "any table, any day" (rows sent
    to the driver are not seen by it); for a whole journal written at once that is true.
    Inside an operation the row log's changes are precise anyway (`Journal.write`).
    """
    if not rows:
        return
    table = model.__table__
    names = list(rows[0])
    dialect = session.get_bind().dialect
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(names):
        column_type = table.c[name].type
        convert = (
            _enum_value if isinstance(column_type, Enum) else column_type.bind_processor(dialect)
        )
        if convert is not None:
            converters.append((index, convert))
    stored: list[tuple[Any, ...]] = []
    for row in rows:
        values: list[Any] = [row[name] for name in names]
        for index, convert in converters:
            value = values[index]
            if value is not None:
                values[index] = convert(value)
        stored.append(tuple(values))
    plain = sql_table(table.name, *(sql_column(name) for name in names))
    session.execute(insert(plain), [dict(zip(names, stored[0], strict=True))])
    if len(stored) > 1:
        quote = dialect.identifier_preparer.quote
        statement = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        session.connection().exec_driver_sql(statement, stored[1:])


def _enum_value(member: StrEnum) -> str:
    return member.value


def _revision_row(revision_id: int, saved_at: dt.datetime, vision: Vision) -> VisionRevisionRow:
    """The rows of one vision revision with its id (as `vision.save_vision` lays them out)."""
    row = VisionRevisionRow(id=revision_id, saved_at=saved_at)
    for sphere in Sphere:
        part = vision.sphere(sphere)
        row.spheres.append(
            VisionSphereRow(
                sphere=sphere,
                purposes=",".join(sorted(p.value for p in part.purposes)),
                purpose_statement=part.purpose_statement,
                values_text=part.values,
                horizon=part.horizon,
                privacy_commitment=part.privacy.commitment,
                privacy_note=part.privacy.note,
                security_commitment=part.data_security.commitment,
                security_note=part.data_security.note,
                bias_commitment=part.bias.commitment,
                bias_note=part.bias.note,
            )
        )
        for position, person in enumerate(part.stakeholders):
            row.stakeholders.append(
                StakeholderRow(
                    sphere=sphere,
                    position=position,
                    name=person.name,
                    what_to_share=person.what_to_share,
                    concerns=person.concerns,
                    answers=person.answers,
                )
            )
    return row
