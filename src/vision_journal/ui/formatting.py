"""Dates, times and numbers in the person's locale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale


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
