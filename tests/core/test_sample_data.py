"""The sample-data generator: deterministic, complete, valid, and fast enough for benchmarks."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from pathlib import Path

import pytest
from benchmarks.heavy_journal import HEAVY
from sqlalchemy import func, select

from tests.conftest import FIXED_NOW
from vision_journal.core import validation
from vision_journal.core.calendar import journal_day
from vision_journal.core.checkins import DEFAULT_PROMPTS
from vision_journal.core.db.models import CheckInAnswerRow, CheckInRow, PromptRow
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiUse,
    AiUseInput,
    CircleInput,
    GoalStatus,
    RuleKind,
    Severity,
    Sphere,
    UseSort,
)
from vision_journal.demo import SampleSummary, generate

END = FIXED_NOW.date() - dt.timedelta(days=1)


def _open(path: Path) -> Journal:
    return Journal.open(JournalPaths(path), clock=lambda: FIXED_NOW)


def _first_and_last_use(journal: Journal) -> tuple[AiUse, AiUse]:
    first = journal.list_uses(sort=UseSort.STARTED_AT, descending=False, limit=1)[0]
    last = journal.list_uses(sort=UseSort.STARTED_AT, descending=True, limit=1)[0]
    return first, last


def _count(journal: Journal, model: type[CheckInRow | CheckInAnswerRow | PromptRow]) -> int:
    with journal.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def test_same_seed_gives_the_same_journal(tmp_path: Path) -> None:
    results: list[tuple[SampleSummary, tuple[AiUse, AiUse]]] = []
    for name in ("one", "two"):
        journal = _open(tmp_path / name)
        try:
            summary = generate(journal, end=END, seed=11)
            results.append((summary, _first_and_last_use(journal)))
        finally:
            journal.close()
    assert results[0] == results[1]


def test_another_seed_gives_another_journal(tmp_path: Path) -> None:
    uses = []
    for seed in (1, 2):
        journal = _open(tmp_path / str(seed))
        try:
            generate(journal, end=END, seed=seed)
            uses.append(_first_and_last_use(journal))
        finally:
            journal.close()
    assert uses[0] != uses[1]


def test_demo_year_writes_every_kind_of_entry(journal: Journal) -> None:
    summary = generate(journal, end=END)

    assert summary.first_day == END - dt.timedelta(days=364)
    assert {c.name for c in journal.circles()} == {
        "Partner",
        "Family",
        "Friends",
        "Colleagues",
        "Clients",
        "Community",
    }
    assert len(journal.tools()) == summary.tools == 6
    vision = journal.vision()
    assert vision is not None
    for sphere in Sphere:
        part = vision.vision.sphere(sphere)
        assert part.purpose_statement
        assert part.horizon
        assert part.privacy.commitment
        assert 2 <= len(part.stakeholders) <= 3
    assert len(journal.vision_revisions()) == summary.vision_revisions == 2
    goals = journal.goals()
    assert 5 <= len(goals) <= 8
    assert {GoalStatus.ACTIVE, GoalStatus.ACHIEVED} <= {g.status for g in goals}
    assert {p.goal_id for p in journal.progress()} >= {g.id for g in goals if g.measure_unit}
    assert {r.kind for r in journal.rules()} == set(RuleKind)
    assert journal.count_uses() == summary.uses > 1000
    assert journal.count_connections() == summary.connections > 300
    assert summary.breach_notes == len(journal.breach_notes()) > 0
    assert _count(journal, CheckInRow) == summary.checkins > 30
    assert _count(journal, PromptRow) == len(DEFAULT_PROMPTS)
    assert _count(journal, CheckInAnswerRow) == summary.checkins * len(DEFAULT_PROMPTS)


def test_every_use_passes_the_core_validation(journal: Journal) -> None:
    summary = generate(journal, end=END)
    tools = {t.id for t in journal.tools()}
    circles = {c.id for c in journal.circles()}
    goals = {g.id for g in journal.goals()}
    uses = journal.uses_between(summary.first_day, summary.last_day)

    assert len(uses) == summary.uses
    for use in uses:
        value = AiUseInput(
            started_at=use.started_at,
            minutes=use.minutes,
            tool_id=use.tool_id,
            purpose=use.purpose,
            sphere=use.sphere,
            circle_id=use.circle_id,
            goal_id=use.goal_id,
            mediation=use.mediation,
            disclosed=use.disclosed,
            planned_minutes=use.planned_minutes,
            feeling=use.feeling,
            note=use.note,
        )
        assert validation.check_use(value, END, tools, circles, goals) == use.minutes
        assert use.day == journal_day(use.started_at)
    assert sum(u.minutes for u in uses) == summary.ai_minutes


def test_late_night_use_counts_to_the_day_before(journal: Journal) -> None:
    summary = generate(journal, end=END)
    late = [
        u
        for u in journal.uses_between(summary.first_day, summary.last_day)
        if u.started_at.hour < 4
    ]
    assert late
    assert all(u.day == u.started_at.date() - dt.timedelta(days=1) for u in late)


def test_breach_notes_belong_to_firm_rules_and_logged_uses(journal: Journal) -> None:
    generate(journal, end=END)
    firm = {r.id for r in journal.rules() if r.severity is Severity.FIRM}
    for note in journal.breach_notes():
        assert note.rule_id in firm
        assert note.use_id is not None
        assert journal.use(note.use_id).day == note.day


def test_final_weeks_lean_more_on_ai(journal: Journal) -> None:
    generate(journal, end=END)
    minutes: Counter[dt.date] = Counter()
    for use in journal.uses_between(END - dt.timedelta(days=90), END):
        minutes[use.day] += use.minutes
    recent = sum(minutes[END - dt.timedelta(days=i)] for i in range(14)) / 14
    before = sum(minutes[END - dt.timedelta(days=i)] for i in range(42, 98)) / 56
    assert recent > 1.5 * before


def test_heavy_density_is_exact_and_fast(tmp_path: Path) -> None:
    journal = _open(tmp_path / "heavy")
    try:
        started = time.perf_counter()
        summary = generate(journal, end=END, years=0.2, scale=HEAVY)
        elapsed = time.perf_counter() - started
        assert (summary.uses, summary.connections, summary.checkins) == (2_000, 400, 10)
        assert journal.count_uses() == 2_000
        assert _count(journal, CheckInRow) == 10
        assert {r.kind for r in journal.rules()} == set(RuleKind)
        assert elapsed < 5.0
    finally:
        journal.close()


def test_a_journal_with_entries_is_refused(journal: Journal) -> None:
    journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    with pytest.raises(ValueError, match="empty journal"):
        generate(journal, end=END)
    assert journal.count_uses() == 0
    assert len(journal.circles()) == 1


def test_a_period_of_no_days_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="at least one day"):
        generate(journal, end=END, years=0.0)
    assert journal.circles() == []
