"""The Goals page: goals filtered by sphere, circle and status, and the chosen goal's details.

The detail panel shows every field of the selected goal, lets the person change its status
and keeps its progress entries. Every change goes through the undo history; the page reads
the journal again whenever the history reports a change.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.changes import Table
from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import goals as goals_ops
from vision_journal.core.records import (
    Goal,
    GoalKind,
    GoalStatus,
    MeasureSource,
    MeasureUnit,
    ProgressEntry,
    Sphere,
)
from vision_journal.ui.dialogs.goal_dialog import (
    GoalDialog,
    ProgressDialog,
)
from vision_journal.ui.formatting import format_date, format_number
from vision_journal.ui.goal_progress_text import period_text, week_text
from vision_journal.ui.labels import label
from vision_journal.ui.models.goal_model import (
    CIRCLE,
    PROGRESS,
    SPHERE,
    STATUS,
    TARGET_DATE,
    TITLE,
    GoalFilterModel,
    GoalTableModel,
    ProgressTableModel,
)
from vision_journal.ui.stale import RefreshWhenShown
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import enum_combo, select_data
from vision_journal.ui.widgets.empty_state import EmptyState
from vision_journal.ui.widgets.stacking_splitter import StackingSplitter

#: The width the sentence of an empty state wraps at.
EMPTY_TEXT_WIDTH = 440

ALL = ""
NO_ID = -1


#: What the page shows: goals and their progress, the circles they name, and the uses and
#: connections a measured goal counts.
SHOWS: frozenset[str] = frozenset(
    {Table.GOAL, Table.GOAL_PROGRESS, Table.CIRCLE, Table.AI_USE, Table.CONNECTION}
)


def _filter_combo(name: str, all_text: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(all_text, ALL)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _value_label(name: str) -> QLabel:
    value = QLabel()
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setAccessibleName(name)
    return value


class GoalsPage(QWidget):
    """Lists goals with filters; shows, edits and tracks the selected goal."""

    goal_selected = Signal(object)

    def __init__(
        self, journal: Journal, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._refresher = RefreshWhenShown(self, self.refresh, SHOWS)
        self.model = GoalTableModel(journal, self)
        self.proxy = GoalFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.progress_model = ProgressTableModel(self)
        self._goal: Goal | None = None
        self._build()
        self._connect()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Goals"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.filter_bar = QWidget()
        bar = self._build_filter_bar()
        bar.setContentsMargins(0, 0, 0, 0)
        self.filter_bar.setLayout(bar)
        layout.addWidget(self.filter_bar)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Goals"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the journal's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        widths = ((STATUS, 80), (SPHERE, 95), (CIRCLE, 95), (TARGET_DATE, 90), (PROGRESS, 170))
        for column, width in widths:
            self.table.setColumnWidth(column, width)

        self.splitter = StackingSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 380])

        self.empty = EmptyState(
            self.tr("No goals yet"),
            self.tr(
                "Goals turn your vision into something you can see happen: more calls "
                "you make yourself, or at most so many minutes of AI a day. Give each one "
                "a why, and log progress as you go."
            ),
            self.tr("&New goal…"),
        )
        self.no_match = EmptyState(
            self.tr("No goals match"),
            self.tr("No goal has this sphere, circle and status. Choose other filters."),
            self.tr("Show all &goals"),
        )
        for state in (self.empty, self.no_match):
            state.set_wrap_width(EMPTY_TEXT_WIDTH)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of goals shown"))
        layout.addWidget(self.count)

        self.new_action = QAction(self.tr("&New goal…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.addAction(self.new_action)
        shortcut = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button.setToolTip(self.tr("New goal (%1)").replace("%1", shortcut))

        self.setTabOrder(self.sphere_filter, self.circle_filter)
        self.setTabOrder(self.circle_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self.setTabOrder(self.table, self.status)
        self.setTabOrder(self.status, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.progress_table)
        self.setTabOrder(self.progress_table, self.add_progress_button)
        self.setTabOrder(self.add_progress_button, self.remove_progress_button)

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.sphere_filter = _filter_combo(self.tr("Filter by sphere"), self.tr("All spheres"))
        for sphere in Sphere:
            self.sphere_filter.addItem(label(sphere), sphere.value)
        self.circle_filter = _filter_combo(self.tr("Filter by circle"), self.tr("All circles"))
        self.status_filter = _filter_combo(self.tr("Filter by status"), self.tr("All statuses"))
        for status in GoalStatus:
            self.status_filter.addItem(label(status), status.value)
        for caption, combo in (
            (self.tr("S&phere:"), self.sphere_filter),
            (self.tr("C&ircle:"), self.circle_filter),
            (self.tr("Stat&us:"), self.status_filter),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(combo)
            bar.addWidget(caption_label)
            bar.addWidget(combo)
            bar.addSpacing(8)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("&New goal…"))
        self.new_button.setAccessibleName(self.tr("New goal"))
        bar.addWidget(self.new_button)
        return bar

    def _build_detail(self) -> QWidget:
        self.detail_body = QWidget()
        box = QVBoxLayout(self.detail_body)
        box.setContentsMargins(16, 0, 0, 0)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setAccessibleName(self.tr("Goal title"))
        font = self.detail_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.detail_title.setFont(font)
        box.addWidget(self.detail_title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_sphere = _value_label(self.tr("Sphere and circle"))
        form.addRow(self.tr("Sphere:"), self.detail_sphere)
        self.detail_kind = _value_label(self.tr("Kind"))
        form.addRow(self.tr("Kind:"), self.detail_kind)
        self.detail_measure = _value_label(self.tr("Measure"))
        form.addRow(self.tr("Measure:"), self.detail_measure)
        self.detail_target_date = _value_label(self.tr("Target date"))
        form.addRow(self.tr("Target date:"), self.detail_target_date)
        self.detail_why = _value_label(self.tr("Why"))
        form.addRow(self.tr("Why:"), self.detail_why)
        self.status = enum_combo(GoalStatus, self.tr("Change the goal's status"))
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        form.addRow(status_label, status_row)
        box.addLayout(form)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit goal"))
        self.delete_button = QPushButton(self.tr("&Delete goal"))
        self.delete_button.setAccessibleName(self.tr("Delete goal"))
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        box.addLayout(actions)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        box.addSpacing(6)
        box.addWidget(line)
        progress_heading = QLabel(self.tr("Progress"))
        heading_font = progress_heading.font()
        heading_font.setBold(True)
        progress_heading.setFont(heading_font)
        box.addWidget(progress_heading)
        # Where the goal stands now, from the journal (core/goal_progress.py).
        self.progress_headline = QLabel()
        self.progress_headline.setObjectName("goalProgress")
        self.progress_headline.setWordWrap(True)
        self.progress_headline.setAccessibleName(self.tr("Progress this period"))
        box.addWidget(self.progress_headline)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("strength")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        box.addWidget(self.progress_bar)
        self.progress_week = QLabel()
        self.progress_week.setWordWrap(True)
        self.progress_week.setAccessibleName(self.tr("Days kept this week"))
        box.addWidget(self.progress_week)
        self.progress_summary = QLabel()
        self.progress_summary.setProperty("muted", True)
        self.progress_summary.setWordWrap(True)
        self.progress_summary.setAccessibleName(self.tr("Progress summary"))
        box.addWidget(self.progress_summary)

        self.progress_table = QTableView()
        self.progress_table.setAccessibleName(self.tr("Progress entries"))
        self.progress_table.setModel(self.progress_model)
        self.progress_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progress_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.progress_table.verticalHeader().hide()
        self.progress_table.setWordWrap(False)
        self.progress_table.horizontalHeader().setStretchLastSection(True)
        self.progress_table.setColumnWidth(0, 90)
        self.progress_table.setColumnWidth(1, 70)
        self.progress_table.setMinimumHeight(120)
        box.addWidget(self.progress_table, 1)

        progress_actions = QHBoxLayout()
        self.add_progress_button = QPushButton(self.tr("&Add progress…"))
        self.add_progress_button.setAccessibleName(self.tr("Add progress"))
        self.remove_progress_button = QPushButton(self.tr("&Remove entry"))
        self.remove_progress_button.setAccessibleName(self.tr("Remove the selected progress entry"))
        progress_actions.addWidget(self.add_progress_button)
        progress_actions.addWidget(self.remove_progress_button)
        progress_actions.addStretch(1)
        box.addLayout(progress_actions)

        self.no_selection = QLabel(self.tr("Choose a goal to see its details and progress."))
        self.no_selection.setWordWrap(True)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not a QStackedWidget: it would not pass the wrapped labels' height-for-width on.
        holder = QWidget()
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 0, 0)
        holder_box.addWidget(self.detail_body)
        holder_box.addWidget(self.no_selection)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        scroll.setMinimumWidth(340)
        return scroll

    def _connect(self) -> None:
        self._history.changed.connect(self._refresher.changed)
        self.sphere_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.circle_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.open_new_goal)
        self.new_action.triggered.connect(self.open_new_goal)
        assert self.empty.button is not None
        assert self.no_match.button is not None
        self.empty.button.clicked.connect(self.open_new_goal)
        self.no_match.button.clicked.connect(self.clear_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.status.activated.connect(self._on_status_activated)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.add_progress_button.clicked.connect(self.open_add_progress)
        self.remove_progress_button.clicked.connect(self.remove_selected_progress)
        self.progress_table.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read goals, circles and the selected goal's progress again."""
        keep = self._goal.id if self._goal is not None else None
        self._fill_circle_filter()
        self.model.reload()
        self._select_goal(keep)
        self._update_state()

    def _fill_circle_filter(self) -> None:
        chosen = self.circle_filter.currentData()
        self.circle_filter.blockSignals(True)
        self.circle_filter.clear()
        self.circle_filter.addItem(self.tr("All circles"), ALL)
        for circle in self._journal.circles():
            self.circle_filter.addItem(circle.name, circle.id)
        index = self.circle_filter.findData(chosen)
        self.circle_filter.setCurrentIndex(max(index, 0))
        self.circle_filter.blockSignals(False)
        if index < 0 and chosen != ALL:
            self._apply_filter()  # the chosen circle is gone

    def _select_goal(self, goal_id: int | None) -> None:
        source_row = self.model.row_of(goal_id) if goal_id is not None else None
        proxy_index = QModelIndex()
        if source_row is not None:
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not proxy_index.isValid() and self.proxy.rowCount() > 0:
            proxy_index = self.proxy.index(0, 0)
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())
            self.table.scrollTo(proxy_index)
        else:
            self.table.clearSelection()
        self._show_goal(self.selected_goal())

    def selected_goal(self) -> Goal | None:
        """The goal selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.goal_at(self.proxy.mapToSource(rows[0]).row())

    def selected_progress(self) -> ProgressEntry | None:
        """The progress entry selected in the detail panel, if any."""
        rows = self.progress_table.selectionModel().selectedRows()
        return self.progress_model.entry_at(rows[0].row()) if rows else None

    def _show_goal(self, goal: Goal | None) -> None:
        self._goal = goal
        if goal is None:
            self.progress_model.set_entries([])
            self.detail_body.hide()
            self.no_selection.show()
            self._update_buttons()
            return
        self.no_selection.hide()
        self.detail_body.show()
        self.detail_title.setText(goal.title)
        circle = self.model.circle_name(goal.circle_id)
        sphere = label(goal.sphere)
        self.detail_sphere.setText(
            self.tr("%1 · %2").replace("%1", sphere).replace("%2", circle) if circle else sphere
        )
        self.detail_kind.setText(label(goal.kind))
        self.detail_measure.setText(self._measure_text(goal))
        self.detail_target_date.setText(
            format_date(goal.target_date) if goal.target_date is not None else self.tr("None")
        )
        self.detail_why.setText(goal.why or self.tr("Not written yet — Edit to add why."))
        self.status.blockSignals(True)
        select_data(self.status, goal.status)
        self.status.blockSignals(False)
        entries = self._journal.progress(goal.id)
        self.progress_model.set_entries(entries)
        self.progress_summary.setText(self._progress_text(goal, entries))
        self._show_progress(goal)
        self._update_buttons()
        self.goal_selected.emit(goal)

    def _show_progress(self, goal: Goal) -> None:
        """The current period against the target, as words and a bar, and a daily goal's week."""
        progress = self.model.progress(goal.id)
        self.progress_headline.setVisible(progress is not None)
        self.progress_bar.setVisible(progress is not None)
        self.progress_week.setVisible(progress is not None and bool(week_text(progress)))
        if progress is None:
            return
        headline = period_text(goal, progress)
        self.progress_headline.setText(headline)
        self.progress_bar.setValue(round(100 * max(0.0, min(1.0, progress.fraction))))
        self.progress_bar.setAccessibleName(headline)
        # A limit already broken this period shows in the warning colour (style.py).
        self.progress_bar.setProperty("level", "watch" if progress.is_over else "")
        self.progress_bar.style().unpolish(self.progress_bar)
        self.progress_bar.style().polish(self.progress_bar)
        self.progress_week.setText(week_text(progress))

    def _measure_text(self, goal: Goal) -> str:
        if goal.measure_unit is None or goal.measure_period is None or goal.target_value is None:
            return self.tr("No measure")
        one = goal.target_value == 1
        if goal.measure_unit is MeasureUnit.MINUTES:
            amount = self.tr("1 minute") if one else self.tr("%1 minutes")
        else:
            amount = self.tr("once") if one else self.tr("%1 times")
        amount = amount.replace("%1", format_number(goal.target_value))
        if goal.kind is GoalKind.LIMIT:
            text = self.tr("At most %1 %2")
        else:
            text = self.tr("At least %1 %2")
        return text.replace("%1", amount).replace("%2", label(goal.measure_period))

    def _progress_text(self, goal: Goal, entries: list[ProgressEntry]) -> str:
        if goal.measure_source is MeasureSource.AI_USE:
            return self.tr(
                "Counted from the AI use you log (uses marked as not counting are left out); "
                "the dashboard shows how often it was kept."
            )
        if goal.measure_source is MeasureSource.CONNECTION:
            return self.tr(
                "Counted from the connections you log; the dashboard shows how often it was met."
            )
        if not entries:
            return self.tr("Nothing logged yet. Add progress when something moves.")
        total = format_number(sum(e.value for e in entries))
        last = format_date(max(e.day for e in entries))
        if len(entries) == 1:
            text = self.tr("1 entry, total %2, last on %3.")
        else:
            text = self.tr("%1 entries, total %2, last on %3.")
        return (
            text.replace("%1", format_number(len(entries))).replace("%2", total).replace("%3", last)
        )

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.filter_bar.setVisible(total > 0)  # the empty state has its own button
        self.count.setVisible(total > 0)
        if total == 0:
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.splitter)
        if total == shown:
            text = self.tr("1 goal") if total == 1 else self.tr("%1 goals")
        else:
            text = self.tr("%1 of %2 goals shown").replace("%2", format_number(total))
        self.count.setText(text.replace("%1", format_number(shown)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_goal = self._goal is not None
        for widget in (self.status, self.edit_button, self.delete_button):
            widget.setEnabled(has_goal)
        # A measured goal reads its progress from the journal: nothing to enter by hand.
        is_measured = self._goal is not None and self._goal.is_measured
        self.add_progress_button.setEnabled(has_goal and not is_measured)
        self.remove_progress_button.setEnabled(self.selected_progress() is not None)

    # --- filters --------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        sphere = self.sphere_filter.currentData()
        circle = self.circle_filter.currentData()
        status = self.status_filter.currentData()
        self.proxy.set_filter(
            Sphere(sphere) if sphere else None,
            int(circle) if isinstance(circle, int) else None,
            GoalStatus(status) if status else None,
        )
        keep = self._goal.id if self._goal is not None else None
        self._select_goal(keep)
        self._update_state()

    def clear_filters(self) -> None:
        """Show every goal again."""
        for combo in (self.sphere_filter, self.circle_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filter()

    # --- changes --------------------------------------------------------------------------

    def open_new_goal(self) -> GoalDialog:
        """Open the dialog for a new goal (non-blocking, so tests can drive it)."""
        return self._open_goal_dialog(None)

    def open_edit_goal(self) -> GoalDialog | None:
        """Open the dialog for the selected goal."""
        return self._open_goal_dialog(self._goal) if self._goal is not None else None

    def _open_goal_dialog(self, existing: Goal | None) -> GoalDialog:
        dialog = GoalDialog(self._journal, self._history, existing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.goal_saved.connect(self._on_dialog_goal_saved)
        dialog.open()
        return dialog

    def open_add_progress(self) -> ProgressDialog | None:
        """Open the dialog that adds progress to the selected goal."""
        if self._goal is None:
            return None
        dialog = ProgressDialog(self._journal, self._history, self._goal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_selected_progress(self) -> None:
        """Remove the selected progress entry; undo puts it back."""
        entry, goal = self.selected_progress(), self._goal
        if entry is None or goal is None:
            return
        self._history.push(goals_ops.delete_progress(self._journal, entry.id))

    def set_status(self, status: GoalStatus) -> None:
        """Change the selected goal's status (undoable)."""
        goal = self._goal
        if goal is None or goal.status is status:
            return
        try:
            self._history.push(goals_ops.set_goal_status(self._journal, goal.id, status))
        except (ValidationError, NotFoundError):
            self.refresh()  # the goal changed under us; show what the journal holds

    def delete_selected(self, history: UndoHistory) -> None:
        """Delete the selected progress entry (when the progress list has focus) or goal.

        Undo brings a goal back with its id and all its progress.
        """
        if self.progress_table.hasFocus() and self.selected_progress() is not None:
            self.remove_selected_progress()
            return
        goal = self.selected_goal()
        if goal is None:
            return
        history.push(goals_ops.delete_goal(self._journal, goal.id))

    # --- slots ----------------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        self._apply_filter()

    def _on_table_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        goal = self.selected_goal()
        if goal is not None or self.proxy.rowCount() == 0:
            self._show_goal(goal)

    def _on_table_activated(self) -> None:
        self.open_edit_goal()

    def _on_status_activated(self, index: int) -> None:
        self.set_status(GoalStatus(self.status.itemData(index)))

    def _on_edit_clicked(self) -> None:
        self.open_edit_goal()

    def _on_delete_clicked(self) -> None:
        self.delete_selected(self._history)

    def _on_dialog_goal_saved(self, goal: Goal) -> None:
        self._select_goal(goal.id)
