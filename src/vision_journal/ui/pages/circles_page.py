"""The Circles page: the circles of people and the AI tools every log entry points at.

Two lists side by side, each with add, edit and delete. Deleting something still in use is
refused by the core; the page shows the reason inline. While either list is empty the page
offers the starter set, added in one undoable step.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.changes import Changes, Table
from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import OpResult
from vision_journal.core.operations import circles as circle_ops
from vision_journal.core.records import AiTool, AiToolInput, Circle, CircleInput
from vision_journal.ui.core_text import message as translated
from vision_journal.ui.dialogs.circle_dialog import CircleDialog, ToolDialog, hint_label
from vision_journal.ui.formatting import format_number
from vision_journal.ui.labels import label
from vision_journal.ui.stale import RefreshWhenShown
from vision_journal.ui.starter_set import missing_circles, missing_tools
from vision_journal.ui.style import SPACE_XL
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.empty_state import EmptyState
from vision_journal.ui.widgets.scroll_page import scrolling_layout
from vision_journal.ui.widgets.stacking_splitter import StackingSplitter

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
D = TypeVar("D", CircleDialog, ToolDialog)


#: What the page shows: circles and tools, and the uses and connections that keep one in use.
SHOWS: frozenset[str] = frozenset(
    {Table.CIRCLE, Table.AI_TOOL, Table.AI_USE, Table.CONNECTION, Table.GOAL}
)


#: The least width of a table's first column, the names people gave (about 12 characters).
NAME_COLUMN_MIN = 120


class _NamesFirstTable(QTableView):
    """A table whose first column (the names) keeps room to be read.

    The other columns fit their contents; the table asks for their widths plus
    `NAME_COLUMN_MIN` as its least width, so on a narrow window the page's two panes stack
    instead of squeezing the names down to "Fam…".
    """

    def minimumSizeHint(self) -> QSize:
        """Room for every content column and a readable name column."""
        hint = super().minimumSizeHint()
        model = self.model()
        if model is None:
            return hint
        header = self.horizontalHeader()
        others = sum(
            max(header.sectionSizeHint(c), self.sizeHintForColumn(c))
            for c in range(1, model.columnCount())
        )
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(others + NAME_COLUMN_MIN + chrome, hint.height())


class _RecordTableModel(QAbstractTableModel):
    """Read-only rows of records with fixed headers; subclasses say what a cell shows."""

    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers

    def _row_count(self) -> int:
        raise NotImplementedError

    def _display(self, row: int, column: int) -> str:
        raise NotImplementedError

    def _tooltip(self, row: int, column: int) -> str | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._row_count():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column())
        return None


class CircleTableModel(_RecordTableModel):
    """The journal's circles: name, sphere, cadence and whether protected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Circle"), self.tr("Sphere"), self.tr("Stay in touch"), self.tr("Protected")),
            parent,
        )
        self._circles: list[Circle] = []

    def set_circles(self, circles: list[Circle]) -> None:
        """Show `circles`."""
        self.beginResetModel()
        self._circles = list(circles)
        self.endResetModel()

    def circle_at(self, row: int) -> Circle:
        """The circle in `row`."""
        return self._circles[row]

    def row_of(self, circle_id: int) -> int | None:
        """The row of the circle with `circle_id`, if shown."""
        return next((r for r, c in enumerate(self._circles) if c.id == circle_id), None)

    def _row_count(self) -> int:
        return len(self._circles)

    def _display(self, row: int, column: int) -> str:
        circle = self._circles[row]
        if column == 0:
            return circle.name
        if column == 1:
            return label(circle.sphere)
        if column == 2:
            if circle.cadence_days is None:
                return ""
            if circle.cadence_days == 1:
                return self.tr("every day")
            return self.tr("every %1 days").replace("%1", format_number(circle.cadence_days))
        return self.tr("Protected") if circle.is_protected else ""

    def _tooltip(self, row: int, column: int) -> str | None:
        if column == 3 and self._circles[row].is_protected:
            return self.tr("A circle where human authorship matters most.")
        return None


class ToolTableModel(_RecordTableModel):
    """The journal's AI tools: name, kind and whether privacy notes are written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("AI tool"), self.tr("Kind"), self.tr("Privacy notes")), parent)
        self._tools: list[AiTool] = []

    def set_tools(self, tools: list[AiTool]) -> None:
        """Show `tools`."""
        self.beginResetModel()
        self._tools = list(tools)
        self.endResetModel()

    def tool_at(self, row: int) -> AiTool:
        """The tool in `row`."""
        return self._tools[row]

    def row_of(self, tool_id: int) -> int | None:
        """The row of the tool with `tool_id`, if shown."""
        return next((r for r, t in enumerate(self._tools) if t.id == tool_id), None)

    def _row_count(self) -> int:
        return len(self._tools)

    def _display(self, row: int, column: int) -> str:
        tool = self._tools[row]
        if column == 0:
            return tool.name
        if column == 1:
            return label(tool.kind)
        written = sum(
            1 for note in (tool.retention_note, tool.training_note, tool.data_location_note) if note
        )
        if written == 0:
            return self.tr("None yet")
        return self.tr("%1 of 3").replace("%1", format_number(written))


class CirclesPage(QWidget):
    """Circles and AI tools: lists, add/edit/delete, and the starter set."""

    def __init__(
        self, journal: Journal, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._refresher = RefreshWhenShown(self, self.refresh, SHOWS)
        self.circle_model = CircleTableModel(self)
        self.tool_model = ToolTableModel(self)
        self._build()
        self._connect()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _table(self, name: str, model: QAbstractTableModel) -> QTableView:
        table = _NamesFirstTable()
        table.setAccessibleName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The other columns as wide as their names and values (German names run longer).
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _section_heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setObjectName("sectionTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return heading

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _build(self) -> None:
        # The page scrolls when the lists stack (a narrow window) rather than grow the window.
        layout = scrolling_layout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Circles and AI tools"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.starter_button = self._button(
            self.tr("Add &starter set"), self.tr("Add the starter circles and AI tools")
        )
        top.addWidget(self.starter_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        intro = QLabel(
            self.tr(
                "Circles are the people your goals and boundaries are about; AI tools are what "
                "you log your use of. Both appear when you log AI use or a connection."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addSpacing(8)

        # Side by side where there is room; on a narrow window (800 px, or German's longer
        # button rows) the tools go under the circles instead of widening the window.
        self.columns = StackingSplitter(stack_below=None)
        self.columns.setHandleWidth(SPACE_XL)
        for column in (self._build_circles(), self._build_tools()):
            holder = QWidget()
            holder.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            self.columns.addWidget(holder)
        self.columns.setStretchFactor(0, 1)
        self.columns.setStretchFactor(1, 1)
        layout.addWidget(self.columns, 1)

        self.setTabOrder(self.starter_button, self.circle_table)
        self.setTabOrder(self.circle_table, self.new_circle_button)
        self.setTabOrder(self.new_circle_button, self.edit_circle_button)
        self.setTabOrder(self.edit_circle_button, self.delete_circle_button)
        self.setTabOrder(self.delete_circle_button, self.tool_table)
        self.setTabOrder(self.tool_table, self.new_tool_button)
        self.setTabOrder(self.new_tool_button, self.edit_tool_button)
        self.setTabOrder(self.edit_tool_button, self.delete_tool_button)

    def _build_circles(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(self._section_heading(self.tr("Circles")))
        box.addWidget(
            hint_label(
                self.tr(
                    "Protected circles are those where human authorship matters most; "
                    "AI-mediated messages to them weigh double in your balance."
                )
            )
        )
        self.circle_table = self._table(self.tr("Circles"), self.circle_model)
        self.circles_empty = EmptyState(
            self.tr("No circles yet"),
            self.tr(
                "A circle is a group of people you relate to in the same way — Partner, "
                "Family, Colleagues. Goals, rules and your balance are counted per circle."
            ),
            self.tr("New &circle…"),
        )
        self.circles_empty.set_wrap_width(280)
        self.circle_stack = QStackedWidget()
        self.circle_stack.addWidget(self.circle_table)
        self.circle_stack.addWidget(self.circles_empty)
        box.addWidget(self.circle_stack, 1)

        self.circle_buttons = QWidget()
        row = QHBoxLayout(self.circle_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_circle_button = self._button(self.tr("New &circle…"), self.tr("New circle"))
        self.edit_circle_button = self._button(self.tr("&Edit…"), self.tr("Edit circle"))
        self.delete_circle_button = self._button(self.tr("De&lete"), self.tr("Delete circle"))
        row.addWidget(self.new_circle_button)
        row.addWidget(self.edit_circle_button)
        row.addWidget(self.delete_circle_button)
        row.addStretch(1)
        box.addWidget(self.circle_buttons)
        return box

    def _build_tools(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(self._section_heading(self.tr("AI tools")))
        box.addWidget(
            hint_label(
                self.tr(
                    "Keep a note of what each provider does with what you type: how long it "
                    "is kept, whether it trains models, and where it goes."
                )
            )
        )
        self.tool_table = self._table(self.tr("AI tools"), self.tool_model)
        self.tools_empty = EmptyState(
            self.tr("No AI tools yet"),
            self.tr(
                "Add the AI tools you use — chat assistants, writing helpers, companions — "
                "so you can log each use in a few keystrokes."
            ),
            self.tr("New &tool…"),
        )
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyNotes")
        self.privacy.setWordWrap(True)
        self.privacy.setTextFormat(Qt.TextFormat.RichText)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.privacy.setAccessibleName(self.tr("Privacy notes of the selected tool"))
        self.privacy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tool_view = QWidget()
        tool_box = QVBoxLayout(self.tool_view)
        tool_box.setContentsMargins(0, 0, 0, 0)
        tool_box.addWidget(self.tool_table, 3)
        tool_box.addWidget(self.privacy, 2)
        self.tools_empty.set_wrap_width(280)
        self.tool_stack = QStackedWidget()
        self.tool_stack.addWidget(self.tool_view)
        self.tool_stack.addWidget(self.tools_empty)
        box.addWidget(self.tool_stack, 1)

        self.tool_buttons = QWidget()
        row = QHBoxLayout(self.tool_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_tool_button = self._button(self.tr("New &tool…"), self.tr("New AI tool"))
        self.edit_tool_button = self._button(self.tr("Ed&it…"), self.tr("Edit AI tool"))
        self.delete_tool_button = self._button(self.tr("Delete t&ool"), self.tr("Delete AI tool"))
        row.addWidget(self.new_tool_button)
        row.addWidget(self.edit_tool_button)
        row.addWidget(self.delete_tool_button)
        row.addStretch(1)
        box.addWidget(self.tool_buttons)
        return box

    def _connect(self) -> None:
        self._history.changed.connect(self._on_history_changed)
        self.starter_button.clicked.connect(self.add_starter_set)
        self.new_circle_button.clicked.connect(self.open_new_circle)
        self.edit_circle_button.clicked.connect(self.open_edit_circle)
        self.delete_circle_button.clicked.connect(self.delete_selected_circle)
        self.new_tool_button.clicked.connect(self.open_new_tool)
        self.edit_tool_button.clicked.connect(self.open_edit_tool)
        self.delete_tool_button.clicked.connect(self.delete_selected_tool)
        assert self.circles_empty.button is not None
        assert self.tools_empty.button is not None
        self.circles_empty.button.clicked.connect(self.open_new_circle)
        self.tools_empty.button.clicked.connect(self.open_new_tool)
        self.circle_table.selectionModel().selectionChanged.connect(
            self._on_circle_selection_changed
        )
        self.tool_table.selectionModel().selectionChanged.connect(self._on_tool_selection_changed)
        self.circle_table.activated.connect(self.open_edit_circle)
        self.tool_table.activated.connect(self.open_edit_tool)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read circles and tools again, keeping the selection where it can."""
        circle, tool = self.selected_circle(), self.selected_tool()
        self.circle_model.set_circles(self._journal.circles())
        self.tool_model.set_tools(self._journal.tools())
        if circle is not None:
            self._select(self.circle_table, self.circle_model.row_of(circle.id))
        if tool is not None:
            self._select(self.tool_table, self.tool_model.row_of(tool.id))
        self._update_state()

    @staticmethod
    def _select(table: QTableView, row: int | None) -> None:
        if row is not None:
            table.selectRow(row)

    def selected_circle(self) -> Circle | None:
        """The circle selected in the list, if any."""
        rows = self.circle_table.selectionModel().selectedRows()
        return self.circle_model.circle_at(rows[0].row()) if rows else None

    def selected_tool(self) -> AiTool | None:
        """The AI tool selected in the list, if any."""
        rows = self.tool_table.selectionModel().selectedRows()
        return self.tool_model.tool_at(rows[0].row()) if rows else None

    def _update_state(self) -> None:
        has_circles = self.circle_model.rowCount() > 0
        has_tools = self.tool_model.rowCount() > 0
        self.circle_stack.setCurrentWidget(self.circle_table if has_circles else self.circles_empty)
        self.tool_stack.setCurrentWidget(self.tool_view if has_tools else self.tools_empty)
        self.circle_buttons.setVisible(has_circles)
        self.tool_buttons.setVisible(has_tools)
        circles, tools = self._missing_starters()
        self.starter_button.setVisible(not (has_circles and has_tools) and bool(circles or tools))
        self.starter_button.setToolTip(self._starter_text(len(circles), len(tools)))
        has_circle, has_tool = self.selected_circle() is not None, self.selected_tool() is not None
        self.edit_circle_button.setEnabled(has_circle)
        self.delete_circle_button.setEnabled(has_circle)
        self.edit_tool_button.setEnabled(has_tool)
        self.delete_tool_button.setEnabled(has_tool)
        self._show_privacy(self.selected_tool())

    def _missing_starters(self) -> tuple[list[CircleInput], list[AiToolInput]]:
        circles = missing_circles(
            self.circle_model.circle_at(r).name for r in range(self.circle_model.rowCount())
        )
        tools = missing_tools(
            self.tool_model.tool_at(r).name for r in range(self.tool_model.rowCount())
        )
        return circles, tools

    def _starter_text(self, circles: int, tools: int) -> str:
        text = self.tr(
            "Adds the starter circles and AI tools you do not have yet: %1 circles and %2 "
            "tools with privacy notes. You can edit or delete each one afterwards."
        )
        return text.replace("%1", format_number(circles)).replace("%2", format_number(tools))

    def _show_privacy(self, tool: AiTool | None) -> None:
        if tool is None:
            self.privacy.setText(self.tr("Choose a tool to read its privacy notes."))
            return
        rows = (
            (self.tr("Retention"), tool.retention_note),
            (self.tr("Training on your data"), tool.training_note),
            (self.tr("Where data goes"), tool.data_location_note),
        )
        blank = self.tr("Not noted yet.")
        self.privacy.setText(
            "".join(
                f"<p style='margin: 0 0 6px 0'><b>{html.escape(caption)}:</b> "
                f"{html.escape(text) if text else '<i>' + html.escape(blank) + '</i>'}</p>"
                for caption, text in rows
            )
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    # --- circles --------------------------------------------------------------------------

    def open_new_circle(self) -> CircleDialog:
        """Open the dialog for a new circle (non-blocking)."""
        return self._open(CircleDialog(self._journal, self._history, None, self))

    def open_edit_circle(self) -> CircleDialog | None:
        """Open the dialog for the selected circle."""
        circle = self.selected_circle()
        if circle is None:
            return None
        return self._open(CircleDialog(self._journal, self._history, circle, self))

    def delete_selected_circle(self, history: UndoHistory | None = None) -> None:
        """Delete the selected circle; a circle in use stays, and the page says why."""
        circle = self.selected_circle()
        if circle is None:
            return
        journal, circle_id = self._journal, circle.id
        self._run_delete(
            lambda: circle_ops.delete_circle(journal, circle_id),
            self.tr("“%1” cannot be deleted: %2").replace("%1", circle.name),
            history or self._history,
        )

    # --- tools ----------------------------------------------------------------------------

    def open_new_tool(self) -> ToolDialog:
        """Open the dialog for a new AI tool (non-blocking)."""
        return self._open(ToolDialog(self._journal, self._history, None, self))

    def open_edit_tool(self) -> ToolDialog | None:
        """Open the dialog for the selected AI tool."""
        tool = self.selected_tool()
        if tool is None:
            return None
        return self._open(ToolDialog(self._journal, self._history, tool, self))

    def delete_selected_tool(self, history: UndoHistory | None = None) -> None:
        """Delete the selected AI tool; a tool in use stays, and the page says why."""
        tool = self.selected_tool()
        if tool is None:
            return
        journal, tool_id = self._journal, tool.id
        self._run_delete(
            lambda: circle_ops.delete_tool(journal, tool_id),
            self.tr("“%1” cannot be deleted: %2").replace("%1", tool.name),
            history or self._history,
        )

    # --- both -----------------------------------------------------------------------------

    def delete_selected(self, history: UndoHistory) -> None:
        """Delete the selected circle or tool (only one list has a selection at a time)."""
        if self.selected_circle() is not None:
            self.delete_selected_circle(history)
        elif self.selected_tool() is not None:
            self.delete_selected_tool(history)

    def _run_delete(
        self, delete: Callable[[], OpResult[T]], refusal: str, history: UndoHistory
    ) -> None:
        try:
            history.push(delete())
        except ValidationError as error:
            reasons = " ".join(translated(e.message) for e in error.errors)
            self._show_message(refusal.replace("%2", reasons))
        except NotFoundError:
            self.refresh()

    def add_starter_set(self) -> None:
        """Add the starter circles and tools the journal lacks, as one undoable step."""
        journal = self._journal
        circles = missing_circles(c.name for c in journal.circles())
        tools = missing_tools(t.name for t in journal.tools())
        if not circles and not tools:
            return
        try:
            self._history.push(circle_ops.add_starter_set(journal, circles, tools))
        except ValidationError as error:
            self._show_message(" ".join(translated(e.message) for e in error.errors))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- slots ----------------------------------------------------------------------------

    def _on_history_changed(self, changes: Changes) -> None:
        self._show_message("")
        self._refresher.changed(changes)

    def _on_circle_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if not selected.isEmpty():
            self.tool_table.clearSelection()
            self._show_message("")
        self._update_state()

    def _on_tool_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if not selected.isEmpty():
            self.circle_table.clearSelection()
            self._show_message("")
        self._update_state()
