"""Core measurements without Qt: the dashboard computation, JSON export, ActivityWatch import.

    python benchmarks/core_bench.py dashboard --data-dir DIR --runs 20
    python benchmarks/core_bench.py json --data-dir DIR --runs 5
    python benchmarks/core_bench.py json-import --data-dir DIR --work-dir DIR --runs 3
    python benchmarks/core_bench.py activitywatch --work-dir DIR --events 1000000 --runs 3

Run by `run.py` in the benchmark environment (see `common.bench_env`); prints one RESULT line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import time
from pathlib import Path

from common import emit, median_ms, peak_rss_mb, timed

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths


def _dashboard(args: argparse.Namespace) -> dict[str, object]:
    """The dashboard from scratch (as on opening), and recomputed after a use is logged.

    The second is what the window does on every change: its cache keeps the finished weeks
    and the days no write touched. The use is logged and deleted again untimed.
    """
    from vision_journal.core.dashboard import load_dashboard
    from vision_journal.core.dashboard_cache import DashboardCache
    from vision_journal.core.records import AiUseInput, Sphere, UsePurpose

    journal = Journal.open(JournalPaths(args.data_dir))
    try:
        cold = timed(lambda: load_dashboard(journal), args.runs, warmup=2)
        cache = DashboardCache(journal)
        load_dashboard(journal, cache=cache)
        tool = journal.tools()[0].id
        after_change = []
        for _ in range(args.runs + 1):
            use = journal.log_use(
                AiUseInput(journal.now(), 7, tool, UsePurpose.TRANSLATE, Sphere.PERSONAL)
            )
            started = time.perf_counter()
            load_dashboard(journal, cache=cache)
            after_change.append(time.perf_counter() - started)
            journal.delete_use(use.id)
            load_dashboard(journal, cache=cache)
    finally:
        journal.close()
    refresh = after_change[1:]  # the first fills the cache's view of today
    return {
        "dashboard_ms": median_ms(refresh),
        "dashboard_cold_ms": median_ms(cold),
        "dashboard_samples": refresh,
    }


def _json(args: argparse.Namespace) -> dict[str, object]:
    from vision_journal.core.export.data_json import dumps_json, export_json

    journal = Journal.open(JournalPaths(args.data_dir))
    sizes: list[int] = []

    def export() -> None:
        sizes.append(len(dumps_json(export_json(journal))))

    try:
        samples = timed(export, args.runs, warmup=1)
    finally:
        journal.close()
    return {"json_ms": median_ms(samples), "json_bytes": sizes[-1]}


def _json_import(args: argparse.Namespace) -> dict[str, object]:
    """The heavy journal's JSON export read from its file and imported into a new journal.

    The export is written once (untimed); each run opens a fresh empty journal (untimed: a
    new key and the schema), then times `load_json_file` + `import_json`, as the command line
    does.
    """
    from vision_journal.core.export.data_json import (
        import_json,
        load_json_file,
        write_json_file,
    )
    from vision_journal.core.keys import new_key

    work: Path = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    export = work / "export.json"
    journal = Journal.open(JournalPaths(args.data_dir))
    try:
        write_json_file(journal, export)
    finally:
        journal.close()
    samples: list[float] = []
    uses = 0
    for run in range(args.runs):
        folder = work / f"json-import-{run}"
        shutil.rmtree(folder, ignore_errors=True)
        into = Journal.open(JournalPaths(folder), key=new_key())
        try:
            started = time.perf_counter()
            result = import_json(into, load_json_file(export))
            samples.append(time.perf_counter() - started)
            uses = result.counts["uses"]
        finally:
            into.close()
            shutil.rmtree(folder, ignore_errors=True)
    return {
        "json_import_ms": median_ms(samples),
        "json_import_uses": uses,
        "json_import_bytes": export.stat().st_size,
    }


_APPS = ("firefox", "code", "Slack", "Terminal", "Thunderbird", "ChatGPT", "Claude")
_TITLES = (
    "Inbox - Mail",
    "ChatGPT - Mozilla Firefox",
    "main.py - project",
    "Claude - Mozilla Firefox",
    "News - Mozilla Firefox",
    "Gemini - Mozilla Firefox",
)
_URLS = (
    "https://chatgpt.com/c/1",
    "https://news.example.org/a",
    "https://claude.ai/chat/2",
    "https://mail.example.org/",
    "https://docs.example.org/x",
)


def write_activitywatch_export(path: Path, events: int, seed: int = 7) -> None:
    """An ActivityWatch export of `events` events: windows 60 %, tabs 30 %, afk 10 %."""
    rng = random.Random(seed)
    start = dt.datetime(2025, 1, 1, 8, tzinfo=dt.UTC)
    counts = {"window": events * 6 // 10, "web": events * 3 // 10}
    counts["afk"] = events - counts["window"] - counts["web"]
    buckets: dict[str, object] = {}
    for kind, count in counts.items():
        moment = start
        items = []
        for _ in range(count):
            duration = rng.choice((5.0, 12.0, 30.0, 60.0, 240.0))
            if kind == "window":
                data: dict[str, object] = {"app": rng.choice(_APPS), "title": rng.choice(_TITLES)}
            elif kind == "web":
                data = {"url": rng.choice(_URLS), "title": rng.choice(_TITLES)}
            else:
                data = {"status": "afk" if rng.random() < 0.2 else "not-afk"}
                duration *= 10
            items.append({"timestamp": moment.isoformat(), "duration": duration, "data": data})
            moment += dt.timedelta(seconds=duration + rng.choice((0, 1, 3)))
        bucket_type = {"window": "currentwindow", "web": "web.tab.current", "afk": "afkstatus"}
        bucket_id = f"aw-{kind}_bench"
        buckets[bucket_id] = {
            "id": bucket_id,
            "type": bucket_type[kind],
            "client": f"aw-watcher-{kind}",
            "hostname": "bench",
            "created": start.isoformat(),
            "events": items,
        }
    path.write_text(json.dumps({"buckets": buckets}), encoding="utf-8")


def _activitywatch(args: argparse.Namespace) -> dict[str, object]:
    from vision_journal.core.imports.activitywatch import parse_activitywatch
    from vision_journal.core.keys import new_key

    work: Path = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    export = work / f"aw-{args.events}.json"
    if not export.exists():
        write_activitywatch_export(export, args.events)
    max_bytes = export.stat().st_size + 1
    parse_samples: list[float] = []
    apply_samples: list[float] = []
    sessions = 0
    has_apply = True
    try:
        from vision_journal.core.importing import apply_import
    except ImportError:
        has_apply = False
    for run in range(args.runs):
        started = time.perf_counter()
        report = parse_activitywatch(export, tz=dt.UTC, max_bytes=max_bytes)
        parse_samples.append(time.perf_counter() - started)
        sessions = len(report.sessions)
        if has_apply:
            folder = work / f"import-{run}"
            shutil.rmtree(folder, ignore_errors=True)
            journal = Journal.open(JournalPaths(folder), key=new_key())
            try:
                started = time.perf_counter()
                apply_import(journal, report)
                apply_samples.append(time.perf_counter() - started)
            finally:
                journal.close()
                shutil.rmtree(folder, ignore_errors=True)
    total = [p + a for p, a in zip(parse_samples, apply_samples or [0.0] * args.runs, strict=True)]
    return {
        "aw_events": args.events,
        "aw_sessions": sessions,
        "aw_parse_ms": median_ms(parse_samples),
        "aw_apply_ms": median_ms(apply_samples) if apply_samples else None,
        "aw_total_ms": median_ms(total),
        "aw_events_per_s": args.events / (median_ms(total) / 1000),
        "aw_peak_rss_mb": peak_rss_mb(),
    }


def _setup_done(args: argparse.Namespace) -> dict[str, object]:
    from vision_journal.core.setup import mark_setup_done

    journal = Journal.open(JournalPaths(args.data_dir))
    try:
        mark_setup_done(journal)
    finally:
        journal.close()
    return {}


def main(argv: list[str] | None = None) -> int:
    """Run one measurement and print its RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "what", choices=("dashboard", "json", "json-import", "activitywatch", "setup-done")
    )
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    measure = {
        "dashboard": _dashboard,
        "json": _json,
        "json-import": _json_import,
        "activitywatch": _activitywatch,
        "setup-done": _setup_done,
    }
    emit(measure[args.what](args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
