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
from vision_journal.core.keys import KdfParams, KeyStore
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


#: The passphrase of the journals the command-line tests make (at least 8 characters).
PASSPHRASE = "correct horse battery"
#: A cheap Argon2id, so a test's many first starts do not each spend a second on the KDF.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a `vision-journal` child: no keyring, the passphrase set."""
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "VISION_JOURNAL_PASSPHRASE": PASSPHRASE,
        **extra,
    }


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m vision_journal ARGS` to the end, as a person would from a shell."""
    return subprocess.run(
        [sys.executable, "-m", "vision_journal", *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env or cli_env(),
        timeout=120,
    )


def passphrase_journal(paths: JournalPaths) -> bytes:
    """A journal locked by PASSPHRASE (no keyring), closed; returns its key."""
    key = KeyStore(paths).create_with_passphrase(PASSPHRASE, FAST_KDF)
    Journal.open(paths, key).close()
    return key


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file below `folder` (and the folder itself) with its mode and bytes.

    The bytes of a `-shm` file are left out: it is SQLite's shared-memory index of the log,
    holding no journal content, and every reader of a log (any SELECT) marks its place in
    it; it is rebuilt from the log whenever it is found stale.
    """
    found = {".": (folder.stat().st_mode, b"")}
    for path in sorted(folder.rglob("*")):
        data = path.read_bytes() if path.is_file() and not path.name.endswith("-shm") else b""
        found[str(path.relative_to(folder))] = (path.stat().st_mode, data)
    return found
