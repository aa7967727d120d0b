"""The list of human connections, newest first, read a page at a time."""

from __future__ import annotations

from vision_journal.core.journal import Journal
from vision_journal.core.records import Connection
from vision_journal.ui.formatting import format_datetime, format_number
from vision_journal.ui.labels import label
from vision_journal.ui.models.lazy_model import LazyTableModel

QUALITY_STARS = "★★★★★"


class ConnectionTableModel(LazyTableModel[Connection]):
    """Connections, newest first."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(
            (
                self.tr("When"),
                self.tr("Circle"),
                self.tr("How"),
                self.tr("Minutes"),
                self.tr("Quality"),
                self.tr("Note"),
            )
        )
        self._journal = journal
        self._circles: dict[int, str] = {}
        self.reload()

    def _before_reload(self) -> None:
        self._circles = {c.id: c.name for c in self._journal.circles()}

    def _count(self) -> tuple[int, bool]:
        return self._journal.count_connections(), True

    def _page(self, offset: int, limit: int, reverse: bool = False) -> list[Connection]:
        return self._journal.connections(offset, limit)  # newest first only: no `reverse`

    def _numeric_columns(self) -> frozenset[int]:
        return frozenset({3})

    def _tooltip(self, record: Connection, column: int) -> str | None:
        if column == 4:
            return self.tr("%1 of 5").replace("%1", format_number(record.quality))
        return record.note[:500] if column == 5 and record.note else None

    def _display(self, record: Connection, column: int) -> str:
        if column == 0:
            return format_datetime(record.started_at)
        if column == 1:
            return self._circles.get(record.circle_id, "")
        if column == 2:
            return label(record.mode)
        if column == 3:
            return format_number(record.minutes)
        if column == 4:
            return QUALITY_STARS[: record.quality]
        return record.note.split("\n", 1)[0][:120]
