"""The quick-log dialog for an AI use: tool, purpose and minutes, the rest defaulted.

The core validates; each problem it reports appears under its field and nothing is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.dashboard_cache import DashboardCache
from vision_journal.core.errors import FieldError, ValidationError
from vision_journal.core.friction import RuleBreach, breaches_of
from vision_journal.core.journal import Journal
from vision_journal.core.operations import circles as circle_ops
from vision_journal.core.operations import uses as uses_ops
from vision_journal.core.records import (
    AiToolInput,
    AiUse,
    AiUseInput,
    Disclosure,
    Mediation,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)
from vision_journal.core.write_errors import WRITE_ERRORS
from vision_journal.ui.drafts import DraftKeeper
from vision_journal.ui.translations import QT_TRANSLATE_NOOP
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import current_enum, current_id, enum_combo, select_data
from vision_journal.ui.widgets.field_errors import FieldErrors
from vision_journal.ui.widgets.forms import datetime_edit, form_row, from_qdatetime, to_qdatetime
from vision_journal.ui.widgets.friction_panel import FrictionPanel
from vision_journal.ui.write_failure import write_failure_text

#: Purposes that usually belong to work, so the sphere can follow them.
WORK_PURPOSES = frozenset({UsePurpose.WORK_TASK, UsePurpose.RESEARCH_LEARNING})
NO_ID = -1
FEELINGS = (
    (None, QT_TRANSLATE_NOOP("UseDialog", "Not noted")),
    (-2, QT_TRANSLATE_NOOP("UseDialog", "−2 · distanced")),
    (-1, "−1"),
    (0, QT_TRANSLATE_NOOP("UseDialog", "0 · no change")),
    (1, "+1"),
    (2, QT_TRANSLATE_NOOP("UseDialog", "+2 · closer")),
)


class UseDialog(QDialog):
    """Log a new AI use, or edit one (`existing`)."""

    use_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: AiUse | None = None,
        parent: QWidget | None = None,
        reads: DashboardCache | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._reads = reads
        self._history = history
        self._existing = existing
        self.saved: AiUse | None = None
        self.nudges: list[RuleBreach] = []
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Edit AI use") if existing else self.tr("Log AI use"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._load(existing)
        self._on_mediation_changed()
        key = f"use:{existing.id}" if existing else "use:new"
        self.drafts = DraftKeeper(journal, key, {"note": self.note}, self)
        self.drafts.restore()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Only the tool, the purpose and the minutes are needed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        essentials = QFormLayout()
        essentials.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tool = QComboBox()
        self.tool.setAccessibleName(self.tr("AI tool"))
        self.new_tool = QPushButton(self.tr("&New tool…"))
        self.new_tool.setAccessibleName(self.tr("Add a new AI tool"))
        tool_row = QHBoxLayout()
        tool_row.addWidget(self.tool, 1)
        tool_row.addWidget(self.new_tool)
        form_row(essentials, self.errors, self.tr("&Tool:"), tool_row, "tool_id", self.tool)

        self.purpose = enum_combo(UsePurpose, self.tr("Purpose"))
        form_row(
            essentials, self.errors, self.tr("&Purpose:"), self.purpose, "purpose", self.purpose
        )

        self.minutes = QSpinBox()
        self.minutes.setRange(0, 99_999)  # the core explains what is out of range
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        form_row(
            essentials, self.errors, self.tr("&Minutes:"), self.minutes, "minutes", self.minutes
        )
        layout.addLayout(essentials)

        details = QGroupBox(self.tr("Details (optional)"))
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.started_at = datetime_edit(self, self.tr("Started at"))
        form_row(
            form, self.errors, self.tr("&Started:"), self.started_at, "started_at", self.started_at
        )

        self.has_end = QCheckBox(self.tr("&Ended:"))
        self.has_end.setAccessibleName(self.tr("Give an end time instead of minutes"))
        self.ended_at = datetime_edit(self, self.tr("Ended at"))
        self.ended_at.setEnabled(False)
        form_row(form, self.errors, self.has_end, self.ended_at, "ended_at", self.ended_at)

        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("Circle"))
        form_row(form, self.errors, self.tr("&Circle:"), self.circle, "circle_id", self.circle)

        self.sphere = enum_combo(Sphere, self.tr("Sphere"))
        form_row(form, self.errors, self.tr("S&phere:"), self.sphere, "sphere", self.sphere)

        self.mediation = enum_combo(Mediation, self.tr("Message help"))
        form_row(
            form,
            self.errors,
            self.tr("Message &help:"),
            self.mediation,
            "mediation",
            self.mediation,
        )
        self.disclosed = enum_combo(Disclosure, self.tr("Disclosed to the recipient"))
        form_row(
            form, self.errors, self.tr("&Disclosed:"), self.disclosed, "disclosed", self.disclosed
        )

        self.planned = QSpinBox()
        self.planned.setRange(0, 99_999)
        self.planned.setSpecialValueText(self.tr("No plan"))
        self.planned.setSuffix(self.tr(" min"))
        self.planned.setAccessibleName(self.tr("Planned minutes"))
        form_row(
            form, self.errors, self.tr("P&lanned:"), self.planned, "planned_minutes", self.planned
        )

        self.feeling = QComboBox()
        self.feeling.setAccessibleName(self.tr("How it felt afterwards"))
        for value, text in FEELINGS:
            self.feeling.addItem(self.tr(text), NO_ID if value is None else value)
        form_row(form, self.errors, self.tr("&Felt:"), self.feeling, "feeling", self.feeling)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        form_row(form, self.errors, self.tr("&Note:"), self.note, "note", self.note)
        layout.addWidget(details)

        self.friction = FrictionPanel()
        layout.addWidget(self.friction)

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.hide()
        layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        self.new_tool.clicked.connect(self._on_new_tool_clicked)
        self.has_end.toggled.connect(self._on_has_end_toggled)
        self.mediation.currentIndexChanged.connect(self._on_mediation_changed)
        self.circle.currentIndexChanged.connect(self._on_circle_changed)
        self.purpose.currentIndexChanged.connect(self._on_purpose_changed)
        self.setMinimumWidth(460)

    # --- data -----------------------------------------------------------------------------

    def _fill_tools(self, select_id: int | None = None) -> None:
        self.tool.clear()
        for tool in self._journal.tools():
            self.tool.addItem(tool.name, tool.id)
        if select_id is not None:
            select_data(self.tool, select_id)

    def _load(self, existing: AiUse | None) -> None:
        self._fill_tools(existing.tool_id if existing else None)
        self.circle.addItem(self.tr("No one in particular"), NO_ID)
        self._circle_spheres: dict[int, Sphere] = {}
        for circle in self._journal.circles():
            self.circle.addItem(circle.name, circle.id)
            self._circle_spheres[circle.id] = circle.sphere
        now = self._journal.now()
        if existing is None:
            self.minutes.setValue(15)
            self.started_at.setDateTime(to_qdatetime(now))
            self.ended_at.setDateTime(to_qdatetime(now))
            self.disclosed.setCurrentIndex(self.disclosed.findData(Disclosure.NOT_APPLICABLE.value))
            return
        select_data(self.purpose, existing.purpose)
        self.minutes.setValue(existing.minutes)
        self.started_at.setDateTime(to_qdatetime(existing.started_at))
        self.ended_at.setDateTime(
            to_qdatetime(existing.started_at + dt.timedelta(minutes=existing.minutes))
        )
        select_data(self.circle, existing.circle_id if existing.circle_id is not None else NO_ID)
        select_data(self.sphere, existing.sphere)
        select_data(self.mediation, existing.mediation)
        select_data(self.disclosed, existing.disclosed)
        self.planned.setValue(existing.planned_minutes or 0)
        select_data(self.feeling, existing.feeling if existing.feeling is not None else NO_ID)
        self.note.setPlainText(existing.note)

    def value(self) -> AiUseInput:
        """What the form holds, as the core's input (not yet validated)."""
        tool_data = self.tool.currentData()
        feeling = self.feeling.currentData()
        return AiUseInput(
            started_at=from_qdatetime(self.started_at.dateTime()),
            minutes=None if self.has_end.isChecked() else self.minutes.value(),
            ended_at=from_qdatetime(self.ended_at.dateTime()) if self.has_end.isChecked() else None,
            tool_id=int(tool_data) if tool_data is not None else NO_ID,
            purpose=current_enum(self.purpose, UsePurpose),
            sphere=current_enum(self.sphere, Sphere),
            circle_id=current_id(self.circle),
            mediation=current_enum(self.mediation, Mediation),
            disclosed=current_enum(self.disclosed, Disclosure),
            planned_minutes=self.planned.value() or None,
            feeling=None if feeling == NO_ID else int(feeling),
            note=self.note.toPlainText(),
            source=self._existing.source if self._existing else UseSource.MANUAL,
            source_id=self._existing.source_id if self._existing else None,
        )

    # --- slots ----------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        self.general_error.hide()
        if self.tool.count() == 0:
            message = self.tr("Add the AI tool you used first.")
            self.errors.show(ValidationError([FieldError("tool_id", message)]))
            return
        journal = self._journal
        value = self.value()
        existing_id = self._existing.id if self._existing else None
        found = breaches_of(journal, value, existing_id, self._reads)
        firm = [b for b in found if b.is_firm]
        reasons: dict[int, str] = {}
        if firm:
            if self.friction.isHidden() or self.friction.rule_ids() != {b.rule.id for b in firm}:
                self.errors.clear()
                self.friction.show_breaches(firm)
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
                    self.tr("Save with reason")
                )
                return
            typed = self.friction.reasons()
            if typed is None:
                return
            reasons = typed
        self.nudges = [b for b in found if not b.is_firm]
        try:
            if self._existing is None:
                saved = self._history.push(uses_ops.log_use(journal, value, reasons))
            else:
                saved = self._history.push(
                    uses_ops.update_use(journal, self._existing.id, value, reasons)
                )
        except ValidationError as error:
            unplaced = self.errors.show(error)
            if unplaced:
                self.general_error.setText("\n".join(unplaced))
                self.general_error.show()
            return
        except WRITE_ERRORS as error:
            self.general_error.setText(write_failure_text(error))
            self.general_error.show()
            return
        self.saved = saved
        self.drafts.discard()
        self.use_saved.emit(saved)
        self.accept()

    def _on_buttons_rejected(self) -> None:
        self.drafts.discard()
        self.reject()

    def _on_new_tool_clicked(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("New AI tool"), self.tr("Name of the AI tool:")
        )
        if not accepted:
            return
        try:
            tool = self._history.push(
                circle_ops.save_tool(self._journal, AiToolInput(name, ToolKind.CHAT_ASSISTANT))
            )
        except ValidationError as error:
            message = error.for_field("name") or str(error)
            self.errors.show(ValidationError([FieldError("tool_id", message)]))
            return
        self._fill_tools(tool.id)
        self.errors.clear()

    def _on_has_end_toggled(self, checked: bool) -> None:
        self.ended_at.setEnabled(checked)
        self.minutes.setEnabled(not checked)

    def _on_mediation_changed(self) -> None:
        mediated = current_enum(self.mediation, Mediation) is not Mediation.NONE
        self.disclosed.setEnabled(mediated)
        if not mediated:
            select_data(self.disclosed, Disclosure.NOT_APPLICABLE)
        elif current_enum(self.disclosed, Disclosure) is Disclosure.NOT_APPLICABLE:
            select_data(self.disclosed, Disclosure.NO)

    def _on_circle_changed(self) -> None:
        circle_id = current_id(self.circle)
        if circle_id is not None and circle_id in self._circle_spheres:
            select_data(self.sphere, self._circle_spheres[circle_id])

    def _on_purpose_changed(self) -> None:
        if current_id(self.circle) is None:
            purpose = current_enum(self.purpose, UsePurpose)
            work = purpose in WORK_PURPOSES
            select_data(self.sphere, Sphere.PROFESSIONAL if work else Sphere.PERSONAL)
