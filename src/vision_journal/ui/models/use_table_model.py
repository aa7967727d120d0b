"""The AI-use list as a lazy table model: filtered and sorted by the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vision_journal.core.journal import Journal
from vision_journal.core.records import AiUse, Disclosure, Mediation, UseFilter, UseSort
from vision_journal.ui.formatting import format_datetime, format_number
from vision_journal.ui.labels import label
from vision_journal.ui.models.lazy_model import PAGE_SIZE, LazyTableModel

__all__ = ["PAGE_SIZE", "TEXT_COUNT_LIMIT", "UseTableModel"]

#: Matches of a text filter are counted up to this many; beyond, the page says "more than".
TEXT_COUNT_LIMIT = 500

#: The sort key of each column in display order (None: not sortable).
COLUMNS: tuple[UseSort | None, ...] = (
    UseSort.STARTED_AT,
    UseSort.TOOL,
    UseSort.PURPOSE,
    UseSort.MINUTES,
    UseSort.CIRCLE,
    UseSort.MEDIATION,
    None,
)


class UseTableModel(LazyTableModel[AiUse]):
    """AI uses matching a filter, sorted and paged by the database."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(
            (
                self.tr("When"),
                self.tr("Tool"),
                self.tr("Purpose"),
                self.tr("Minutes"),
                self.tr("Circle"),
                self.tr("Message help"),
                self.tr("Note"),
            )
        )
        self._journal = journal
        self._filter = UseFilter()
        self._sort = UseSort.STARTED_AT
        self._descending = True
        self._tools: dict[int, str] = {}
        self._circles: dict[int, str] = {}
        self.reload()

    def set_filter(self, value: UseFilter) -> None:
        """Show only the uses `value` lets through."""
        self._filter = value
        self.reload()

    def use_at(self, row: int) -> AiUse:
        """The use shown in `row`."""
        return self.record_at(row)

    def _before_reload(self) -> None:
        self._tools = {t.id: t.name for t in self._journal.tools()}
        self._circles = {c.id: c.name for c in self._journal.circles()}

    def _count(self) -> tuple[int, bool]:
        if not self._filter.text.strip():
            return self._journal.count_uses(self._filter), True  # an index count: quick
        # Text is matched row by row: count only as far as the page says how many there are.
        found = self._journal.count_uses(self._filter, TEXT_COUNT_LIMIT + 1)
        return min(found, TEXT_COUNT_LIMIT), found <= TEXT_COUNT_LIMIT

    def _page(self, offset: int, limit: int, reverse: bool = False) -> list[AiUse]:
        descending = self._descending != reverse
        return self._journal.list_uses(self._filter, self._sort, descending, offset, limit)

    def _can_reverse(self) -> bool:
        return True  # every order ends in the id, so the opposite order is its exact reverse

    def _page_next(self, record: AiUse, limit: int, reverse: bool) -> list[AiUse] | None:
        if self._sort is not UseSort.STARTED_AT:
            return None
        # Scrolling on in the default order: continue from the neighbouring row, which stays
        # fast at the end of 100 000 rows where OFFSET would re-read them all.
        descending = self._descending != reverse
        return self._journal.list_uses_after(self._filter, record, descending, limit)

    def _numeric_columns(self) -> frozenset[int]:
        return frozenset({3})

    def _tooltip(self, record: AiUse, column: int) -> str | None:
        if column == 3 and record.is_neutral:
            why = record.neutral_note or ""
            return self.tr("Left out of budgets and the balance index. %1").replace("%1", why)
        return record.note[:500] if column == 6 and record.note else None

    def _display(self, use: AiUse, column: int) -> str:
        if column == 0:
            return format_datetime(use.started_at)
        if column == 1:
            return self._tools.get(use.tool_id, "")
        if column == 2:
            return label(use.purpose)
        if column == 3:
            if use.is_neutral:
                # Listed like every use, marked as left out of balance.
                return self.tr("%1 · doesn't count").replace("%1", format_number(use.minutes))
            return format_number(use.minutes)
        if column == 4:
            return self._circles.get(use.circle_id, "") if use.circle_id is not None else ""
        if column == 5:
            if use.mediation is Mediation.NONE:
                return ""
            text = label(use.mediation)
            if use.disclosed is Disclosure.YES:
                text += self.tr(" · disclosed")
            return text
        return use.note.split("\n", 1)[0][:120]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
