"""Pages that read the journal again only when someone can see them.

Every change in the window (a logged use, an undo) reaches every page. A hidden page that
re-read its lists each time would put the Goals, Boundaries and AI-use queries on the path
of logging a use from the dashboard; instead it is marked stale and reads once when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Runs a page's refresh on each change while the page is shown, else when next shown."""

    def __init__(
        self, page: QWidget, refresh: Callable[[], None], *, is_stale: bool = False
    ) -> None:
        """`is_stale` True: the page has not read the journal yet (its first show will)."""
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._is_stale = is_stale
        page.installEventFilter(self)

    @property
    def is_stale(self) -> bool:
        """True when a change has not been shown yet."""
        return self._is_stale

    def changed(self, *_args: object) -> None:
        """The journal changed: refresh now if the page is shown, else when it is."""
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
