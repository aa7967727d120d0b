"""Dates, times and numbers in the person's locale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from vision_journal.core.calendar import iso_week_label


def format_datetime(value: dt.datetime, long: bool = False) -> str:
    """A local wall-clock time as the locale writes it."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDateTime(value), kind)


def format_date(value: dt.date, long: bool = False) -> str:
    """A date as the locale writes it."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value), kind)


def format_number(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's separators."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(value, "f", decimals)


def format_path(path: Path) -> str:
    """A folder as a person reads it: inside the home folder, starting with "~"."""
    try:
        inside = path.relative_to(Path.home())
    except ValueError:
        return str(path)
    return "~" if inside == Path() else str(Path("~") / inside)


def week_title(first: dt.date) -> str:
    """ "Week 53 of 2026 (28/12/2026 – 03/01/2027)"."""
    year, week = iso_week_label(first)
    # The check-in wizard's context: the text was first written there.
    template = QCoreApplication.translate("CheckInWizard", "Week %1 of %2 (%3 – %4)")
    last = first + dt.timedelta(days=6)
    values = (str(week), str(year), format_date(first), format_date(last))
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template
