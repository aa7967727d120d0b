"""The command line: export and import on the same core as the window, with no window.

```
vision-journal export --format pdf|md|html|json --out FILE [--from DATE --to DATE]
                      [--charter-only] [--data-dir DIR]
vision-journal import chatgpt|claude|activitywatch|json FILE [--dry-run] [--data-dir DIR]
vision-journal sync [--source activitywatch|firefox|chrome|...|PROFILE] [--data-dir DIR]
vision-journal status [--json] [--data-dir DIR]
```

`status` prints the dashboard's numbers now (`core.status`): today's and this week's index
and level, the warnings in force, and how many found sessions wait for review.

A journal locked by a passphrase is unlocked with `--passphrase-file FILE`, the
`VISION_JOURNAL_PASSPHRASE` environment variable, or a prompt on a terminal; never with a plain
argument. Without a secure keyring, a new journal (an import into an empty folder) is locked
by that passphrase.

Exit codes: 0 done; 1 the input, the file or the journal was not usable (the message says
what and where; nothing was written); 2 the command line itself was wrong (argparse's
convention). Only the PDF export loads Qt, and then an offscreen QGuiApplication, so the
command line runs on a machine without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from vision_journal import __version__
from vision_journal.core import backup
from vision_journal.core.atomic import write_atomically
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.export.data_json import (
    DataFormatError,
    JournalNotEmptyError,
    check_json,
    import_json,
    is_journal_empty,
    load_json_file,
    write_json_file,
)
from vision_journal.core.export.html import render_html
from vision_journal.core.export.markdown import render_markdown
from vision_journal.core.export.summary import VisionSummary, build_summary, period_text
from vision_journal.core.importing import ImportPreview, apply_import, preview_import
from vision_journal.core.imports import (
    ImportFormatError,
    parse_activitywatch,
    parse_chatgpt,
    parse_claude,
)
from vision_journal.core.journal import Journal, local_now
from vision_journal.core.keys import (
    MIN_PASSPHRASE_LENGTH,
    CreatedMeanwhileError,
    KeyringFailedError,
    KeyStore,
    NoKeyringError,
    PassphraseRequiredError,
)
from vision_journal.core.paths import JournalPaths, default_data_dir, remembered_data_dir

COMMANDS = frozenset({"export", "import", "backup", "restore", "check", "sync", "status"})

#: The environment variable a script may set to unlock a passphrase-protected journal.
PASSPHRASE_ENV = "VISION_JOURNAL_PASSPHRASE"

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

FORMAT_NAMES = {
    "pdf": "PDF",
    "md": "Markdown",
    "html": "HTML",
    "json": "JSON data",
}


def is_cli_command(argv: Sequence[str]) -> bool:
    """True when `argv` (without the program name) asks for a command-line command."""
    return bool(argv) and argv[0] in COMMANDS


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from None


def build_parser() -> argparse.ArgumentParser:
    """The parser of the `export` and `import` commands."""
    parser = argparse.ArgumentParser(
        prog="vision-journal",
        description="Export or import Vision Journal data without opening the window.",
    )
    parser.add_argument("--version", action="version", version=f"vision-journal {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="the journal folder (default: the folder the window uses)",
    )
    common.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the journal's passphrase from FILE (or set {PASSPHRASE_ENV}); "
        "on a terminal it is asked for",
    )

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write the vision summary (pdf, md, html) or all data (json)",
        description="Write the vision summary as PDF, Markdown or HTML, or all the journal's "
        "data as JSON. The file is written atomically: if anything fails, an existing file "
        "is left as it was.",
    )
    export.add_argument("--format", required=True, choices=sorted(FORMAT_NAMES))
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    export.add_argument(
        "--from",
        dest="first_day",
        type=_day,
        metavar="DATE",
        help="first day of the summary's period (default: 12 weeks before --to)",
    )
    export.add_argument(
        "--to", dest="last_day", type=_day, metavar="DATE", help="last day (default: today)"
    )
    export.add_argument(
        "--charter-only",
        action="store_true",
        help="leave out every private log (uses, connections, notes, check-ins, numbers), "
        "for sharing",
    )

    importer = commands.add_parser(
        "import",
        parents=[common],
        help="import AI use from an export, or a JSON data file into an empty journal",
        description="Import AI-use sessions from a ChatGPT or Claude data export "
        "(conversations.json or the .zip) or an ActivityWatch export; or a Vision Journal "
        "JSON data file into an empty journal. The preview is printed first; the import is "
        "one transaction, and importing the same file again adds nothing.",
    )
    importer.add_argument("source", choices=["chatgpt", "claude", "activitywatch", "json"])
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument(
        "--dry-run", action="store_true", help="print the preview and write nothing"
    )
    importer.add_argument(
        "--gap-minutes",
        type=int,
        default=30,
        metavar="N",
        help="a pause of more than N minutes starts a new session (default 30)",
    )
    commands.add_parser(
        "backup",
        parents=[common],
        help="make an encrypted backup of the journal now",
        description="Make an encrypted backup of the journal now, through SQLite's online "
        "backup (the window may stay open). Prints where it was written.",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the journal by a backup (close the window first)",
        description="Replace the journal by a backup. The backup is checked first; the "
        "journal is replaced in one step, so it is either the old one or the backup.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    commands.add_parser(
        "check",
        parents=[common],
        help="run the journal's integrity checks",
        description="Run SQLite's and SQLCipher's integrity checks on the journal. Exit code "
        "0 when all is well, 1 with the problems found otherwise.",
    )
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="find AI use in the capture sources turned on in Settings",
        description="Read the capture sources turned on in Settings (a running ActivityWatch, "
        "browser histories) for time in known AI tools. What is found waits in the inbox of "
        "the window until you confirm it. Exit code 1 when a source could not be read.",
    )
    sync.add_argument(
        "--source",
        action="append",
        metavar="SOURCE",
        help="sync only this source: activitywatch, a browser (firefox, chrome, chromium, "
        "brave, edge, vivaldi) or one profile such as firefox:abcd.default; may be repeated",
    )
    status = commands.add_parser(
        "status",
        parents=[common],
        help="print today's and this week's balance index, level and warnings",
        description="Print what the dashboard shows now: today's and this week's balance "
        "index and level, the warnings in force and how many found sessions wait for review. "
        "For status bars and desktop widgets (waybar, polybar, i3blocks).",
    )
    status.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


class _FailureError(Exception):
    """A problem with the input, a file or the journal: exit code 1 with this message."""


def _paths(data_dir: Path | None) -> JournalPaths:
    folder = data_dir or remembered_data_dir() or default_data_dir()
    # Absolute, because the journal is probed through a file: URI.
    return JournalPaths(folder.expanduser().absolute())


def _passphrase(args: argparse.Namespace, err: TextIO) -> str | None:
    """The passphrase from --passphrase-file, the environment, or a prompt on a terminal."""
    if args.passphrase_file is not None:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as error:
            raise _FailureError(
                f"{args.passphrase_file}: cannot be read ({error.strerror or error})"
            ) from None
        return text.rstrip("\r\n")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if sys.stdin.isatty():
        return getpass.getpass("Passphrase of the journal: ", stream=err)
    return None


def _open(
    args: argparse.Namespace,
    err: TextIO,
    *,
    must_exist: bool,
    clock: Callable[[], dt.datetime] = local_now,
) -> Journal:
    """Open the journal of --data-dir, unlocking it with the keyring or the passphrase."""
    paths = _paths(args.data_dir)
    if must_exist and not paths.database.exists():
        raise _FailureError(f"there is no journal in {paths.data_dir}")
    try:
        try:
            return Journal.open(paths, clock=clock)
        except (PassphraseRequiredError, NoKeyringError, KeyringFailedError) as error:
            store = KeyStore(paths)
            passphrase = _passphrase(args, err)
            if passphrase is None:
                if isinstance(error, PassphraseRequiredError):
                    raise _FailureError(
                        "this journal is locked by a passphrase: give --passphrase-file FILE "
                        f"or set {PASSPHRASE_ENV}"
                    ) from None
                raise
            if store.info() is None:
                # No secure keyring: a new journal can still be made, locked by a passphrase.
                if len(passphrase) < MIN_PASSPHRASE_LENGTH:
                    raise _FailureError(
                        f"a new journal needs a passphrase of at least {MIN_PASSPHRASE_LENGTH} "
                        "characters"
                    ) from None
                try:
                    return Journal.open(paths, store.create_with_passphrase(passphrase), clock)
                except CreatedMeanwhileError:
                    pass  # another start made this journal a moment ago: open that one
            return Journal.open(paths, store.key_from_passphrase(passphrase), clock)
    except JournalOpenError as error:
        raise _FailureError(f"the journal in {paths.data_dir} cannot be opened: {error}") from None


def _write_pdf(summary: VisionSummary, out: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # The command line never shows a window: render without a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["vision-journal"])
    from vision_journal.ui.pdf import write_summary_pdf

    write_summary_pdf(summary, out)
    del app


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    if args.format == "json" and (args.first_day or args.last_day or args.charter_only):
        raise _FailureError("--from, --to and --charter-only apply to summaries, not to JSON data")
    journal = _open(args, err, must_exist=True)
    try:
        if args.format == "json":
            count = write_json_file(journal, args.out)
            print(f"Wrote all data ({count} AI uses) to {args.out}.", file=out)
            return
        last_day = args.last_day or journal.today()
        first_day = args.first_day
        if first_day is not None and first_day > last_day:
            raise _FailureError(f"--from {first_day} lies after --to {last_day}")
        summary = build_summary(journal, first_day, last_day, charter_only=args.charter_only)
        if args.format == "pdf":
            _write_pdf(summary, args.out)
        elif args.format == "md":
            write_atomically(args.out, render_markdown(summary).encode("utf-8"))
        else:
            write_atomically(args.out, render_html(summary).encode("utf-8"))
        kind = "charter" if args.charter_only else "vision summary"
        print(
            f"Wrote the {kind} ({FORMAT_NAMES[args.format]}, "
            f"{period_text(summary.first_day, summary.last_day)}) to {args.out}.",
            file=out,
        )
    except OSError as error:
        raise _FailureError(f"{args.out}: cannot be written ({error.strerror or error})") from None
    finally:
        journal.close()


def _print_preview(preview: ImportPreview, source: str, file: Path, out: TextIO) -> None:
    span = "no dates"
    if preview.first_day is not None and preview.last_day is not None:
        span = f"{preview.first_day.isoformat()} to {preview.last_day.isoformat()}"
    lines = [
        f"{source} export: {file.name}"
        + ("" if preview.is_complete else " (damaged: only the part before the damage was read)"),
        f"  Sessions found:    {preview.sessions} ({span}), {preview.minutes} minutes",
        f"  Already in journal: {preview.duplicates} (skipped)",
        f"  To add:            {preview.new_sessions} sessions, {preview.new_minutes} minutes",
    ]
    for tool in preview.tools:
        mark = " (new tool)" if tool.is_new else ""
        lines.append(f"    {tool.name}{mark}: {tool.sessions} sessions, {tool.minutes} minutes")
    lines.append(f"  Skipped:           {preview.ignored_count}")
    lines += [f"    {s.count} {s.why}" for s in preview.skipped]
    lines.append(f"  Rejected:          {len(preview.rejected)}")
    lines += [f"    {r.where}: {r.why}" for r in preview.rejected]
    print("\n".join(lines), file=out)


def _import_sessions(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    parsers = {
        "chatgpt": (parse_chatgpt, "ChatGPT"),
        "claude": (parse_claude, "Claude"),
        "activitywatch": (parse_activitywatch, "ActivityWatch"),
    }
    parse, name = parsers[args.source]
    if args.gap_minutes < 1:
        raise _FailureError("--gap-minutes must be at least 1")
    try:
        report = parse(args.file, gap_minutes=args.gap_minutes)
    except ImportFormatError as error:
        raise _FailureError(str(error)) from None
    if args.dry_run and not _paths(args.data_dir).database.exists():
        # Looking creates nothing: no journal, no key, no folder.
        _print_preview(preview_import(None, report), name, args.file, out)
        print("Dry run: nothing was written.", file=out)
        return
    journal = _open(args, err, must_exist=False)
    try:
        preview = preview_import(journal, report)
        _print_preview(preview, name, args.file, out)
        if args.dry_run:
            print("Dry run: nothing was written.", file=out)
            return
        result = apply_import(journal, report)
        print(
            f"Imported {result.added} sessions ({result.minutes} minutes); "
            f"{result.duplicates} were already in the journal.",
            file=out,
        )
        if result.joined_inbox:
            print(
                f"{result.joined_inbox} joined sessions found on this computer that wait in "
                "the inbox (confirm them in the window).",
                file=out,
            )
    finally:
        journal.close()


def _import_json(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    try:
        data = load_json_file(args.file)
    except DataFormatError as error:
        raise _FailureError(str(error)) from None
    if not isinstance(data, dict):
        raise _FailureError(f"{args.file.name}: is not a Vision Journal data export")
    counts = {
        key: len(value)
        for key in ("circles", "tools", "goals", "rules", "uses", "connections", "checkins")
        if isinstance(value := data.get(key), list)
    }
    print(
        f"Vision Journal data: {args.file.name}\n"
        + "\n".join(f"  {key.capitalize():<12} {count}" for key, count in counts.items()),
        file=out,
    )
    if args.dry_run:
        try:
            check_json(data)
        except DataFormatError as error:
            raise _FailureError(f"{args.file.name}: {error}") from None
        is_empty = True
        if _paths(args.data_dir).database.exists():  # looking creates nothing
            journal = _open(args, err, must_exist=True)
            try:
                is_empty = is_journal_empty(journal)
            finally:
                journal.close()
        state = "empty" if is_empty else "not empty: the import would stop"
        print(f"The journal is {state}.\nDry run: nothing was written.", file=out)
        return
    journal = _open(args, err, must_exist=False)
    try:
        try:
            result = import_json(journal, data)
        except (DataFormatError, JournalNotEmptyError) as error:
            raise _FailureError(f"{args.file.name}: {error}") from None
        print(f"Imported {result.total} records.", file=out)
    finally:
        journal.close()


def _key(args: argparse.Namespace, err: TextIO) -> tuple[JournalPaths, bytes]:
    """The journal's paths and key, from the keyring or the passphrase."""
    paths = _paths(args.data_dir)
    if not paths.database.exists():
        raise _FailureError(f"there is no journal in {paths.data_dir}")
    store = KeyStore(paths)
    try:
        info = store.info()
        if info is not None and info.current.in_keyring:
            try:
                return paths, store.key_from_keyring()
            except JournalOpenError:
                pass  # fall back to the passphrase, if the journal has one
        passphrase = _passphrase(args, err)
        if passphrase is None:
            raise _FailureError(
                "the journal's key is not in a keyring here: give --passphrase-file FILE or "
                f"set {PASSPHRASE_ENV}"
            )
        return paths, store.key_from_passphrase(passphrase)
    except JournalOpenError as error:
        raise _FailureError(
            f"the journal in {paths.data_dir} cannot be unlocked: {error}"
        ) from None


def _backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    paths, key = _key(args, err)
    try:
        made = backup.create_backup(paths, key, reason=backup.MANUAL)
    except JournalOpenError as error:
        raise _FailureError(f"no backup was made: {error}") from None
    print(f"Backup written to {made.path}", file=out)


def _restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    if not args.file.is_file():
        raise _FailureError(f"{args.file}: no such backup file")
    paths, key = _key(args, err)
    from PySide6.QtCore import QCoreApplication

    from vision_journal.ui.single_instance import SingleInstance

    # The lock is Qt's (the window holds it while it runs): a core application suffices.
    application = QCoreApplication.instance() or QCoreApplication([])
    instance = SingleInstance(paths.lock_file)
    if not instance.acquire():
        raise _FailureError("the journal is open in the window: close it first")
    source = args.file.expanduser().absolute()
    try:
        # As the window does: the journal as it is now stays one restore away.
        safety = backup.create_backup(paths, key, reason=backup.MANUAL)
        backup.restore(paths, key, source)
    except JournalOpenError as error:
        raise _FailureError(f"nothing was restored: {error}") from None
    finally:
        instance.release()
        del application
    print(f"The journal as it was is kept in {safety.path}", file=out)
    print(f"Restored the journal from {args.file}", file=out)


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    paths, key = _key(args, err)
    report = backup.check(paths, key)
    if not report.is_ok:
        problems = "\n".join(f"  {problem}" for problem in report.problems)
        raise _FailureError(f"the journal has problems:\n{problems}")
    print("The journal passed its integrity checks.", file=out)


def _sync(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from vision_journal.core.capture import sync as capture

    journal = _open(args, err, must_exist=True)
    try:
        report = capture.sync(journal, args.source)
    finally:
        journal.close()
    if not report.results:
        print(
            "No capture source is turned on (or none matches --source): turn sources on in "
            "Settings, Capture.",
            file=out,
        )
    for result in report.results:
        if result.error is None:
            print(f"{result.label}: {result.new_sessions} new sessions found.", file=out)
    print(f"{report.waiting} found sessions wait in the inbox.", file=out)
    if report.errors:
        raise _FailureError(
            "; ".join(f"{result.label}: {result.error}" for result in report.errors)
        )


def _status(
    args: argparse.Namespace, out: TextIO, err: TextIO, clock: Callable[[], dt.datetime] | None
) -> None:
    # Loaded here: the dashboard's computation is not needed by the other commands.
    from vision_journal.core.capture.inbox import count_waiting
    from vision_journal.core.dashboard import load_dashboard
    from vision_journal.core.status import status_json, status_lines

    journal = _open(args, err, must_exist=True, clock=clock or local_now)
    try:
        data = load_dashboard(journal)
        waiting = count_waiting(journal)  # found sessions in the inbox, to confirm or dismiss
    finally:
        journal.close()
    if args.json:
        print(json.dumps(status_json(data, waiting), ensure_ascii=False), file=out)
    else:
        print("\n".join(status_lines(data, waiting)), file=out)


def main(
    argv: list[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> int:
    """Run one command (`argv` without the program name); returns the exit code.

    `clock` is the journal's clock for `status` (the system's by default), so a caller can
    ask for the status at the moment its own journal was read.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        if args.command == "export":
            _export(args, out, err)
        elif args.command == "backup":
            _backup(args, out, err)
        elif args.command == "restore":
            _restore(args, out, err)
        elif args.command == "check":
            _check(args, out, err)
        elif args.command == "sync":
            _sync(args, out, err)
        elif args.command == "status":
            _status(args, out, err, clock)
        elif args.source == "json":
            _import_json(args, out, err)
        else:
            _import_sessions(args, out, err)
    except _FailureError as error:
        print(f"vision-journal {args.command}: error: {error}", file=err)
        return EXIT_BAD_INPUT
    except Exception as error:
        # A full disk, a read-only file, a journal kept busy too long: a sentence, no trace.
        from vision_journal.core.failures import failure_message

        message = failure_message(error, _paths(args.data_dir))
        if message is None:
            raise
        print(f"vision-journal {args.command}: error: {message}", file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"vision-journal {args.command}: stopped; nothing was written.", file=err)
        return EXIT_BAD_INPUT
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
