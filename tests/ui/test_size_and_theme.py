"""Any size and theme: the window is usable at 800×600 and repaints when the desktop
switches between light and dark while it runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.style import install_theme


@pytest.fixture
def light_again() -> Iterator[None]:
    """Every test starts and ends in the light scheme (the theme is the application's)."""
    install_theme().apply(Qt.ColorScheme.Light)
    yield
    install_theme().apply(Qt.ColorScheme.Light)


def _colour_at(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def _visit_every_section(window: MainWindow) -> None:
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)


def test_the_window_fits_800_by_600_with_the_sidebar_as_icons(
    qtbot: QtBot, window: MainWindow
) -> None:
    _visit_every_section(window)  # every page built, so each one's minimum counts
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.is_sidebar_folded())
    assert (window.width(), window.height()) == (800, 600)
    assert window.rail.width() < 80
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page.minimumSizeHint().width() <= window.stack.width(), window.section_titles[row]
        # Folded, a section still says its name to a screen reader and on hover.
        item = window.sidebar.item(row)
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == window.section_titles[row]
        assert item.toolTip() == window.section_titles[row]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not window.is_sidebar_folded())
    assert window.sidebar.item(0).text() == "Dashboard"


def test_vision_history_stacks_under_the_form_on_a_narrow_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.vision_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    window.resize(860, 600)
    page.history_button.setChecked(True)
    qtbot.waitUntil(lambda: page.history.isVisible())
    assert page.splitter.is_stacked()
    form_area = page.tabs.currentWidget()
    assert isinstance(form_area, QScrollArea)
    # The fields get the page's width: nothing is cut off on the right.
    assert not form_area.horizontalScrollBar().isVisible()
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: not page.splitter.is_stacked())


def test_switching_the_desktop_to_dark_repaints_every_part(
    qtbot: QtBot, light_again: None, window: MainWindow
) -> None:
    card = next(f for f in window.dashboard_page.findChildren(QFrame, "card") if f.isVisible())
    title = next(
        t for t in window.dashboard_page.findChildren(QLabel, "pageTitle") if t.isVisible()
    )
    assert _colour_at(window.rail, 4, window.rail.height() - 4).lightness() > 200
    assert _colour_at(card, card.width() - 6, card.height() // 2).lightness() > 200

    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop sends

    assert _colour_at(window.rail, 4, window.rail.height() - 4).lightness() < 60
    assert _colour_at(card, card.width() - 6, card.height() // 2).lightness() < 60
    assert title.palette().color(title.foregroundRole()).lightness() > 180
    for page_row in range(window.sidebar.count()):  # pages built after the switch are dark
        window.sidebar.setCurrentRow(page_row)
        page = window.stack.currentWidget()
        assert _colour_at(page, page.width() - 3, page.height() - 3).lightness() < 60

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert _colour_at(window.rail, 4, window.rail.height() - 4).lightness() > 200
