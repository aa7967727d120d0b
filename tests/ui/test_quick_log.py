"""Log in seconds: a typical AI use or human connection takes at most four key presses or
clicks after the shortcut, counted here through the real dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from tests.ui.conftest import visible_dialog
from vision_journal.core.journal import Journal
from vision_journal.core.records import AiUseInput, ConnectionMode, Sphere, UsePurpose
from vision_journal.ui.dialogs.connection_dialog import ConnectionDialog
from vision_journal.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


class Presses:
    """Counts each click and key press a person makes."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget) -> None:
        self.count += 1
        self._qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.count += 1
        self._qtbot.keyClick(widget, key)


def test_a_typical_ai_use_takes_four_presses_after_ctrl_l(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = visible_dialog(window)
    assert dialog is not None
    assert dialog.details.isHidden()  # everything else waits under "More"
    claude = next(t for t in seeded.tools() if t.name == "Claude")
    presses = Presses(qtbot)
    presses.click(dialog.tool_chips.chips[claude.id])
    presses.click(dialog.minute_chips.chips[30])
    presses.click(dialog.purpose_chips.chips[UsePurpose.DRAFT_MESSAGE])
    presses.key(dialog, Qt.Key.Key_Return)
    assert presses.count <= 4
    assert not dialog.isVisible()
    [logged] = seeded.list_uses()
    assert (logged.tool_id, logged.minutes, logged.purpose) == (
        claude.id,
        30,
        UsePurpose.DRAFT_MESSAGE,
    )


def test_the_most_used_tool_and_purpose_come_first_and_are_chosen(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    claude = next(t for t in seeded.tools() if t.name == "Claude")
    for hours in (1, 2):
        seeded.log_use(
            AiUseInput(
                FIXED_NOW - dt.timedelta(hours=hours),
                10,
                claude.id,
                UsePurpose.TRANSLATE,
                Sphere.PERSONAL,
            )
        )
    dialog = window.open_log_dialog()
    assert next(iter(dialog.tool_chips.chips)) == claude.id
    assert next(iter(dialog.purpose_chips.chips)) is UsePurpose.TRANSLATE
    presses = Presses(qtbot)
    presses.key(dialog, Qt.Key.Key_Return)  # the same again: one press
    assert presses.count == 1
    latest = seeded.list_uses()[0]
    assert (latest.tool_id, latest.purpose, latest.minutes) == (
        claude.id,
        UsePurpose.TRANSLATE,
        15,
    )


def test_about_someone_and_more_are_one_step_each(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = window.open_log_dialog()
    family = next(c for c in seeded.circles() if c.name == "Family")
    dialog.circle.setCurrentIndex(dialog.circle.findData(family.id))
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    qtbot.keyClicks(dialog.note, "Birthday card, my words first")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [logged] = seeded.list_uses()
    assert logged.circle_id == family.id
    assert logged.sphere is Sphere.PERSONAL  # follows the circle
    assert logged.note == "Birthday card, my words first"


def test_a_human_connection_takes_four_presses_after_ctrl_shift_l(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    [dialog] = [d for d in window.findChildren(ConnectionDialog) if d.isVisible()]
    assert dialog.details.isHidden()
    colleagues = next(c for c in seeded.circles() if c.name == "Colleagues")
    presses = Presses(qtbot)
    presses.click(dialog.circle_chips.chips[colleagues.id])
    presses.click(dialog.mode_chips.chips[ConnectionMode.VIDEO])
    presses.click(dialog.minute_chips.chips[60])
    presses.key(dialog, Qt.Key.Key_Return)
    assert presses.count <= 4
    [logged] = seeded.connections()
    assert (logged.circle_id, logged.mode, logged.minutes) == (
        colleagues.id,
        ConnectionMode.VIDEO,
        60,
    )
