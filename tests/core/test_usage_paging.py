"""Keyset paging of the AI-use list and record-building reads give what the ORM path gives."""

from __future__ import annotations

import datetime as dt

import pytest

from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    Sphere,
    ToolKind,
    UseFilter,
    UsePurpose,
)


@pytest.fixture
def logged(journal: Journal) -> Journal:
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT)).id
    start = dt.datetime(2026, 11, 1, 9, 0)
    for n in range(23):
        # Pairs share a start time, so the id has to break the tie.
        journal.log_use(
            AiUseInput(
                started_at=start + dt.timedelta(hours=n // 2),
                minutes=5 + n,
                tool_id=tool,
                purpose=UsePurpose.TRANSLATE if n % 3 else UsePurpose.DRAFT_MESSAGE,
                sphere=Sphere.PROFESSIONAL,
                note=f"note {n}",
            )
        )
    return journal


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("text", ["", "note 1"])
def test_paging_after_the_last_row_gives_the_same_rows_as_offsets(
    logged: Journal, descending: bool, text: str
) -> None:
    value = UseFilter(text=text)
    everything = logged.list_uses(value, descending=descending, limit=1000)
    pages = logged.list_uses(value, descending=descending, limit=5)
    while True:
        more = logged.list_uses_after(value, pages[-1], descending, limit=5)
        if not more:
            break
        pages += more
    assert pages == everything


def test_uses_between_reads_the_same_records_as_the_list(logged: Journal) -> None:
    listed = logged.list_uses(descending=False, limit=1000)
    assert logged.uses_between(dt.date(2026, 11, 1), dt.date(2026, 11, 2)) == listed


@pytest.mark.parametrize(("text", "exact"), [("", 23), ("note 1", 11), ("note 2", 4), ("zz", 0)])
def test_a_count_with_a_limit_stops_there(logged: Journal, text: str, exact: int) -> None:
    value = UseFilter(text=text)
    assert logged.count_uses(value) == exact
    assert logged.count_uses(value, at_most=5) == min(exact, 5)
    assert logged.count_uses(value, at_most=50) == exact
