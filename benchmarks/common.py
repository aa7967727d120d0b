"""Shared pieces of the benchmark scripts: the environment, the dataset, timing helpers.

Every measurement runs in its own fresh interpreter (started by `run.py`), so one cannot warm
caches or grow memory for another. The journal is a throwaway one whose key lives in the
benchmark keyring (`bench_keyring.py`), so the app opens it exactly as it opens a person's.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
#: The environment variable the app reads to quit once the dashboard is shown (start-up).
EXIT_AFTER_START_ENV = "VISION_JOURNAL_EXIT_AFTER_START"
#: The one it reads to quit once its first frame is drawn (`ui/start.py`).
EXIT_AFTER_FIRST_FRAME_ENV = "VISION_JOURNAL_EXIT_AFTER_FIRST_FRAME"
#: What such a start prints when its first frame was the dashboard's snapshot.
FIRST_FRAME_MARK = "first frame: snapshot"


def bench_env(data_dir: Path, platform: str = "offscreen") -> dict[str, str]:
    """The environment of a benchmark process for the journal in `data_dir`."""
    env = dict(os.environ)
    paths = [str(BENCH_DIR), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.FileKeyring"
    env["VISION_JOURNAL_BENCH_KEYRING"] = str(data_dir.parent / (data_dir.name + ".keyring.json"))
    env["QT_QPA_PLATFORM"] = platform
    # A fixed home: the app's remembered-folder settings must not come from the real one.
    env.setdefault("XDG_CONFIG_HOME", str(data_dir.parent / "config"))
    env.pop(EXIT_AFTER_START_ENV, None)
    env.pop(EXIT_AFTER_FIRST_FRAME_ENV, None)
    # An installed app starts from compiled bytecode. Keep it in a cache of our own (never in
    # the source tree), even where the shell sets PYTHONDONTWRITEBYTECODE.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(data_dir.parent / "pycache")
    return env


def median_ms(samples: list[float]) -> float:
    """The median of samples in seconds, in milliseconds."""
    return 1000 * statistics.median(samples)


def timed(call: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of `runs` calls of `call`, after `warmup` untimed ones."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def emit(results: dict[str, object]) -> None:
    """Hand results to `run.py`: one JSON line on stdout, prefixed so logs cannot mix in."""
    sys.stdout.write("RESULT " + json.dumps(results) + "\n")
    sys.stdout.flush()


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
