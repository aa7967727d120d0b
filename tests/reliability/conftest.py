"""Helpers of the reliability tests: keys of test journals, subprocess writers, SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths

#: The crash loops' iteration count (RELIABILITY.md: 25 in CI).
CRASH_ITERATIONS = int(os.environ.get("VJ_CRASH_ITERATIONS", "25"))
FIXTURES = Path(__file__).parent.parent / "fixtures" / "schemas"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def key_of(paths: JournalPaths) -> bytes:
    """The key of a journal kept in the test keyring (tests/conftest.py)."""
    return KeyStore(paths).key_from_keyring()


@pytest.fixture
def created(paths: JournalPaths) -> Iterator[JournalPaths]:
    """A journal that exists, closed, its key in the in-memory keyring."""
    Journal.open(paths).close()
    return paths


def spawn(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A Python child running `code` with `args`; its stdout is read line by line."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def kill(process: subprocess.Popen[str]) -> tuple[list[str], str]:
    """SIGKILL `process`; returns the lines it printed (acknowledgements) and its stderr."""
    process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    return out.splitlines(), err
