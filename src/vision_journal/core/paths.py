"""Where a journal's files live: the platform's user data folder, or `--data-dir`.

Nothing is created on import; `JournalPaths.ensure()` makes the folder (private, 0700) when
a journal is actually opened.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "vision-journal"


def location_file() -> Path:
    """Where the app remembers a journal folder chosen on the first run (not the journal)."""
    from platformdirs import user_config_path

    return user_config_path(APP_DIR_NAME, appauthor=False) / "location.json"


def remembered_data_dir() -> Path | None:
    """The journal folder chosen on the first run, if one was chosen and is readable."""
    try:
        data = json.loads(location_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = data.get("data_dir") if isinstance(data, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def remember_data_dir(folder: Path) -> None:
    """Remember the journal folder for the next start (written atomically)."""
    target = location_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"data_dir": str(folder)}), encoding="utf-8")
    os.replace(temporary, target)


def default_data_dir() -> Path:
    """The user data folder of this platform (e.g. ~/.local/share/vision-journal)."""
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False)


@dataclass(frozen=True, slots=True)
class JournalPaths:
    """Every path of one journal, all below `data_dir` so `--data-dir` moves them all."""

    data_dir: Path

    @property
    def database(self) -> Path:
        """The journal database."""
        return self.data_dir / "journal.sqlite3"

    @property
    def wal_file(self) -> Path:
        """SQLite's write-ahead log of the database (holds committed pages until checkpoint)."""
        return self.data_dir / "journal.sqlite3-wal"

    @property
    def shm_file(self) -> Path:
        """SQLite's shared-memory index of the write-ahead log."""
        return self.data_dir / "journal.sqlite3-shm"

    @property
    def key_file(self) -> Path:
        """How the journal key is kept: its fingerprint, and the key wrapped by a passphrase."""
        return self.data_dir / "journal.key"

    @property
    def lock_file(self) -> Path:
        """The single-instance lock of the window."""
        return self.data_dir / "vision-journal.lock"

    @property
    def settings_file(self) -> Path:
        """Window geometry and other per-machine preferences (no journal text)."""
        return self.data_dir / "window.ini"

    @property
    def backups_dir(self) -> Path:
        """Automatic backups."""
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        """Log files (never journal text)."""
        return self.data_dir / "logs"

    def ensure(self) -> None:
        """Create the data folder, private to the user."""
        ensure_private_dir(self.data_dir)

    def ensure_backups_dir(self) -> Path:
        """Create the backups folder (0700) and return it."""
        self.ensure()
        return ensure_private_dir(self.backups_dir)

    def ensure_logs_dir(self) -> Path:
        """Create the logs folder (0700) and return it."""
        self.ensure()
        return ensure_private_dir(self.logs_dir)


def ensure_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) private to the user (0700, whatever the umask was).

    A folder that exists already keeps its mode: it may be shared (someone passing
    `--data-dir /tmp`), and what the journal puts in it is private (0600) on its own.
    """
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return folder
    # mkdir's mode is masked by the umask, so set it explicitly afterwards.
    os.chmod(folder, 0o700)
    return folder


def make_private(path: Path) -> None:
    """Make the file at `path` private (0600), creating it empty if it is missing."""
    if not path.parent.is_dir():
        return  # nothing to protect yet; whoever creates the folder makes it private
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        if os.name != "nt":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
