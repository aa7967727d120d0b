"""The dashboard's cache: after any write, a refresh through it shows exactly what a fresh load
shows, and a write to today reads and recomputes only today."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

import pytest

from vision_journal.core.dashboard import load_dashboard
from vision_journal.core.dashboard_cache import DashboardCache
from vision_journal.core.friction import breaches_of
from vision_journal.core.importing import apply_import
from vision_journal.core.imports import ImportedSession, ImportReport
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiUse,
    AiUseInput,
    BudgetParams,
    BudgetPeriod,
    ConnectionInput,
    ConnectionMode,
    Mediation,
    ProgressInput,
    RuleInput,
    Sphere,
    UsePurpose,
    UseSource,
    WeekStart,
)
from vision_journal.demo import generate


@pytest.fixture
def demo(journal: Journal) -> Journal:
    generate(journal, end=journal.today(), years=0.4, seed=11)
    return journal


def _use(journal: Journal, day: dt.date, rng: random.Random) -> AiUseInput:
    tool = rng.choice(journal.tools())
    circle = rng.choice(journal.circles())
    return AiUseInput(
        dt.datetime.combine(day, dt.time(rng.randrange(6, 23), rng.randrange(60))),
        rng.randrange(5, 120),
        tool.id,
        rng.choice(list(UsePurpose)),
        rng.choice(list(Sphere)),
        circle_id=circle.id,
        mediation=rng.choice(list(Mediation)),
    )


def test_refreshes_through_the_cache_equal_fresh_loads_after_any_write(demo: Journal) -> None:
    rng = random.Random(5)
    today = demo.today()
    cache = DashboardCache(demo)

    def some_day() -> dt.date:
        return today - dt.timedelta(days=rng.choice((0, 0, 1, 3, 9, 40, 100, 200)))

    def log_use() -> None:
        demo.log_use(_use(demo, some_day(), rng))

    def move_use() -> None:
        use = rng.choice(demo.list_uses(limit=400))
        demo.update_use(use.id, _use(demo, some_day(), rng))

    def delete_use() -> None:
        demo.delete_use(rng.choice(demo.list_uses(limit=400)).id)

    def log_connection() -> None:
        moment = dt.datetime.combine(some_day(), dt.time(rng.randrange(7, 22)))
        circle = rng.choice(demo.circles()).id
        demo.log_connection(ConnectionInput(moment, circle, ConnectionMode.MESSAGE, 10))

    def delete_connection() -> None:
        found = demo.connections_between(today - dt.timedelta(days=30), today)
        demo.delete_connection(rng.choice(found).id)

    def add_rule() -> None:
        budget = BudgetParams(rng.randrange(10, 90), rng.choice(list(BudgetPeriod)))
        demo.save_rule(RuleInput(f"budget {rng.random()}", budget))

    def change_week_start() -> None:
        settings = demo.settings()
        other = WeekStart.SUNDAY if settings.week_start is WeekStart.MONDAY else WeekStart.MONDAY
        demo.save_settings(dataclasses.replace(settings, week_start=other))

    def add_progress() -> None:
        goal = rng.choice(demo.goals())
        demo.add_progress(goal.id, ProgressInput(some_day(), rng.randrange(0, 5)))

    def save_draft() -> None:
        demo.save_draft("vision", "words " * rng.randrange(50))

    actions: list[Callable[[], None]] = [
        log_use,
        log_use,
        move_use,
        delete_use,
        log_connection,
        delete_connection,
        add_rule,
        change_week_start,
        add_progress,
        save_draft,
    ]
    for step in range(36):
        rng.choice(actions)()
        if step % 9 == 8:
            today += dt.timedelta(days=1)  # the journal day moves on while the app runs
        assert load_dashboard(demo, today, cache) == load_dashboard(demo, today), step


def test_a_use_logged_today_reads_only_today_and_keeps_the_finished_weeks(
    demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    spans: list[tuple[dt.date, dt.date]] = []
    read = Journal.uses_between

    def counting(journal: Journal, first: dt.date, last: dt.date) -> list[AiUse]:
        spans.append((first, last))
        return read(journal, first, last)

    monkeypatch.setattr(Journal, "uses_between", counting)
    today = demo.today()
    cache = DashboardCache(demo)
    before = load_dashboard(demo, today, cache)
    finished = {f: p for f, p in cache.history.items() if p.as_of < today}
    assert len(finished) == 11
    spans.clear()

    logged = demo.log_use(_use(demo, today, random.Random(1)))
    after = load_dashboard(demo, today, cache)

    assert spans == [(today, today)]
    assert all(cache.history[f] is p for f, p in finished.items())
    shown = {bar.day: bar.minutes for bar in after.week_minutes}
    was = {bar.day: bar.minutes for bar in before.week_minutes}
    assert shown[today] == was[today] + logged.minutes
    assert after == load_dashboard(demo, today)


def test_typing_a_draft_keeps_everything_and_a_rule_drops_everything(demo: Journal) -> None:
    today = demo.today()
    cache = DashboardCache(demo)
    load_dashboard(demo, today, cache)
    points = dict(cache.history)
    small = cache.small_records()

    demo.save_draft("vision", "a thought")
    load_dashboard(demo, today, cache)
    assert cache.small_records() is small
    assert all(cache.history[f] is p for f, p in points.items())

    demo.save_rule(RuleInput("Twenty minutes a day", BudgetParams(20)))
    after = load_dashboard(demo, today, cache)
    assert cache.small_records() is not small
    assert any(r.name == "Twenty minutes a day" for r in after.rules)
    assert after == load_dashboard(demo, today)


def test_moving_an_old_use_recomputes_its_week_and_the_weeks_after(demo: Journal) -> None:
    today = demo.today()
    cache = DashboardCache(demo)
    load_dashboard(demo, today, cache)
    old_day = today - dt.timedelta(days=50)
    old = demo.uses_between(old_day, old_day)
    assert old
    points = dict(cache.history)

    demo.delete_use(old[0].id)
    after = load_dashboard(demo, today, cache)

    for first, point in points.items():
        if point.as_of < old_day:
            assert cache.history[first] is point
        else:
            assert cache.history[first] is not point
    assert after == load_dashboard(demo, today)


def test_the_firm_rule_check_reads_the_same_through_the_cache(demo: Journal) -> None:
    today = demo.today()
    cache = DashboardCache(demo)
    load_dashboard(demo, today, cache)
    rng = random.Random(3)
    found = []
    for _ in range(6):
        value = _use(demo, today - dt.timedelta(days=rng.choice((0, 2, 30, 400))), rng)
        found = breaches_of(demo, value, reads=cache)
        assert found == breaches_of(demo, value)
        demo.log_use(value)  # the cache must see it before the next check
    assert found  # the last use crossed a line, so the comparison compared something


def test_an_import_written_in_bulk_is_seen_by_the_next_refresh(demo: Journal) -> None:
    today = demo.today()
    cache = DashboardCache(demo)
    before = load_dashboard(demo, today, cache)
    start = dt.datetime.combine(today - dt.timedelta(days=9), dt.time(9))
    sessions = tuple(
        ImportedSession(
            started_at=start + dt.timedelta(hours=20 * n),
            minutes=40,
            tool_name="Gemini",
            source=UseSource.ACTIVITYWATCH,
            source_id=f"activitywatch:gemini:{n}",
            message_count=3,
        )
        for n in range(12)
    )
    apply_import(demo, ImportReport(sessions, (), 0))
    after = load_dashboard(demo, today, cache)
    assert after == load_dashboard(demo, today)
    assert after.history != before.history  # the imported days changed the last two weeks


def test_a_write_by_another_process_is_seen_by_the_next_refresh(
    demo: Journal, paths: JournalPaths
) -> None:
    today = demo.today()
    cache = DashboardCache(demo)
    before = load_dashboard(demo, today, cache)
    # The command line, say, importing while the window is open: its own connections.
    other = Journal.open(paths, clock=demo.now)
    try:
        other.log_use(_use(other, today, random.Random(9)))
    finally:
        other.close()
    after = load_dashboard(demo, today, cache)
    assert after.week_minutes != before.week_minutes
    assert after == load_dashboard(demo, today)
