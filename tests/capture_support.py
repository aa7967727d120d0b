"""A real ActivityWatch server for tests, events written with aw-client, browser history files.

`ActivityWatchServer` starts the `aw-server` package from PyPI (in its own virtualenv,
`.venv-aw`, made by `scripts/test.sh`: aw-core pins a platformdirs the app cannot take) in
testing mode on a free port of 127.0.0.1, with its home and data folders under the test's
temporary folder. `write_events` runs `aw-client` in that virtualenv to create buckets and
insert events through the server's API: nothing is mocked at the HTTP level.

`make_firefox_history` and `make_chromium_history` create databases with each browser's
documented tables (the columns capture reads and the ones around them).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent

#: Creates the buckets and inserts the events it reads from stdin, through aw-client.
_WRITER = """
import json, sys
from datetime import datetime, timedelta
from aw_client import ActivityWatchClient
from aw_core.models import Event
spec = json.load(sys.stdin)
client = ActivityWatchClient("vision-journal-test", testing=True, host="127.0.0.1",
                             port=spec["port"])
for bucket in spec["buckets"]:
    client.create_bucket(bucket["id"], bucket["type"], queued=False)
    events = [Event(timestamp=datetime.fromisoformat(e["timestamp"]),
                    duration=timedelta(seconds=e["duration"]), data=e["data"])
              for e in bucket["events"]]
    for start in range(0, len(events), 5000):
        client.insert_events(bucket["id"], events[start:start + 5000])
"""


def activitywatch_python() -> Path:
    """The Python of the virtualenv with aw-server and aw-client."""
    configured = os.environ.get("VISION_JOURNAL_AW_PYTHON")
    python = Path(configured) if configured else ROOT / ".venv-aw" / "bin" / "python"
    if not python.is_file():
        raise RuntimeError(
            f"no ActivityWatch test server at {python}: run scripts/test.sh once, which "
            "installs requirements/activitywatch.txt into .venv-aw"
        )
    return python


def free_port() -> int:
    """A port of 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ActivityWatchServer:
    """A real `aw-server --testing` on 127.0.0.1, its files under `folder`; stop() ends it.

    `testing=False` drops testing mode (which pretty-prints every JSON answer) for the
    benchmark; the port and the folders stay the test's own either way.
    """

    def __init__(self, folder: Path, storage: str = "memory", *, testing: bool = True) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        home = folder / "aw-home"
        home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHONUNBUFFERED": "1",
        }
        self.log: list[str] = []
        self._drainer: threading.Thread | None = None
        self._process = subprocess.Popen(
            [
                str(activitywatch_python()),
                "-m",
                "aw_server",
                *(["--testing"] if testing else []),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--storage",
                storage,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert self._process.stdout is not None
        self._wait_until_serving(self._process.stdout)

    def _wait_until_serving(self, output: IO[str]) -> None:
        # The server says "Running on http://127.0.0.1:PORT" once it accepts requests; its
        # output is read line by line (no polling), then drained so the pipe never fills.
        for line in output:
            self.log.append(line)
            if "Running on" in line:
                self._drainer = threading.Thread(target=self._drain, args=(output,), daemon=True)
                self._drainer.start()
                return
        raise RuntimeError("aw-server stopped before serving:\n" + "".join(self.log[-30:]))

    def _drain(self, output: IO[str]) -> None:
        for line in output:
            if len(self.log) < 2000:
                self.log.append(line)

    def write(self, buckets: Sequence[dict[str, object]]) -> None:
        """Create the buckets and insert their events through aw-client."""
        write_events(self.port, buckets)

    def cpu_seconds(self) -> float | None:
        """The processor time the server has used so far (Linux only; None elsewhere)."""
        try:
            fields = Path(f"/proc/{self._process.pid}/stat").read_text().rsplit(")", 1)[1]
        except OSError:
            return None
        user, system = fields.split()[11:13]
        return (int(user) + int(system)) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """End the server and wait for it."""
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._drainer is not None:
            self._drainer.join()  # the pipe ends with the process
        if self._process.stdout is not None:
            self._process.stdout.close()


def write_events(port: int, buckets: Sequence[dict[str, object]]) -> None:
    """Run aw-client (in the ActivityWatch virtualenv) to write `buckets` to the server."""
    spec = json.dumps({"port": port, "buckets": list(buckets)})
    done = subprocess.run(
        [str(activitywatch_python()), "-c", _WRITER],
        input=spec,
        text=True,
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"aw-client could not write the events:\n{done.stderr[-3000:]}")


def event(start: dt.datetime, seconds: float, **data: object) -> dict[str, object]:
    """One ActivityWatch event (start must carry a zone)."""
    return {"timestamp": start.isoformat(), "duration": seconds, "data": data}


# --- browser histories ------------------------------------------------------------------------


def _micros(moment: dt.datetime) -> int:
    return round(moment.timestamp() * 1_000_000)


def make_firefox_history(path: Path, visits: Sequence[tuple[str, dt.datetime]]) -> Path:
    """A `places.sqlite` with `visits` (url, aware time) in Firefox's schema."""
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
            rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, hidden INTEGER DEFAULT 0,
            typed INTEGER DEFAULT 0, frecency INTEGER DEFAULT -1, last_visit_date INTEGER,
            guid TEXT, foreign_count INTEGER DEFAULT 0, url_hash INTEGER DEFAULT 0,
            description TEXT, preview_image_url TEXT, origin_id INTEGER);
        CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, from_visit INTEGER,
            place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER,
            source INTEGER DEFAULT 0, triggeringPlaceId INTEGER);
        """
    )
    places: dict[str, int] = {}
    for url, moment in visits:
        if url not in places:
            host = url.split("://", 1)[1].split("/", 1)[0]
            cursor = connection.execute(
                "INSERT INTO moz_places (url, title, rev_host) VALUES (?, ?, ?)",
                (url, "A private title", host[::-1] + "."),
            )
            places[url] = int(cursor.lastrowid or 0)
        connection.execute(
            "INSERT INTO moz_historyvisits (place_id, visit_date, visit_type) VALUES (?, ?, 1)",
            (places[url], _micros(moment)),
        )
    connection.commit()
    connection.close()
    return path


def make_chromium_history(path: Path, visits: Sequence[tuple[str, dt.datetime]]) -> Path:
    """A Chromium `History` with `visits` (url, aware time) in its schema."""
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE urls (id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR,
            title LONGVARCHAR, visit_count INTEGER DEFAULT 0 NOT NULL,
            typed_count INTEGER DEFAULT 0 NOT NULL, last_visit_time INTEGER NOT NULL,
            hidden INTEGER DEFAULT 0 NOT NULL);
        CREATE TABLE visits (id INTEGER PRIMARY KEY AUTOINCREMENT, url INTEGER NOT NULL,
            visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL,
            segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL,
            incremented_omnibox_typed_score BOOLEAN DEFAULT FALSE NOT NULL);
        """
    )
    offset = 11_644_473_600_000_000
    urls: dict[str, int] = {}
    for url, moment in visits:
        stamp = _micros(moment) + offset
        if url not in urls:
            cursor = connection.execute(
                "INSERT INTO urls (url, title, last_visit_time) VALUES (?, ?, ?)",
                (url, "A private title", stamp),
            )
            urls[url] = int(cursor.lastrowid or 0)
        connection.execute(
            "INSERT INTO visits (url, visit_time, visit_duration) VALUES (?, ?, 0)",
            (urls[url], stamp),
        )
    connection.commit()
    connection.close()
    return path


if __name__ == "__main__":  # pragma: no cover - a manual check that the server starts
    server = ActivityWatchServer(Path(sys.argv[1]))
    print(server.url)
    server.stop()
