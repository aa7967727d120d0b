"""Live ActivityWatch sync of many events, on a worker thread while the GUI thread ticks.

    python benchmarks/capture_bench.py --work-dir DIR --events 100000

Starts a real aw-server (from `.venv-aw`, see `tests/capture_support.py`) with its peewee
storage under DIR, writes the events through aw-client (not timed), then times
`core.capture.sync.sync` against it on a `QThreadPool` thread while a 10 ms timer runs in
the GUI thread: the longest gap between two ticks says whether the window would freeze.
The server's own share is the time spent waiting for its answers; the processor time of the
sync's thread and of the server process (which a busy machine does not stretch) split it too.
Prints one RESULT line (see `common.emit`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import threading
import time
from pathlib import Path

from common import emit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.capture_support import ActivityWatchServer, event  # noqa: E402

from vision_journal.core.capture import activitywatch_live  # noqa: E402
from vision_journal.core.capture import sync as capture  # noqa: E402
from vision_journal.core.capture.inbox import count_waiting  # noqa: E402
from vision_journal.core.journal import Journal  # noqa: E402
from vision_journal.core.paths import JournalPaths  # noqa: E402

_APPS = ("Code", "Firefox", "Terminal", "ChatGPT", "Slack", "Claude", "Mail")
_URLS = ("https://claude.ai/chat/1", "https://example.org/a", "https://chatgpt.com/c/2")


def _buckets(count: int, seed: int = 11) -> list[dict[str, object]]:
    """Window 60 %, tab 30 %, afk 10 % of `count` events, back to back from 2025-03-03."""
    rng = random.Random(seed)
    shares = {"currentwindow": count * 6 // 10, "web.tab.current": count * 3 // 10}
    shares["afkstatus"] = count - sum(shares.values())
    buckets = []
    for bucket_type, number in shares.items():
        moment = dt.datetime(2025, 3, 3, 8, tzinfo=dt.UTC)
        events = []
        for _ in range(number):
            seconds = rng.choice((5.0, 12.0, 30.0, 60.0))
            if bucket_type == "currentwindow":
                data: dict[str, object] = {"app": rng.choice(_APPS), "title": "t"}
            elif bucket_type == "web.tab.current":
                data = {"url": rng.choice(_URLS), "title": "t"}
            else:
                data = {"status": "afk" if rng.random() < 0.2 else "not-afk"}
                seconds *= 10
            events.append(event(moment, seconds, **data))
            moment += dt.timedelta(seconds=seconds + rng.choice((0, 1, 3)))
        buckets.append({"id": f"bench-{bucket_type}", "type": bucket_type, "events": events})
    return buckets


def main() -> int:
    """Run the measurement once; print the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool, QTimer

    # A scratch folder of its own each run: a journal left by an earlier run was made under
    # another benchmark keyring (and its server would hold the events twice).
    shutil.rmtree(args.work_dir, ignore_errors=True)
    args.work_dir.mkdir(parents=True)
    server = ActivityWatchServer(args.work_dir / "aw", storage="peewee", testing=False)
    try:
        server.write(_buckets(args.events))
        journal = Journal.open(JournalPaths(args.work_dir / "journal"))
        capture.save_config(
            journal,
            capture.CaptureConfig(activitywatch_enabled=True, activitywatch_url=server.url),
        )
        app = QCoreApplication.instance() or QCoreApplication([])
        gaps: list[float] = []
        last = [time.perf_counter()]
        done = threading.Event()
        took: list[float] = []

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now
            if done.is_set():
                app.quit()

        # The time spent waiting for the server's answers, told apart from the journal's work.
        waited: list[float] = []
        fetch = activitywatch_live._fetch

        def timed_fetch(url: str) -> bytes:
            start = time.perf_counter()
            try:
                return fetch(url)
            finally:
                waited.append(time.perf_counter() - start)

        activitywatch_live._fetch = timed_fetch  # type: ignore[assignment]
        # Processor time, which a busy machine does not stretch: the sync's own thread, and
        # the server process (Linux's /proc; None elsewhere).
        used: list[float] = []
        server_before = server.cpu_seconds()

        class Task(QRunnable):
            def run(self) -> None:
                start = time.perf_counter()
                cpu = time.thread_time()
                capture.sync(journal)
                used.append(time.thread_time() - cpu)
                took.append(time.perf_counter() - start)
                done.set()

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        # First the GUI thread alone for two seconds: on a busy machine its pauses are not
        # the sync's doing, and this says how long they are.
        QTimer.singleShot(2000, app.quit)
        timer.start()
        app.exec()
        idle_gap = max(gaps)
        gaps.clear()
        last[0] = time.perf_counter()
        QThreadPool.globalInstance().start(Task())
        app.exec()
        QThreadPool.globalInstance().waitForDone()
        waiting = count_waiting(journal)
        server_after = server.cpu_seconds()
        journal.close()

    finally:
        server.stop()
    emit(
        {
            "sync_ms": took[0] * 1000,
            "server_ms": sum(waited) * 1000,
            "journal_ms": (took[0] - sum(waited)) * 1000,
            "journal_cpu_ms": used[0] * 1000,
            "server_cpu_ms": (
                (server_after - server_before) * 1000
                if server_after is not None and server_before is not None
                else None
            ),
            "longest_gui_gap_ms": max(gaps) * 1000,
            "longest_idle_gap_ms": idle_gap * 1000,
            "events": args.events,
            "sessions": waiting,
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
