"""Capture in the background: sync the opted-in sources every few minutes and on demand.

The sync runs on a pool thread (`QThreadPool`), never on the GUI thread, so typing never
waits for a slow ActivityWatch or a large history; it touches no widget. When it ends,
`finished` carries the core's `SyncReport` (each source's result or its error, and how many
sessions wait) in the GUI thread. A failure is reported, never swallowed: a source that
could not be read is in the report, and an unexpected error arrives as `failed`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from vision_journal.core.capture import sync as capture
from vision_journal.core.journal import Journal


class _Signals(QObject):
    """Lives in the GUI thread, so the slots connected to it run there."""

    finished = Signal(object)
    failed = Signal(str)


class _SyncTask(QRunnable):
    def __init__(self, journal: Journal, sources: Sequence[str] | None, signals: _Signals) -> None:
        super().__init__()
        self._journal = journal
        self._sources = sources
        self.signals = signals

    def run(self) -> None:
        try:
            report = capture.sync(self._journal, self._sources)
        except Exception as error:  # a bug must still end the busy state in the window
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(report)


class CaptureSync(QObject):
    """Runs capture syncs off the GUI thread, one at a time, on a timer and on demand."""

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_task_finished)
        self._signals.failed.connect(self._on_task_failed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self.is_busy = False
        self.last_report: capture.SyncReport | None = None

    def start(self) -> None:
        """Sync every few minutes (the capture setting) from now on."""
        self._timer.start(capture.load_config(self._journal).sync_minutes * 60_000)

    def set_interval(self, minutes: int) -> None:
        """Sync every `minutes` from now on: a changed setting takes effect at once (a
        running timer starts its new wait now)."""
        self._timer.setInterval(minutes * 60_000)

    def interval_minutes(self) -> int:
        """The minutes between syncs the timer waits."""
        return self._timer.interval() // 60_000

    def is_running(self) -> bool:
        """True while the timer syncs in the background."""
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop the timer and wait for a running sync to end (before the journal closes)."""
        self._timer.stop()
        self._pool.waitForDone()

    def sync_now(self, sources: Sequence[str] | None = None) -> bool:
        """Start a sync unless one is running; returns whether one was started."""
        if self.is_busy:
            return False
        self.is_busy = True
        self.started.emit()
        self._pool.start(_SyncTask(self._journal, sources, self._signals))
        return True

    def _on_task_finished(self, report: object) -> None:
        self.is_busy = False
        if isinstance(report, capture.SyncReport):
            self.last_report = report
        self.finished.emit(report)

    def _on_task_failed(self, message: str) -> None:
        self.is_busy = False
        self.failed.emit(message)
