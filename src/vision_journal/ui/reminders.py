"""The weekly check-in reminder while the app runs: a timer armed for the next reminder.

The moment comes from the core (`checkins.next_reminder`) and the clock is injected, so tests
call `check()` with the clock moved instead of waiting. The timer is re-armed at most an hour
ahead, so a suspended computer or a changed system clock is noticed within the hour. A
reminder for a week whose check-in is already completed stays silent. A snooze lasts a day
and is kept in QSettings, so it survives a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from vision_journal.core import checkins
from vision_journal.core.journal import Journal

SNOOZE_KEY = "checkin/snoozed_until"
#: The longest the timer waits before looking at the clock again, in milliseconds.
MAX_WAIT_MS = 60 * 60 * 1000


class CheckInReminder(QObject):
    """Emits `due` at the weekly reminder time (or when a snooze ends)."""

    due = Signal()

    def __init__(
        self,
        journal: Journal,
        clock: Callable[[], dt.datetime],
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._settings = settings
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self.due_at: dt.datetime | None = None
        #: The week the latest reminder asked about.
        self.due_week: dt.date | None = None

    def snoozed_until(self) -> dt.datetime | None:
        """The end of the current snooze, if one was set."""
        value = self._settings.value(SNOOZE_KEY)
        if not isinstance(value, str) or not value:
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None

    def arm(self) -> dt.datetime:
        """Compute the next reminder from now and start the timer; returns its moment."""
        now = self._clock()
        self.due_at = checkins.next_reminder(now, self._journal.settings(), self.snoozed_until())
        wait_ms = int((self.due_at - now).total_seconds() * 1000)
        self._timer.start(max(0, min(wait_ms, MAX_WAIT_MS)))
        return self.due_at

    def stop(self) -> None:
        """Stop waiting (the window is closing)."""
        self._timer.stop()

    def check(self) -> bool:
        """Look at the clock: emit `due` when the reminder time has come; re-arm either way.

        Returns True when `due` was emitted.
        """
        now = self._clock()
        if self.due_at is None or now < self.due_at:
            self.arm()
            return False
        week = checkins.reminder_week(self.due_at, self._journal.settings())
        self.due_week = week
        is_due = not checkins.is_week_completed(self._journal, week)
        snoozed = self.snoozed_until()
        if snoozed is not None and snoozed <= now:
            self._settings.remove(SNOOZE_KEY)
        self.arm()
        if is_due:
            self.due.emit()
        return is_due

    def snooze_day(self) -> dt.datetime:
        """Remind again in a day, instead of at the next weekly time; returns the moment."""
        until = self._clock() + dt.timedelta(days=1)
        self._settings.setValue(SNOOZE_KEY, until.isoformat())
        self._settings.sync()
        self.arm()
        return until
