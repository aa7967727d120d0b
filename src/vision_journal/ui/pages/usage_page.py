"""The AI-use page: AI uses (sortable, filtered as you type) and, in a second tab, the
human connections beside them, with their quick-log actions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.changes import Table
from vision_journal.core.journal import Journal
from vision_journal.core.operations import uses as uses_ops
from vision_journal.core.records import AiUse, Connection, UseFilter, UsePurpose
from vision_journal.ui.formatting import format_number
from vision_journal.ui.labels import label
from vision_journal.ui.models.connection_table_model import ConnectionTableModel
from vision_journal.ui.models.use_table_model import UseTableModel
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.empty_state import EmptyState

#: What the page shows: uses and connections, with the names of tools, circles and goals.
SHOWS: frozenset[str] = frozenset(
    {Table.AI_USE, Table.CONNECTION, Table.AI_TOOL, Table.CIRCLE, Table.GOAL}
)


class UsagePage(QWidget):
    """Lists AI uses; asks the window to open the quick-log or edit dialog."""

    log_requested = Signal()
    edit_requested = Signal(object)
    log_connection_requested = Signal()
    edit_connection_requested = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.model = UseTableModel(journal)
        self.connections_model = ConnectionTableModel(journal)
        self._build()
        self._update_state()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("AI use"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("AI use and connections"))
        layout.addWidget(self.tabs, 1)
        uses = QWidget()
        self.tabs.addTab(uses, self.tr("AI use"))
        self.tabs.addTab(self._build_connections(), self.tr("Human connections"))
        layout = QVBoxLayout(uses)

        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by tool, purpose, circle or note…"))
        self.filter.setAccessibleName(self.tr("Filter AI uses"))
        self.filter.setClearButtonEnabled(True)
        self.log_button = QPushButton(self.tr("&Log AI use…"))
        self.log_button.setAccessibleName(self.tr("Log AI use"))
        self.log_button.setToolTip(self.tr("Log AI use (Ctrl+L)"))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.log_button)
        layout.addLayout(bar)

        self.table = self._table(self.model, self.tr("AI uses"), (150, 110, 160, 70, 110, 150))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self.empty = EmptyState(
            self.tr("No AI use logged yet"),
            self.tr(
                "Each time you use an AI tool, log it here in a few keystrokes: the tool, "
                "what it was for and how long. Your balance builds from these."
            ),
            self.tr("&Log your first AI use"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of AI uses shown"))
        layout.addWidget(self.count)

        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.log_button.clicked.connect(self.log_requested)
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.log_requested)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)

    def _table(self, model: QAbstractItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        return table

    def _build_connections(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        hint = QLabel(self.tr("Time with people, without AI in between."))
        self.log_connection_button = QPushButton(self.tr("Log &connection…"))
        self.log_connection_button.setAccessibleName(self.tr("Log a human connection"))
        self.log_connection_button.setToolTip(self.tr("Log a human connection (Ctrl+Shift+L)"))
        bar.addWidget(hint, 1)
        bar.addWidget(self.log_connection_button)
        layout.addLayout(bar)
        self.connections_table = self._table(
            self.connections_model, self.tr("Human connections"), (150, 120, 170, 70, 90)
        )
        self.connections_empty = EmptyState(
            self.tr("No connections logged yet"),
            self.tr(
                "A call with your sister, dinner with friends, a message you wrote yourself: "
                "log the moments without AI, so the balance sees both sides."
            ),
            self.tr("Log a &connection"),
        )
        self.connections_stack = QStackedWidget()
        self.connections_stack.addWidget(self.connections_table)
        self.connections_stack.addWidget(self.connections_empty)
        layout.addWidget(self.connections_stack, 1)
        self.log_connection_button.clicked.connect(self.log_connection_requested)
        assert self.connections_empty.button is not None
        self.connections_empty.button.clicked.connect(self.log_connection_requested)
        self.connections_table.doubleClicked.connect(self._on_connections_double_clicked)
        self.connections_table.activated.connect(self._on_connections_double_clicked)
        return page

    def refresh(self) -> None:
        """Read the lists again (after the journal changed)."""
        self.model.reload()
        self.connections_model.reload()
        self._update_state()

    def show_connections(self) -> None:
        """Bring the connections tab to the front."""
        self.tabs.setCurrentIndex(1)

    def selected_connection(self) -> Connection | None:
        """The connection selected in its list, if any."""
        rows = self.connections_table.selectionModel().selectedRows()
        return self.connections_model.record_at(rows[0].row()) if rows else None

    def _on_connections_double_clicked(self) -> None:
        moment = self.selected_connection()
        if moment is not None:
            self.edit_connection_requested.emit(moment)

    def focus_filter(self) -> None:
        """Put the cursor into the filter box."""
        self.filter.setFocus()
        self.filter.selectAll()

    def selected_use(self) -> AiUse | None:
        """The use selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.use_at(rows[0].row()) if rows else None

    def delete_selected(self, history: UndoHistory) -> None:
        """Delete the selected use or connection; undo brings it back with its id."""
        journal = self._journal
        if self.tabs.currentIndex() == 1:
            moment = self.selected_connection()
            if moment is not None:
                history.push(uses_ops.delete_connection(journal, moment.id))
            return
        use = self.selected_use()
        if use is None:
            return
        history.push(uses_ops.delete_use(journal, use.id))

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        purposes = frozenset(p for p in UsePurpose if needle and needle in label(p).casefold())
        self.model.set_filter(UseFilter(text=text, text_purposes=purposes))
        self._update_state()

    def _on_table_double_clicked(self) -> None:
        use = self.selected_use()
        if use is not None:
            self.edit_requested.emit(use)

    def _update_state(self) -> None:
        total = self.model.total()
        filtering = bool(self.filter.text().strip())
        if total == 0 and filtering:
            self.empty.set_text(
                self.tr("Nothing matches"),
                self.tr("No AI use matches “%1”. Try fewer letters, or clear the filter.").replace(
                    "%1", self.filter.text().strip()
                ),
            )
        elif total == 0:
            self.empty.set_text(
                self.tr("No AI use logged yet"),
                self.tr(
                    "Each time you use an AI tool, log it here in a few keystrokes: the tool, "
                    "what it was for and how long. Your balance builds from these."
                ),
            )
        if self.empty.button is not None:
            self.empty.button.setVisible(not filtering)
        self.stack.setCurrentWidget(self.empty if total == 0 else self.table)
        has_connections = self.connections_model.total() > 0
        self.connections_stack.setCurrentWidget(
            self.connections_table if has_connections else self.connections_empty
        )
        if not self.model.is_total_exact():
            self.count.setText(self.tr("More than %1 AI uses").replace("%1", format_number(total)))
        elif total == 1:
            self.count.setText(self.tr("1 AI use"))
        else:
            self.count.setText(self.tr("%1 AI uses").replace("%1", format_number(total)))
