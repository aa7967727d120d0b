"""Single instance: the lock is private, released on exit, and activation raises the window."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vision_journal.core.paths import JournalPaths
from vision_journal.ui.single_instance import SingleInstance, bring_to_front


def test_lock_is_private_and_released(paths: JournalPaths, qtbot: QtBot) -> None:
    paths.ensure()
    first = SingleInstance(paths.lock_file)
    assert first.acquire()
    assert stat.S_IMODE(paths.lock_file.stat().st_mode) == 0o600
    first.release()
    second = SingleInstance(paths.lock_file)
    assert second.acquire()
    second.release()


# The offscreen platform cannot raise a window and says so; the rest is checked.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_activation_brings_the_window_to_the_front(paths: JournalPaths, qtbot: QtBot) -> None:
    paths.ensure()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    first = SingleInstance(paths.lock_file)
    assert first.acquire()
    first.activation_requested.connect(lambda: bring_to_front(window))
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert not SingleInstance(paths.lock_file).acquire()
        assert window.isVisible()
        assert not window.isMinimized()
    finally:
        first.release()
