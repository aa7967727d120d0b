"""Journal days and weeks at their edges: the day-start hour, the week start, ISO labels.

2026-11-16 is a Monday; 2026-12-28 is the Monday of ISO week 53 of 2026, which runs to
Sunday 2027-01-03.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vision_journal.core.calendar import (
    day_start_moment,
    iso_week_label,
    journal_day,
    week_days,
    week_start,
)
from vision_journal.core.records import WeekStart


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("moment", "hour", "expected"),
    [
        pytest.param("2026-11-17 04:00", None, "2026-11-17", id="default-04:00-starts-the-day"),
        pytest.param("2026-11-17 03:59", None, "2026-11-16", id="default-03:59-is-the-day-before"),
        pytest.param("2026-11-17 00:00", 0, "2026-11-17", id="midnight-start"),
        pytest.param("2026-11-16 23:59", 0, "2026-11-16", id="midnight-start-last-minute"),
        pytest.param("2026-11-17 05:59", 6, "2026-11-16", id="06:00-start-before"),
        pytest.param("2026-11-17 06:00", 6, "2026-11-17", id="06:00-start-at"),
        pytest.param("2027-01-01 01:00", None, "2026-12-31", id="new-years-night-is-the-old-year"),
    ],
)
def test_journal_day(moment: str, hour: int | None, expected: str) -> None:
    found = journal_day(at(moment)) if hour is None else journal_day(at(moment), hour)
    assert found == day(expected)


@pytest.mark.parametrize(
    ("hour", "expected"),
    [
        pytest.param(None, "2026-11-17 04:00", id="default"),
        pytest.param(0, "2026-11-17 00:00", id="midnight"),
        pytest.param(6, "2026-11-17 06:00", id="06:00"),
    ],
)
def test_day_start_moment(hour: int | None, expected: str) -> None:
    first = day("2026-11-17")
    found = day_start_moment(first) if hour is None else day_start_moment(first, hour)
    assert found == at(expected)
    # The moment a day starts belongs to that day.
    assert journal_day(found, 4 if hour is None else hour) == first


@pytest.mark.parametrize(
    ("given", "start", "expected"),
    [
        pytest.param("2026-11-16", WeekStart.MONDAY, "2026-11-16", id="monday-on-monday"),
        pytest.param("2026-11-22", WeekStart.MONDAY, "2026-11-16", id="monday-on-sunday"),
        pytest.param("2026-11-22", WeekStart.SUNDAY, "2026-11-22", id="sunday-on-sunday"),
        pytest.param("2026-11-21", WeekStart.SUNDAY, "2026-11-15", id="sunday-on-saturday"),
        pytest.param("2026-11-16", WeekStart.SUNDAY, "2026-11-15", id="sunday-on-monday"),
        pytest.param("2027-01-01", WeekStart.MONDAY, "2026-12-28", id="monday-across-new-year"),
        pytest.param("2027-01-01", WeekStart.SUNDAY, "2026-12-27", id="sunday-across-new-year"),
    ],
)
def test_week_start(given: str, start: WeekStart, expected: str) -> None:
    assert week_start(day(given), start) == day(expected)


def test_week_start_defaults_to_monday() -> None:
    assert week_start(day("2026-11-22")) == day("2026-11-16")


def test_week_days() -> None:
    assert week_days(day("2026-12-28")) == [
        day("2026-12-28"),
        day("2026-12-29"),
        day("2026-12-30"),
        day("2026-12-31"),
        day("2027-01-01"),
        day("2027-01-02"),
        day("2027-01-03"),
    ]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        pytest.param("2026-11-16", (2026, 47), id="monday-week"),
        pytest.param("2026-11-15", (2026, 47), id="sunday-week-named-by-the-monday-after"),
        pytest.param("2026-12-28", (2026, 53), id="iso-week-53"),
        pytest.param("2026-12-27", (2026, 53), id="sunday-before-week-53"),
        pytest.param("2027-01-04", (2027, 1), id="first-week-of-2027"),
        pytest.param("2027-01-03", (2027, 1), id="sunday-before-week-1"),
    ],
)
def test_iso_week_label(first: str, expected: tuple[int, int]) -> None:
    assert iso_week_label(day(first)) == expected
