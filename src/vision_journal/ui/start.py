"""The start of the window: its first frame from the dashboard's snapshot, then the rest.

docs/architecture.md, "Start-up". What the first frame needs is imported here: Qt, the
theme, the key from the keyring, and the SQLCipher driver. When the journal's snapshot is
still current (`core.dashboard_snapshot`), the dashboard it holds is drawn at once; only then
are SQLAlchemy, the ORM, the migrations and the other pages imported, the journal opened as
always (its check of every page included, before anything can be written) and the whole
window put in the first frame's place. Without a current snapshot (a first start, another
process wrote since, a new day, a passphrase to ask) the start is the whole window's, as
before.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vision_journal.core.paths import JournalPaths

if TYPE_CHECKING:
    from vision_journal.ui.start_window import StartWindow

#: Set to 1 to quit once the first frame is drawn (the first-frame benchmark); without a
#: current snapshot the first frame is the whole window, which then quits the same way.
EXIT_AFTER_FIRST_FRAME_ENV = "VISION_JOURNAL_EXIT_AFTER_FIRST_FRAME"
#: What that start prints when its first frame was drawn from the snapshot.
FIRST_FRAME_MARK = "first frame: snapshot"


@dataclass(frozen=True, slots=True)
class _Early:
    """What was read before the window: the key, if the keyring gave it without asking."""

    key: bytes | None = None


def _keyring_key(paths: JournalPaths) -> _Early:
    """The journal's key when the keyring holds it (no prompt, no new key); else none.

    Anything unusual (a passphrase, a key being changed, no key file, a keyring that fails)
    is left to the whole start, which asks or explains as it always has.
    """
    from vision_journal.core.keys import KeyStore, KeyUnavailableError, Protection

    try:
        store = KeyStore(paths)
        info = store.info()
        if info is None or info.pending is not None:
            return _Early()
        if info.current.protection is not Protection.KEYRING:
            return _Early()
        return _Early(store.key_from_keyring())
    except (KeyUnavailableError, OSError, ValueError):
        return _Early()


class _KeyReader(threading.Thread):
    """Asks the keyring while Qt loads: both take a while, and neither needs the other."""

    def __init__(self, paths: JournalPaths) -> None:
        super().__init__(name="first-frame-key", daemon=True)
        self._paths = paths
        self.early = _Early()

    def run(self) -> None:
        self.early = _keyring_key(self._paths)


def run(paths: JournalPaths | None) -> int:
    """Run the window for the journal at `paths` (None: the person's own journal)."""
    from vision_journal.ui.application import known_journal

    if paths is None:
        paths = known_journal()
    if paths is None or not paths.database.exists() or not paths.key_file.exists():
        return _run_whole(paths)
    reader = _KeyReader(paths)
    reader.start()
    from vision_journal.ui.application import make_application

    make_application()
    from vision_journal.ui.single_instance import SingleInstance

    try:
        paths.ensure()
    except OSError:
        return _run_whole(paths)  # says why
    instance = SingleInstance(paths.lock_file)
    if not instance.acquire(listen=False):
        return 0  # the running window was brought to the front; this file was never opened
    try:
        reader.join()
        key = reader.early.key
        start = _first_frame(paths, key) if key is not None else None
        if start is not None and os.environ.get(EXIT_AFTER_FIRST_FRAME_ENV) == "1":
            print(FIRST_FRAME_MARK, flush=True)  # the benchmark counts these
            return 0
        instance.listen()
        if key is not None:
            from vision_journal.core.db.page_check import start_page_check

            # The open checks every page of the file; begun now, the check runs beside the
            # imports below (SQLite leaves Python's lock while it reads), and the open waits
            # for its result before anything is written.
            start_page_check(paths.database, key)
        from vision_journal.ui.app import run as run_whole

        return run_whole(paths, start=start, instance=instance, keyring_key=key)
    finally:
        instance.release()


def _first_frame(paths: JournalPaths, key: bytes) -> StartWindow | None:
    """The first frame, drawn, when the journal's snapshot is current; else None."""
    import datetime as dt

    from PySide6.QtCore import QEventLoop, QLocale

    from vision_journal.core.dashboard_snapshot import read_current
    from vision_journal.ui.start_window import StartWindow

    snapshot = read_current(paths.database, key, dt.datetime.now(), QLocale().name())
    if snapshot is None:
        return None
    window = StartWindow(snapshot, paths.settings_file)
    loop = QEventLoop()
    window.painted.connect(loop.quit)
    window.show()
    loop.exec()
    return window


def _run_whole(paths: JournalPaths | None) -> int:
    from vision_journal.ui.app import run as run_whole

    return run_whole(paths)
