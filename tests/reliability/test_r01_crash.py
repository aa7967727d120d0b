"""R1: a crash loses nothing acknowledged.

A writer process saves check-ins with their answers (one transaction each) and prints each
id only after the commit; it is SIGKILLed at a random moment, 25 times over one journal.
"""

from __future__ import annotations

import random
import time

from sqlalchemy import func, select

from tests.reliability.conftest import CRASH_ITERATIONS, key_of, kill, posix_only, spawn
from vision_journal.core import backup, checkins
from vision_journal.core.db.models import CheckInAnswerRow, CheckInRow
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

WRITER = """
import datetime as dt, sys
from pathlib import Path
from sqlalchemy import func, select
from vision_journal.core import checkins
from vision_journal.core.db.models import CheckInRow
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

key = bytes.fromhex(sys.argv[2])
folder = JournalPaths(Path(sys.argv[1]))
journal = Journal.open(folder, key, clock=lambda: dt.datetime(2026, 11, 18))
prompts = [p.id for p in checkins.ensure_default_prompts(journal)]
with journal.session() as session:
    done = session.scalar(select(func.count()).select_from(CheckInRow)) or 0
print("ready", flush=True)
for week in range(done, done + 400):
    check_in = checkins.open_checkin(journal, dt.date(2026, 11, 9) - dt.timedelta(weeks=week))
    answers = {pid: f"week {week} prompt {pid} " + "x" * 500 for pid in prompts}
    checkins.save_answers(journal, check_in.id, answers, checkins.Ratings(reliance=3))
    print(check_in.id, flush=True)
import time
time.sleep(600)
"""


@posix_only
def test_sigkill_at_random_moments_loses_no_acknowledged_check_in(created: JournalPaths) -> None:
    key = key_of(created)
    rng = random.Random(1)
    acknowledged: set[int] = set()
    for _ in range(CRASH_ITERATIONS):
        writer = spawn(WRITER, str(created.data_dir), key.hex())
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        lines, _err = kill(writer)
        acknowledged |= {int(line) for line in lines if line.strip().isdigit()}

        report = backup.check(created, key)
        assert report.is_ok, report.problems
        journal = Journal.open(created, key)
        try:
            prompt_count = len(checkins.prompts(journal))
            with journal.session() as session:
                ids = set(session.scalars(select(CheckInRow.id)))
                per_checkin = dict(
                    session.execute(
                        select(CheckInAnswerRow.checkin_id, func.count()).group_by(
                            CheckInAnswerRow.checkin_id
                        )
                    ).all()
                )
        finally:
            journal.close()
        assert acknowledged <= ids
        # All answers of a check-in or none (a fresh draft): never half an aggregate.
        assert set(per_checkin.values()) <= {prompt_count}
        assert all(per_checkin.get(i) == prompt_count for i in acknowledged)
    assert acknowledged, "the writer never got to commit; the test proved nothing"
