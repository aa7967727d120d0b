"""R9: exports are atomic. Failures are injected at each step of temp file, fsync and
replace; a large export is SIGKILLed. The destination is always the old or the new file,
and no temporary file is left."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import kill, posix_only, spawn
from vision_journal.core import atomic

OLD = b"old export\n" * 100


@pytest.mark.parametrize("step", ["mkstemp", "write", "fsync", "replace"])
def test_failure_at_each_step_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "summary.md"
    target.write_bytes(OLD)

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if step == "mkstemp":
        monkeypatch.setattr(atomic.tempfile, "mkstemp", boom)
    elif step == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", boom)
    elif step == "replace":
        monkeypatch.setattr(atomic.os, "replace", boom)

    def export() -> None:
        with atomic.atomic_writer(target) as out:
            out.write(b"new" * 1000)
            if step == "write":
                boom()

    with pytest.raises(OSError, match="No space"):
        export()
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.md"]


EXPORTER = """
import sys
from vision_journal.core.atomic import atomic_writer
print("ready", flush=True)
while True:
    with atomic_writer(sys.argv[1]) as out:
        for _ in range(200):
            out.write(b"N" * 65536)
"""


@posix_only
def test_sigkill_during_a_large_export_leaves_old_or_new(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "data.json"
    target.write_bytes(OLD)
    rng = random.Random(9)
    for _ in range(5):
        exporter = spawn(EXPORTER, str(target))
        assert exporter.stdout is not None
        assert exporter.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        kill(exporter)
        data = target.read_bytes()
        assert data == OLD or data == b"N" * 65536 * 200
    # A SIGKILL cannot clean up: a leftover may exist, named so it is recognisable and
    # never mistaken for the export itself.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "data.json"]
    assert all(name.endswith(atomic.TEMP_SUFFIX) for name in leftovers)
    assert os.path.exists(target)
