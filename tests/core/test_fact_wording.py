"""Every fact behind the index reads as its English sentence, one case per wording.

`render_english` is what the command line, the exports and the window's English fallback
print under "Why?". The expectations are written out by hand, with the singular and plural
of every count and each window (this week, the last 7 days) a fact can name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vision_journal.core.balance import Fact, FactKey, _week_day_fact, fact, render_english

CASES: list[tuple[Fact, str]] = [
    (
        fact(FactKey.BUDGET_USE, rule="Daily cap", used=1, budget=45, period="day"),
        "Daily cap: you used AI for 1 minute that day against a budget of 45",
    ),
    (
        fact(FactKey.BUDGET_USE, rule="Week cap", used=200, budget=300, period="week"),
        "Week cap: you used AI for 200 minutes so far that week against a budget of 300",
    ),
    (
        fact(FactKey.BUDGET_USE, rule="Moving", used=90, budget=120, period="rolling_7_days"),
        "Moving: you used AI for 90 minutes over 7 days against a budget of 120",
    ),
    (
        fact(FactKey.BASELINE_USE, used=1, usual=30, weekday=0, weeks=12),
        "You used AI for 1 minute; your usual for a Monday is 30",
    ),
    (
        fact(FactKey.BASELINE_USE, used=42, usual=30, weekday=6, weeks=3),
        "You used AI for 42 minutes; your usual for a Sunday is 30",
    ),
    (
        fact(FactKey.NO_BASELINE, weekday=2),
        "No usual amount for a Wednesday yet, and no budget rule",
    ),
    (
        fact(FactKey.BUDGET_SMOOTHED, day=80, smoothed=75),
        "80 % adherence on this day, 75 % over recent days (recent days weigh more)",
    ),
    (
        fact(FactKey.NO_BUDGET_DATA),
        "No budget rule and no usual amount to compare with yet",
    ),
    (
        fact(FactKey.CIRCLE_MESSAGES, circle="Family", messages=1, mediated=1),
        "1 of 1 message to Family was AI-mediated",
    ),
    (
        fact(FactKey.CIRCLE_MESSAGES, circle="Work", messages=5, mediated=2),
        "2 of 5 messages to Work were AI-mediated",
    ),
    (
        fact(FactKey.PROTECTED_DOUBLE, circles="Family, Friends"),
        "Messages to protected circles (Family, Friends) count double",
    ),
    (fact(FactKey.NO_MESSAGES, period="week"), "No messages to people this week"),
    (fact(FactKey.NO_MESSAGES, period="7_days"), "No messages to people in the last 7 days"),
    (fact(FactKey.NO_MESSAGES), "No messages to people in the last 7 days"),
    (
        fact(FactKey.RULE_DAYS, breached=0, rule_days=1),
        "0 of 1 rule-day had a breach",
    ),
    (
        fact(FactKey.RULE_DAYS, breached=2, rule_days=14, period="week"),
        "2 of 14 rule-days this week had a breach",
    ),
    (
        fact(FactKey.RULE_DAYS, breached=2, rule_days=14, period="7_days"),
        "2 of 14 rule-days had a breach",
    ),
    (fact(FactKey.NO_RULES), "No active boundary rules"),
    (
        fact(FactKey.CONNECTION_MINUTES, direct=1, companionship=1, period="week"),
        "1 minute with people and 1 minute of AI for companionship or relationship advice "
        "this week",
    ),
    (
        fact(FactKey.CONNECTION_MINUTES, direct=90, companionship=0, period="7_days"),
        "90 minutes with people and 0 minutes of AI for companionship or relationship advice "
        "in the last 7 days",
    ),
    (
        fact(FactKey.NO_CONNECTION_MINUTES, period="week"),
        "No time with people and no AI companionship this week",
    ),
    (
        fact(FactKey.NO_CONNECTION_MINUTES, period="7_days"),
        "No time with people and no AI companionship in the last 7 days",
    ),
    (
        fact(FactKey.RELIANCE_RATING, reliance=4, week="16 Nov 2026"),
        "You rated your reliance on AI 4 of 5 in the check-in of the week of 16 Nov 2026",
    ),
    (fact(FactKey.NO_CHECK_IN), "No completed check-in yet"),
    (
        fact(FactKey.NOT_ENOUGH_DATA, days=1, needed=3),
        "Not enough data yet: 1 day with entries, 3 needed",
    ),
    (
        fact(FactKey.NOT_ENOUGH_DATA, days=2, needed=3),
        "Not enough data yet: 2 days with entries, 3 needed",
    ),
    (
        fact(FactKey.WEEK_BUDGET_DAYS, days=1, over_days=0, percent=100),
        "This week: 100 % adherence, the mean of its 1 day so far; none went over budget",
    ),
    (
        fact(FactKey.WEEK_BUDGET_DAYS, days=3, over_days=1, percent=87),
        "This week: 87 % adherence, the mean of its 3 days so far; 1 went over budget",
    ),
    (
        fact(
            FactKey.WEEK_DAY_BUDGET,
            weekday=0,
            rule="Daily cap",
            used=1,
            budget=45,
            over=0,
            period="day",
            percent=100,
        ),
        "Monday: Daily cap, 1 minute that day against 45 (within, 100 %)",
    ),
    (
        fact(
            FactKey.WEEK_DAY_BUDGET,
            weekday=4,
            rule="Week cap",
            used=61,
            budget=60,
            over=1,
            period="week",
            percent=98,
        ),
        "Friday: Week cap, 61 minutes so far that week against 60 (1 over, 98 %)",
    ),
    (
        fact(FactKey.WEEK_DAY_BASELINE, weekday=1, used=1, usual=30, over=0, percent=100),
        "Tuesday: 1 minute against your usual 30 (within, 100 %)",
    ),
    (
        fact(FactKey.WEEK_DAY_BASELINE, weekday=5, used=45, usual=30, over=15, percent=50),
        "Saturday: 45 minutes against your usual 30 (15 over, 50 %)",
    ),
    (
        fact(FactKey.NEUTRAL_LEFT_OUT, uses=1, minutes=1, period="week"),
        "1 use marked as not counting (1 minute) left out this week",
    ),
    (
        fact(FactKey.NEUTRAL_LEFT_OUT, uses=2, minutes=30, period="7_days"),
        "2 uses marked as not counting (30 minutes) left out in the last 7 days",
    ),
    (
        fact(FactKey.CHANGE_MORE, percent=20, compared_to="last_week"),
        "20 % more AI time than the same days last week",
    ),
    (
        fact(FactKey.CHANGE_LESS, percent=35, compared_to="previous_7_days"),
        "35 % less AI time than the 7 days before",
    ),
    (
        fact(FactKey.CHANGE_SAME, compared_to="last_week"),
        "About the same AI time as the same days last week",
    ),
    (
        fact(FactKey.CHANGE_SAME, compared_to="previous_7_days"),
        "About the same AI time as the 7 days before",
    ),
    (
        fact(FactKey.CHANGE_NEW, minutes=1, compared_to="last_week"),
        "1 minute of AI time, none on the same days last week",
    ),
    (
        fact(FactKey.CHANGE_NEW, minutes=25, compared_to="previous_7_days"),
        "25 minutes of AI time, none in the 7 days before",
    ),
    (
        fact(FactKey.CHANGE_NONE, compared_to="last_week"),
        "No AI time so far this week or on the same days last week",
    ),
    (
        fact(FactKey.CHANGE_NONE, compared_to="previous_7_days"),
        "No AI time in these 7 days or the 7 days before",
    ),
]


@pytest.mark.parametrize(
    ("item", "text"), CASES, ids=[f"{i}-{c[0].key}" for i, c in enumerate(CASES)]
)
def test_each_fact_reads_as_its_sentence(item: Fact, text: str) -> None:
    assert render_english(item) == text
    assert item.english == text


def test_every_fact_key_has_a_case() -> None:
    assert {item.key for item, _ in CASES} == set(FactKey)


def test_a_fact_without_a_wording_is_an_error() -> None:
    with pytest.raises(ValueError, match="no wording for"):
        render_english(Fact("unknown"))  # type: ignore[arg-type]


FRIDAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("used", "budget", "over", "percent"),
    [
        (30, 45, 0, 100),  # within: full adherence
        (45, 45, 0, 100),  # exactly at the budget
        (61, 60, 1, 98),  # one minute over
        (90, 45, 45, 0),  # double the budget: nothing left
    ],
)
def test_a_day_on_a_budget_is_restated_for_the_week(
    used: int, budget: int, over: int, percent: int
) -> None:
    day_fact = fact(FactKey.BUDGET_USE, rule="Cap", used=used, budget=budget, period="day")
    restated = _week_day_fact(FRIDAY, day_fact)
    assert restated == fact(
        FactKey.WEEK_DAY_BUDGET,
        day="2026-11-20",
        weekday=4,
        rule="Cap",
        used=used,
        budget=budget,
        over=over,
        period="day",
        percent=percent,
    )


@pytest.mark.parametrize(
    ("used", "usual", "over", "percent"),
    [(20, 30, 0, 100), (30, 30, 0, 100), (31, 30, 1, 97), (45, 30, 15, 50), (5, 0, 5, 0)],
)
def test_a_day_against_the_usual_is_restated_for_the_week(
    used: int, usual: int, over: int, percent: int
) -> None:
    day_fact = fact(FactKey.BASELINE_USE, used=used, usual=usual, weekday=4, weeks=12)
    restated = _week_day_fact(FRIDAY, day_fact)
    assert restated == fact(
        FactKey.WEEK_DAY_BASELINE,
        day="2026-11-20",
        weekday=4,
        used=used,
        usual=usual,
        over=over,
        percent=percent,
    )
