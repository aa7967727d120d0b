"""Window fixtures: a main window on a fresh journal, closed and released after the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, CircleInput, Sphere, ToolKind
from vision_journal.ui.dialogs.use_dialog import UseDialog
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.translations import install_translations


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp: QApplication) -> None:
    """English as the app shows it: its catalogue words the %n plurals ("1 day", "2 days")."""
    install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def visible_dialog(window: MainWindow) -> UseDialog | None:
    """The use dialog that is open now (closed ones linger until Qt deletes them)."""
    shown = [d for d in window.findChildren(UseDialog) if d.isVisible()]
    return shown[-1] if shown else None


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    """A journal with two tools and two circles."""
    journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))
    journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
    journal.save_circle(CircleInput("Colleagues", Sphere.PROFESSIONAL))
    return journal


@pytest.fixture
def window(qtbot: QtBot, seeded: Journal, paths: JournalPaths) -> Iterator[MainWindow]:
    """The main window on the seeded journal, shown."""
    main = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
