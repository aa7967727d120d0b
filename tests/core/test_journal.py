"""The Journal facade: records round-trip, validation per field, nothing written on errors."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.conftest import FIXED_NOW
from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import uses as use_ops
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    CircleInput,
    Commitment,
    ConnectionInput,
    ConnectionMode,
    CurfewParams,
    Disclosure,
    GoalInput,
    GoalKind,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    ProgressInput,
    RuleInput,
    Settings,
    Severity,
    Sphere,
    SphereVision,
    Stakeholder,
    TimeWindow,
    ToolKind,
    UseFilter,
    UsePurpose,
    UseSort,
    Vision,
    VisionPurpose,
)


@pytest.fixture
def tool_id(journal: Journal) -> int:
    return journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT)).id


@pytest.fixture
def family_id(journal: Journal) -> int:
    return journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True)).id


def use(tool: int, /, **changes: object) -> AiUseInput:
    values: dict[str, object] = {
        "started_at": dt.datetime(2026, 11, 18, 9, 0),
        "minutes": 20,
        "tool_id": tool,
        "purpose": UsePurpose.DRAFT_MESSAGE,
        "sphere": Sphere.PERSONAL,
    }
    values.update(changes)
    return AiUseInput(**values)  # type: ignore[arg-type]


def test_logged_use_comes_back_with_its_journal_day(journal: Journal, tool_id: int) -> None:
    logged = journal.log_use(use(tool_id, started_at=dt.datetime(2026, 11, 18, 1, 30)))
    # 01:30 counts to the day before with the default 04:00 day start.
    assert logged.day == dt.date(2026, 11, 17)
    assert journal.list_uses() == [logged]


def test_use_survives_reopening(paths: JournalPaths, tool_id: int, journal: Journal) -> None:
    logged = journal.log_use(use(tool_id, note="Birthday card for Mum ✨ مرحبا"))
    journal.close()
    again = Journal.open(paths, clock=lambda: FIXED_NOW)
    try:
        assert again.use(logged.id) == logged
    finally:
        again.close()


def test_end_time_gives_the_minutes(journal: Journal, tool_id: int) -> None:
    start = dt.datetime(2026, 11, 18, 9, 0)
    logged = journal.log_use(
        use(tool_id, minutes=None, started_at=start, ended_at=start + dt.timedelta(minutes=35))
    )
    assert logged.minutes == 35


BAD_USES = [
    pytest.param({"minutes": 0}, "minutes", "more than 0", id="zero-minutes"),
    pytest.param({"minutes": -5}, "minutes", "more than 0", id="negative-minutes"),
    pytest.param({"minutes": 24 * 60 + 1}, "minutes", "24 hours", id="over-a-day"),
    pytest.param({"minutes": None}, "minutes", "Enter", id="no-minutes"),
    pytest.param(
        {"ended_at": dt.datetime(2026, 11, 18, 8, 0)}, "ended_at", "before", id="end-before-start"
    ),
    pytest.param({"tool_id": 999}, "tool_id", "does not exist", id="unknown-tool"),
    pytest.param({"circle_id": 999}, "circle_id", "does not exist", id="unknown-circle"),
    pytest.param({"note": "x" * 100_001}, "note", "100,000", id="huge-note"),
    pytest.param({"note": "bad \ud800 surrogate"}, "note", "cannot be saved", id="surrogate"),
    pytest.param(
        {"started_at": dt.datetime(1969, 12, 31, 12)}, "started_at", "1970", id="before-1970"
    ),
    pytest.param(
        {"started_at": dt.datetime(2028, 1, 1, 12)}, "started_at", "year ahead", id="far-future"
    ),
    pytest.param({"feeling": 3}, "feeling", "-2 to 2", id="feeling-out-of-scale"),
]


@pytest.mark.parametrize(("changes", "field", "words"), BAD_USES)
def test_bad_use_is_refused_at_its_field_and_nothing_is_written(
    journal: Journal, tool_id: int, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.log_use(use(tool_id, **changes))
    message = caught.value.for_field(field)
    assert message is not None
    assert words in message
    assert journal.count_uses() == 0


def test_every_problem_is_reported_at_once(journal: Journal, tool_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.log_use(use(tool_id, minutes=0, circle_id=42, note="y" * 200_000))
    assert {e.field for e in caught.value.errors} == {"minutes", "circle_id", "note"}


def test_failed_update_leaves_the_saved_use_untouched(journal: Journal, tool_id: int) -> None:
    logged = journal.log_use(use(tool_id))
    with pytest.raises(ValidationError):
        journal.update_use(logged.id, use(tool_id, minutes=0, note="changed"))
    assert journal.use(logged.id) == logged


def test_empty_circle_name_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.save_circle(CircleInput("   ", Sphere.PERSONAL))
    assert caught.value.for_field("name") == "Enter a name."
    assert journal.circles() == []


def test_duplicate_tool_name_is_refused(journal: Journal, tool_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.save_tool(AiToolInput(" ChatGPT ", ToolKind.OTHER))
    assert caught.value.for_field("name") == "That name is already taken."


def test_filter_matches_tool_circle_note_and_purpose(
    journal: Journal, tool_id: int, family_id: int
) -> None:
    other = journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT)).id
    a = journal.log_use(use(tool_id, note="invitation"))
    b = journal.log_use(use(other, circle_id=family_id, purpose=UsePurpose.TRANSLATE))
    c = journal.log_use(use(other, purpose=UsePurpose.PLANNING, note="100% sure_"))
    assert journal.list_uses(UseFilter(text="chatg")) == [a]
    assert journal.list_uses(UseFilter(text="FAMILY")) == [b]
    assert journal.list_uses(UseFilter(text="invit")) == [a]
    assert journal.list_uses(UseFilter(text="0% s")) == [c]
    assert journal.count_uses(UseFilter(text="_")) == 1
    matches = journal.list_uses(
        UseFilter(text="plan", text_purposes=frozenset({UsePurpose.PLANNING}))
    )
    assert matches == [c]


def test_list_sorts_and_pages_in_sql(journal: Journal, tool_id: int) -> None:
    for minutes in (30, 10, 20):
        journal.log_use(use(tool_id, minutes=minutes))
    by_minutes = journal.list_uses(sort=UseSort.MINUTES, descending=False)
    assert [u.minutes for u in by_minutes] == [10, 20, 30]
    assert [u.minutes for u in journal.list_uses(sort=UseSort.MINUTES, offset=1, limit=1)] == [20]


def test_undo_of_a_delete_keeps_the_id(journal: Journal, tool_id: int) -> None:
    logged = journal.log_use(use(tool_id))
    deleted = use_ops.delete_use(journal, logged.id)
    assert journal.count_uses() == 0
    assert deleted.step is not None
    deleted.step.undo(journal)
    assert journal.list_uses() == [logged]


def test_vision_saves_keep_every_revision(journal: Journal) -> None:
    first = Vision(
        personal=SphereVision(
            purposes=frozenset({VisionPurpose.COMMUNICATION}),
            purpose_statement="Help me say things better, not say them for me.",
            privacy=Commitment("Never paste family chats", "names removed"),
            stakeholders=(Stakeholder("Partner", "the charter", "authenticity", "I disclose"),),
        )
    )
    saved = journal.save_vision(first)
    second = Vision(personal=first.personal, professional=SphereVision(values="Candour"))
    journal.save_vision(second)
    current = journal.vision()
    assert current is not None
    assert current.vision == second
    revisions = journal.vision_revisions()
    assert len(revisions) == 2
    assert journal.vision_revision(saved.id).vision == first


def test_connections_round_trip(journal: Journal, family_id: int) -> None:
    logged = journal.log_connection(
        ConnectionInput(dt.datetime(2026, 11, 17, 19, 0), family_id, ConnectionMode.CALL, 25, 5)
    )
    assert journal.connections() == [logged]
    with pytest.raises(ValidationError) as caught:
        journal.log_connection(
            ConnectionInput(dt.datetime(2026, 11, 17, 19), family_id, ConnectionMode.CALL, 5, 9)
        )
    assert caught.value.for_field("quality") is not None


def test_goal_and_progress(journal: Journal, family_id: int) -> None:
    goal = journal.save_goal(
        GoalInput(
            "Call Mum weekly",
            Sphere.PERSONAL,
            GoalKind.ACHIEVE,
            circle_id=family_id,
            measure_unit=MeasureUnit.COUNT,
            measure_period=MeasurePeriod.WEEK,
            target_value=1,
        )
    )
    entry = journal.add_progress(goal.id, ProgressInput(dt.date(2026, 11, 16), 1, "Sunday call"))
    assert journal.goals() == [goal]
    assert journal.progress(goal.id) == [entry]
    with pytest.raises(ValidationError) as caught:
        journal.save_goal(GoalInput("x", Sphere.PERSONAL, measure_unit=MeasureUnit.COUNT))
    assert caught.value.for_field("measure_period") is not None


RULES = [
    pytest.param(BudgetParams(45), id="budget"),
    pytest.param(
        CurfewParams((TimeWindow(21 * 60, 7 * 60),), frozenset({0, 1, 2, 3, 4})), id="curfew"
    ),
    pytest.param(
        NoMediationParams(0, frozenset({Mediation.AI_DRAFTED, Mediation.AI_REPLIED})),
        id="no-mediation",
    ),
    pytest.param(MediationShareParams(0, 25), id="mediation-share"),
]


@pytest.mark.parametrize("params", RULES)
def test_rule_parameters_round_trip_typed(journal: Journal, family_id: int, params: object) -> None:
    fixed = _with_circle(params, family_id)
    rule = journal.save_rule(RuleInput("Rule", fixed, Severity.FIRM, "why"))
    assert journal.rules() == [rule]
    assert rule.params == fixed


def _with_circle(params: object, circle_id: int) -> object:
    """Point a circle-scoped rule at the test's circle (ids are only known at run time)."""
    if isinstance(params, (NoMediationParams, MediationShareParams)):
        return dataclasses.replace(params, circle_id=circle_id)
    return params


BAD_RULES = [
    pytest.param(BudgetParams(0), "params.minutes", id="budget-zero"),
    pytest.param(BudgetParams(24 * 60 + 1), "params.minutes", id="budget-over-a-day"),
    pytest.param(CurfewParams(()), "params.windows", id="curfew-no-window"),
    pytest.param(CurfewParams((TimeWindow(60, 60),)), "params.windows", id="curfew-empty-window"),
    pytest.param(CurfewParams((TimeWindow(60, 120),), frozenset()), "params.weekdays", id="no-day"),
    pytest.param(MediationShareParams(1, 101), "params.max_percent", id="share-over-100"),
    pytest.param(MediationShareParams(1, -1), "params.max_percent", id="share-negative"),
]


@pytest.mark.parametrize(("params", "field"), BAD_RULES)
def test_invalid_rule_is_refused_at_its_field(
    journal: Journal, family_id: int, params: object, field: str
) -> None:
    fixed = _with_circle(params, family_id)
    with pytest.raises(ValidationError) as caught:
        journal.save_rule(RuleInput("Rule", fixed))  # type: ignore[arg-type]
    assert caught.value.for_field(field) is not None
    assert journal.rules() == []


def test_rule_can_change_kind_and_keep_its_id(journal: Journal, family_id: int) -> None:
    rule = journal.save_rule(RuleInput("Limit", BudgetParams(30)))
    changed = journal.save_rule(
        RuleInput("Limit", NoMediationParams(family_id), Severity.FIRM), rule.id
    )
    assert changed.id == rule.id
    assert journal.rules() == [changed]
    paused = journal.set_rule_active(rule.id, False)
    assert not paused.is_active


def test_changing_day_start_refiles_uses(journal: Journal, tool_id: int) -> None:
    logged = journal.log_use(use(tool_id, started_at=dt.datetime(2026, 11, 18, 2, 30)))
    assert logged.day == dt.date(2026, 11, 17)
    journal.save_settings(Settings(day_start_hour=0))
    assert journal.use(logged.id).day == dt.date(2026, 11, 18)


def test_drafts_are_kept_until_discarded(journal: Journal) -> None:
    journal.save_draft("vision.personal.values", "Hon")
    journal.save_draft("vision.personal.values", "Honesty")
    assert journal.draft("vision.personal.values") == "Honesty"
    journal.discard_drafts("vision.")
    assert journal.drafts() == {}


def test_mediated_use_disclosure_is_stored(journal: Journal, tool_id: int, family_id: int) -> None:
    logged = journal.log_use(
        use(tool_id, circle_id=family_id, mediation=Mediation.AI_EDITED, disclosed=Disclosure.NO)
    )
    assert logged.is_mediated_message
    assert journal.use(logged.id).disclosed is Disclosure.NO
