"""R5: bad input never corrupts.

Hypothesis throws text (NUL, lone surrogates, 1 MB), numbers and dates at validation, save
and reload. A state machine creates, edits and deletes circles, tools, goals, AI uses and
connections through the `Journal` facade, exports the JSON and restarts, and after every
step compares the journal with a simple model of what was accepted: whatever is rejected is
rejected whole with a message and changes nothing, whatever is saved comes back equal, the
exported data says the same, the file stays sound, and the final state survives an export
and an import into a fresh journal unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from tests.conftest import FIXED_NOW
from tests.core.test_export import snapshot
from tests.reliability.conftest import key_of
from vision_journal.core import backup
from vision_journal.core.calendar import journal_day
from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.export.data_json import check_json, dumps_json, export_json, import_json
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiTool,
    AiToolInput,
    AiUse,
    AiUseInput,
    Circle,
    CircleInput,
    Connection,
    ConnectionInput,
    ConnectionMode,
    Disclosure,
    Goal,
    GoalInput,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    Settings,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)
from vision_journal.core.validation import span_minutes

awkward_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc"]), max_size=50),
    st.just("\x00"),
    # Built by a map, so the strategy's repr (which Hypothesis builds often) stays short.
    st.just(1_000_000).map(lambda n: "x" * n),
    st.just("\u202bمرحبا\u202c 👩🏾‍💻"),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=awkward_text, weight=st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_circle_input_is_saved_equal_or_rejected_whole(
    journal: Journal, name: str, weight: int
) -> None:
    before = journal.circles()
    rejected: ValidationError | None = None
    try:
        saved = journal.save_circle(CircleInput(name, Sphere.PERSONAL, weight))
    except ValidationError as error:
        rejected = error
    if rejected is not None:
        assert rejected.errors  # a message for the person
        assert journal.circles() == before
        return
    assert saved in journal.circles()
    assert saved.name == name.strip() or saved.name == name


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=awkward_text)
def test_draft_text_round_trips_or_is_refused(journal: Journal, text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return  # lone surrogates cannot reach the database from a Qt text field
    journal.save_draft("k", text)
    assert journal.draft("k") == text


def test_file_is_sound_after_the_fuzzing(journal: Journal, paths: JournalPaths) -> None:
    journal.save_draft("x", "\x00" * 10)
    assert backup.check(paths, key_of(paths)).is_ok
    assert journal.now() == dt.datetime(2026, 11, 18, 14, 30)


# --- The state machine -----------------------------------------------------------------------

TODAY = FIXED_NOW.date()
#: The validation's promises, written out as the model's spec (core/validation.py).
MAX_TEXT = 100_000
MAX_NAME = 200
MAX_AMOUNT = 1_000_000
EARLIEST = dt.date(1970, 1, 1)
LATEST = TODAY + dt.timedelta(days=366)
#: An id no record gets in a run this short.
MISSING_ID = 1_000_000

R = TypeVar("R")
T = TypeVar("T")


def mostly(good: st.SearchStrategy[T], awkward: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    """Seven draws in eight from `good`: an input has several fields, and most inputs must
    still land, so that later steps meet full tables and records that others point at."""
    # one_of would draw each distinct branch equally often, whatever the repeats.
    return st.sampled_from([good] * 7 + [awkward]).flatmap(lambda chosen: chosen)


machine_text = mostly(
    st.text(max_size=40),
    st.one_of(
        st.sampled_from(["\x00", "\u202bمرحبا\u202c 👩🏾‍💻", "line\r\nbreak\u2028and\u2029more"]),
        # The longest text there may be (two bytes a character), one more, and 1 MB.
        st.sampled_from([MAX_TEXT, MAX_TEXT + 1, 1_000_000]).map(lambda n: "é" * n),
        st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc"]), max_size=20),
    ),
)
machine_name = mostly(
    st.one_of(
        # A few names over and over, so that some clash ("Family" and " Family ").
        st.sampled_from(["Family", " Family ", "family", "Team", "Sam 👩🏾‍💻", "\x00"]),
        st.text(min_size=1, max_size=20),
    ),
    st.one_of(
        st.sampled_from(["", "   ", "\t\n", "\ud800"]),
        st.sampled_from([MAX_NAME, MAX_NAME + 1]).map(lambda n: "n" * n),
        awkward_text,
    ),
)
awkward_int = st.one_of(
    st.integers(-5, 1500),
    st.sampled_from([0, 1, 1440, 1441, 3650, 3651, 10**6, 2**31, 2**63 - 1, 2**63, 10**30]),
    st.integers(min_value=10**6),  # past every limit, and past what SQLite can store
    st.integers(max_value=-1),
)
machine_int = mostly(st.integers(1, 1440), awkward_int)
machine_minutes = mostly(st.integers(1, 1440), st.one_of(st.none(), awkward_int))
machine_day = mostly(
    st.dates(EARLIEST, LATEST),
    st.one_of(
        st.sampled_from(
            [dt.date.min, dt.date(1969, 12, 31), EARLIEST, dt.date(2024, 2, 29), LATEST]
        ),
        st.sampled_from([LATEST + dt.timedelta(days=1), dt.date.max]),
        st.dates(),
    ),
)
machine_moment = mostly(
    st.datetimes(dt.datetime(1970, 1, 1), dt.datetime.combine(LATEST, dt.time.max)),
    st.one_of(
        st.sampled_from(
            [
                dt.datetime.min,
                dt.datetime(1969, 12, 31, 23, 59, 59),
                dt.datetime(1970, 1, 1, 0, 0),  # a journal day of 1969 (04:00 day start)
                dt.datetime(2026, 3, 29, 2, 30),  # a wall-clock time a DST change skips
                dt.datetime.combine(LATEST, dt.time.max),
                dt.datetime.combine(LATEST + dt.timedelta(days=1), dt.time.min),
                dt.datetime.max,
            ]
        ),
        st.datetimes(),
    ),
)
#: Most uses give minutes; some give an end instead, which may lie before the start.
machine_span = mostly(st.none(), st.timedeltas(dt.timedelta(minutes=-5), dt.timedelta(hours=25)))


class HasId(Protocol):
    """What every record the model keeps has."""

    @property
    def id(self) -> int: ...


Rec = TypeVar("Rec", bound=HasId)


def by_id(records: Iterable[Rec]) -> dict[int, Rec]:
    """Records keyed by id: the journal's lists come sorted differently per kind."""
    return {record.id: record for record in records}


def good_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return len(value) <= MAX_TEXT


def good_name(value: str) -> bool:
    return bool(value.strip()) and len(value) <= MAX_NAME and good_text(value)


def good_day(value: dt.date) -> bool:
    return EARLIEST <= value <= LATEST


def good_minutes(value: int | None) -> bool:
    return value is not None and 1 <= value <= 24 * 60


def timed_minutes(
    started_at: dt.datetime, minutes: int | None, ended_at: dt.datetime | None
) -> int | None:
    """The minutes the journal should keep for a start with minutes or an end; None: refuse."""
    if not good_day(started_at.date()):
        return None
    if ended_at is not None:
        if ended_at <= started_at:
            return None
        minutes = span_minutes(started_at, ended_at)
    return minutes if good_minutes(minutes) else None


def end_of(started_at: dt.datetime, span: dt.timedelta | None) -> dt.datetime | None:
    if span is None:
        return None
    try:
        return started_at + span
    except OverflowError:
        return None


class JournalMachine(RuleBasedStateMachine):
    """A journal, and the model of what it should hold: the records it accepted."""

    def __init__(self, template: JournalPaths, key: bytes, root: Path) -> None:
        super().__init__()
        self.template = template
        self.key = key
        self.folder = Path(tempfile.mkdtemp(dir=root))
        # A copy of an empty journal opens in milliseconds; creating one takes a tenth of a
        # second, which would be most of the run.
        self.paths = copy_journal(template, self.folder / "journal")
        self.journal = Journal.open(self.paths, key, clock=lambda: FIXED_NOW)
        self.circles: dict[int, Circle] = {}
        self.tools: dict[int, AiTool] = {}
        self.goals: dict[int, Goal] = {}
        self.uses: dict[int, AiUse] = {}
        self.connections: dict[int, Connection] = {}
        self.settings = Settings()
        self.restarts = 0

    def teardown(self) -> None:
        try:
            assert backup.check(self.paths, self.key).is_ok
            # R5: export then import gives equal data, from wherever the run ended.
            data = json.loads(dumps_json(export_json(self.journal)))
            copy = Journal.open(
                copy_journal(self.template, self.folder / "copy"), self.key, clock=lambda: FIXED_NOW
            )
            try:
                import_json(copy, data)
                assert snapshot(copy) == snapshot(self.journal)
            finally:
                copy.close()
        finally:
            self.journal.close()
            shutil.rmtree(self.folder)

    # --- how a step is judged -------------------------------------------------------------

    def attempt(self, call: Callable[[], R], accept: bool) -> R | None:
        """Run `call`; it must succeed when `accept`, else raise ValidationError with
        messages. Either way the invariant then checks the journal against the model."""
        refused: ValidationError | None = None
        try:
            result = call()
        except ValidationError as error:
            refused = error
        if refused is not None:
            assert not accept, f"valid input was refused: {refused}"
            assert refused.errors
            assert all(problem.message.strip() for problem in refused.errors)
            return None
        assert accept, f"invalid input was accepted: {result!r}"[:2000]
        return result

    def attempt_missing(self, call: Callable[[], object]) -> None:
        """A change to a record that does not exist: refused with the app's own error (the
        input's problems, if it has any, or that the record is gone)."""
        refused: NotFoundError | ValidationError | None = None
        try:
            call()
        except (NotFoundError, ValidationError) as error:
            refused = error
        assert refused is not None, "a change to a missing record was accepted"
        assert str(refused).strip()

    @staticmethod
    def pick(data: st.DataObject, ids: Iterable[int], *, optional: bool = False) -> int | None:
        """Mostly an existing id (or None, half the time, where the field is optional),
        sometimes one that does not exist."""
        known = sorted(ids)
        good: st.SearchStrategy[int | None] = st.nothing()
        if known:
            good = st.sampled_from(known)
        if optional:
            good = st.one_of(st.none(), good)
        elif not known:
            return MISSING_ID
        return data.draw(mostly(good, st.just(MISSING_ID)))

    @staticmethod
    def name_is_free(records: Iterable[Circle | AiTool], name: str, own: int | None) -> bool:
        """Names are unique once trimmed ("Family" and " Family " clash)."""
        return all(r.name != name.strip() for r in records if r.id != own)

    # --- circles --------------------------------------------------------------------------

    @rule(
        data=st.data(),
        name=machine_name,
        sphere=st.sampled_from(Sphere),
        cadence=mostly(st.one_of(st.none(), st.integers(1, 3650)), awkward_int),
        is_protected=st.booleans(),
    )
    def save_circle(
        self,
        data: st.DataObject,
        name: str,
        sphere: Sphere,
        cadence: int | None,
        is_protected: bool,
    ) -> None:
        target = self.pick(data, self.circles, optional=True)
        value = CircleInput(name, sphere, cadence, is_protected)
        if target is not None and target not in self.circles:
            self.attempt_missing(lambda: self.journal.save_circle(value, target))
            return
        accept = (
            good_name(name)
            and (cadence is None or 1 <= cadence <= 3650)
            and self.name_is_free(self.circles.values(), name, target)
        )
        saved = self.attempt(lambda: self.journal.save_circle(value, target), accept)
        if saved is None:
            return
        created_at = FIXED_NOW if target is None else self.circles[target].created_at
        expected = Circle(saved.id, name.strip(), sphere, cadence, is_protected, created_at)
        assert saved == expected
        assert target is not None or saved.id not in self.circles
        self.circles[saved.id] = expected

    @precondition(lambda self: self.circles)
    @rule(data=st.data())
    def delete_circle(self, data: st.DataObject) -> None:
        target = self.pick(data, self.circles)
        assert target is not None
        if target not in self.circles:
            self.attempt_missing(lambda: self.journal.delete_circle(target))
            return
        in_use = (
            any(u.circle_id == target for u in self.uses.values())
            or any(c.circle_id == target for c in self.connections.values())
            or any(g.circle_id == target for g in self.goals.values())
        )
        if self.attempt(lambda: self.journal.delete_circle(target), not in_use) is not None:
            del self.circles[target]

    # --- tools ----------------------------------------------------------------------------

    @rule(
        data=st.data(),
        name=machine_name,
        kind=st.sampled_from(ToolKind),
        retention=machine_text,
        training=machine_text,
    )
    def save_tool(
        self, data: st.DataObject, name: str, kind: ToolKind, retention: str, training: str
    ) -> None:
        target = self.pick(data, self.tools, optional=True)
        value = AiToolInput(name, kind, retention, training, data_location_note="EU")
        if target is not None and target not in self.tools:
            self.attempt_missing(lambda: self.journal.save_tool(value, target))
            return
        accept = (
            good_name(name)
            and good_text(retention)
            and good_text(training)
            and self.name_is_free(self.tools.values(), name, target)
        )
        saved = self.attempt(lambda: self.journal.save_tool(value, target), accept)
        if saved is None:
            return
        created_at = FIXED_NOW if target is None else self.tools[target].created_at
        expected = AiTool(saved.id, name.strip(), kind, retention, training, "EU", created_at)
        assert saved == expected
        self.tools[saved.id] = expected

    @precondition(lambda self: self.tools)
    @rule(data=st.data())
    def delete_tool(self, data: st.DataObject) -> None:
        target = self.pick(data, self.tools)
        assert target is not None
        if target not in self.tools:
            self.attempt_missing(lambda: self.journal.delete_tool(target))
            return
        in_use = any(u.tool_id == target for u in self.uses.values())
        if self.attempt(lambda: self.journal.delete_tool(target), not in_use) is not None:
            del self.tools[target]

    # --- goals ----------------------------------------------------------------------------

    @rule(
        data=st.data(),
        title=machine_name,
        why=machine_text,
        kind=st.sampled_from(GoalKind),
        measure=st.sampled_from(
            [
                (None, None),
                (None, None),
                (MeasureUnit.COUNT, MeasurePeriod.WEEK),
                (MeasureUnit.MINUTES, MeasurePeriod.DAY),
                (MeasureUnit.MINUTES, None),  # half a measure: refused
            ]
        ),
        target_value=mostly(st.one_of(st.none(), st.integers(0, 1000)), awkward_int),
        target_date=mostly(st.none(), machine_day),
        status=st.sampled_from(GoalStatus),
    )
    def save_goal(
        self,
        data: st.DataObject,
        title: str,
        why: str,
        kind: GoalKind,
        measure: tuple[MeasureUnit | None, MeasurePeriod | None],
        target_value: int | None,
        target_date: dt.date | None,
        status: GoalStatus,
    ) -> None:
        target = self.pick(data, self.goals, optional=True)
        circle_id = self.pick(data, self.circles, optional=True)
        unit, period = measure
        value = GoalInput(
            title,
            Sphere.PROFESSIONAL,
            kind,
            circle_id,
            why,
            unit,
            period,
            target_value,
            target_date,
            status,
        )
        if target is not None and target not in self.goals:
            self.attempt_missing(lambda: self.journal.save_goal(value, target))
            return
        accept = (
            bool(title.strip())
            and good_text(title)
            and good_text(why)
            and (circle_id is None or circle_id in self.circles)
            and (unit is None) == (period is None)
            and (unit is None or target_value is not None)
            and (target_value is None or 0 <= target_value <= MAX_AMOUNT)
            and (target_date is None or good_day(target_date))
        )
        saved = self.attempt(lambda: self.journal.save_goal(value, target), accept)
        if saved is None:
            return
        created_at = FIXED_NOW if target is None else self.goals[target].created_at
        expected = Goal(
            saved.id,
            title.strip(),
            Sphere.PROFESSIONAL,
            kind,
            circle_id,
            why,
            unit,
            period,
            target_value,
            target_date,
            status,
            created_at,
        )
        assert saved == expected
        self.goals[saved.id] = expected

    @precondition(lambda self: self.goals)
    @rule(data=st.data())
    def delete_goal(self, data: st.DataObject) -> None:
        target = self.pick(data, self.goals)
        assert target is not None
        if target not in self.goals:
            self.attempt_missing(lambda: self.journal.delete_goal(target))
            return
        self.attempt(lambda: self.journal.delete_goal(target), True)
        del self.goals[target]
        # The uses stay; they only lose the goal they served (ON DELETE SET NULL).
        for use in list(self.uses.values()):
            if use.goal_id == target:
                self.uses[use.id] = dataclasses.replace(use, goal_id=None)

    # --- AI uses --------------------------------------------------------------------------

    @precondition(lambda self: self.tools)
    @rule(
        data=st.data(),
        started_at=machine_moment,
        minutes=machine_minutes,
        span=machine_span,
        purpose=st.sampled_from(UsePurpose),
        mediation=st.sampled_from(Mediation),
        planned=mostly(st.none(), machine_int),
        feeling=mostly(st.one_of(st.none(), st.integers(-2, 2)), awkward_int),
        note=machine_text,
    )
    def save_use(
        self,
        data: st.DataObject,
        started_at: dt.datetime,
        minutes: int | None,
        span: dt.timedelta | None,
        purpose: UsePurpose,
        mediation: Mediation,
        planned: int | None,
        feeling: int | None,
        note: str,
    ) -> None:
        target = self.pick(data, self.uses, optional=True)
        tool_id = self.pick(data, self.tools)
        circle_id = self.pick(data, self.circles, optional=True)
        goal_id = self.pick(data, self.goals, optional=True)
        assert tool_id is not None
        ended_at = end_of(started_at, span)
        disclosed = Disclosure.NOT_APPLICABLE if mediation is Mediation.NONE else Disclosure.NO
        value = AiUseInput(
            started_at,
            minutes,
            tool_id,
            purpose,
            Sphere.PERSONAL,
            circle_id,
            goal_id,
            mediation,
            disclosed,
            planned,
            feeling,
            note,
            ended_at,
        )
        if target is not None and target not in self.uses:
            self.attempt_missing(lambda: self.journal.update_use(target, value))
            return
        kept_minutes = timed_minutes(started_at, minutes, ended_at)
        accept = (
            kept_minutes is not None
            and tool_id in self.tools
            and (circle_id is None or circle_id in self.circles)
            and (goal_id is None or goal_id in self.goals)
            and (planned is None or good_minutes(planned))
            and (feeling is None or -2 <= feeling <= 2)
            and good_text(note)
        )
        if target is None:
            saved = self.attempt(lambda: self.journal.log_use(value), accept)
        else:
            saved = self.attempt(lambda: self.journal.update_use(target, value), accept)
        if saved is None:
            return
        assert kept_minutes is not None
        start = started_at.replace(second=0, microsecond=0)
        created_at = FIXED_NOW if target is None else self.uses[target].created_at
        expected = AiUse(
            saved.id,
            start,
            journal_day(start, self.settings.day_start_hour),
            kept_minutes,
            tool_id,
            purpose,
            Sphere.PERSONAL,
            circle_id,
            goal_id,
            mediation,
            disclosed,
            planned,
            feeling,
            note,
            UseSource.MANUAL,
            None,
            created_at,
        )
        assert saved == expected
        self.uses[saved.id] = expected

    @precondition(lambda self: self.uses)
    @rule(data=st.data())
    def delete_use(self, data: st.DataObject) -> None:
        target = self.pick(data, self.uses)
        assert target is not None
        if target not in self.uses:
            self.attempt_missing(lambda: self.journal.delete_use(target))
            return
        self.attempt(lambda: self.journal.delete_use(target), True)
        del self.uses[target]

    # --- connections ----------------------------------------------------------------------

    @precondition(lambda self: self.circles)
    @rule(
        data=st.data(),
        started_at=machine_moment,
        minutes=machine_minutes,
        span=machine_span,
        mode=st.sampled_from(ConnectionMode),
        quality=mostly(st.integers(1, 5), awkward_int),
        note=machine_text,
    )
    def save_connection(
        self,
        data: st.DataObject,
        started_at: dt.datetime,
        minutes: int | None,
        span: dt.timedelta | None,
        mode: ConnectionMode,
        quality: int,
        note: str,
    ) -> None:
        target = self.pick(data, self.connections, optional=True)
        circle_id = self.pick(data, self.circles)
        assert circle_id is not None
        ended_at = end_of(started_at, span)
        value = ConnectionInput(started_at, circle_id, mode, minutes, quality, note, ended_at)
        if target is not None and target not in self.connections:
            self.attempt_missing(lambda: self.journal.update_connection(target, value))
            return
        kept_minutes = timed_minutes(started_at, minutes, ended_at)
        accept = (
            kept_minutes is not None
            and circle_id in self.circles
            and 1 <= quality <= 5
            and good_text(note)
        )
        if target is None:
            saved = self.attempt(lambda: self.journal.log_connection(value), accept)
        else:
            saved = self.attempt(lambda: self.journal.update_connection(target, value), accept)
        if saved is None:
            return
        assert kept_minutes is not None
        start = started_at.replace(second=0, microsecond=0)
        created_at = FIXED_NOW if target is None else self.connections[target].created_at
        expected = Connection(
            saved.id,
            start,
            journal_day(start, self.settings.day_start_hour),
            circle_id,
            mode,
            kept_minutes,
            quality,
            note,
            created_at,
        )
        assert saved == expected
        self.connections[saved.id] = expected

    @precondition(lambda self: self.connections)
    @rule(data=st.data())
    def delete_connection(self, data: st.DataObject) -> None:
        target = self.pick(data, self.connections)
        assert target is not None
        if target not in self.connections:
            self.attempt_missing(lambda: self.journal.delete_connection(target))
            return
        self.attempt(lambda: self.journal.delete_connection(target), True)
        del self.connections[target]

    # --- settings -------------------------------------------------------------------------

    @rule(
        day_start_hour=mostly(st.integers(0, 12), awkward_int),
        budget_weight=mostly(
            st.floats(0, 1), st.sampled_from([math.nan, math.inf, -1.0, -0.0, 1e308])
        ),
    )
    def save_settings(self, day_start_hour: int, budget_weight: float) -> None:
        weights = dataclasses.replace(self.settings.weights, budget=budget_weight)
        value = dataclasses.replace(self.settings, day_start_hour=day_start_hour, weights=weights)
        accept = 0 <= day_start_hour <= 12 and math.isfinite(budget_weight) and budget_weight >= 0
        if self.attempt(lambda: self.journal.save_settings(value), accept) is None:
            return
        self.settings = value
        # A new day start files every use and connection under its new journal day.
        for use in list(self.uses.values()):
            self.uses[use.id] = dataclasses.replace(
                use, day=journal_day(use.started_at, day_start_hour)
            )
        for moment in list(self.connections.values()):
            self.connections[moment.id] = dataclasses.replace(
                moment, day=journal_day(moment.started_at, day_start_hour)
            )

    # --- export and restart ---------------------------------------------------------------

    @rule()
    def export(self) -> None:
        # Through the bytes a person would keep, so what JSON cannot hold shows up here.
        data = json.loads(dumps_json(export_json(self.journal)))
        check_json(data)
        assert data["settings"]["day_start_hour"] == self.settings.day_start_hour
        assert {c["id"]: c["name"] for c in data["circles"]} == {
            i: c.name for i, c in self.circles.items()
        }
        assert {t["id"]: t["retention_note"] for t in data["tools"]} == {
            i: t.retention_note for i, t in self.tools.items()
        }
        assert {g["id"]: (g["title"], g["target_value"]) for g in data["goals"]} == {
            i: (g.title, g.target_value) for i, g in self.goals.items()
        }
        assert {u["id"]: (u["minutes"], u["note"]) for u in data["uses"]} == {
            i: (u.minutes, u.note) for i, u in self.uses.items()
        }
        assert {c["id"]: c["note"] for c in data["connections"]} == {
            i: c.note for i, c in self.connections.items()
        }

    @precondition(lambda self: self.restarts < 3)
    @rule()
    def restart(self) -> None:
        self.journal.close()
        self.journal = Journal.open(self.paths, self.key, clock=lambda: FIXED_NOW)
        self.restarts += 1

    # --- after every step ---------------------------------------------------------------------

    @invariant()
    def journal_holds_exactly_what_was_accepted(self) -> None:
        journal = self.journal
        assert journal.settings() == self.settings
        assert by_id(journal.circles()) == self.circles
        assert by_id(journal.tools()) == self.tools
        assert by_id(journal.goals()) == self.goals
        assert by_id(journal.list_uses(limit=1_000_000)) == self.uses
        assert by_id(journal.connections(limit=1_000_000)) == self.connections


def copy_journal(source: JournalPaths, target: Path) -> JournalPaths:
    """A copy of a closed journal's files (database and key file) under `target`."""
    shutil.copytree(source.data_dir, target)
    return JournalPaths(target)


def test_create_edit_delete_export_restart_keep_the_model(
    created: JournalPaths, tmp_path: Path
) -> None:
    # `created` is closed: it serves as the template every run copies.
    key = key_of(created)
    run_state_machine_as_test(
        lambda: JournalMachine(created, key, tmp_path),
        settings=settings(
            max_examples=25,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
