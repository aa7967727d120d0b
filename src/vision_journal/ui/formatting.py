"""Dates, times and numbers in the person's locale."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def date_pattern(locale: QLocale | None = None, *, weekday: bool = False) -> str:
    """The one date style of the window: the locale's long date with the month abbreviated.

    "2 Dec 2026" (English and the C/POSIX locale), "2. Dez. 2026" (German), "Dec 2, 2026"
    (United States). The short formats are avoided: some are all numbers without separators
    ("2 12 2026" in the C locale) and two-digit years read ambiguously. `weekday` keeps the
    long format's weekday ("Wednesday, 2 Dec 2026").
    """
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    if not weekday:
        pattern = _WEEKDAY.sub("", pattern).strip(" ,\u060c")
    return pattern.replace("MMMM", "MMM")


#: The weekday in a long date format, with the punctuation and space that tie it to the date.
_WEEKDAY = re.compile(r"dddd[,\u060c]?\s*|[,\u060c]?\s*dddd")


def format_datetime(value: dt.datetime) -> str:
    """A local wall-clock time: the window's date style and the locale's short time."""
    locale = QLocale()
    date = locale.toString(QDate(value.date()), date_pattern(locale))
    time = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    return f"{date} {time}"


def format_date(value: dt.date, *, weekday: bool = False) -> str:
    """A date in the window's one style (see `date_pattern`)."""
    locale = QLocale()
    return locale.toString(QDate(value), date_pattern(locale, weekday=weekday))


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
    """ "Week 53 of 2026 (28 Dec 2026 – 3 Jan 2027)"."""
    # Imported here: the first frame formats numbers and dates before the core is loaded.
    from vision_journal.core.calendar import iso_week_label

    year, week = iso_week_label(first)
    # The check-in wizard's context: the text was first written there.
    template = QCoreApplication.translate("CheckInWizard", "Week %1 of %2 (%3 – %4)")
    last = first + dt.timedelta(days=6)
    values = (str(week), str(year), format_date(first), format_date(last))
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template
