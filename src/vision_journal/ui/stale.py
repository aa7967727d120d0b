"""Pages that read the journal again only when what they show changed, and someone can see
them.

Every change (an operation, an undo, a write of another process) reaches every page as one
`Changes` value. A page declares the tables it shows and ignores the rest; a hidden page
that re-read its lists each time would put the Goals, Boundaries and AI-use queries on the
path of logging a use from the dashboard; instead it is marked stale and reads once when
shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from vision_journal.core.changes import Changes


class RefreshWhenShown(QObject):
    """Runs a page's refresh on each change while the page is shown, else when next shown."""

    def __init__(
        self,
        page: QWidget,
        refresh: Callable[[], None],
        shows: frozenset[str],
        *,
        is_stale: bool = False,
    ) -> None:
        """`shows`: the tables the page shows (`core.changes.Table`). `is_stale` True: the
        page has not read the journal yet (its first show will)."""
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self.shows = shows
        self._is_stale = is_stale
        page.installEventFilter(self)

    @property
    def is_stale(self) -> bool:
        """True when a change has not been shown yet."""
        return self._is_stale

    def changed(self, changes: Changes) -> None:
        """The journal changed: if the page shows any of it, refresh now if the page is
        shown, else when it is."""
        if not changes.touches(self.shows):
            return
        if self._page.isVisible():
            self._is_stale = False
            self._refresh()
        else:
            self._is_stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refresh a stale page just before it is shown."""
        # The event type first: while the page is torn down its children (this object
        # among them) may be half gone, and only a Show needs the attributes.
        if event.type() == QEvent.Type.Show and watched is self._page and self._is_stale:
            self._is_stale = False
            self._refresh()
        return False
