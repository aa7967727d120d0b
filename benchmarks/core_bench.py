"""Core measurements without Qt: the dashboard, JSON export, ActivityWatch and ChatGPT imports.

    python benchmarks/core_bench.py dashboard --data-dir DIR --runs 20
    python benchmarks/core_bench.py json --data-dir DIR --runs 5
    python benchmarks/core_bench.py json-import --data-dir DIR --work-dir DIR --runs 3
    python benchmarks/core_bench.py activitywatch --work-dir DIR --events 1000000 --runs 3
    python benchmarks/core_bench.py chatgpt --work-dir DIR --megabytes 200 --runs 3

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
    """The JSON export of everything, to bytes, as `write_json_file` makes it (the command
    line's and the export page's path)."""
    from vision_journal.core.export.data_json import export_json_bytes

    journal = Journal.open(JournalPaths(args.data_dir))
    sizes: list[int] = []

    def export() -> None:
        sizes.append(len(export_json_bytes(journal)[0]))

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


def write_chatgpt_export(path: Path, megabytes: int, seed: int = 11) -> int:
    """A ChatGPT `conversations.json` of about `megabytes` MB, shaped like the real export:
    a tree per conversation with a system root, 4 to 60 user and assistant turns of text,
    an edited question now and then. Returns the number of conversations."""
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    moment = dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC).timestamp()
    written = 0
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("[")
        while written < target:
            text = json.dumps(_chatgpt_conversation(rng, count, moment))
            if count:
                out.write(", ")
                written += 2
            out.write(text)
            written += len(text)
            count += 1
            moment += rng.uniform(3600, 40_000)
        out.write("]")
    return count


def _chatgpt_conversation(rng: random.Random, index: int, start: float) -> dict[str, object]:
    def node_id() -> str:
        return f"{rng.getrandbits(64):016x}-{rng.getrandbits(64):016x}"

    def message(role: str, moment: float | None, words: int) -> dict[str, object]:
        return {
            "id": node_id(),
            "author": {"role": role, "name": None, "metadata": {}},
            "create_time": moment,
            "update_time": None,
            "content": {"content_type": "text", "parts": ["lorem ipsum dolor " * words]},
            "status": "finished_successfully",
            "end_turn": role == "assistant" or None,
            "weight": 1.0,
            "metadata": {"model_slug": "gpt-4o", "message_type": None},
            "recipient": "all",
            "channel": None,
        }

    root = node_id()
    mapping: dict[str, dict[str, object]] = {
        root: {"id": root, "message": None, "parent": None, "children": []}
    }
    parent, moment = root, start
    for turn in range(rng.randint(4, 60)):
        role = "user" if turn % 2 == 0 else "assistant"
        moment += rng.uniform(5, 150)
        item = message(role, moment, rng.randint(10, 160))
        key = str(item["id"])
        mapping[key] = {"id": key, "message": item, "parent": parent, "children": []}
        siblings = mapping[parent]["children"]
        assert isinstance(siblings, list)
        siblings.append(key)
        if role == "user" and rng.random() < 0.05:  # an edited question: a side branch
            old = message("user", moment - 2, 20)
            old_key = str(old["id"])
            mapping[old_key] = {"id": old_key, "message": old, "parent": parent, "children": []}
            siblings.append(old_key)
        parent = key
    conversation_id = node_id()
    return {
        "title": f"Conversation {index}",
        "create_time": start,
        "update_time": moment,
        "mapping": mapping,
        "moderation_results": [],
        "current_node": parent,
        "conversation_id": conversation_id,
        "id": conversation_id,
        "is_archived": False,
        "default_model_slug": "gpt-4o",
    }


def _chatgpt(args: argparse.Namespace) -> dict[str, object]:
    """Parse and import a ChatGPT export of `--megabytes` MB; peak memory against its size."""
    from vision_journal.core.importing import apply_import
    from vision_journal.core.imports import parse_chatgpt
    from vision_journal.core.keys import new_key

    work: Path = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    export = work / f"chatgpt-{args.megabytes}mb.json"
    if not export.exists():
        write_chatgpt_export(export, args.megabytes)
    rss_before = peak_rss_mb()
    parse_samples: list[float] = []
    apply_samples: list[float] = []
    sessions = conversations = 0
    for run in range(args.runs):
        started = time.perf_counter()
        report = parse_chatgpt(export, tz=dt.UTC)
        parse_samples.append(time.perf_counter() - started)
        sessions, conversations = len(report.sessions), report.found
        folder = work / f"chatgpt-import-{run}"
        shutil.rmtree(folder, ignore_errors=True)
        journal = Journal.open(JournalPaths(folder), key=new_key())
        try:
            started = time.perf_counter()
            apply_import(journal, report)
            apply_samples.append(time.perf_counter() - started)
        finally:
            journal.close()
            shutil.rmtree(folder, ignore_errors=True)
    total = [p + a for p, a in zip(parse_samples, apply_samples, strict=True)]
    return {
        "gpt_file_mb": export.stat().st_size / 1e6,
        "gpt_conversations": conversations,
        "gpt_sessions": sessions,
        "gpt_parse_ms": median_ms(parse_samples),
        "gpt_apply_ms": median_ms(apply_samples),
        "gpt_total_ms": median_ms(total),
        "gpt_rss_before_mb": rss_before,
        "gpt_peak_rss_mb": peak_rss_mb(),
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
        "what",
        choices=("dashboard", "json", "json-import", "activitywatch", "chatgpt", "setup-done"),
    )
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--megabytes", type=int, default=200)
    args = parser.parse_args(argv)
    measure = {
        "dashboard": _dashboard,
        "json": _json,
        "json-import": _json_import,
        "activitywatch": _activitywatch,
        "chatgpt": _chatgpt,
        "setup-done": _setup_done,
    }
    emit(measure[args.what](args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
