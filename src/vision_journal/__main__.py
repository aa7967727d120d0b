"""Command-line entry: parse arguments, find the journal, then run the window.

`--version` answers without loading Qt, so scripts can ask cheaply.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from vision_journal import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `vision-journal`."""
    parser = argparse.ArgumentParser(
        prog="vision-journal",
        description=f"{APP_NAME}: a private journal for using AI in ways that strengthen "
        "your relationships.",
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
        "--demo",
        action="store_true",
        help="open a throwaway journal filled with a year of sample data",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run Vision Journal; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.demo:
        return _run_demo()
    from vision_journal.core.paths import JournalPaths
    from vision_journal.ui.app import run

    return run(JournalPaths(args.data_dir) if args.data_dir else None)


def _run_demo() -> int:
    from vision_journal.core.journal import Journal
    from vision_journal.core.paths import JournalPaths
    from vision_journal.core.sample_data import generate
    from vision_journal.core.setup import mark_setup_done
    from vision_journal.ui.app import run

    folder = Path(tempfile.mkdtemp(prefix="vision-journal-demo-"))

    def fill(journal: Journal) -> None:
        # Up to yesterday, so no sample lies later than now; the demo needs no setup.
        generate(journal, end=journal.today() - dt.timedelta(days=1), years=1.0, scale="demo")
        mark_setup_done(journal)

    try:
        return run(JournalPaths(folder), title_suffix=" — demo", prepare=fill)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
