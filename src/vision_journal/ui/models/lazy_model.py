"""A table model that reads its rows a page at a time, as the view scrolls."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
#: Rows per later fetch: each fetch is a query of its own with a fixed cost (compiling it,
#: decrypting the index pages it starts on), so scrolling to the end of 100 000 rows takes
#: 100 fetches rather than 500.
FETCH_SIZE = 1000
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records fetched in pages; subclasses say how to count, fetch and show them."""

    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__()
        self._headers = headers
        self._rows: list[R] = []
        self._total = 0
        #: False while `_total` is only a lower bound (see `_count`).
        self._is_total_exact = True
        #: True once a fetch came back short: every record is loaded.
        self._is_complete = True

    # --- what subclasses provide -----------------------------------------------------------

    def _count(self) -> tuple[int, bool]:
        """How many records there are, and whether that is exact (False: at least that many).

        Only asked when the first page came back full.
        """
        raise NotImplementedError

    def _page(self, offset: int, limit: int) -> list[R]:
        raise NotImplementedError

    def _display(self, record: R, column: int) -> str:
        raise NotImplementedError

    def _before_reload(self) -> None:
        """Refresh lookups (names of tools, circles) before the rows are read again."""

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page again (after a change in the journal)."""
        self.beginResetModel()
        self._before_reload()
        self._rows = self._page(0, PAGE_SIZE)
        # A short first page is everything: no count needed (for a rare word in a long
        # journal, the page already read the whole table once).
        self._is_complete = len(self._rows) < PAGE_SIZE
        if self._is_complete:
            self._total, self._is_total_exact = len(self._rows), True
        else:
            self._total, self._is_total_exact = self._count()
        self.endResetModel()

    def total(self) -> int:
        """How many records there are (loaded or not); a lower bound unless `is_total_exact`."""
        return self._total

    def is_total_exact(self) -> bool:
        """False when `total` only says "at least"."""
        return self._is_total_exact

    def record_at(self, row: int) -> R:
        """The record shown in `row`."""
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._is_complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows), FETCH_SIZE)
        if len(more) < FETCH_SIZE:
            self._is_complete = True
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        if self._is_complete:
            self._total, self._is_total_exact = len(self._rows), True

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric_columns():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, index.column())
        return None

    def _numeric_columns(self) -> frozenset[int]:
        return frozenset()

    def _tooltip(self, record: R, column: int) -> str | None:
        return None
