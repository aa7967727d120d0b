"""Run every benchmark of PRODUCT.md §7 and print a table of medians against the targets.

    .venv/bin/python benchmarks/run.py            # the 10-year heavy journal (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # a scaled-down smoke run (CI)

The journal is generated once into `--data-dir` (default: a folder under the system's temp
folder) and reused by later runs. Each measurement runs in its own fresh interpreter. See
benchmarks/README.md for what each row measures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    BENCH_DIR,
    EXIT_AFTER_FIRST_FRAME_ENV,
    EXIT_AFTER_START_ENV,
    FIRST_FRAME_MARK,
    bench_env,
)

PYTHON = sys.executable
#: Seconds after which a start that has not quit is killed and the run fails.
START_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Row:
    """One line of the table: a median, what it is compared with, and whether it passes."""

    name: str
    value: float | None
    unit: str
    reference: float | None
    reference_name: str
    limit: float | None  # the largest passing ratio value / reference; None: reported only
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """The value against its reference (floor or target)."""
        if self.value is None or not self.reference:
            return None
        return self.value / self.reference

    @property
    def verdict(self) -> str:
        """ "met", "NOT MET", or "-" for a number only reported."""
        if self.limit is None or self.ratio is None:
            return "-" if self.value is not None else "n/a"
        return "met" if self.ratio <= self.limit else "NOT MET"


def _run(command: list[str], env: dict[str, str], what: str) -> dict[str, Any]:
    """Run a measurement script and return its RESULT."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return result
    sys.stderr.write(done.stdout + done.stderr)
    raise SystemExit(f"benchmark {what} failed (exit {done.returncode})")


def _prepare(data_dir: Path, years: float, env: dict[str, str]) -> None:
    """Generate the journal (once) and mark its setup done, so no wizard shows at start."""
    if (data_dir / "journal.sqlite3").exists():
        return
    print(f"generating a {years:g}-year heavy journal in {data_dir} ...", flush=True)
    subprocess.run(
        [
            PYTHON,
            str(BENCH_DIR / "generate_dataset.py"),
            "--data-dir",
            str(data_dir),
            "--years",
            str(years),
            "--scale",
            "heavy",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    _run(
        [PYTHON, str(BENCH_DIR / "core_bench.py"), "setup-done", "--data-dir", str(data_dir)],
        env,
        "setup-done",
    )


@dataclass(frozen=True)
class Start:
    """One process start: wall seconds from spawn to exit, its peak resident MB, and what it
    printed (the first-frame start says whether it drew the snapshot)."""

    seconds: float
    peak_mb: float
    output: str = ""


def _start(command: list[str], env: dict[str, str]) -> Start:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    # A window that never quits (a dialog waiting for someone) must not hang the run.
    watchdog = threading.Timer(START_TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    elapsed = time.perf_counter() - started
    assert process.stdout is not None
    output = process.stdout.read()
    process.stdout.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    return Start(elapsed, usage.ru_maxrss / 1024, output)


@dataclass(frozen=True)
class Starts:
    """The starts of one platform: the bare window, the first frame, the whole window."""

    floors: list[Start]
    firsts: list[Start]
    wholes: list[Start]


def _startup(data_dir: Path, runs: int, env: dict[str, str]) -> Starts:
    """Alternating starts of the bare window, the app to its first frame and the app to its
    interactive window (the first round untimed: disk cache, and the snapshot kept)."""
    first_env = dict(env, **{EXIT_AFTER_FIRST_FRAME_ENV: "1"})
    whole_env = dict(env, **{EXIT_AFTER_START_ENV: "1"})
    bare = [PYTHON, str(BENCH_DIR / "bare_window.py")]
    app = [PYTHON, "-m", "vision_journal", "--data-dir", str(data_dir)]
    starts = Starts([], [], [])
    for run in range(runs + 1):
        floor, whole = _start(bare, env), _start(app, whole_env)
        first = _start(app, first_env)
        if run:
            starts.floors.append(floor)
            starts.firsts.append(first)
            starts.wholes.append(whole)
    return starts


class _Xvfb:
    """An Xvfb display for the duration of a with-block, or None when Xvfb is missing."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> _Xvfb | None:
        if shutil.which("Xvfb") is None:
            return None
        for number in range(97, 120):
            if not Path(f"/tmp/.X{number}-lock").exists():
                break
        self.display = f":{number}"
        self.process = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return self
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _startup_rows(label: str, starts: Starts) -> list[Row]:
    floor_ms = 1000 * _median([s.seconds for s in starts.floors])
    first_ms = 1000 * _median([s.seconds for s in starts.firsts])
    whole_ms = 1000 * _median([s.seconds for s in starts.wholes])
    drawn = sum(FIRST_FRAME_MARK in s.output for s in starts.firsts)
    floor = f"bare window {floor_ms:.0f} ms"
    return [
        Row(
            f"start-up, {label}: first frame",
            first_ms,
            "ms",
            floor_ms,
            floor,
            2.0,
            f"{drawn} of {len(starts.firsts)} from the snapshot",
        ),
        Row(f"start-up, {label}: interactive", whole_ms, "ms", floor_ms, floor, 4.0),
    ]


def _raw_starts(starts: Starts) -> dict[str, object]:
    return {
        "bare": [s.seconds for s in starts.floors],
        "first_frame": [s.seconds for s in starts.firsts],
        "app": [s.seconds for s in starts.wholes],
        "first_frame_rss": [s.peak_mb for s in starts.firsts],
        "app_rss": [s.peak_mb for s in starts.wholes],
    }


def _table(rows: list[Row]) -> str:
    lines = [
        f"| {'measurement':<44} | {'median':>12} | {'compared with':<26} | {'ratio':>6} | "
        f"{'target':>7} | {'verdict':<7} |",
        f"|{'-' * 46}|{'-' * 14}|{'-' * 28}|{'-' * 8}|{'-' * 9}|{'-' * 9}|",
    ]
    for row in rows:
        value = "n/a" if row.value is None else f"{row.value:,.1f} {row.unit}"
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}"
        limit = "" if row.limit is None else f"≤{row.limit:g}"
        lines.append(
            f"| {row.name:<44} | {value:>12} | {row.reference_name:<26} | {ratio:>6} | "
            f"{limit:>7} | {row.verdict:<7} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Generate (once) and measure; print the table; exit 0 unless a benchmark crashed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small journal, few runs (CI)")
    parser.add_argument("--data-dir", type=Path, help="where the benchmark journal lives")
    parser.add_argument("--runs", type=int, help="timed runs per measurement")
    parser.add_argument("--events", type=int, help="ActivityWatch events to import")
    parser.add_argument("--chatgpt-mb", type=int, help="size of the ChatGPT export to import")
    parser.add_argument("--no-xvfb", action="store_true", help="skip the start-up under Xvfb")
    parser.add_argument("--json", type=Path, help="also write every raw result here")
    args = parser.parse_args(argv)
    years = 0.3 if args.quick else 10.0
    runs = args.runs or (3 if args.quick else 11)
    events = args.events or (20_000 if args.quick else 1_000_000)
    root = Path(tempfile.gettempdir()) / "vision-journal-bench"
    data_dir = args.data_dir or root / ("quick" if args.quick else "heavy")
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    env = bench_env(data_dir)
    _prepare(data_dir, years, env)

    raw: dict[str, object] = {"runs": runs, "years": years, "data_dir": str(data_dir)}
    rows: list[Row] = []
    print("start-up (offscreen) ...", flush=True)
    starts = _startup(data_dir, runs, env)
    rows += _startup_rows("offscreen", starts)
    raw["startup_offscreen"] = _raw_starts(starts)
    start_rss = _median([s.peak_mb for s in starts.wholes])
    first_rss = _median([s.peak_mb for s in starts.firsts])
    if not args.no_xvfb:
        with _Xvfb() as xvfb:
            if xvfb is None:
                print("Xvfb not installed: start-up under X11 skipped", flush=True)
            else:
                print("start-up (Xvfb) ...", flush=True)
                x_env = dict(env, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb.display)
                x_starts = _startup(data_dir, runs, x_env)
                rows += _startup_rows("Xvfb (xcb)", x_starts)
                raw["startup_xvfb"] = _raw_starts(x_starts)
    print("dashboard, JSON export ...", flush=True)
    core = [PYTHON, str(BENCH_DIR / "core_bench.py")]
    dashboard = _run(
        [*core, "dashboard", "--data-dir", str(data_dir), "--runs", str(runs * 2)], env, "dashboard"
    )
    exported = _run(
        [*core, "json", "--data-dir", str(data_dir), "--runs", str(max(3, runs // 3))], env, "json"
    )
    imported = _run(
        [
            *core,
            "json-import",
            "--data-dir",
            str(data_dir),
            "--work-dir",
            str(root / "json-import"),
            "--runs",
            str(max(3, runs // 3)),
        ],
        env,
        "json-import",
    )
    print("window: log a use, filter, scroll, PDF ...", flush=True)
    gui = _run(
        [PYTHON, str(BENCH_DIR / "gui_bench.py"), "--data-dir", str(data_dir), "--runs", str(runs)],
        env,
        "gui",
    )
    print(f"ActivityWatch import of {events:,} events ...", flush=True)
    aw = _run(
        [
            *core,
            "activitywatch",
            "--work-dir",
            str(root / "aw"),
            "--events",
            str(events),
            "--runs",
            str(1 if not args.quick else 2),
        ],
        env,
        "activitywatch",
    )
    megabytes = args.chatgpt_mb or (5 if args.quick else 200)
    print(f"ChatGPT import of a {megabytes} MB export ...", flush=True)
    gpt = _run(
        [
            *core,
            "chatgpt",
            "--work-dir",
            str(root / "chatgpt"),
            "--megabytes",
            str(megabytes),
            "--runs",
            str(1 if not args.quick else 2),
        ],
        env,
        "chatgpt",
    )
    live_events = 10_000 if args.quick else 100_000
    print(f"ActivityWatch live sync of {live_events:,} events ...", flush=True)
    live = _run(
        [
            PYTHON,
            str(BENCH_DIR / "capture_bench.py"),
            "--work-dir",
            str(root / "aw-live"),
            "--events",
            str(live_events),
        ],
        env,
        "capture",
    )
    raw.update(
        dashboard=dashboard,
        json=exported,
        json_import=imported,
        gui=gui,
        activitywatch=aw,
        capture=live,
        chatgpt=gpt,
    )

    rows += [
        Row(
            "dashboard recomputed after a logged use",
            float(dashboard["dashboard_ms"]),
            "ms",
            16.0,
            "target 16 ms",
            1.0,
        ),
        Row(
            "  from scratch (opening the journal)",
            float(dashboard["dashboard_cold_ms"]),
            "ms",
            None,
            "",
            None,
        ),
        Row(
            "log a use via dialog → index shown",
            float(gui["log_use_ms"]),
            "ms",
            12.0,
            "target 12 ms",
            1.0,
        ),
        Row(
            "filter AI-use list, per keystroke",
            float(gui["filter_ms"]),
            "ms",
            50.0,
            "target 50 ms",
            1.0,
        ),
        Row("  slowest keystroke", float(gui["filter_max_ms"]), "ms", 50.0, "target 50 ms", None),
        Row(
            f"scroll to the end of {int(gui['scroll_rows']):,} rows",
            float(gui["scroll_ms"]),
            "ms",
            1000.0,
            f"1 s ({int(gui.get('scroll_held_rows', gui['scroll_rows'])):,} rows held)",
            1.0,
        ),
        Row(
            "PDF summary of a year",
            None if gui["pdf_ms"] is None else float(gui["pdf_ms"]),
            "ms",
            1000.0,
            "target 1 s" if gui["pdf_ms"] is not None else "ui/pdf.py absent",
            1.0,
        ),
        Row(
            "JSON export of everything",
            float(exported["json_ms"]),
            "ms",
            1000.0,
            f"1 s ({int(exported['json_bytes']) / 1e6:.1f} MB written)",
            1.0,
        ),
        Row(
            "JSON import of it into an empty journal",
            float(imported["json_import_ms"]),
            "ms",
            4000.0,
            f"4 s ({int(imported['json_import_uses']):,} uses)",
            1.0,
        ),
        Row(
            f"ActivityWatch import, {events:,} events",
            float(aw["aw_total_ms"]),
            "ms",
            2_000.0 * events / 1_000_000,
            f"{float(aw['aw_events_per_s']):,.0f} events/s",
            1.0,
        ),
        Row("  of which parsing", float(aw["aw_parse_ms"]), "ms", None, "", None),
        Row(
            "  of which writing (apply_import)",
            None if aw["aw_apply_ms"] is None else float(aw["aw_apply_ms"]),
            "ms",
            None,
            "" if aw["aw_apply_ms"] is not None else "core/importing.py absent",
            None,
        ),
        Row(
            f"ChatGPT import, {float(gpt['gpt_file_mb']):.0f} MB export",
            float(gpt["gpt_total_ms"]),
            "ms",
            10_000.0 * megabytes / 200,
            f"{int(gpt['gpt_conversations']):,} conversations",
            1.0,
        ),
        Row("  of which parsing (streamed)", float(gpt["gpt_parse_ms"]), "ms", None, "", None),
        Row("  of which writing (apply_import)", float(gpt["gpt_apply_ms"]), "ms", None, "", None),
        Row(
            "  growth of peak RSS while importing",
            float(gpt["gpt_peak_rss_mb"]) - float(gpt["gpt_rss_before_mb"]),
            "MB",
            float(gpt["gpt_file_mb"]),
            f"against the file's {float(gpt['gpt_file_mb']):.0f} MB",
            # "Well under the file's size"; a quick run's small file is below the buffers.
            None if args.quick else 0.25,
        ),
        Row(
            f"ActivityWatch live sync, {live_events:,} events",
            float(live["sync_ms"]),
            "ms",
            5_000.0 * live_events / 100_000,
            f"{int(live['sessions'])} sessions found",
            1.0,
        ),
        Row("  of which the aw-server answering", float(live["server_ms"]), "ms", None, "", None),
        Row("  of which the journal", float(live["journal_ms"]), "ms", None, "", None),
        Row(
            "  processor time of the journal's sync thread",
            float(live["journal_cpu_ms"]),
            "ms",
            None,
            "not stretched by a busy machine",
            None,
        ),
        Row(
            "  processor time of the aw-server",
            None if live["server_cpu_ms"] is None else float(live["server_cpu_ms"]),
            "ms",
            None,
            "the Python reference server; Linux only",
            None,
        ),
        Row(
            "  longest GUI-thread pause during the sync",
            float(live["longest_gui_gap_ms"]),
            "ms",
            None,
            f"a 10 ms timer; {float(live['longest_idle_gap_ms']):.0f} ms without a sync",
            None,
        ),
        Row("peak RSS, start-up, first frame", first_rss, "MB", 110.0, "target 110 MB", 1.0),
        Row("peak RSS, start-up, interactive window", start_rss, "MB", 110.0, "target 110 MB", 1.0),
    ]
    for key, after in (
        ("log_use_rss_mb", "logging uses"),
        ("filter_rss_mb", "filtering"),
        ("scroll_rss_mb", "scrolling to the end"),
        ("gui_peak_rss_mb", "the PDF (all of the above)"),
    ):
        if key in gui:
            rows.append(
                Row(
                    f"peak RSS, window after {after}",
                    float(gui[key]),
                    "MB",
                    150.0,
                    "target 150 MB",
                    1.0,
                )
            )
    print()
    print(
        f"Vision Journal benchmarks, {dt.datetime.now():%Y-%m-%d %H:%M}, "
        f"{'quick' if args.quick else 'heavy'} journal ({years:g} years), "
        f"medians of {runs} runs"
    )
    print(_table(rows))
    if args.json is not None:
        args.json.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
