"""A check-in draft survives the process being killed: what save_answers wrote comes back."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vision_journal.core import checkins
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import CheckInStatus

ANSWER = "Called Gran myself 👵\n  — and wrote to Lucía without help. مرحبا"

WRITER = """
import datetime as dt, sys, time
from pathlib import Path
from vision_journal.core import checkins
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

now = dt.datetime(2026, 11, 18, 14, 30)
journal = Journal.open(
    JournalPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]), clock=lambda: now
)
prompt = checkins.ensure_default_prompts(journal)[0]
check_in = checkins.open_checkin(journal, dt.date(2026, 11, 9))
answer = sys.stdin.readline().rstrip("\\n").replace("\\\\n", "\\n")
checkins.save_answers(journal, check_in.id, {prompt.id: answer}, checkins.Ratings(reliance=2))
print(check_in.id, flush=True)
while True:  # typing on: the process is killed before it ever closes the journal
    time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_process_leaves_the_draft_exactly_as_saved(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    # The child has no keyring: it gets the key the parent keeps in the test keyring.
    key = KeyStore(JournalPaths(folder)).create_with_keyring()
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), key.hex()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    try:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(ANSWER.replace("\n", "\\n") + "\n")
        process.stdin.flush()
        line = process.stdout.readline()  # blocks until the answer was committed
        assert line.strip(), process.stderr.read() if process.stderr else ""
        checkin_id = int(line)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=30)
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert process.returncode == -signal.SIGKILL

    journal = Journal.open(JournalPaths(folder), clock=lambda: dt.datetime(2026, 11, 18, 15, 0))
    try:
        resumed = checkins.open_checkin(journal, dt.date(2026, 11, 12))
        assert resumed.id == checkin_id
        assert resumed.status is CheckInStatus.DRAFT
        [answer] = resumed.answers
        assert answer.text == ANSWER
        assert resumed.rating_reliance == 2
        assert journal.drafts() == {}  # the check-in row is the draft; nothing else lingers
    finally:
        journal.close()
