"""Generate the benchmark journal: by default ten years of heavy use (PRODUCT.md §7).

    python benchmarks/generate_dataset.py --data-dir /tmp/heavy-journal
    python benchmarks/generate_dataset.py --data-dir DIR --years 1 --scale demo --end 2026-11-17

The folder must not hold a journal with entries yet. Prints what was written, how long it
took and how large the database file is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from heavy_journal import HEAVY

from vision_journal.core.calendar import journal_day
from vision_journal.core.journal import Journal, local_now
from vision_journal.core.paths import JournalPaths
from vision_journal.demo import DEMO, generate

SCALES = {"demo": DEMO, "heavy": HEAVY}


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="folder of the journal")
    parser.add_argument("--years", type=float, default=10.0, help="length of the journal")
    parser.add_argument("--scale", choices=tuple(SCALES), default="heavy")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--end",
        type=dt.date.fromisoformat,
        default=None,
        help="last journal day to fill, YYYY-MM-DD (default: yesterday)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Generate the dataset and report; returns the exit status."""
    args = _parse_args(argv)
    paths = JournalPaths(args.data_dir)
    started = time.perf_counter()
    journal = Journal.open(paths)
    opened = time.perf_counter()
    try:
        # Yesterday by default, so no sample use lies in the future of a person's clock.
        end = args.end or journal_day(local_now()) - dt.timedelta(days=1)
        try:
            summary = generate(
                journal, end=end, years=args.years, scale=SCALES[args.scale], seed=args.seed
            )
        except ValueError as error:
            print(f"generate_dataset: {error}", file=sys.stderr)
            return 2
    finally:
        journal.close()
    finished = time.perf_counter()

    print(f"journal:          {paths.database}")
    print(f"period:           {summary.first_day} .. {summary.last_day} ({args.scale})")
    for name in (
        "circles",
        "tools",
        "vision_revisions",
        "goals",
        "progress_entries",
        "rules",
        "uses",
        "connections",
        "breach_notes",
        "checkins",
        "ai_minutes",
    ):
        print(f"{name + ':':18}{getattr(summary, name):>10,}")
    size = sum(
        p.stat().st_size for p in paths.data_dir.glob(paths.database.name + "*") if p.is_file()
    )
    print(f"open + migrate:   {opened - started:8.2f} s")
    print(f"generate:         {finished - opened:8.2f} s")
    print(f"database size:    {size / 1_000_000:8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
