"""The AI-use list as a lazy table model: pages come from SQL as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vision_journal.core.journal import Journal
from vision_journal.core.records import AiUse, Disclosure, Mediation, UseFilter, UseSort
from vision_journal.ui.formatting import format_datetime, format_number
from vision_journal.ui.labels import label

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex

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


class UseTableModel(QAbstractTableModel):
    """AI uses matching a filter, sorted and paged by the database."""

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self._journal = journal
        self._filter = UseFilter()
        self._sort = UseSort.STARTED_AT
        self._descending = True
        self._rows: list[AiUse] = []
        self._total = 0
        self._tools: dict[int, str] = {}
        self._circles: dict[int, str] = {}
        self._headers = (
            self.tr("When"),
            self.tr("Tool"),
            self.tr("Purpose"),
            self.tr("Minutes"),
            self.tr("Circle"),
            self.tr("Message help"),
            self.tr("Note"),
        )
        self.reload()

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page again (after a change in the journal)."""
        self.beginResetModel()
        self._tools = {t.id: t.name for t in self._journal.tools()}
        self._circles = {c.id: c.name for c in self._journal.circles()}
        self._total = self._journal.count_uses(self._filter)
        self._rows = self._page(0)
        self.endResetModel()

    def set_filter(self, value: UseFilter) -> None:
        """Show only the uses `value` lets through."""
        self._filter = value
        self.reload()

    def total(self) -> int:
        """How many uses match the filter (loaded or not)."""
        return self._total

    def use_at(self, row: int) -> AiUse:
        """The use shown in `row`."""
        return self._rows[row]

    def _page(self, offset: int) -> list[AiUse]:
        return self._journal.list_uses(
            self._filter, self._sort, self._descending, offset, PAGE_SIZE
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)  # the journal changed under us; stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self._headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        use = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(use, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and use.note:
            return use.note[:500]
        return None

    def _display(self, use: AiUse, column: int) -> str:
        if column == 0:
            return format_datetime(use.started_at)
        if column == 1:
            return self._tools.get(use.tool_id, "")
        if column == 2:
            return label(use.purpose)
        if column == 3:
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
