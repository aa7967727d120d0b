"""Operations: each change records its own undo step inside its transaction, and the core
undo history takes it back and makes it again exactly (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import Label, StaleUndoError, UndoHistory
from vision_journal.core.operations import goals as goal_ops
from vision_journal.core.operations import uses as use_ops
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    CircleInput,
    GoalInput,
    GoalStatus,
    Mediation,
    NoMediationParams,
    ProgressInput,
    RuleInput,
    Severity,
    Sphere,
    ToolKind,
    UsePurpose,
)

MONDAY = dt.date(2026, 11, 16)


def use_input(journal: Journal, **fields: object) -> AiUseInput:
    values: dict[str, object] = {
        "started_at": dt.datetime(2026, 11, 16, 9),
        "minutes": 20,
        "tool_id": journal.tools()[0].id,
        "purpose": UsePurpose.DRAFT_MESSAGE,
        "sphere": Sphere.PERSONAL,
    }
    values.update(fields)
    return AiUseInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def stocked(journal: Journal) -> Journal:
    journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
    return journal


def test_a_use_logged_with_a_reason_says_which_rows_and_day_it_touched(stocked: Journal) -> None:
    family = stocked.circles()[0]
    rule = stocked.save_rule(RuleInput("Own words", NoMediationParams(family.id), Severity.FIRM))
    value = use_input(stocked, circle_id=family.id, mediation=Mediation.AI_DRAFTED)
    result = use_ops.log_use(stocked, value, {rule.id: "A card"})
    [note] = stocked.breach_notes(rule.id)
    assert result.changes.tables == {"ai_use", "breach_note"}
    assert result.changes.ids == {("ai_use", result.value.id), ("breach_note", note.id)}
    assert result.changes.days == {MONDAY}
    assert result.step is not None
    assert result.step.label == Label("Log AI use")


def test_undo_and_redo_of_a_goal_delete_restore_its_progress_and_links(stocked: Journal) -> None:
    goal = stocked.save_goal(GoalInput("Read more", Sphere.PERSONAL))
    entry = stocked.add_progress(goal.id, ProgressInput(MONDAY, 3, "three chapters"))
    use = stocked.log_use(use_input(stocked, goal_id=goal.id))
    history = UndoHistory(stocked)
    history.push(goal_ops.delete_goal(stocked, goal.id))
    assert (stocked.goals(), stocked.progress(), stocked.use(use.id).goal_id) == ([], [], None)
    assert history.undo_label == Label("Delete goal “%1”", ("Read more",))

    changes = history.undo()
    assert (stocked.goals(), stocked.progress(), stocked.use(use.id)) == ([goal], [entry], use)
    assert {"goal", "goal_progress", "ai_use"} <= changes.tables
    assert changes.days == {MONDAY}  # the linked use's day: its dashboard numbers move
    assert history.redo_label is not None
    assert history.undo_label is None

    history.redo()
    assert (stocked.goals(), stocked.progress(), stocked.use(use.id).goal_id) == ([], [], None)


def test_values_come_back_exactly_hostile_text_included(stocked: Journal) -> None:
    hostile = 'Robert\'); DROP TABLE ai_use;-- \u202e\u0301 "quoted" \\ 🙂\n\ttab'
    use = stocked.log_use(use_input(stocked, note=hostile, minutes=1440))
    history = UndoHistory(stocked)
    history.push(use_ops.delete_use(stocked, use.id))
    history.undo()
    assert stocked.use(use.id) == use


def test_a_rejected_input_leaves_no_step_and_the_next_one_records(stocked: Journal) -> None:
    history = UndoHistory(stocked)
    with pytest.raises(ValidationError):
        history.push(use_ops.log_use(stocked, use_input(stocked, minutes=0)))
    assert len(history) == 0
    use = history.push(use_ops.log_use(stocked, use_input(stocked, minutes=5)))
    history.undo()
    assert stocked.count_uses() == 0
    history.redo()
    assert stocked.use(use.id) == use


def test_an_undo_after_a_change_elsewhere_refuses_and_writes_nothing(
    stocked: Journal, paths: JournalPaths
) -> None:
    goal = stocked.save_goal(GoalInput("Read more", Sphere.PERSONAL))
    history = UndoHistory(stocked)
    history.push(goal_ops.set_goal_status(stocked, goal.id, GoalStatus.ACHIEVED))
    # Another process (the command line, say) changes what the step changed meanwhile.
    stocked.save_goal(
        GoalInput("Read more books", Sphere.PERSONAL, status=GoalStatus.DROPPED), goal.id
    )
    with pytest.raises(StaleUndoError):
        history.undo()
    [now] = stocked.goals()
    assert (now.title, now.status) == ("Read more books", GoalStatus.DROPPED)
    assert history.undo_label is not None  # still there to try again


def test_an_undo_keeps_what_others_changed_in_other_columns(stocked: Journal) -> None:
    goal = stocked.save_goal(GoalInput("Read more", Sphere.PERSONAL))
    history = UndoHistory(stocked)
    history.push(goal_ops.set_goal_status(stocked, goal.id, GoalStatus.ACHIEVED))
    stocked.save_goal(
        GoalInput("Read more books", Sphere.PERSONAL, status=GoalStatus.ACHIEVED), goal.id
    )
    history.undo()
    [now] = stocked.goals()
    assert (now.title, now.status) == ("Read more books", GoalStatus.ACTIVE)


def test_a_new_step_forgets_what_was_undone(stocked: Journal) -> None:
    history = UndoHistory(stocked)
    history.push(use_ops.log_use(stocked, use_input(stocked)))
    history.undo()
    history.push(use_ops.log_use(stocked, use_input(stocked, minutes=7)))
    assert history.redo_label is None
    history.clear()
    assert (history.undo_label, history.redo_label, len(history)) == (None, None, 0)


def test_the_log_is_only_recorded_inside_operations(stocked: Journal) -> None:
    history = UndoHistory(stocked)
    history.push(use_ops.log_use(stocked, use_input(stocked)))
    with stocked.session() as session:
        rows = session.connection().exec_driver_sql("SELECT count(*) FROM vj_row_log")
        assert rows.scalar_one() == 0


def test_every_table_has_a_name_pages_can_declare() -> None:
    from vision_journal.core.changes import Table
    from vision_journal.core.db.models import Base

    assert {t.value for t in Table} == set(Base.metadata.tables)


def test_changes_say_whether_a_page_must_read_again(stocked: Journal) -> None:
    from vision_journal.core.changes import Changes, Table

    logged = use_ops.log_use(stocked, use_input(stocked)).changes
    goals_page = frozenset({Table.GOAL, Table.GOAL_PROGRESS})
    assert not logged.touches(goals_page)
    assert logged.touches(frozenset({Table.AI_USE}), frozenset({MONDAY}))
    assert not logged.touches(frozenset({Table.AI_USE}), frozenset({MONDAY - dt.timedelta(1)}))
    assert Changes.everything().touches(goals_page)
