"""The Vision page: typing and saving keeps revisions; unsaved text survives closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import Sphere, VisionPurpose
from vision_journal.ui.main_window import MainWindow


def test_typing_and_ctrl_s_saves_a_revision(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    page = window.vision_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    form = page.forms[Sphere.PERSONAL]
    qtbot.mouseClick(form.purposes[VisionPurpose.COMMUNICATION], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.values, "Honesty, presence")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    current = seeded.vision()
    assert current is not None
    assert current.vision.personal.values == "Honesty, presence"
    assert current.vision.personal.purposes == {VisionPurpose.COMMUNICATION}
    assert "Saved" in page.status.text()


def test_every_save_keeps_a_revision_that_can_be_brought_back(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    page = window.vision_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    form = page.forms[Sphere.PROFESSIONAL]
    qtbot.keyClicks(form.horizon, "First version")
    assert page.save()
    form.horizon.clear()
    qtbot.keyClicks(form.horizon, "Second version")
    assert page.save()
    assert len(seeded.vision_revisions()) == 2

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert page.revisions.count() == 2
    page.revisions.setCurrentRow(1)  # the older one
    assert "First version" in page.revision_view.toPlainText()
    qtbot.mouseClick(page.bring_back_button, Qt.MouseButton.LeftButton)
    assert form.horizon.toPlainText() == "First version"
    assert page.save()
    current = seeded.vision()
    assert current is not None
    assert current.vision.professional.horizon == "First version"
    assert len(seeded.vision_revisions()) == 3


def test_stakeholders_are_saved(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    form = window.vision_page.forms[Sphere.PERSONAL]
    qtbot.mouseClick(form.add_person, Qt.MouseButton.LeftButton)
    item = form.stakeholders.item(0, 0)
    assert item is not None
    item.setText("My partner")
    assert window.vision_page.save()
    current = seeded.vision()
    assert current is not None
    assert [s.name for s in current.vision.personal.stakeholders] == ["My partner"]


def test_unsaved_text_survives_closing_the_window(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    form = window.vision_page.forms[Sphere.PERSONAL]
    qtbot.keyClicks(form.values, "Not saved, but not lost")
    window.close()  # closing keeps the draft
    assert seeded.vision() is None

    again = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(again)
    restored = again.vision_page.forms[Sphere.PERSONAL].values.toPlainText()
    assert restored == "Not saved, but not lost"
    assert not again.vision_page.draft_banner.isHidden()
    assert again.vision_page.save()
    assert seeded.drafts() == {}


def test_draft_is_kept_while_typing_without_closing(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    page = window.vision_page
    qtbot.keyClicks(page.forms[Sphere.PERSONAL].horizon, "typed")
    with qtbot.waitSignal(page._draft_timer.timeout, timeout=5000):
        pass
    assert "typed" in (seeded.draft("vision.form") or "")


def test_discarding_the_restored_draft_shows_the_saved_vision(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    page = window.vision_page
    qtbot.keyClicks(page.forms[Sphere.PERSONAL].values, "draft words")
    window.close()
    again = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(again)
    qtbot.mouseClick(again.vision_page.discard_draft_button, Qt.MouseButton.LeftButton)
    assert again.vision_page.forms[Sphere.PERSONAL].values.toPlainText() == ""
    assert seeded.drafts() == {}


def test_window_remembers_its_geometry_and_opens_on_the_dashboard(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    # The offscreen screen is 800×600, so only the height has room to differ.
    window.resize(760, 580)
    size = (window.width(), window.height())
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    window.close()
    again = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(again)
    # The width is clamped by the small offscreen screen; the height shows the restore.
    assert again.height() == size[1] == 580
    assert again.stack.currentWidget() is again.dashboard_page  # shown first on launch


def test_a_save_can_be_undone_and_redone(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    page = window.vision_page
    form = page.forms[Sphere.PERSONAL]
    qtbot.keyClicks(form.values, "Kindness")
    assert page.save()
    form.values.clear()
    qtbot.keyClicks(form.values, "Kindness, patience")
    assert page.save()
    newest = seeded.vision()
    assert newest is not None
    window.undo_action.trigger()
    current = seeded.vision()
    assert current is not None
    assert current.vision.personal.values == "Kindness"
    assert form.values.toPlainText() == "Kindness"
    window.redo_action.trigger()
    assert seeded.vision() == newest
    assert form.values.toPlainText() == "Kindness, patience"
