"""R15: a journal is created once.

The attack that found it: two `vision-journal import … --data-dir D` started at the same
moment on a folder without a journal. Each made its own key; the key file and the database
ended under different keys, one process printed "Imported 5 sessions" and the journal could
never be opened again.

Here two command-line imports and a window start (the window's own key flow and dialogs,
answered as a person would) are released at the same moment on a new folder, run after run.
Afterwards there is one key file and one database, the journal opens and passes its checks,
and everything a process acknowledged (printed after its commit) is in it.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from tests.reliability.conftest import PASSPHRASE, cli_env, posix_only
from vision_journal.core import backup
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths

#: How many first starts in a row (`tests/reliability/attacks.py` runs 50).
FIRST_START_RUNS = int(os.environ.get("VJ_FIRST_START_RUNS", "10"))

CHATGPT = Path(__file__).parent.parent / "fixtures" / "imports" / "chatgpt_conversations.json"
CLAUDE = Path(__file__).parent.parent / "fixtures" / "imports" / "claude_conversations.json"

#: Waits for the starting gun (a line on stdin), then runs the command line's main.
IMPORTER = """
import sys
sys.stdin.readline()
from vision_journal.__main__ import main
sys.exit(main(sys.argv[1:]))
"""

#: The window's start: its key flow with its real dialogs, each answered as a person would
#: (a new journal: "protect it with a passphrase"; an existing one: its passphrase). After
#: the journal opened, one draft is saved and acknowledged.
WINDOW = """
import sys
sys.stdin.readline()
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.dialogs.unlock_dialog import ProtectionDialog, UnlockDialog
from vision_journal.ui.unlock import open_journal

app = QApplication([])
passphrase = sys.argv[2]


def answer():
    for widget in app.topLevelWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, ProtectionDialog):
            widget.passphrase_button.setChecked(True)
            widget.passphrase_edit.setText(passphrase)
            widget.repeat_edit.setText(passphrase)
            widget.buttons.accepted.emit()
        elif isinstance(widget, UnlockDialog):
            widget.passphrase_edit.setText(passphrase)
            widget.buttons.accepted.emit()
        elif isinstance(widget, QMessageBox):
            print("message:", widget.text().replace(chr(10), " "), flush=True)
            widget.reject()


timer = QTimer()
timer.timeout.connect(answer)
timer.start(5)
journal = open_journal(JournalPaths(Path(sys.argv[1])))
if journal is not None:
    journal.save_draft("window", "saved by the window")
    print("saved window", flush=True)
    journal.close()
"""


def _start(code: str, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(QT_QPA_PLATFORM="offscreen"),
    )


def _first_start(folder: Path) -> tuple[set[str], list[str]]:
    """Release two imports and a window on `folder` at once; what they acknowledged."""
    processes = {
        "chatgpt": _start(IMPORTER, "import", "chatgpt", CHATGPT, "--data-dir", folder),
        "claude": _start(IMPORTER, "import", "claude", CLAUDE, "--data-dir", folder),
        "window": _start(WINDOW, folder, PASSPHRASE),
    }
    for process in processes.values():  # the starting gun, as close together as can be
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    acknowledged: set[str] = set()
    failures: list[str] = []
    for name, process in processes.items():
        out, err = process.communicate(timeout=120)
        assert "Traceback" not in err, err
        if name == "window":
            if "saved window" in out:
                acknowledged.add(name)
            else:
                failures.append(f"window: {out} {err}")
        elif process.returncode == 0 and "Imported" in out:
            acknowledged.add(name)
        else:
            failures.append(f"{name}: exit {process.returncode}: {err.strip()}")
    return acknowledged, failures


@posix_only
def test_simultaneous_first_starts_make_one_journal_that_holds_every_acknowledged_write(
    tmp_path: Path,
) -> None:
    held = 0
    for run in range(FIRST_START_RUNS):
        paths = JournalPaths(tmp_path / f"run{run}")
        acknowledged, failures = _first_start(paths.data_dir)
        assert acknowledged, failures  # the race may refuse a process, never all of them
        assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
            "journal.key",
            "journal.sqlite3",
        ]
        key = KeyStore(paths).key_from_passphrase(PASSPHRASE)
        assert backup.check(paths, key).is_ok
        journal = Journal.open(paths, key)
        try:
            everything = journal.uses_between(dt.date(1970, 1, 1), dt.date(2100, 1, 1))
            sources = {use.source.value for use in everything}
            draft = journal.draft("window")
        finally:
            journal.close()
        for name in acknowledged - {"window"}:
            assert name in sources, (run, name, sources)
        if "window" in acknowledged:
            assert draft == "saved by the window", run
        held += len(acknowledged) == 3
    # Nothing here makes a process give up: a loser waits for the winner and opens its
    # journal, so every process of every run is acknowledged.
    assert held == FIRST_START_RUNS
