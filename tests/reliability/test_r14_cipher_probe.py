"""R14: the crypto is SQLCipher 4.x. Here from the venv; the packaging test runs the same
probe inside the built bundle (`python -m vision_journal.core.probe`)."""

from __future__ import annotations

import subprocess
import sys

from vision_journal.core.probe import cipher_version


def test_cipher_version_is_sqlcipher_4() -> None:
    assert cipher_version().startswith("4.")


def test_probe_runs_as_a_program_and_reports_4x() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vision_journal.core.probe"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("sqlcipher 4.")
