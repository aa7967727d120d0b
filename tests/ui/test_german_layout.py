"""German, the longest language shipped, at 800×600: texts wrap or fit, nothing is clipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.translations import install_translations


@pytest.fixture
def german_window(
    qtbot: QtBot, qapp: QApplication, journal: Journal, paths: JournalPaths
) -> Iterator[MainWindow]:
    """A window in German on two months of sample data, at 800×600."""
    previous = QLocale()
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    translators = install_translations(qapp, german)
    generate(journal, end=journal.today() - dt.timedelta(days=1), years=0.2)
    mark_setup_done(journal)
    window = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def _shows_whole(label: QLabel, page: QWidget) -> bool:
    """True when the label lies inside the page and is tall enough for all its lines."""
    top_left = label.mapTo(page, QPoint(0, 0))
    inside = top_left.x() >= 0 and top_left.x() + label.width() <= page.width()
    tall_enough = label.height() >= label.heightForWidth(label.width())
    return inside and tall_enough


def test_the_check_in_streak_is_shown_whole_at_800_px(
    qtbot: QtBot, german_window: MainWindow
) -> None:
    page = german_window.checkins_page
    german_window.sidebar.setCurrentRow(german_window.stack.indexOf(page))
    qtbot.waitUntil(lambda: "Folge" in page.streak.text() or "Serie" in page.streak.text())
    QApplication.processEvents()
    assert german_window.width() == 800
    assert page.width() <= 800 - german_window.rail.width()
    assert _shows_whole(page.streak, page), page.streak.text()
    for button in (page.start_button, page.catch_up_button):
        if button.isVisible():
            right = button.mapTo(page, QPoint(button.width(), 0)).x()
            assert right <= page.width(), button.text()


def test_every_german_page_fits_800_by_600(qtbot: QtBot, german_window: MainWindow) -> None:
    for row in range(german_window.sidebar.count()):
        german_window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        page = german_window.stack.currentWidget()
        assert page.minimumSizeHint().width() <= german_window.stack.width(), row
    german_window.resize(800, 600)
    QApplication.processEvents()
    assert (german_window.width(), german_window.height()) == (800, 600)
    # Circles and tools stack under each other instead of widening the window.
    german_window.sidebar.setCurrentRow(german_window.stack.indexOf(german_window.circles_page))
    qtbot.waitUntil(german_window.circles_page.columns.is_stacked)
