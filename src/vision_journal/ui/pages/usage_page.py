"""The AI-use page: a sortable list that filters as you type, and the quick-log action."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.journal import Journal
from vision_journal.core.records import AiUse, UseFilter, UsePurpose
from vision_journal.ui.formatting import format_number
from vision_journal.ui.labels import label
from vision_journal.ui.models.use_table_model import UseTableModel
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.empty_state import EmptyState


class UsagePage(QWidget):
    """Lists AI uses; asks the window to open the quick-log or edit dialog."""

    log_requested = Signal()
    edit_requested = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.model = UseTableModel(journal)
        self._build()
        self._update_state()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("AI use"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

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

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("AI uses"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 110, 160, 70, 110, 150)):
            self.table.setColumnWidth(column, width)

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

    def refresh(self) -> None:
        """Read the list again (after the journal changed)."""
        self.model.reload()
        self._update_state()

    def focus_filter(self) -> None:
        """Put the cursor into the filter box."""
        self.filter.setFocus()
        self.filter.selectAll()

    def selected_use(self) -> AiUse | None:
        """The use selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.use_at(rows[0].row()) if rows else None

    def delete_selected(self, history: UndoHistory) -> None:
        """Delete the selected use; undo brings it back with its id."""
        use = self.selected_use()
        if use is None:
            return
        journal = self._journal
        history.run(
            self.tr("Delete AI use"),
            lambda: journal.delete_use(use.id),
            journal.restore_use,
            lambda deleted: journal.delete_use(deleted.id),
        )

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
        if total == 1:
            self.count.setText(self.tr("1 AI use"))
        else:
            self.count.setText(self.tr("%1 AI uses").replace("%1", format_number(total)))
