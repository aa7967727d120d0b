"""Command-line entry: parse arguments, find the journal, then run the window.

`--version` answers without loading Qt, so scripts can ask cheaply.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from vision_journal import APP_NAME, __version__

#: Commands that run without a window (see vision_journal.cli).
CLI_COMMANDS = frozenset({"export", "import", "backup", "restore", "check", "sync"})


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `vision-journal`."""
    parser = argparse.ArgumentParser(
        prog="vision-journal",
        description=f"{APP_NAME}: a private journal for using AI in ways that strengthen "
        "your relationships.",
        epilog="Commands without a window: export, import, backup, restore, check, sync "
        "(e.g. `vision-journal export --help`).",
    )
    parser.add_argument("--version", action="version", version=f"vision-journal {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep the journal and all its files in DIR (portable use); "
        "default: the user data folder",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation without a window: open a sample journal offscreen, "
        "print the versions and exit",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway journal filled with a year of sample data",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run Vision Journal; returns the process exit code."""
    arguments = _command_first(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in CLI_COMMANDS:
        # Imported only here: the window's start-up does not pay for the export code.
        from vision_journal import cli

        return cli.main(list(arguments))
    args = build_parser().parse_args(arguments)
    if args.smoke_test:
        return _run_smoke_test()
    if args.demo:
        return _run_demo()
    from vision_journal.core.paths import JournalPaths
    from vision_journal.ui.start import run

    # Absolute, so every path derived from it stays valid whatever the working folder.
    return run(JournalPaths(args.data_dir.absolute()) if args.data_dir else None)


def _command_first(arguments: list[str]) -> list[str]:
    """`--data-dir DIR export …` as `export … --data-dir DIR`: the top-level help lists
    `--data-dir` before the commands, so a person may well write it there."""
    leading: list[str] = []
    rest = list(arguments)
    while rest and (rest[0] == "--data-dir" or rest[0].startswith("--data-dir=")):
        count = 1 if "=" in rest[0] else 2
        leading += rest[:count]
        rest = rest[count:]
    if leading and rest and rest[0] in CLI_COMMANDS:
        return [*rest, *leading]
    return list(arguments)


def _run_demo() -> int:
    from vision_journal.ui.app import run_demo

    return run_demo()


def _run_smoke_test() -> int:
    """Check this installation headless: a sample journal in the main window, then exit.

    The packaged bundle runs this in CI (packaging/smoke_test.py reads the first line, the
    `sqlcipher: 4.` line and the last line).
    """
    import datetime as dt
    import shutil
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QImageReader

    from vision_journal.core.journal import Journal
    from vision_journal.core.keys import new_key
    from vision_journal.core.paths import JournalPaths
    from vision_journal.core.probe import cipher_version
    from vision_journal.core.setup import mark_setup_done
    from vision_journal.demo import generate
    from vision_journal.ui.application import make_application
    from vision_journal.ui.main_window import MainWindow

    print(f"vision-journal {__version__}", flush=True)
    app = make_application([sys.argv[0]])
    print(f"qt: {qVersion()} ({app.platformName()})")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    icon_sizes = len(app.windowIcon().availableSizes())
    print(f"icon: {icon_sizes} sizes; svg images: {'yes' if 'svg' in formats else 'no'}")
    if icon_sizes == 0 or "svg" not in formats:
        print("smoke test: failed (icon or SVG support missing)")
        return 1
    print(f"sqlcipher: {cipher_version() or 'missing'}")
    folder = Path(tempfile.mkdtemp(prefix="vision-journal-smoke-"))
    try:
        paths = JournalPaths(folder)
        # A new file, encrypted with a fresh key (no keyring needed): every migration runs.
        journal = Journal.open(paths, new_key())
        try:
            end = journal.today() - dt.timedelta(days=1)
            summary = generate(journal, end=end, years=0.25)
            mark_setup_done(journal)
            print(f"journal: {summary.uses} AI uses, {summary.connections} connections")
            window = MainWindow(journal, paths.settings_file, " — smoke test")
            window.show()
            app.processEvents()
            shot = window.grab()
            window.close()
            if shot.isNull():
                print("smoke test: failed (the window did not paint)")
                return 1
            print(f"window: {shot.width()}x{shot.height()}")
        finally:
            journal.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("smoke test: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
