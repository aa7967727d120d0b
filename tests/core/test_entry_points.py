"""Entry points: `vision-journal --version` and `python -m vision_journal` answer without Qt."""

from __future__ import annotations

import subprocess
import sys

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
