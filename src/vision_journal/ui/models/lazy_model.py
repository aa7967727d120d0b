"""A table model that counts every row but keeps only a window of them.

The view asks for rows as it paints them; the model reads them from the journal in blocks of
`PAGE_SIZE` and keeps the `KEPT_BLOCKS` blocks used last, dropping the others. When the count
is exact (the usual case: an index count), the view knows every row from the start, so its
scroll bar is true and scrolling to the end of 100 000 rows reads one block, not all of them;
however far one scrolls, the model holds at most `KEPT_BLOCKS * PAGE_SIZE` records.

A block is read by seeking from a neighbour block still held (keyset paging, when the
subclass can: `_page_next`), from the far end of the list in the opposite order when it lies
in the second half (`_page(reverse=True)`), or else by offset.

When only a lower bound of the count is known (a text filter, counted only as far as a page
needs), the rows are revealed a block at a time as the view scrolls on (`fetchMore`), and
blocks far from the view are dropped all the same.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

#: Records per block read from the journal: one query each, with a fixed cost (compiling
#: it, decrypting the pages it starts on) that a screenful of rows would not repay.
PAGE_SIZE = 200
#: Blocks kept: a few screens above and below the view, for scrolling back and forth.
KEPT_BLOCKS = 8
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Records read in blocks as the view shows them; subclasses say how to count, read and
    show them."""

    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__()
        self._headers = headers
        #: The blocks held, by block number, the one used last at the end.
        self._blocks: OrderedDict[int, list[R]] = OrderedDict()
        self._block_size = PAGE_SIZE
        #: The rows the view knows of: every row when `_is_total_exact`, else those revealed.
        self._rows = 0
        self._total = 0
        #: False while `_total` is only a lower bound (see `_count`).
        self._is_total_exact = True

    # --- what subclasses provide -----------------------------------------------------------

    def _count(self) -> tuple[int, bool]:
        """How many records there are, and whether that is exact (False: at least that many).

        Only asked when the first block came back full.
        """
        raise NotImplementedError

    def _page(self, offset: int, limit: int, reverse: bool = False) -> list[R]:
        """Records `offset` to `offset + limit` in the order shown, or with `reverse` in the
        opposite order (the last record first); `reverse` is only asked for when
        `_can_reverse`."""
        raise NotImplementedError

    def _can_reverse(self) -> bool:
        """True when `_page` can read in the opposite order."""
        return False

    def _page_next(self, record: R, limit: int, reverse: bool) -> list[R] | None:
        """The records that follow `record` in the order shown (with `reverse`: that precede
        it, the nearest first), or None when this order cannot be sought that way."""
        return None

    def _display(self, record: R, column: int) -> str:
        raise NotImplementedError

    def _before_reload(self) -> None:
        """Refresh lookups (names of tools, circles) before the rows are read again."""

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Count the records and read the first block again (after a change in the journal)."""
        self.beginResetModel()
        self._before_reload()
        self._block_size = PAGE_SIZE
        self._blocks.clear()
        first = self._page(0, self._block_size)
        self._blocks[0] = first
        # A short first block is everything: no count needed (for a rare word in a long
        # journal, the block already read the whole table once).
        if len(first) < self._block_size:
            self._total, self._is_total_exact = len(first), True
        else:
            count, self._is_total_exact = self._count()
            self._total = max(count, len(first))
        self._rows = self._total if self._is_total_exact else len(first)
        self.endResetModel()

    def total(self) -> int:
        """How many records there are (held or not); a lower bound unless `is_total_exact`."""
        return self._total

    def is_total_exact(self) -> bool:
        """False when `total` only says "at least"."""
        return self._is_total_exact

    def held_rows(self) -> int:
        """How many records the model holds now (at most `KEPT_BLOCKS` blocks of them)."""
        return sum(len(block) for block in self._blocks.values())

    def record_at(self, row: int) -> R:
        """The record shown in `row` (read from the journal when its block is not held)."""
        if not 0 <= row < self._rows:
            raise IndexError(row)
        record = self._record(row)
        if record is None:
            raise IndexError(row)
        return record

    def _record(self, row: int) -> R | None:
        number, within = divmod(row, self._block_size)
        block = self._blocks.get(number)
        if block is None:
            block = self._read_block(number)
        else:
            self._blocks.move_to_end(number)
        return block[within] if within < len(block) else None

    def _read_block(self, number: int) -> list[R]:
        size = self._block_size
        offset = number * size
        records: list[R] | None = None
        before, after = self._blocks.get(number - 1), self._blocks.get(number + 1)
        if before:
            records = self._page_next(before[-1], size, reverse=False)
        elif after:
            records = self._page_next(after[0], size, reverse=True)
            if records is not None:
                records.reverse()
        if records is None:
            if self._is_total_exact and self._can_reverse() and offset > self._total // 2:
                # Near the end: an offset from the end skips fewer rows than one from the top.
                limit = min(size, self._total - offset)
                records = self._page(self._total - offset - limit, limit, reverse=True)
                records.reverse()
            else:
                records = self._page(offset, size)
        self._blocks[number] = records
        while len(self._blocks) > KEPT_BLOCKS:
            self._blocks.popitem(last=False)
        return records

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._is_total_exact

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._is_total_exact:
            return
        # Rows are revealed a whole block at a time, so `_rows` ends a block here.
        more = self._read_block(self._rows // self._block_size)
        if len(more) < self._block_size:
            self._total, self._is_total_exact = self._rows + len(more), True
        if more:
            self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(more) - 1)
            self._rows += len(more)
            self.endInsertRows()
        self._total = max(self._total, self._rows)

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            record = self._record(index.row())
            return None if record is None else self._display(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric_columns():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            record = self._record(index.row())
            return None if record is None else self._tooltip(record, index.column())
        return None

    def _numeric_columns(self) -> frozenset[int]:
        return frozenset()

    def _tooltip(self, record: R, column: int) -> str | None:
        return None
