"""Where a journal's files live: the platform's user data folder, or `--data-dir`.

Nothing is created on import; `JournalPaths.ensure()` makes the folder (private, 0700) when
a journal is actually opened.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "vision-journal"


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
        self.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)
