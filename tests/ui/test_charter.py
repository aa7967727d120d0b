"""A charter fit to share, chosen on the Export page with a live preview: by default
commitments only; the person picks spheres, sections and goals, and the file says the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vision_journal.core.export.summary import CharterSection
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    GoalInput,
    GoalKind,
    GoalStatus,
    Sphere,
    SphereVision,
    Stakeholder,
    Vision,
)
from vision_journal.ui.pages.export_page import ExportPage
from vision_journal.ui.undo import UndoHistory


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[ExportPage]:
    journal.save_vision(
        Vision(
            personal=SphereVision(
                values="Presence first.",
                horizon="Dinner without screens.",
                stakeholders=(Stakeholder("Sam", "This charter", "Late nights", "A curfew"),),
            ),
            professional=SphereVision(values="Credit where it is due."),
        )
    )
    journal.save_goal(
        GoalInput("Call Mum weekly", Sphere.PERSONAL, GoalKind.ACHIEVE, why="I miss her.")
    )
    journal.save_goal(GoalInput("Learn to touch-type", Sphere.PERSONAL, status=GoalStatus.PAUSED))
    widget = ExportPage(journal, UndoHistory(journal))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shut_down()


def _preview(qtbot: QtBot, page: ExportPage) -> str:
    assert page.charter is not None
    panel = page.charter
    qtbot.waitUntil(lambda: "Charter only" in panel.preview.toPlainText())
    return panel.preview.toPlainText()


def test_the_default_charter_previews_commitments_only(qtbot: QtBot, page: ExportPage) -> None:
    qtbot.mouseClick(page.charter_only, Qt.MouseButton.LeftButton)
    assert page.charter is not None
    assert page.charter.isVisible()
    text = _preview(qtbot, page)
    assert "Presence first." in text
    assert "A curfew" in text
    for private in ("Late nights", "I miss her.", "Learn to touch-type", "Dinner without"):
        assert private not in text
    assert "Call Mum weekly" not in text  # goals only when picked
    assert page.charter.goals.count() == 1  # the paused goal is not even offered


def test_the_choice_changes_the_preview_and_the_file(
    qtbot: QtBot, page: ExportPage, tmp_path: Path
) -> None:
    qtbot.mouseClick(page.charter_only, Qt.MouseButton.LeftButton)
    panel = page.charter
    assert panel is not None
    qtbot.mouseClick(panel.sections[CharterSection.GOALS], Qt.MouseButton.LeftButton)
    panel.goals.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(panel.spheres[Sphere.PROFESSIONAL], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Call Mum weekly" in panel.preview.toPlainText())
    assert "Credit where it is due." not in panel.preview.toPlainText()
    page.set_export_format("md")
    path = tmp_path / "charter.md"
    assert page.export_to(path)
    written = path.read_text(encoding="utf-8")
    assert "Call Mum weekly" in written
    assert "I miss her." not in written
    assert "Credit where it is due." not in written
    assert "Presence first." in written
