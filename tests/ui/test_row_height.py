"""Every list and table in the window has rows of one height, the design's row height.

docs/design.md ("Spacing and sizes"): every list and table row is the font's line height
plus 7 px above and below; the sidebar's rows 4 px more. The height comes from the
application style, so this walks every page of a window on sample data and measures the
rows a person sees.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.style import install_theme, row_height


@pytest.fixture
def sample_window(qtbot: QtBot, journal: Journal, paths: JournalPaths) -> Iterator[MainWindow]:
    """A window on five weeks of sample data, so the lists have rows to measure."""
    generate(journal, end=journal.today() - dt.timedelta(days=1), years=0.1)
    mark_setup_done(journal)
    main = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(main)
    main.resize(1440, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _views_of_every_page(window: MainWindow) -> dict[int, QAbstractItemView]:
    """The item views of every section, each section shown once (pages fill when shown)."""
    views: dict[int, QAbstractItemView] = {}
    for row in range(len(window.section_titles)):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        for view in window.findChildren(QAbstractItemView):
            # A combo box's pop-up list is a window of its own, not a list on the page.
            # A table's header is an item view too, with sections rather than rows.
            if isinstance(view, QHeaderView):
                continue
            if view.window() is window and view is not window.sidebar:
                views[id(view)] = view
    return views


def test_every_list_and_table_in_the_window_has_the_design_row_height(
    sample_window: MainWindow,
) -> None:
    install_theme()
    expected = row_height(QFontMetrics(QApplication.font()))
    assert expected == QFontMetrics(QApplication.font()).lineSpacing() + 14
    measured: dict[str, set[int]] = {}
    views = _views_of_every_page(sample_window)
    assert len(views) >= 10
    for view in views.values():
        name = view.accessibleName() or view.objectName() or type(view).__name__
        model = view.model()
        if isinstance(view, QTableView):
            assert view.verticalHeader().defaultSectionSize() == expected, name
        if model is None or model.rowCount() == 0:
            continue
        heights = {view.visualRect(model.index(r, 0)).height() for r in range(model.rowCount())}
        if isinstance(view, QTableView):
            # A table's grid line sits inside the row's section.
            heights = {view.rowHeight(r) for r in range(model.rowCount())}
        measured[name] = heights
    assert {name: heights for name, heights in measured.items() if heights != {expected}} == {}
    # Sample data fills lists on several pages: the check above measured real rows.
    assert len(measured) >= 5, sorted(measured)


def test_the_sidebar_rows_are_four_pixels_taller(sample_window: MainWindow) -> None:
    # 4 px taller, and a 1 px gap above and below each so the selected one reads as a pill.
    expected = row_height(QFontMetrics(QApplication.font())) + 4 + 2
    sidebar = sample_window.sidebar
    heights = {sidebar.visualItemRect(sidebar.item(r)).height() for r in range(sidebar.count())}
    assert heights == {expected}


def test_restyling_many_tables_keeps_the_interpreter_alive(qtbot: QtBot) -> None:
    """The row style is a Python override Qt calls thousands of times per restyle; PySide
    6.12 released a reference to None on each call with no option, until the interpreter
    aborted. The count must hold steady however often the window is restyled."""
    theme = install_theme()
    tables = [QTableWidget(3, 2) for _ in range(20)]
    for table in tables:
        qtbot.addWidget(table)
        table.show()
    QApplication.processEvents()
    before = sys.getrefcount(None)
    for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light) * 3:
        theme.apply(scheme)
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -100
