"""The journal's own JSON data into any journal: restored whole when empty, merged otherwise.

A merge recognises what the journal already holds (by natural key, or by id and creation
time), lists records that differ as conflicts (the journal keeps its own), adds the rest with
free ids and their references followed, and can be undone as one step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXED_NOW
from tests.core.test_export import fill_small_journal, snapshot
from vision_journal.core.export.data_json import DataFormatError, export_json
from vision_journal.core.export.data_merge import Conflict, apply_data_import, plan_data_import
from vision_journal.core.journal import Journal
from vision_journal.core.operations.imports import import_data
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    CircleInput,
    Sphere,
    ToolKind,
    UsePurpose,
)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Journal]:
    """A second journal, on a machine whose clock reads a minute later."""
    later = FIXED_NOW + dt.timedelta(minutes=1)
    opened = Journal.open(JournalPaths(tmp_path / "other"), clock=lambda: later)
    yield opened
    opened.close()


def without_time_stamp(data: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in data.items() if key != "exported_at"}


def test_into_an_empty_journal_everything_is_restored(journal: Journal, other: Journal) -> None:
    fill_small_journal(journal)
    data = export_json(journal)

    plan = plan_data_import(other, data)
    assert plan.is_restore
    assert plan.new["uses"] == len(data["uses"])  # type: ignore[arg-type]
    apply_data_import(other, plan)

    assert without_time_stamp(export_json(other)) == without_time_stamp(data)


def test_undoing_a_restore_empties_the_journal_and_puts_the_settings_back(
    journal: Journal, other: Journal
) -> None:
    fill_small_journal(journal)
    journal.save_settings(journal.settings().__class__(day_start_hour=6))
    before = snapshot(other)

    step = import_data(other, plan_data_import(other, export_json(journal))).step
    assert step is not None
    assert other.settings().day_start_hour == 6
    step.undo(other)

    assert snapshot(other) == before


def test_merging_the_same_file_again_adds_nothing(journal: Journal, other: Journal) -> None:
    fill_small_journal(journal)
    data = export_json(journal)
    apply_data_import(other, plan_data_import(other, data))

    again = plan_data_import(other, data)

    assert not again.is_restore
    assert again.new_total == 0
    assert not again.has_anything_to_import
    assert again.conflicts == ()
    assert sum(again.present.values()) > 0


def test_a_merge_adds_what_is_new_and_shows_what_differs(journal: Journal, other: Journal) -> None:
    fill_small_journal(journal)
    apply_data_import(other, plan_data_import(other, export_json(journal)))
    # Later, on the first machine: a new circle with a use, and a circle edited.
    friends = journal.save_circle(CircleInput("Friends", Sphere.PERSONAL))
    tool = journal.tools()[0]
    journal.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 17, 9, 0),
            15,
            tool.id,
            UsePurpose.DRAFT_MESSAGE,
            Sphere.PERSONAL,
            circle_id=friends.id,
        )
    )
    team = next(c for c in journal.circles() if c.name == "Team")
    journal.save_circle(CircleInput("Team", Sphere.PROFESSIONAL, 14), team.id)
    before = snapshot(other)

    plan = plan_data_import(other, export_json(journal))

    assert plan.new == {"circles": 1, "uses": 1}
    assert plan.conflicts == (Conflict("circles", "Circle “Team”", ("cadence_days",)),)
    step = import_data(other, plan).step
    assert step is not None
    added = next(c for c in other.circles() if c.name == "Friends")
    (use,) = [u for u in other.list_uses(limit=10_000) if u.circle_id == added.id]
    assert use.minutes == 15
    # The conflict: the journal kept its own.
    assert next(c for c in other.circles() if c.name == "Team").cadence_days is None

    step.undo(other)
    assert snapshot(other) == before


def test_records_of_another_journal_with_the_same_ids_are_added_with_new_ids(
    journal: Journal, other: Journal
) -> None:
    # Two journals started apart: their first circle, tool and use all have id 1.
    mine_circle = other.save_circle(CircleInput("Family", Sphere.PERSONAL))
    mine_tool = other.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))
    other.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 1, 20, 0), 30, mine_tool.id, UsePurpose.PLANNING, Sphere.PERSONAL
        )
    )
    theirs_circle = journal.save_circle(CircleInput("Colleagues", Sphere.PROFESSIONAL))
    theirs_tool = journal.save_tool(AiToolInput("Copilot", ToolKind.CODING))
    journal.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 2, 10, 0),
            45,
            theirs_tool.id,
            UsePurpose.WORK_TASK,
            Sphere.PROFESSIONAL,
            circle_id=theirs_circle.id,
        )
    )
    assert (mine_circle.id, mine_tool.id) == (theirs_circle.id, theirs_tool.id)

    apply_data_import(other, plan_data_import(other, export_json(journal)))

    circles = {c.name: c.id for c in other.circles()}
    tools = {t.name: t.id for t in other.tools()}
    assert set(circles) == {"Family", "Colleagues"}
    assert circles["Colleagues"] != mine_circle.id
    uses = {u.minutes: u for u in other.list_uses(limit=100)}
    assert (uses[45].tool_id, uses[45].circle_id) == (tools["Copilot"], circles["Colleagues"])
    assert (uses[30].tool_id, uses[30].circle_id) == (tools["Claude"], None)


def test_a_file_that_is_not_a_data_export_is_refused_and_nothing_written(
    journal: Journal,
) -> None:
    with pytest.raises(DataFormatError, match="not a Vision Journal data export"):
        plan_data_import(journal, {"conversations": []})
    assert snapshot(journal)["uses"] == []
