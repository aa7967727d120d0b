"""Atomic writes: with a failure injected at each step, the target holds the old bytes or the
new ones, never a part, and no temporary file is left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vision_journal.core import atomic
from vision_journal.core.atomic import atomic_writer, write_atomically

OLD = b"old contents\n" * 100
NEW = b"new contents\n" * 1000


class InjectedError(Exception):
    """The failure a test injects."""


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "summary.md"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "summary.md")


def test_writes_the_new_bytes_privately(target: Path) -> None:
    write_atomically(target, NEW)
    assert target.read_bytes() == NEW
    assert leftovers(target.parent) == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_creates_a_file_that_did_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    write_atomically(path, NEW)
    assert path.read_bytes() == NEW


def write_half_then(target: Path, error: BaseException) -> None:
    with atomic_writer(target) as out:
        out.write(NEW[:100])
        raise error


def test_failure_while_writing_keeps_the_old_file(target: Path) -> None:
    with pytest.raises(InjectedError):
        write_half_then(target, InjectedError())
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_interrupt_while_writing_keeps_the_old_file(target: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        write_half_then(target, KeyboardInterrupt())
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_failed_fsync_keeps_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_fsync(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomically(target, NEW)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_failed_replace_keeps_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_replace(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, NEW)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_failed_folder_fsync_after_replace_leaves_the_whole_new_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    calls: list[int] = []

    def fsync_failing_second(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the first call is the file's, the second the folder's
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync_failing_second)
    with pytest.raises(OSError, match="Input/output"):
        write_atomically(target, NEW)
    assert target.read_bytes() == NEW
    assert leftovers(target.parent) == []


def test_missing_folder_fails_without_creating_anything(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nowhere" / "file.pdf", NEW)
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("size", [0, 1, 65536 * 3 + 7])
def test_streamed_writes_arrive_whole(tmp_path: Path, size: int) -> None:
    path = tmp_path / "big.bin"
    data = bytes(i % 251 for i in range(size))
    with atomic_writer(path) as out:
        for start in range(0, size, 4096):
            out.write(data[start : start + 4096])
    assert path.read_bytes() == data
