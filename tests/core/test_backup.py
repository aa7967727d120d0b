"""Backups: names, rotation, the age reminder, checks, and a plaintext journal's encryption."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from vision_journal.core import backup, keys
from vision_journal.core.db.migrate import FileKind, file_kind
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schemas" / "0001.sqlite3"


def _key(paths: JournalPaths) -> bytes:
    return keys.KeyStore(paths).key_from_keyring()


def test_daily_backup_once_a_day_and_rotation_keeps_7_daily_4_weekly(
    paths: JournalPaths,
) -> None:
    Journal.open(paths).close()
    key = _key(paths)
    start = dt.datetime(2026, 1, 1, 12, 0)
    for day in range(60):
        moment = start + dt.timedelta(days=day)
        assert backup.backup_if_due(paths, key, moment) is not None
        assert backup.backup_if_due(paths, key, moment + dt.timedelta(hours=1)) is None
    kept = backup.list_backups(paths)
    days = [b.taken_at.date() for b in kept]
    assert days[:7] == [(start + dt.timedelta(days=59 - n)).date() for n in range(7)]
    assert len(kept) == 7 + 4
    weeks = {d.isocalendar()[:2] for d in days[7:]}
    assert len(weeks) == 4


def test_reminder_when_the_last_backup_is_older_than_a_week(paths: JournalPaths) -> None:
    Journal.open(paths).close()
    now = dt.datetime(2026, 11, 18, 12, 0)
    assert not backup.needs_reminder(paths, now)  # never backed up: a new journal
    backup.create_backup(paths, _key(paths), now=now - dt.timedelta(days=8))
    assert backup.last_backup_age(paths, now) == dt.timedelta(days=8)
    assert backup.needs_reminder(paths, now)
    backup.create_backup(paths, _key(paths), now=now - dt.timedelta(days=1))
    assert not backup.needs_reminder(paths, now)


def test_check_reports_ok_for_a_sound_journal(paths: JournalPaths) -> None:
    Journal.open(paths).close()
    assert backup.check(paths, _key(paths)).is_ok
    assert not backup.check(paths, keys.new_key()).is_ok


def test_plaintext_journal_is_encrypted_on_open_after_a_backup(paths: JournalPaths) -> None:
    paths.ensure()
    shutil.copyfile(FIXTURE, paths.database)
    journal = Journal.open(paths)
    journal.close()
    assert file_kind(paths.database) is FileKind.OTHER
    # One backup before encrypting, and one before each later schema migration.
    taken = backup.list_backups(paths)
    assert taken
    for made in taken:
        assert made.reason == backup.PRE_MIGRATION
        assert file_kind(made.path) is FileKind.OTHER  # the backup is encrypted too
        assert backup.check_file(made.path, _key(paths)).is_ok
