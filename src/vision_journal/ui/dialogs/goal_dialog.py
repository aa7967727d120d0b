"""The dialogs of the Goals page: a goal with every field, and one progress entry.

The core validates; each problem it reports appears under its field and nothing is saved.
The "why" of a goal and the note of a progress entry are kept as drafts while typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.journal import Journal
from vision_journal.core.operations import goals as goals_ops
from vision_journal.core.operations.step import OpResult
from vision_journal.core.records import (
    Goal,
    GoalInput,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    ProgressEntry,
    ProgressInput,
    Sphere,
    UsePurpose,
)
from vision_journal.ui.dialogs.record_dialog import RecordDialog
from vision_journal.ui.formatting import date_pattern
from vision_journal.ui.labels import label
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import current_enum, current_id, enum_combo, select_data
from vision_journal.ui.widgets.forms import form_row

NO_ID = -1
MAX_TARGET = 1_000_000
MAX_NAME_IN_UNDO = 40


def short_name(text: str) -> str:
    """A name short enough for an undo menu entry."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_NAME_IN_UNDO else text[: MAX_NAME_IN_UNDO - 1] + "…"


def from_qdate(value: QDate) -> dt.date:
    """A Python date from a Qt date."""
    return dt.date(value.year(), value.month(), value.day())


def date_edit(name: str) -> QDateEdit:
    """A date field with a calendar, in the window's one date style, with a wide range.

    The range is wide on purpose: the core (not the widget) explains dates out of range.
    """
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern(edit.locale()))
    edit.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))
    edit.setAccessibleName(name)
    return edit


class GoalDialog(RecordDialog[Goal]):
    """Create a goal, or edit one (`existing`)."""

    goal_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal, history, parent)
        self._set_title(self.tr("Edit goal") if existing else self.tr("New goal"))
        self._existing = existing
        self._build()
        self._load(existing)
        self._on_has_measure_toggled(self.has_measure.isChecked())
        self._on_has_target_date_toggled(self.has_target_date.isChecked())
        self._on_kind_changed()
        self._keep_drafts(f"goal:{existing.id}" if existing else "goal:new", {"why": self.why})

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A goal says what you want more of — or less of — and why. "
                "Only the title is needed; a measure lets you log progress against a target."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        errors = self.errors

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Write to Grandma myself every week"))
        form_row(form, errors, self.tr("&Title:"), self.title, ("title",), self.title)

        self.sphere = enum_combo(Sphere, self.tr("Sphere"))
        form_row(form, errors, self.tr("S&phere:"), self.sphere, ("sphere",), self.sphere)

        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("Circle"))
        form_row(form, errors, self.tr("&Circle:"), self.circle, ("circle_id",), self.circle)

        self.kind = enum_combo(GoalKind, self.tr("Kind of goal"))
        form_row(form, errors, self.tr("&Kind:"), self.kind, ("kind",), self.kind)

        self.has_measure = QCheckBox(self.tr("&Measure:"))
        self.has_measure.setAccessibleName(self.tr("Measure this goal"))
        self.kind_word = QLabel()
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Target value"))
        self.target.setPlaceholderText(self.tr("target"))
        self.target.setValidator(QIntValidator(0, MAX_TARGET, self.target))
        self.target.setMaximumWidth(90)
        self.unit = enum_combo(MeasureUnit, self.tr("What to count"))
        self.period = enum_combo(MeasurePeriod, self.tr("Period counted over"))
        measure_row = QHBoxLayout()
        measure_row.addWidget(self.kind_word)
        measure_row.addWidget(self.target)
        measure_row.addWidget(self.unit)
        measure_row.addWidget(self.period)
        measure_row.addStretch(1)
        form_row(
            form,
            errors,
            self.has_measure,
            measure_row,
            ("measure_unit", "measure_period", "target_value"),
            self.target,
        )

        # Where progress comes from: typed by hand, or read from what is logged.
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Where progress comes from"))
        self.source.addItem(self.tr("Progress I enter by hand"), "")
        self.source.addItem(self.tr("The AI use I log"), MeasureSource.AI_USE.value)
        self.source.addItem(self.tr("The connections I log"), MeasureSource.CONNECTION.value)
        form_row(
            form, errors, self.tr("Counted &from:"), self.source, ("measure_source",), self.source
        )
        self.measure_tool = QComboBox()
        self.measure_tool.setAccessibleName(self.tr("Only the AI use of this tool"))
        self.measure_purpose = QComboBox()
        self.measure_purpose.setAccessibleName(self.tr("Only the AI use for this purpose"))
        self.measure_purpose.addItem(self.tr("Any purpose"), "")
        for purpose in UsePurpose:
            self.measure_purpose.addItem(label(purpose), purpose.value)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.measure_tool, 1)
        scope_row.addWidget(self.measure_purpose, 1)
        form_row(
            form,
            errors,
            self.tr("AI too&l, purpose:"),
            scope_row,
            ("measure_tool_id", "measure_purpose"),
            self.measure_tool,
        )

        self.has_target_date = QCheckBox(self.tr("Target &date:"))
        self.has_target_date.setAccessibleName(self.tr("Give a target date"))
        self.target_date = date_edit(self.tr("Target date"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.target_date)
        date_row.addStretch(1)
        form_row(form, errors, self.has_target_date, date_row, ("target_date",), self.target_date)

        self.why = QPlainTextEdit()
        self.why.setAccessibleName(self.tr("Why this goal matters"))
        self.why.setPlaceholderText(self.tr("What will be better for you and the people involved?"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(84)
        form_row(form, errors, self.tr("&Why:"), self.why, ("why",), self.why)

        self.status = enum_combo(GoalStatus, self.tr("Status"))
        form_row(form, errors, self.tr("St&atus:"), self.status, ("status",), self.status)
        layout.addLayout(form)

        self._finish_layout(layout)

        self.setTabOrder(self.title, self.sphere)
        self.setTabOrder(self.sphere, self.circle)
        self.setTabOrder(self.circle, self.kind)
        self.setTabOrder(self.kind, self.has_measure)
        self.setTabOrder(self.has_measure, self.target)
        self.setTabOrder(self.target, self.unit)
        self.setTabOrder(self.unit, self.period)
        self.setTabOrder(self.period, self.source)
        self.setTabOrder(self.source, self.measure_tool)
        self.setTabOrder(self.measure_tool, self.measure_purpose)
        self.setTabOrder(self.measure_purpose, self.has_target_date)
        self.setTabOrder(self.has_target_date, self.target_date)
        self.setTabOrder(self.target_date, self.why)
        self.setTabOrder(self.why, self.status)

        self.has_measure.toggled.connect(self._on_has_measure_toggled)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.has_target_date.toggled.connect(self._on_has_target_date_toggled)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.circle.currentIndexChanged.connect(self._on_circle_changed)
        self.setMinimumWidth(520)

    # --- data -----------------------------------------------------------------------------

    def _load(self, existing: Goal | None) -> None:
        self.circle.addItem(self.tr("No particular circle"), NO_ID)
        self._circle_spheres: dict[int, Sphere] = {}
        for circle in self._journal.circles():
            self.circle.addItem(circle.name, circle.id)
            self._circle_spheres[circle.id] = circle.sphere
        self.target_date.setDate(QDate(self._journal.today() + dt.timedelta(days=90)))
        self.measure_tool.addItem(self.tr("Any tool"), NO_ID)
        for tool in self._journal.tools():
            self.measure_tool.addItem(tool.name, tool.id)
        if existing is None:
            select_data(self.period, MeasurePeriod.WEEK)
            return
        self.title.setText(existing.title)
        select_data(self.circle, existing.circle_id if existing.circle_id is not None else NO_ID)
        select_data(self.sphere, existing.sphere)
        select_data(self.kind, existing.kind)
        has_measure = existing.measure_unit is not None or existing.target_value is not None
        self.has_measure.setChecked(has_measure)
        if existing.measure_unit is not None:
            select_data(self.unit, existing.measure_unit)
        if existing.measure_period is not None:
            select_data(self.period, existing.measure_period)
        if existing.target_value is not None:
            self.target.setText(str(existing.target_value))
        select_data(self.source, existing.measure_source.value if existing.measure_source else "")
        select_data(
            self.measure_tool,
            existing.measure_tool_id if existing.measure_tool_id is not None else NO_ID,
        )
        select_data(
            self.measure_purpose, existing.measure_purpose.value if existing.measure_purpose else ""
        )
        if existing.target_date is not None:
            self.has_target_date.setChecked(True)
            self.target_date.setDate(QDate(existing.target_date))
        self.why.setPlainText(existing.why)
        select_data(self.status, existing.status)

    def _target_value(self) -> int | None:
        text = self.target.text().strip()
        if not text:
            return None
        value, ok = self.locale().toInt(text)
        return value if ok else None

    def value(self) -> GoalInput:
        """What the form holds, as the core's input (not yet validated)."""
        measured = self.has_measure.isChecked()
        source = str(self.source.currentData() or "") if measured else ""
        purpose = str(self.measure_purpose.currentData() or "")
        return GoalInput(
            measure_source=MeasureSource(source) if source else None,
            measure_tool_id=current_id(self.measure_tool),
            measure_purpose=UsePurpose(purpose) if purpose else None,
            title=self.title.text(),
            sphere=current_enum(self.sphere, Sphere),
            kind=current_enum(self.kind, GoalKind),
            circle_id=current_id(self.circle),
            why=self.why.toPlainText(),
            measure_unit=current_enum(self.unit, MeasureUnit) if measured else None,
            measure_period=current_enum(self.period, MeasurePeriod) if measured else None,
            target_value=self._target_value() if measured else None,
            target_date=(
                from_qdate(self.target_date.date()) if self.has_target_date.isChecked() else None
            ),
            status=current_enum(self.status, GoalStatus),
        )

    # --- slots ----------------------------------------------------------------------------

    def _write(self) -> OpResult[Goal]:
        existing = self._existing
        return goals_ops.save_goal(
            self._journal, self.value(), None if existing is None else existing.id
        )

    def _saved(self, record: Goal) -> None:
        self.goal_saved.emit(record)

    def _deleted_text(self) -> str:
        return self.tr("This goal was deleted in the meantime.")

    def _on_has_measure_toggled(self, checked: bool) -> None:
        for widget in (self.kind_word, self.target, self.unit, self.period, self.source):
            widget.setEnabled(checked)
        self._on_source_changed()

    def _on_source_changed(self) -> None:
        # A tool or purpose only narrows AI use.
        is_ai = self.has_measure.isChecked() and self.source.currentData() == "ai_use"
        self.measure_tool.setEnabled(is_ai)
        self.measure_purpose.setEnabled(is_ai)

    def _on_has_target_date_toggled(self, checked: bool) -> None:
        self.target_date.setEnabled(checked)

    def _on_kind_changed(self) -> None:
        limit = current_enum(self.kind, GoalKind) is GoalKind.LIMIT
        self.kind_word.setText(self.tr("at most") if limit else self.tr("at least"))

    def _on_circle_changed(self) -> None:
        circle_id = current_id(self.circle)
        if circle_id is not None and circle_id in self._circle_spheres:
            select_data(self.sphere, self._circle_spheres[circle_id])


class ProgressDialog(RecordDialog[ProgressEntry]):
    """Add one progress entry (date, value, note) to a goal."""

    progress_added = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        goal: Goal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal, history, parent)
        self._set_title(self.tr("Add progress"))
        self._goal = goal
        self._build()
        self._keep_drafts(f"progress:{goal.id}:new", {"note": self.note})

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Progress on “%1”").replace("%1", self._goal.title))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.day = date_edit(self.tr("Date"))
        self.day.setDate(QDate(self._journal.today()))
        form_row(form, self.errors, self.tr("&Date:"), self.day, ("day",), self.day)

        self.value_box = QSpinBox()
        self.value_box.setRange(0, MAX_TARGET)
        self.value_box.setAccessibleName(self.tr("Value"))
        if self._goal.measure_unit is MeasureUnit.MINUTES:
            self.value_box.setSuffix(self.tr(" min"))
        else:
            self.value_box.setValue(1)  # most progress on a count is "did it once"
            if self._goal.measure_unit is MeasureUnit.COUNT:
                self.value_box.setSuffix(self.tr(" times"))
        form_row(form, self.errors, self.tr("&Value:"), self.value_box, ("value",), self.value_box)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        form_row(form, self.errors, self.tr("&Note:"), self.note, ("note",), self.note)
        layout.addLayout(form)

        self._finish_layout(layout)
        self.setMinimumWidth(380)

    def value(self) -> ProgressInput:
        """What the form holds, as the core's input (not yet validated)."""
        return ProgressInput(
            day=from_qdate(self.day.date()),
            value=self.value_box.value(),
            note=self.note.toPlainText(),
        )

    def _write(self) -> OpResult[ProgressEntry]:
        return goals_ops.add_progress(self._journal, self._goal.id, self.value())

    def _saved(self, record: ProgressEntry) -> None:
        self.progress_added.emit(record)

    def _deleted_text(self) -> str:
        return self.tr("This goal was deleted in the meantime.")
