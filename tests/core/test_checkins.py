"""Weekly check-ins: week boundaries, frozen facts, prompts, the streak, search and reminders."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from vision_journal.core import checkins
from vision_journal.core.calendar import iso_week_label
from vision_journal.core.checkins import DEFAULT_PROMPTS, Ratings
from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import checkins as checkin_ops
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    Adjustment,
    AiToolInput,
    AiUseInput,
    CheckInStatus,
    CircleInput,
    ConnectionInput,
    ConnectionMode,
    Disclosure,
    Mediation,
    Settings,
    Sphere,
    ToolKind,
    UsePurpose,
    WeekStart,
)

ALL_RATED = Ratings(connection=4, reliance=2, alignment=5)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2027, 1, 5, 12, 0))  # a Tuesday in 2027-W01


@pytest.fixture
def book(paths: JournalPaths, clock: Clock) -> Iterator[Journal]:
    """A journal on a movable clock with one tool and one circle."""
    opened = Journal.open(paths, clock=clock)
    opened.save_tool(AiToolInput("Chat", ToolKind.CHAT_ASSISTANT))
    opened.save_circle(CircleInput("Family", Sphere.PERSONAL))
    yield opened
    opened.close()


def log(
    journal: Journal,
    at: dt.datetime,
    minutes: int,
    purpose: UsePurpose = UsePurpose.PLANNING,
    mediation: Mediation = Mediation.NONE,
    disclosed: Disclosure = Disclosure.NOT_APPLICABLE,
) -> int:
    circle_id = journal.circles()[0].id if mediation is not Mediation.NONE else None
    use = journal.log_use(
        AiUseInput(
            at,
            minutes,
            journal.tools()[0].id,
            purpose,
            Sphere.PERSONAL,
            circle_id=circle_id,
            mediation=mediation,
            disclosed=disclosed,
        )
    )
    return use.id


def complete_week(journal: Journal, first: dt.date) -> None:
    check_in = checkins.open_checkin(journal, first)
    checkins.save_answers(journal, check_in.id, {}, ALL_RATED)
    checkins.complete_checkin(journal, check_in.id)


# --- week boundaries ---------------------------------------------------------------------------


def test_iso_week_53_across_the_year_change_with_the_0400_day_start(book: Journal) -> None:
    log(book, dt.datetime(2026, 12, 28, 9, 0), 10)  # Monday of 2026-W53
    log(book, dt.datetime(2027, 1, 3, 23, 0), 20)  # Sunday night
    log(book, dt.datetime(2027, 1, 4, 3, 59), 30)  # still Sunday's journal day
    log(book, dt.datetime(2027, 1, 4, 4, 0), 40)  # Monday of 2027-W01
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 31))
    assert check_in.week_start == dt.date(2026, 12, 28)
    assert iso_week_label(check_in.week_start) == (2026, 53)
    facts = checkins.week_facts(book, check_in.week_start)
    assert (facts.week_start, facts.as_of) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert facts.ai_minutes == 60
    assert not facts.is_partial
    current = checkins.week_facts(book, dt.date(2027, 1, 4))
    assert (current.ai_minutes, current.as_of, current.is_partial) == (40, book.today(), True)


def test_sunday_weeks_span_the_year_change(book: Journal) -> None:
    book.save_settings(Settings(week_start=WeekStart.SUNDAY))
    log(book, dt.datetime(2026, 12, 27, 10, 0), 5)  # Sunday: first day of the week
    log(book, dt.datetime(2027, 1, 2, 22, 0), 7)  # Saturday: last day
    log(book, dt.datetime(2027, 1, 3, 1, 30), 11)  # Saturday's journal day, after midnight
    log(book, dt.datetime(2027, 1, 3, 9, 0), 13)  # Sunday: the next week
    check_in = checkins.open_checkin(book, dt.date(2027, 1, 1))
    assert check_in.week_start == dt.date(2026, 12, 27)
    facts = checkins.week_facts(book, check_in.week_start)
    assert (facts.as_of, facts.ai_minutes) == (dt.date(2027, 1, 2), 23)
    assert checkins.week_facts(book, dt.date(2027, 1, 3)).ai_minutes == 13


def test_a_midnight_day_start_moves_the_boundary(book: Journal) -> None:
    log(book, dt.datetime(2027, 1, 4, 1, 0), 25)  # Monday 01:00
    assert checkins.week_facts(book, dt.date(2026, 12, 28)).ai_minutes == 25
    book.save_settings(Settings(day_start_hour=0))
    assert checkins.week_facts(book, dt.date(2026, 12, 28)).ai_minutes == 0
    assert checkins.week_facts(book, dt.date(2027, 1, 4)).ai_minutes == 25


def test_a_week_that_has_not_begun_has_no_check_in(book: Journal) -> None:
    with pytest.raises(ValueError, match="has not begun"):
        checkins.open_checkin(book, dt.date(2027, 1, 11))


def test_a_check_in_kept_under_monday_weeks_is_found_under_sunday_weeks(book: Journal) -> None:
    kept = checkins.open_checkin(book, dt.date(2026, 12, 28))
    book.save_settings(Settings(week_start=WeekStart.SUNDAY))
    again = checkins.open_checkin(book, dt.date(2026, 12, 29))
    assert again.id == kept.id
    assert checkins.checkin_for_week(book, dt.date(2026, 12, 27)) == kept


# --- the facts -----------------------------------------------------------------------------------


def test_facts_count_messages_disclosure_connections_and_breach_reasons(book: Journal) -> None:
    family = book.circles()[0].id
    monday = dt.datetime(2026, 12, 28, 10, 0)
    use_id = log(book, monday, 15, UsePurpose.DRAFT_MESSAGE, Mediation.AI_DRAFTED, Disclosure.YES)
    log(book, monday, 5, UsePurpose.EDIT_POLISH, Mediation.AI_EDITED, Disclosure.NO)
    book.log_connection(ConnectionInput(monday, family, ConnectionMode.MESSAGE, 10))
    book.log_connection(ConnectionInput(monday, family, ConnectionMode.CALL, 30))
    from vision_journal.core.records import BudgetParams, RuleInput, Severity

    rule = book.save_rule(RuleInput("Ten a day", BudgetParams(10), Severity.FIRM))
    book.add_breach_note(rule.id, use_id, monday.date(), "A long letter to Gran.")
    facts = checkins.week_facts(book, monday.date())
    [messages] = facts.messages
    assert (messages.name, messages.messages, messages.mediated, messages.disclosed) == (
        "Family",
        3,
        2,
        1,
    )
    assert (facts.connection_minutes, facts.connection_moments) == (40, 2)
    # The rule was created "now" (2027-01-05), so it does not judge the week before.
    assert facts.budgets == ()
    assert [b.reasons for b in facts.breaches] == [("A long letter to Gran.",)]
    assert {p.purpose: p.minutes for p in facts.by_purpose} == {
        UsePurpose.DRAFT_MESSAGE: 15,
        UsePurpose.EDIT_POLISH: 5,
    }


def test_facts_round_trip_through_json(book: Journal) -> None:
    log(book, dt.datetime(2026, 12, 28, 10, 0), 15, UsePurpose.TRANSLATE, Mediation.AI_TRANSLATED)
    facts = checkins.week_facts(book, dt.date(2026, 12, 28))
    assert checkins.facts_from_json(checkins.facts_to_json(facts)) == facts


@pytest.mark.parametrize("text", ["{}", "", "not json", '{"version": 99}', "[1, 2]"])
def test_missing_or_foreign_facts_read_as_none(text: str) -> None:
    assert checkins.facts_from_json(text) is None


# --- completing, freezing, reopening -------------------------------------------------------


def test_completing_freezes_the_facts_against_later_edits(book: Journal) -> None:
    use_id = log(book, dt.datetime(2026, 12, 29, 10, 0), 30)
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    assert check_in.facts_json == checkins.NO_FACTS  # a draft shows live facts
    checkins.save_answers(book, check_in.id, {}, ALL_RATED)
    done = checkins.complete_checkin(book, check_in.id)
    assert done.status is CheckInStatus.COMPLETED
    assert done.completed_at == book.now()

    use = book.use(use_id)

    book.update_use(use_id, dataclasses.replace(use.as_input(), minutes=90))
    log(book, dt.datetime(2026, 12, 30, 10, 0), 5)

    frozen = checkins.facts_from_json(checkins.checkin(book, check_in.id).facts_json)
    assert frozen is not None
    assert frozen.ai_minutes == 30
    assert checkins.week_facts(book, dt.date(2026, 12, 28)).ai_minutes == 95


def test_reopening_lets_answers_change_and_keeps_the_facts(book: Journal, clock: Clock) -> None:
    prompt = checkins.ensure_default_prompts(book)[0]
    log(book, dt.datetime(2026, 12, 29, 10, 0), 30)
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    checkins.save_answers(book, check_in.id, {prompt.id: "Calls"}, ALL_RATED)
    done = checkins.complete_checkin(book, check_in.id)
    log(book, dt.datetime(2026, 12, 30, 10, 0), 45)

    clock.now += dt.timedelta(days=2)
    reopened = checkins.reopen_checkin(book, check_in.id)
    assert reopened.status is CheckInStatus.DRAFT
    checkins.save_answers(book, check_in.id, {prompt.id: "Calls, and a letter"})
    again = checkins.complete_checkin(book, check_in.id)
    assert again.facts_json == done.facts_json
    assert again.completed_at == done.completed_at
    assert again.answers == (checkins.CheckInAnswer(prompt.id, "Calls, and a letter"),)


def test_completing_needs_the_three_ratings(book: Journal) -> None:
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    checkins.save_answers(book, check_in.id, {}, Ratings(connection=3))
    with pytest.raises(ValidationError) as caught:
        checkins.complete_checkin(book, check_in.id)
    assert {e.field for e in caught.value.errors} == {"rating_reliance", "rating_alignment"}
    assert checkins.checkin(book, check_in.id).status is CheckInStatus.DRAFT


def test_answers_are_kept_exactly_and_an_empty_one_is_removed(book: Journal) -> None:
    first, second = checkins.ensure_default_prompts(book)[:2]
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    text = "Line one\n  line two 👵 — مرحبا"
    checkins.save_answers(book, check_in.id, {first.id: text, second.id: "x"})
    saved = checkins.save_answers(book, check_in.id, {second.id: ""})
    assert saved.answers == (checkins.CheckInAnswer(first.id, text),)


def test_bad_ratings_and_unknown_prompts_are_refused(book: Journal) -> None:
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    with pytest.raises(ValidationError):
        checkins.save_answers(book, check_in.id, {}, Ratings(reliance=6))
    with pytest.raises(NotFoundError):
        checkins.save_answers(book, check_in.id, {999: "?"})
    assert checkins.checkin(book, check_in.id).rating_reliance is None


def test_adjustments_are_recorded_and_validated(book: Journal) -> None:
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    adjustment = Adjustment("rule", 3, "paused", "Paused “No AI after nine”")
    saved = checkins.record_adjustment(book, check_in.id, adjustment)
    assert saved.adjustments == (adjustment,)
    with pytest.raises(ValidationError):
        checkins.record_adjustment(book, check_in.id, Adjustment("vision", 1, "created", ""))
    undone = checkin_ops.record_adjustment(book, check_in.id, adjustment).step
    assert undone is not None
    undone.undo(book)  # taking a second one back leaves the first
    assert checkins.checkin(book, check_in.id).adjustments == (adjustment,)


def test_completed_check_ins_feed_the_self_rating(book: Journal) -> None:
    from vision_journal.core.balance import latest_check_in

    complete_week(book, dt.date(2026, 12, 28))
    latest = latest_check_in(checkins.completed_checkins(book), book.today(), book.settings())
    assert latest is not None
    assert latest.rating_reliance == ALL_RATED.reliance


# --- prompts -------------------------------------------------------------------------------------


def test_default_prompts_are_created_once_in_order(book: Journal) -> None:
    checkins.ensure_default_prompts(book)
    active = checkins.ensure_default_prompts(book)
    assert [p.text for p in active] == list(DEFAULT_PROMPTS)
    assert all(p.is_default for p in active)


def test_own_prompts_are_added_reordered_and_retired(book: Journal) -> None:
    defaults = checkins.ensure_default_prompts(book)
    own = checkins.add_prompt(book, "  Did I call Mum?  ")
    assert (own.text, own.is_default) == ("Did I call Mum?", False)
    order = [own.id, *(p.id for p in defaults)]
    checkins.reorder_prompts(book, order)
    assert [p.id for p in checkins.prompts(book)] == order
    with pytest.raises(ValueError, match="every active prompt"):
        checkins.reorder_prompts(book, order[:-1])
    with pytest.raises(ValidationError):
        checkins.add_prompt(book, "   ")


def test_a_retired_prompt_keeps_its_answers_readable(book: Journal) -> None:
    prompt = checkins.add_prompt(book, "Did I call Mum?")
    check_in = checkins.open_checkin(book, dt.date(2026, 12, 28))
    checkins.save_answers(book, check_in.id, {prompt.id: "Yes, on Sunday"})
    retired = checkins.retire_prompt(book, prompt.id)
    assert retired.is_retired
    assert prompt.id not in [p.id for p in checkins.prompts(book)]
    assert prompt.id in [p.id for p in checkins.prompts(book, include_retired=True)]
    assert checkins.checkin(book, check_in.id).answers[0].text == "Yes, on Sunday"
    [match] = checkins.search_answers(book, "sunday")
    assert (match.prompt_text, match.is_retired) == ("Did I call Mum?", True)
    retire = checkin_ops.retire_prompt(book, prompt.id).step
    assert retire is None  # retired already: nothing written, nothing to undo


# --- history -------------------------------------------------------------------------------------


def test_streak_counts_weeks_in_a_row_up_to_last_week(book: Journal) -> None:
    today = book.today()  # 2027-01-05, in the week of 2027-01-04
    assert checkins.streak(book, today) == 0
    for first in (dt.date(2026, 12, 28), dt.date(2026, 12, 21), dt.date(2026, 12, 7)):
        complete_week(book, first)
    assert checkins.streak(book, today) == 2  # the open current week does not break it
    complete_week(book, dt.date(2027, 1, 4))
    assert checkins.streak(book, today) == 3
    assert checkins.streak(book, today + dt.timedelta(days=14)) == 0


def test_a_draft_does_not_count_toward_the_streak(book: Journal) -> None:
    checkins.open_checkin(book, dt.date(2026, 12, 28))
    assert checkins.streak(book, book.today()) == 0


def test_missed_week_is_the_latest_recent_week_without_a_completed_check_in(
    book: Journal,
) -> None:
    today = book.today()
    assert checkins.missed_week(book, today) is None  # nothing logged yet
    log(book, dt.datetime(2026, 12, 15, 10, 0), 10)  # the journal began in the week of 12-14
    assert checkins.missed_week(book, today) == dt.date(2026, 12, 28)
    complete_week(book, dt.date(2026, 12, 28))
    assert checkins.missed_week(book, today) == dt.date(2026, 12, 21)
    complete_week(book, dt.date(2026, 12, 21))
    complete_week(book, dt.date(2026, 12, 14))
    assert checkins.missed_week(book, today) is None


def test_search_ignores_case_beyond_ascii(book: Journal) -> None:
    prompt = checkins.ensure_default_prompts(book)[0]
    older = checkins.open_checkin(book, dt.date(2026, 12, 21))
    newer = checkins.open_checkin(book, dt.date(2026, 12, 28))
    checkins.save_answers(book, older.id, {prompt.id: "ÜBER den Anruf mit Oma"})
    checkins.save_answers(book, newer.id, {prompt.id: "über das Essen"})
    matches = checkins.search_answers(book, "Über")
    assert [m.week_start for m in matches] == [dt.date(2026, 12, 28), dt.date(2026, 12, 21)]
    assert checkins.search_answers(book, "  ") == []
    assert checkins.search_answers(book, "100%") == []


# --- reminders -----------------------------------------------------------------------------------

SUNDAY_1800 = Settings()  # the default: Sunday 18:00


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt.datetime(2026, 11, 18, 14, 30), dt.datetime(2026, 11, 22, 18, 0)),  # Wednesday
        (dt.datetime(2026, 11, 22, 17, 59), dt.datetime(2026, 11, 22, 18, 0)),  # just before
        (dt.datetime(2026, 11, 22, 18, 0), dt.datetime(2026, 11, 29, 18, 0)),  # at it: next week
        (dt.datetime(2026, 11, 23, 0, 5), dt.datetime(2026, 11, 29, 18, 0)),  # Monday
        (dt.datetime(2026, 12, 30, 9, 0), dt.datetime(2027, 1, 3, 18, 0)),  # over the year
    ],
)
def test_next_reminder_is_the_next_weekly_moment(now: dt.datetime, expected: dt.datetime) -> None:
    assert checkins.next_reminder(now, SUNDAY_1800, None) == expected


def test_next_reminder_follows_the_settings() -> None:
    monday_0730 = Settings(reminder_weekday=0, reminder_minute=7 * 60 + 30)
    now = dt.datetime(2026, 11, 22, 20, 0)  # Sunday evening
    assert checkins.next_reminder(now, monday_0730) == dt.datetime(2026, 11, 23, 7, 30)


def test_a_snooze_ahead_replaces_the_next_reminder_and_a_past_one_is_ignored() -> None:
    fired = dt.datetime(2026, 11, 22, 18, 0)
    snoozed = fired + dt.timedelta(days=1)
    later = fired + dt.timedelta(minutes=1)
    assert checkins.next_reminder(later, SUNDAY_1800, snoozed) == snoozed
    after = snoozed + dt.timedelta(minutes=1)
    assert checkins.next_reminder(after, SUNDAY_1800, snoozed) == dt.datetime(2026, 11, 29, 18)


@pytest.mark.parametrize(
    ("week_start", "moment", "expected"),
    [
        (WeekStart.MONDAY, dt.datetime(2026, 11, 22, 18, 0), dt.date(2026, 11, 16)),
        (WeekStart.MONDAY, dt.datetime(2026, 11, 23, 9, 0), dt.date(2026, 11, 16)),
        (WeekStart.SUNDAY, dt.datetime(2026, 11, 22, 18, 0), dt.date(2026, 11, 15)),
        (WeekStart.SUNDAY, dt.datetime(2026, 11, 21, 18, 0), dt.date(2026, 11, 15)),
    ],
)
def test_the_reminder_asks_about_the_week_just_lived(
    week_start: WeekStart, moment: dt.datetime, expected: dt.date
) -> None:
    settings = Settings(week_start=week_start)
    assert checkins.reminder_week(moment, settings) == expected
