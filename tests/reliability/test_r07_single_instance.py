"""R7: one instance at a time. A second start brings the first to the front and never opens
the database; a lock left by a SIGKILLed process is recovered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.reliability.conftest import kill, posix_only, spawn
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.single_instance import SingleInstance

HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from vision_journal.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print("locked" if instance.acquire() else "refused", flush=True)
app.exec()
"""


def test_second_start_activates_the_first(paths: JournalPaths, qtbot: QtBot) -> None:
    paths.ensure()
    first = SingleInstance(paths.lock_file)
    assert first.acquire()
    try:
        second = SingleInstance(paths.lock_file)
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert not second.acquire()
        assert not paths.database.exists()  # the refused start never got near the journal
    finally:
        first.release()


@posix_only
def test_stale_lock_of_a_killed_process_is_recovered(paths: JournalPaths, qtbot: QtBot) -> None:
    paths.ensure()
    holder = spawn(HOLDER, str(paths.lock_file), env={"QT_QPA_PLATFORM": "offscreen"})
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    kill(holder)
    assert paths.lock_file.exists()  # left behind by the crash
    again = SingleInstance(paths.lock_file)
    try:
        assert again.acquire()
    finally:
        again.release()
