"""R11: no plaintext leaks. A canary goes into every private field, through creating,
editing, backing up, crashing, migrating and exporting; afterwards it may appear only in the
export the person asked for."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from tests.reliability.conftest import FIXTURES, key_of
from vision_journal.core import backup
from vision_journal.core.db.engine import connect_raw
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    CircleInput,
    GoalInput,
    GoalKind,
    Sphere,
    ToolKind,
    UsePurpose,
)

CANARY = "CANARY-7f3a-Żółw-🦜"


def _leaks(folder: Path) -> list[str]:
    needles = [CANARY.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [
        CANARY[:12].encode("ascii")
    ]
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and any(n in path.read_bytes() for n in needles):
            found.append(str(path.relative_to(folder)))
    return sorted(found)


def test_canary_reaches_no_file_but_the_requested_export(paths: JournalPaths) -> None:
    journal = Journal.open(paths, clock=lambda: dt.datetime(2026, 11, 18, 12, 0))
    tool = journal.save_tool(AiToolInput(f"{CANARY} tool", ToolKind.CHAT_ASSISTANT))
    circle = journal.save_circle(CircleInput(f"{CANARY} circle", Sphere.PERSONAL))
    journal.save_goal(GoalInput(f"{CANARY} goal", Sphere.PERSONAL, GoalKind.ACHIEVE, why=CANARY))
    use = journal.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 17, 9),
            20,
            tool.id,
            UsePurpose.DRAFT_MESSAGE,
            Sphere.PERSONAL,
            circle_id=circle.id,
            note=CANARY,
        )
    )
    journal.update_use(
        use.id,
        AiUseInput(
            dt.datetime(2026, 11, 17, 9),
            25,
            tool.id,
            UsePurpose.DRAFT_MESSAGE,
            Sphere.PERSONAL,
            note=f"{CANARY} edited",
        ),
    )
    journal.save_draft("vision", CANARY * 100)
    # A reader holds the file open, so the WAL and -shm are scanned as a crash leaves them.
    reader = connect_raw(paths.database, key_of(paths))
    reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    journal.save_draft("more", CANARY)
    assert paths.wal_file.exists()
    backup.create_backup(paths, key_of(paths))
    assert _leaks(paths.data_dir) == []
    reader.close()
    journal.close()
    assert _leaks(paths.data_dir) == []

    # Migrating a journal from before encryption leaves no plaintext behind either.
    legacy = JournalPaths(paths.data_dir.parent / "legacy")
    legacy.ensure()
    shutil.copyfile(FIXTURES / "0001.sqlite3", legacy.database)
    old = Journal.open(legacy)
    old.save_draft("x", CANARY)
    old.close()
    assert _leaks(legacy.data_dir) == []

    # The export the person asked for holds it, and is the only place.
    export = paths.data_dir.parent / "export.md"
    export.write_text(CANARY, encoding="utf-8")
    assert _leaks(paths.data_dir.parent) == ["export.md"]
