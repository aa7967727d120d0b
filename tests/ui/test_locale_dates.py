"""Dates under a C or POSIX locale: "2 Dec 2026", never numbers without separators, and one
date style on a screen."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiUseInput, Sphere, UsePurpose
from vision_journal.ui.main_window import MainWindow

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: A date written only in numbers and spaces, as Qt's C locale writes its short format.
NUMBERS_ONLY = re.compile(r"\b\d{1,2} \d{1,2} \d{4}\b")


@pytest.fixture
def c_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


def _visible_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_c_locale_dates_read_as_day_month_name_year(
    qtbot: QtBot, c_locale: None, seeded: Journal, paths: JournalPaths
) -> None:
    for days in range(4):  # enough days for the index, so the dashboard shows its weeks
        seeded.log_use(
            AiUseInput(
                started_at=FIXED_NOW - dt.timedelta(days=days, hours=1),
                minutes=20,
                tool_id=seeded.tools()[0].id,
                purpose=UsePurpose.PLANNING,
                sphere=Sphere.PERSONAL,
            )
        )
    window = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(window)
    window.show()
    day = FIXED_NOW.date()
    month = MONTHS[day.month - 1]
    assert window.dashboard_page.date_label.text().endswith(f"{day.day} {month} {day.year}")
    assert re.fullmatch(
        r"Week of \d{1,2} [A-Z][a-z]{2} \d{4}", window.dashboard_page.sparkline_from.text()
    )
    page = window.usage_page
    page.refresh()
    shown = page.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert shown.startswith(f"{day.day} {month} {day.year} ")
    for text in _visible_texts(window):
        assert not NUMBERS_ONLY.search(text), text
    window.close()
