"""The first frame: the window keeps a snapshot of its dashboard in the journal, the next
start draws it before SQLAlchemy and the pages are loaded, and only while it is current."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.dashboard_snapshot import Snapshot, read_current
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiUseInput, Sphere, UsePurpose
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.start_window import StartWindow

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def log(journal: Journal, minutes: int, days_ago: int = 0) -> None:
    journal.log_use(
        AiUseInput(
            started_at=FIXED_NOW - dt.timedelta(days=days_ago, hours=1),
            minutes=minutes,
            tool_id=journal.tools()[0].id,
            purpose=UsePurpose.RESEARCH_LEARNING,
            sphere=Sphere.PERSONAL,
        )
    )


def current(paths: JournalPaths) -> Snapshot | None:
    key = KeyStore(paths).key_from_keyring()
    return read_current(paths.database, key, FIXED_NOW, QLocale().name())


def test_the_window_keeps_what_its_dashboard_shows_and_the_first_frame_draws_it(
    qtbot: QtBot, seeded: Journal, paths: JournalPaths
) -> None:
    for days_ago, minutes in ((0, 35), (1, 50), (2, 20)):
        log(seeded, minutes, days_ago)
    window = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(window)
    window.show()
    page = window.dashboard_page
    assert window.keep_snapshot()
    snapshot = current(paths)
    assert snapshot is not None
    first = StartWindow(snapshot, paths.settings_file)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # The same words and numbers as the dashboard: the index, its level, the week's bars.
    assert first.score_label.text() == page.score_label.text()
    assert first.score_label.isHidden() == page.score_label.isHidden()
    assert first.level_label.text() == page.level_label.text() != ""
    assert first.bars.days() == page.bars.days()
    # Wednesday's week, from Monday: all three days logged.
    assert sum(minutes for _, minutes in first.bars.days()) == 35 + 50 + 20
    assert not first.grab().isNull()


def test_a_logged_use_is_in_the_next_snapshot(
    qtbot: QtBot, seeded: Journal, paths: JournalPaths
) -> None:
    log(seeded, 35)
    window = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(window)
    window.show()
    window.keep_snapshot()
    log(seeded, 10)
    window.refresh_dashboard()  # what every change the window hears of does
    assert current(paths) is None  # the kept one is stale now: no start would show it
    # Kept a moment after the dashboard changed, not while the use is being saved.
    qtbot.waitUntil(lambda: current(paths) is not None, timeout=5000)
    snapshot = current(paths)
    assert snapshot is not None
    assert sum(minutes for _, minutes in snapshot.bars) == 45


def _start(data_dir: Path, keyring_file: Path, code: str) -> list[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(BENCHMARKS), os.environ.get("PYTHONPATH", "")]),
        "PYTHON_KEYRING_BACKEND": "bench_keyring.FileKeyring",
        "VISION_JOURNAL_BENCH_KEYRING": str(keyring_file),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


#: A start of the window that quits once its first frame is drawn, then says what it loaded.
FIRST_FRAME = """
import os, sys
from pathlib import Path
os.environ["VISION_JOURNAL_EXIT_AFTER_FIRST_FRAME"] = "1"
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.start import run
code = run(JournalPaths(Path(sys.argv[1])))
print("sqlalchemy" in sys.modules, "vision_journal.ui.main_window" in sys.modules, code)
"""

#: A whole start that quits once the window is shown (it keeps its snapshot on the way out).
WHOLE = """
import os, sys
from pathlib import Path
os.environ["VISION_JOURNAL_EXIT_AFTER_START"] = "1"
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.start import run
print(run(JournalPaths(Path(sys.argv[1]))))
"""

#: Another process writes (as the command line would): a use logged now. The first time,
#: it makes the journal (its key goes to the keyring) and marks its setup done.
OTHER_WRITE = """
import datetime as dt, sys
from pathlib import Path
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, AiUseInput, Sphere, ToolKind, UsePurpose
from vision_journal.core.setup import mark_setup_done
journal = Journal.open(JournalPaths(Path(sys.argv[1])))
tools = journal.tools() or [journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))]
journal.log_use(AiUseInput(journal.now() - dt.timedelta(minutes=30), 25, tools[0].id,
    UsePurpose.RESEARCH_LEARNING, Sphere.PERSONAL))
if not journal.settings().has_completed_setup:
    mark_setup_done(journal)
journal.close()
"""


@pytest.mark.slow
def test_the_first_frame_needs_no_sqlalchemy_and_is_never_stale(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text("{}", encoding="utf-8")
    # A journal made like any other, its key in the keyring, with a use logged today.
    _start(data_dir, keyring_file, OTHER_WRITE)
    # The first start has no snapshot: its first frame is the whole window.
    assert _start(data_dir, keyring_file, FIRST_FRAME) == ["True True 0"]
    # It kept one on the way out; the next start draws it before loading the rest.
    assert _start(data_dir, keyring_file, WHOLE) == ["0"]
    assert _start(data_dir, keyring_file, FIRST_FRAME) == ["first frame: snapshot", "False False 0"]
    # Another process writes: the snapshot no longer matches, the start computes afresh.
    _start(data_dir, keyring_file, OTHER_WRITE)
    assert _start(data_dir, keyring_file, FIRST_FRAME) == ["True True 0"]
    assert json.loads(keyring_file.read_text(encoding="utf-8"))  # the key came from there
