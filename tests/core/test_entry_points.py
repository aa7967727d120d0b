"""Entry points: `vision-journal --version` and `python -m vision_journal` answer without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vision_journal import __version__


def test_version_prints_and_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vision_journal", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"vision-journal {__version__}"


def test_help_names_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vision_journal", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for option in ("--data-dir", "--demo", "--version"):
        assert option in result.stdout


def test_unknown_option_fails_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vision_journal", "--frobnicate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_smoke_test_opens_an_encrypted_sample_journal_in_the_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "vision_journal", "--smoke-test"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0] == f"vision-journal {__version__}"
    assert any(line.startswith("sqlcipher: 4.") for line in lines)
    assert lines[-1] == "smoke test: ok"
