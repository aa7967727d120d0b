"""Run the attacks of the second reliability pass against the installed `vision-journal`.

```
python tests/reliability/attacks.py [--command PATH] [--runs 50]
```

Each attack is run the way it was found, in real processes of the installed command (and,
where the window takes part, the window's own start-up code in a process of the same
Python), and prints one line: `held` or `BROKEN`, the promise, what was done and what was
seen. The exit status is 0 when every line reads `held`. Attacks that need to mount a small
tmpfs say `skipped` where mounting is not permitted (only as root).

The pytest suite proves the same promises (tests/reliability/test_r15_* … test_r19_*); this
script is for trying a built or installed copy by hand, with the full 50 first starts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.reliability.conftest import PASSPHRASE, cli_env, passphrase_journal, snapshot
from tests.reliability.test_r15_first_start import CHATGPT, CLAUDE, WINDOW
from tests.reliability.test_r16_looking_never_writes import WAL_WRITER
from tests.reliability.test_r18_failures_read_as_messages import HOLDER
from tests.reliability.test_r19_killed_work_leaves_no_litter import KILLED_WORK
from vision_journal.core import backup
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths

#: Opens the journal in the main window under umask 022 and closes it (the geometry is saved).
WINDOW_SETTINGS = """
import os, sys
sys.stdin.readline()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.main_window import MainWindow
os.umask(0o022)
app = QApplication([])
paths = JournalPaths(Path(sys.argv[1]))
journal = Journal.open(paths, KeyStore(paths).key_from_passphrase(sys.argv[2]))
window = MainWindow(journal, paths.settings_file)
window.show()
app.processEvents()
window.close()
journal.close()
print("closed", flush=True)
"""

Outcome = tuple[bool | None, str]  # held (None: skipped), what was seen


class Attacks:
    """The attacks, run in a scratch folder with the command under test."""

    def __init__(self, command: list[str], python: str, runs: int, scratch: Path) -> None:
        self.command = command
        self.python = python
        self.runs = runs
        self.scratch = scratch
        self.count = 0

    # helpers -------------------------------------------------------------------------------

    def folder(self) -> Path:
        self.count += 1
        return self.scratch / f"a{self.count}"

    def run(self, *args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        done = subprocess.run(
            [*self.command, *map(str, args)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env or cli_env(),
            timeout=300,
        )
        return done.returncode, done.stdout, done.stderr

    def start(self, *args: str | Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*self.command, *map(str, args)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )

    def child(self, code: str, *args: str | Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [self.python, "-c", code, *map(str, args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(QT_QPA_PLATFORM="offscreen"),
        )

    @staticmethod
    def clean(code: int, err: str, *words: str) -> bool:
        lowered = err.lower()
        return code == 1 and "Traceback" not in err and all(w.lower() in lowered for w in words)

    def journal(self) -> tuple[JournalPaths, bytes]:
        paths = JournalPaths(self.folder())
        return paths, passphrase_journal(paths)

    # R15 ---------------------------------------------------------------------------------------

    def first_starts(self) -> Outcome:
        acknowledged = present = 0
        for _ in range(self.runs):
            paths = JournalPaths(self.folder())
            starts = {
                # The installed command itself, started back to back: they meet while
                # each is still making the journal.
                "chatgpt": self.start("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir),
                "claude": self.start("import", "claude", CLAUDE, "--data-dir", paths.data_dir),
                "window": self.child(WINDOW, paths.data_dir, PASSPHRASE),
            }
            window = starts["window"]
            assert window.stdin is not None
            window.stdin.write("go\n")
            window.stdin.flush()
            said = set()
            for name, process in starts.items():
                out = process.communicate(timeout=300)[0]
                if "Imported" in out or "saved window" in out:
                    said.add(name)
            acknowledged += len(said)
            files = sorted(p.name for p in paths.data_dir.iterdir() if p.is_file())
            if files != ["journal.key", "journal.sqlite3"]:
                return False, f"files after a first start: {files}"
            key = KeyStore(paths).key_from_passphrase(PASSPHRASE)
            journal = Journal.open(paths, key)
            try:
                uses = journal.uses_between(dt.date(1970, 1, 1), dt.date(2100, 1, 1))
                found = {u.source.value for u in uses} | (
                    {"window"} if journal.draft("window") else set()
                )
            finally:
                journal.close()
            present += len(said & found)
        return (
            present == acknowledged == 3 * self.runs,
            f"{self.runs} runs of 2 imports + 1 window start at once: one key and one "
            f"database each time, {present} of {acknowledged} acknowledged writes present "
            f"({3 * self.runs} started)",
        )

    # R16 ---------------------------------------------------------------------------------------

    def damaged_with_log(self) -> Outcome:
        paths, key = self.journal()
        journal = Journal.open(paths, key)
        for number in range(4):
            journal.save_draft(f"d{number}", f"text {number} " * 3000)
        journal.close()
        writer = self.child(WAL_WRITER, paths.data_dir, key.hex())
        assert writer.stdout is not None
        writer.stdout.readline()
        writer.send_signal(signal.SIGKILL)
        writer.communicate()
        data = bytearray(paths.database.read_bytes())
        data[len(data) // 2 + 17] ^= 0x01
        paths.database.write_bytes(bytes(data))
        before = snapshot(paths.data_dir)
        out = self.scratch / "damaged.json"
        exported = self.run("export", "--format", "json", "--out", out, "--data-dir",
                            paths.data_dir)  # fmt: skip
        checked = self.run("check", "--data-dir", paths.data_dir)
        same = snapshot(paths.data_dir) == before
        return (
            same and self.clean(*exported[::2], "damaged") and checked[0] == 1,
            "export and check of a damaged journal with a waiting log (SIGKILLed writer): "
            + ("refused, every file byte-identical" if same else "FILES CHANGED"),
        )

    def dry_run(self) -> Outcome:
        shared = self.folder()
        shared.mkdir()
        os.chmod(shared, 0o1777)
        before = snapshot(shared)
        code = self.run("import", "chatgpt", CHATGPT, "--dry-run", "--data-dir", shared)[0]
        paths, _ = self.journal()
        existing = snapshot(paths.data_dir)
        self.run("import", "chatgpt", CHATGPT, "--dry-run", "--data-dir", paths.data_dir)
        self.run("check", "--data-dir", paths.data_dir)
        same = snapshot(shared) == before and snapshot(paths.data_dir) == existing
        return (
            same and code == 0,
            "import --dry-run on a shared 1777 folder and on a journal, check: "
            + ("nothing created, no mode changed" if same else "SOMETHING WAS WRITTEN"),
        )

    # R17 ---------------------------------------------------------------------------------------

    def missing_key(self) -> Outcome:
        paths, _ = self.journal()
        paths.key_file.rename(self.scratch / f"moved-{self.count}.key")
        before = snapshot(paths.data_dir)
        code, _, err = self.run("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
        kept = snapshot(paths.data_dir) == before and not paths.key_file.exists()
        return (
            kept and self.clean(code, err, "key is missing", str(paths.key_file)),
            f"journal.key moved away, then import: {err.strip().split(': ', 2)[-1][:90]}…",
        )

    def empty_sqlite(self) -> Outcome:
        import sqlite3

        paths = JournalPaths(self.folder())
        paths.ensure()
        sqlite3.connect(paths.database).execute("VACUUM").connection.close()
        before = snapshot(paths.data_dir)
        code, _, err = self.run("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
        return (
            self.clean(code, err, "empty SQLite database") and snapshot(paths.data_dir) == before,
            "an empty plain SQLite file in the journal's place: refused, not converted",
        )

    # R18 ---------------------------------------------------------------------------------------

    def busy(self) -> Outcome:
        paths, key = self.journal()
        holder = self.child(HOLDER, paths.database, key.hex())
        assert holder.stdout is not None
        holder.stdout.readline()
        try:
            code, _, err = self.run("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.communicate()
        return (
            self.clean(code, err, "busy", f"(process {holder.pid})"),
            "import while another process holds the write lock: "
            + err.strip().split("error: ", 1)[-1][:100],
        )

    def full_disk(self) -> Outcome:
        disk = self.folder()
        disk.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
                          capture_output=True, check=False).returncode:  # fmt: skip
            return None, "full disk: mounting a small tmpfs is not permitted here"
        try:
            paths = JournalPaths(disk / "journal")
            filler = _fill(disk)
            first = self.run("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
            filler.unlink()
            key = passphrase_journal(JournalPaths(disk / "second"))
            filler = _fill(disk)
            second = JournalPaths(disk / "second")
            imported = self.run("import", "chatgpt", CHATGPT, "--data-dir", second.data_dir)
            backed_up = self.run("backup", "--data-dir", second.data_dir)
            filler.unlink()
            litter = [p.name for p in disk.rglob("*.part")]
            journal = Journal.open(second, key)
            empty = journal.count_uses() == 0
            journal.close()
            ok = all(self.clean(*r[::2], "disk is full") for r in (first, imported, backed_up))
            return (
                ok and empty and not litter,
                "a 4 MiB tmpfs filled up: first start, import and backup each say the disk is "
                "full, exit 1, nothing changed, no partial files",
            )
        finally:
            subprocess.run(["umount", "-l", str(disk)], check=False)

    def hostile_inputs(self) -> Outcome:
        paths, _ = self.journal()
        before = snapshot(paths.data_dir)
        surrogate = self.scratch / "surrogate.json"
        surrogate.write_text(
            CHATGPT.read_text(encoding="utf-8").replace("6650a1b2", "\\ud800"), encoding="utf-8"
        )
        nested = self.scratch / "nested.json"
        nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        number = self.scratch / "number.json"
        number.write_text('{"format": ' + "9" * 5000 + "}", encoding="utf-8")
        cases = [
            ("chatgpt", surrogate, "not valid Unicode"),
            ("json", nested, "nested too deeply"),
            ("json", number, "number too long"),
            ("activitywatch", number, "number too long"),
        ]
        ok = all(
            self.clean(*self.run("import", source, file, "--data-dir", paths.data_dir)[::2], word)
            for source, file, word in cases
        )
        ok = ok and snapshot(paths.data_dir) == before
        data = json.loads(paths.key_file.read_text(encoding="utf-8"))
        data["current"]["wrapped"].update(iterations=10**9, memory_cost_kib=2**40)
        paths.key_file.write_text(json.dumps(data), encoding="utf-8")
        key_code, _, key_err = self.run("check", "--data-dir", paths.data_dir)
        ok = ok and self.clean(key_code, key_err, "damaged")
        return (
            ok,
            "lone surrogate in ids, 100 000 nested arrays, a 5 000-digit number, a key file "
            "with absurd Argon2 parameters: a sentence each, exit 1, no traceback",
        )

    def smaller_points(self) -> Outcome:
        paths, _ = self.journal()
        conversations = json.loads(CHATGPT.read_text(encoding="utf-8"))
        twice = self.scratch / "twice.json"
        twice.write_text(json.dumps([conversations[0], *conversations]), encoding="utf-8")
        _, out, _ = self.run("import", "chatgpt", twice, "--dry-run", "--data-dir", paths.data_dir)
        repeats = "Already in journal: 0" in out and "repeats an earlier session" in out
        short = self.run("import", "chatgpt", CHATGPT, "--data-dir", self.folder(),
                         env=cli_env(VISION_JOURNAL_PASSPHRASE="x"))  # fmt: skip
        before = self.run("--data-dir", paths.data_dir, "export", "--format", "json", "--out",
                          self.scratch / "before.json")  # fmt: skip
        text = JournalPaths(self.folder())
        passphrase_journal(text)
        text.database.unlink()
        text.database.write_text("my notes\n" * 1000, encoding="utf-8")
        named = self.run("check", "--data-dir", text.data_dir)
        ok = (
            repeats
            and self.clean(*short[::2], "at least 8")
            and before[0] == 0
            and self.clean(*named[::2], "text file")
        )
        return (
            ok,
            "a session twice in one file, a 1-character passphrase, --data-dir before the "
            "command, a text file in the journal's place: each told as what it is",
        )

    def read_only(self) -> Outcome:
        disk = self.folder()
        disk.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
                          capture_output=True, check=False).returncode:  # fmt: skip
            return None, "read-only disk: mounting a small tmpfs is not permitted here"
        try:
            paths = JournalPaths(disk / "journal")
            passphrase_journal(paths)
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            code, _, err = self.run("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
            return (
                code == 1 and "Traceback" not in err and "read-only" in err,
                "import into a journal on a disk remounted read-only: "
                + err.strip().split("error: ", 1)[-1][:100],
            )
        finally:
            subprocess.run(["umount", "-l", str(disk)], check=False)

    def folder_in_place(self) -> Outcome:
        paths, _ = self.journal()
        paths.database.unlink()
        paths.database.mkdir()
        code, _, err = self.run("check", "--data-dir", paths.data_dir)
        export = self.run("export", "--format", "md", "--out", self.scratch / "f.md",
                          "--data-dir", paths.data_dir)  # fmt: skip
        return (
            self.clean(code, err, "is a folder") and self.clean(*export[::2], "is a folder"),
            "a folder in the journal's place: check and export say it is a folder",
        )

    def window_settings(self) -> Outcome:
        paths, _ = self.journal()
        window = self.child(WINDOW_SETTINGS, paths.data_dir, PASSPHRASE)
        out = window.communicate("go\n", timeout=300)[0]
        mode = paths.settings_file.stat().st_mode & 0o777 if paths.settings_file.exists() else 0
        return (
            mode == 0o600 and "closed" in out,
            f"the window opened and closed under umask 022: window.ini is {mode:04o}",
        )

    # R19 ---------------------------------------------------------------------------------------

    def killed_work(self) -> Outcome:
        paths, key = self.journal()
        journal = Journal.open(paths, key)
        for number in range(60):
            journal.save_draft(f"d{number}", f"text {number} " * 40_000)
        journal.close()
        made = backup.create_backup(paths, key)
        left = 0
        for what, folder, pattern, extra in (
            ("backup", paths.backups_dir, backup.PARTIAL_BACKUPS, ""),
            ("backup", paths.backups_dir, backup.PARTIAL_BACKUPS, ""),
            ("restore", paths.data_dir, backup.PARTIAL_RESTORES, str(made.path)),
        ):
            child = self.child(KILLED_WORK, paths.data_dir, key.hex(), what, folder, pattern, extra)
            assert child.stdout is not None
            child.stdout.readline()
            child.send_signal(signal.SIGKILL)
            child.communicate()
            left += len(list(folder.glob(pattern)))
        listed = [b.path for b in backup.list_backups(paths)] == [made.path]
        code, _, _ = self.run("backup", "--data-dir", paths.data_dir)
        Journal.open(paths, key).close()
        remaining = list(paths.data_dir.rglob("*.part"))
        return (
            left >= 3 and listed and code == 0 and not remaining,
            f"3 SIGKILLs during backup and restore left {left} partial files, none listed as a "
            f"backup; the next backup and start removed them ({len(remaining)} remain)",
        )


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    handle = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while True:
            os.write(handle, b"\0" * 65536)
    except OSError:
        return filler
    finally:
        os.close(handle)


def main() -> int:
    """Run every attack; print one line each; exit 0 when all held."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--command", default=shutil.which("vision-journal") or "vision-journal")
    parser.add_argument("--runs", type=int, default=50, help="first starts in a row (50)")
    args = parser.parse_args()
    command = [args.command]
    with open(args.command, "rb") as script:
        first = script.readline()
    # The window's start runs in the Python the command runs in (its shebang's).
    python = first[2:].decode().strip() if first.startswith(b"#!") else sys.executable
    with tempfile.TemporaryDirectory(prefix="vj-attacks-") as scratch:
        attacks = Attacks(command, python, args.runs, Path(scratch))
        table: list[tuple[str, Callable[[], Outcome]]] = [
            ("R15", attacks.first_starts),
            ("R16", attacks.damaged_with_log),
            ("R16", attacks.dry_run),
            ("R17", attacks.missing_key),
            ("R17", attacks.empty_sqlite),
            ("R18", attacks.busy),
            ("R18", attacks.full_disk),
            ("R18", attacks.hostile_inputs),
            ("R18", attacks.smaller_points),
            ("R18", attacks.read_only),
            ("R18", attacks.folder_in_place),
            ("R10", attacks.window_settings),
            ("R19", attacks.killed_work),
        ]
        all_held = True
        for promise, attack in table:
            try:
                held, seen = attack()
            except Exception as error:  # an attack that crashes is a broken promise
                held, seen = False, f"{attack.__name__}: {type(error).__name__}: {error}"
            word = {True: "held", False: "BROKEN", None: "skipped"}[held]
            all_held = all_held and held is not False
            print(f"{word:<7} {promise}  {seen}", flush=True)
    return 0 if all_held else 1


if __name__ == "__main__":
    sys.exit(main())
