"""The window imports the journal's own JSON: restores an empty journal, merges into one with
data, and keeps the import as one step to undo and redo. Driven through the real page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from tests.ui.test_export_page import cell
from vision_journal.core.export.data_json import dumps_json, export_json, is_journal_empty
from vision_journal.core.journal import Journal
from vision_journal.core.keys import new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import CircleInput, Settings
from vision_journal.demo import generate
from vision_journal.ui.formatting import format_number
from vision_journal.ui.pages.export_page import ExportPage
from vision_journal.ui.undo import UndoHistory


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[ExportPage]:
    widget = ExportPage(journal, UndoHistory(journal))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shut_down()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The data export of the demo journal (`--demo`: a year of sample data)."""
    folder = tmp_path_factory.mktemp("demo")
    demo = Journal.open(JournalPaths(folder), key=new_key(), clock=lambda: FIXED_NOW)
    try:
        generate(demo, end=demo.today() - dt.timedelta(days=1), years=1.0)
        return export_json(demo)
    finally:
        demo.close()


def without_time_stamp(data: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in data.items() if key != "exported_at"}


def preview_json(qtbot: QtBot, page: ExportPage, path: Path) -> None:
    page.set_source("json")
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.load_file(path)


def click_import(qtbot: QtBot, page: ExportPage) -> None:
    with qtbot.waitSignal(page.import_finished, timeout=60_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def test_the_demo_journal_round_trips_into_an_empty_one(
    qtbot: QtBot, page: ExportPage, journal: Journal, tmp_path: Path, demo_export: dict[str, object]
) -> None:
    path = tmp_path / "vision-journal-data.json"
    path.write_bytes(dumps_json(demo_export))

    preview_json(qtbot, page, path)
    assert cell(page, "Import") == "Restore everything"
    uses = demo_export["uses"]
    assert isinstance(uses, list)
    assert cell(page, "AI uses") == f"{format_number(len(uses))} new"
    assert is_journal_empty(journal)  # the preview wrote nothing
    click_import(qtbot, page)

    second = export_json(journal)
    assert without_time_stamp(second) == without_time_stamp(demo_export)
    assert "Imported" in page.import_status.text()


def test_the_import_is_one_step_to_undo_and_redo(
    qtbot: QtBot, page: ExportPage, journal: Journal, tmp_path: Path, demo_export: dict[str, object]
) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(dumps_json(demo_export))
    preview_json(qtbot, page, path)
    click_import(qtbot, page)
    history = page._history

    assert len(history.core) == 1
    assert history.undo_text().startswith("Import ")
    assert history.undo_text().endswith(" records of data")
    history.undo()
    assert is_journal_empty(journal)
    assert journal.settings() == Settings()
    history.redo()
    assert without_time_stamp(export_json(journal)) == without_time_stamp(demo_export)


def test_into_a_journal_with_data_it_merges_and_shows_conflicts(
    qtbot: QtBot, page: ExportPage, journal: Journal, tmp_path: Path, demo_export: dict[str, object]
) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(dumps_json(demo_export))
    preview_json(qtbot, page, path)
    click_import(qtbot, page)
    # The same circle edited here; the file's version differs.
    circle = journal.circles()[0]
    journal.save_circle(
        CircleInput(circle.name, circle.sphere, 99, is_protected=not circle.is_protected),
        circle.id,
    )

    preview_json(qtbot, page, path)

    assert cell(page, "Import") == "Merge"
    assert cell(page, "Conflicts (the journal keeps its own)") == "1"
    assert page.rejected_table.item(0, 0).text() == f"Circle “{circle.name}”"
    assert page.rejected_table.item(0, 1).text() == "cadence days, protected"
    assert "Nothing new to import" in page.import_status.text()
    assert not page.import_button.isEnabled()
