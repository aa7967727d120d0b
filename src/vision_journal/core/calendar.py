"""Journal days and weeks: a day starts at the day-start hour, a week on Monday or Sunday.

A use at 01:30 on Tuesday with the default 04:00 day start belongs to Monday's journal day:
late-night use counts to the day before, the way people think of "last night".
"""

from __future__ import annotations

import datetime as dt

from vision_journal.core.records import WeekStart


def journal_day(moment: dt.datetime, day_start_hour: int = 4) -> dt.date:
    """The journal day a local wall-clock moment belongs to."""
    return (moment - dt.timedelta(hours=day_start_hour)).date()


def day_start_moment(day: dt.date, day_start_hour: int = 4) -> dt.datetime:
    """The local moment a journal day begins."""
    return dt.datetime.combine(day, dt.time(hour=day_start_hour))


def week_start(day: dt.date, week_start: WeekStart = WeekStart.MONDAY) -> dt.date:
    """The first day of the week that `day` falls in."""
    if week_start is WeekStart.MONDAY:
        return day - dt.timedelta(days=day.weekday())
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def week_days(first: dt.date) -> list[dt.date]:
    """The seven days of the week starting on `first`."""
    return [first + dt.timedelta(days=i) for i in range(7)]


def iso_week_label(first: dt.date) -> tuple[int, int]:
    """ISO year and week number of a week, taken from its Thursday-or-later day.

    For a Sunday-start week the Monday after the Sunday names the week, so both settings
    label the same seven days with the same number where they overlap most.
    """
    monday = first if first.weekday() == 0 else first + dt.timedelta(days=1)
    year, week, _ = monday.isocalendar()
    return year, week
