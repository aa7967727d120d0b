"""Test set-up: offscreen Qt, every path under tmp_path, an in-memory keyring, a fixed clock.

Nothing a test does may touch the real home directory or keyring: HOME and the XDG folders
point into the test's tmp_path before anything reads them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

# The suite is the gate for landing: it must give the same answer on every run. Hypothesis
# therefore draws the same examples each time (`derandomize`); exploring new ones is a
# deliberate run: `HYPOTHESIS_PROFILE=explore pytest`.
settings.register_profile("gate", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))

#: A Wednesday, so "this week" has days before and after it.
FIXED_NOW = dt.datetime(2026, 11, 18, 14, 30)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict, for tests only."""

    priority = 1  # type: ignore[assignment]
    vision_journal_trusted = True  # stands in for a secure system keyring

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path) -> JournalPaths:
    """The paths of a fresh journal under tmp_path."""
    return JournalPaths(tmp_path / "journal")


@pytest.fixture
def journal(paths: JournalPaths) -> Iterator[Journal]:
    """A fresh, empty journal whose clock stands still at FIXED_NOW."""
    opened = Journal.open(paths, clock=lambda: FIXED_NOW)
    yield opened
    opened.close()
