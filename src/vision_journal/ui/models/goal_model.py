"""Goals and their progress as table models, and the proxy that filters goals.

A journal holds a few hundred goals at most, so the goal model reads them all at once; the
proxy filters by sphere, circle and status and sorts by a raw key per column (dates sort as
dates, not as the locale writes them).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vision_journal.core.goal_progress import GoalProgress
from vision_journal.core.journal import Journal
from vision_journal.core.records import Goal, GoalStatus, ProgressEntry, Sphere
from vision_journal.ui.formatting import format_date, format_number
from vision_journal.ui.goal_progress_text import progress_of, short_text
from vision_journal.ui.labels import label

Index = QModelIndex | QPersistentModelIndex

#: The role that holds a cell's raw sort key (str or int).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

TITLE, STATUS, SPHERE, CIRCLE, TARGET_DATE, PROGRESS = range(6)


class GoalTableModel(QAbstractTableModel):
    """Every goal of the journal, newest first; `reload` reads them again."""

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._headers = (
            self.tr("Goal"),
            self.tr("Status"),
            self.tr("Sphere"),
            self.tr("Circle"),
            self.tr("Target date"),
            self.tr("Progress"),
        )
        self._goals: list[Goal] = []
        self._progress: dict[int, GoalProgress] = {}
        self._circles: dict[int, str] = {}
        self.reload()

    def reload(self) -> None:
        """Read the goals (and the circle names they show) again."""
        self.beginResetModel()
        self._circles = {c.id: c.name for c in self._journal.circles()}
        self._goals = self._journal.goals()
        self._progress = progress_of(self._journal, self._goals)
        self.endResetModel()

    def progress(self, goal_id: int) -> GoalProgress | None:
        """Where a goal with a measure stands today (None without a measure)."""
        return self._progress.get(goal_id)

    def goal_at(self, row: int) -> Goal:
        """The goal in `row` of this (source) model."""
        return self._goals[row]

    def row_of(self, goal_id: int) -> int | None:
        """The row of the goal with `goal_id`, if it is in the model."""
        return next((row for row, g in enumerate(self._goals) if g.id == goal_id), None)

    def circle_name(self, circle_id: int | None) -> str:
        """The name of a circle, "" for none."""
        return self._circles.get(circle_id, "") if circle_id is not None else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal = self._goals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return goal.title
        if role == SORT_ROLE:
            return self._sort_key(goal, column)
        return None

    def _display(self, goal: Goal, column: int) -> str:
        if column == TITLE:
            return goal.title
        if column == STATUS:
            return label(goal.status)
        if column == SPHERE:
            return label(goal.sphere)
        if column == CIRCLE:
            return self.circle_name(goal.circle_id)
        if column == PROGRESS:
            return short_text(goal, self._progress.get(goal.id))
        return format_date(goal.target_date) if goal.target_date is not None else ""

    def _sort_key(self, goal: Goal, column: int) -> str | int:
        if column == STATUS:
            return list(GoalStatus).index(goal.status)
        if column == TARGET_DATE:
            return goal.target_date.isoformat() if goal.target_date is not None else "9999"
        if column == PROGRESS:
            progress = self._progress.get(goal.id)
            return round(1000 * progress.fraction) if progress is not None else -1
        return self._display(goal, column).casefold()


class GoalFilterModel(QSortFilterProxyModel):
    """Lets through the goals of one sphere, circle and status (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sphere: Sphere | None = None
        self.circle_id: int | None = None
        self.status: GoalStatus | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(
        self, sphere: Sphere | None, circle_id: int | None, status: GoalStatus | None
    ) -> None:
        """Show only the goals that match every given value."""
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self.sphere, self.circle_id, self.status = sphere, circle_id, status
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.sphere, self.circle_id, self.status = sphere, circle_id, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        """True when any filter is set."""
        return (self.sphere, self.circle_id, self.status) != (None, None, None)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, GoalTableModel) or source_parent.isValid():
            return True
        goal = source.goal_at(source_row)
        return (
            (self.sphere is None or goal.sphere is self.sphere)
            and (self.circle_id is None or goal.circle_id == self.circle_id)
            and (self.status is None or goal.status is self.status)
        )


class ProgressTableModel(QAbstractTableModel):
    """The progress entries of one goal, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Date"), self.tr("Value"), self.tr("Note"))
        self._entries: list[ProgressEntry] = []

    def set_entries(self, entries: list[ProgressEntry]) -> None:
        """Show `entries` (any order; they are shown newest first)."""
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: (e.day, e.id), reverse=True)
        self.endResetModel()

    def entry_at(self, row: int) -> ProgressEntry:
        """The entry in `row`."""
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(entry.day)
            if column == 1:
                return format_number(entry.value)
            return entry.note.split("\n", 1)[0][:200]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and entry.note:
            return entry.note[:500]
        return None
