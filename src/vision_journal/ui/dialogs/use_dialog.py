"""The quick-log dialog for an AI use: tool, purpose and minutes, the rest defaulted.

The core validates; each problem it reports appears under its field and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.capture.inbox import use_sources
from vision_journal.core.dashboard_cache import DashboardCache
from vision_journal.core.errors import FieldError, ValidationError
from vision_journal.core.friction import RuleBreach, breaches_of
from vision_journal.core.journal import Journal
from vision_journal.core.operations import circles as circle_ops
from vision_journal.core.operations import uses as uses_ops
from vision_journal.core.operations.step import OpResult
from vision_journal.core.records import (
    AiToolInput,
    AiUse,
    AiUseInput,
    Disclosure,
    Mediation,
    NeutralReason,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)
from vision_journal.ui.dialogs.record_dialog import RecordDialog
from vision_journal.ui.labels import found_by, label
from vision_journal.ui.translations import QT_TRANSLATE_NOOP
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.chips import ChipRow
from vision_journal.ui.widgets.combo import current_enum, current_id, enum_combo, select_data
from vision_journal.ui.widgets.forms import datetime_edit, form_row, from_qdatetime, to_qdatetime
from vision_journal.ui.widgets.friction_panel import FrictionPanel
from vision_journal.ui.write_failure import write_failure_text

#: Minute presets of the quick log (any other number goes in the box beside them).
MINUTE_PRESETS = (5, 15, 30, 60)
#: How many tools and purposes get a chip; the rest are under "More".
CHIPS = 5
#: How many of the latest uses decide which tools and purposes come first.
RECENT_USES = 200
#: The purposes offered first before the journal knows the person's own.
COMMON_PURPOSES = (
    UsePurpose.DRAFT_MESSAGE,
    UsePurpose.EDIT_POLISH,
    UsePurpose.RESEARCH_LEARNING,
    UsePurpose.WORK_TASK,
    UsePurpose.PLANNING,
    *UsePurpose,
)
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


class UseDialog(RecordDialog[AiUse]):
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
        super().__init__(journal, history, parent)
        self._set_title(self.tr("Edit AI use") if existing else self.tr("Log AI use"))
        self._reads = reads
        self._existing = existing
        self.nudges: list[RuleBreach] = []
        #: The reasons typed for the firm rules the use crosses (rule id to text).
        self._reasons: dict[int, str] = {}
        self._build()
        self._load(existing)
        self._on_mediation_changed()
        self._keep_drafts(f"use:{existing.id}" if existing else "use:new", {"note": self.note})

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # One line per choice, each a click: the tool, the minutes, what it was for, and
        # whether it was about someone. Everything else waits under "More".
        quick = QFormLayout()
        quick.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tool = QComboBox()
        self.tool.setAccessibleName(self.tr("AI tool"))
        self.tool_chips = ChipRow(self.tr("AI tool"), [])
        self._tool_holder = QHBoxLayout()
        self._tool_holder.setContentsMargins(0, 0, 0, 0)
        self._tool_holder.addWidget(self.tool_chips, 1)
        form_row(quick, self.errors, self.tr("&Tool:"), self._tool_holder, "tool_id", self.tool)

        self.minutes = QSpinBox()
        self.minutes.setRange(0, 99_999)  # the core explains what is out of range
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minute_chips = ChipRow(
            self.tr("Minutes"),
            [(m, self.tr("%1 min").replace("%1", str(m))) for m in MINUTE_PRESETS],
        )
        minutes_row = QHBoxLayout()
        minutes_row.setContentsMargins(0, 0, 0, 0)
        minutes_row.addWidget(self.minute_chips)
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        form_row(quick, self.errors, self.tr("&Minutes:"), minutes_row, "minutes", self.minutes)

        self.purpose = enum_combo(UsePurpose, self.tr("Purpose"))
        self._purpose_holder = QHBoxLayout()
        self._purpose_holder.setContentsMargins(0, 0, 0, 0)
        self.purpose_chips = ChipRow(self.tr("Purpose"), [])
        self._purpose_holder.addWidget(self.purpose_chips, 1)
        form_row(
            quick, self.errors, self.tr("&For:"), self._purpose_holder, "purpose", self.purpose
        )

        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("About someone?"))
        form_row(
            quick, self.errors, self.tr("About &someone?"), self.circle, "circle_id", self.circle
        )
        layout.addLayout(quick)

        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Mo&re"))
        self.more_button.setCheckable(True)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setAccessibleName(self.tr("More details"))
        layout.addWidget(self.more_button)

        self.details = QGroupBox(self.tr("Details (optional)"))
        self.details.setVisible(False)
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.new_tool = QPushButton(self.tr("&New tool…"))
        self.new_tool.setAccessibleName(self.tr("Add a new AI tool"))
        self.new_tool.setAutoDefault(False)  # Enter always saves
        tool_row = QHBoxLayout()
        tool_row.addWidget(self.tool, 1)
        tool_row.addWidget(self.new_tool)
        tool_caption = QLabel(self.tr("A&ll tools:"))
        tool_caption.setBuddy(self.tool)
        form.addRow(tool_caption, tool_row)
        purpose_caption = QLabel(self.tr("All &purposes:"))
        purpose_caption.setBuddy(self.purpose)
        form.addRow(purpose_caption, self.purpose)
        self.started_at = datetime_edit(self, self.tr("Started at"))
        form_row(
            form, self.errors, self.tr("&Started:"), self.started_at, "started_at", self.started_at
        )

        self.has_end = QCheckBox(self.tr("&Ended:"))
        self.has_end.setAccessibleName(self.tr("Give an end time instead of minutes"))
        self.ended_at = datetime_edit(self, self.tr("Ended at"))
        self.ended_at.setEnabled(False)
        form_row(form, self.errors, self.has_end, self.ended_at, "ended_at", self.ended_at)

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

        # A use that should not count against balance: visible everywhere, in no number.
        self.neutral = QComboBox()
        self.neutral.setAccessibleName(self.tr("Counts toward balance"))
        self.neutral.addItem(self.tr("Counts toward balance"), "")
        self.neutral.addItem(
            self.tr("Doesn't count: an accessibility or reading aid"),
            NeutralReason.ACCESSIBILITY.value,
        )
        self.neutral.addItem(
            self.tr("Doesn't count: a translation I need"), NeutralReason.TRANSLATION.value
        )
        self.neutral.addItem(self.tr("Doesn't count: another reason"), NeutralReason.OTHER.value)
        form_row(form, self.errors, self.tr("B&alance:"), self.neutral, "neutral", self.neutral)
        self.neutral_note = QLineEdit()
        self.neutral_note.setAccessibleName(self.tr("Why it doesn't count"))
        self.neutral_note.setPlaceholderText(self.tr("Why it doesn't count"))
        self.neutral_note.setEnabled(False)
        form_row(
            form,
            self.errors,
            self.tr("&Why:"),
            self.neutral_note,
            "neutral_note",
            self.neutral_note,
        )
        layout.addWidget(self.details)

        # The same time found by several sources is one use: say who found it.
        self.found_by = QLabel()
        self.found_by.setWordWrap(True)
        self.found_by.setAccessibleName(self.tr("Found by"))
        self.found_by.hide()
        layout.addWidget(self.found_by)

        self.friction = FrictionPanel()
        layout.addWidget(self.friction)

        self._finish_layout(layout)
        # Enter saves from anywhere in the dialog, chips included.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

        self.new_tool.clicked.connect(self._on_new_tool_clicked)
        self.has_end.toggled.connect(self._on_has_end_toggled)
        self.mediation.currentIndexChanged.connect(self._on_mediation_changed)
        self.circle.currentIndexChanged.connect(self._on_circle_changed)
        self.purpose.currentIndexChanged.connect(self._on_purpose_changed)
        self.neutral.currentIndexChanged.connect(self._on_neutral_changed)
        self.more_button.toggled.connect(self._on_more_button_toggled)
        self.minute_chips.chosen.connect(self._on_minute_chips_chosen)
        self.minutes.valueChanged.connect(self.minute_chips.select)
        self.tool.currentIndexChanged.connect(self._on_tool_changed)
        self.purpose.currentIndexChanged.connect(self._on_purpose_combo_changed)

    # --- data -----------------------------------------------------------------------------

    def _recent_counts(self) -> tuple[Counter[int], Counter[UsePurpose]]:
        """How often each tool and purpose came up in the latest uses (most used first)."""
        recent = self._journal.list_uses(limit=RECENT_USES)
        return Counter(u.tool_id for u in recent), Counter(u.purpose for u in recent)

    def _fill_tools(self, select_id: int | None = None) -> None:
        self.tool.clear()
        tools = self._journal.tools()
        for tool in tools:
            self.tool.addItem(tool.name, tool.id)
        # The chips: the most used tools first, then the rest by name, a handful at most.
        order = sorted(tools, key=lambda t: (-self._tool_counts[t.id], t.name.casefold()))
        chips = ChipRow(self.tr("AI tool"), [(t.id, t.name) for t in order[:CHIPS]])
        self._tool_holder.replaceWidget(self.tool_chips, chips)
        self.tool_chips.deleteLater()
        self.tool_chips = chips
        chips.chosen.connect(self._on_tool_chips_chosen)
        if select_id is None and order:
            select_id = order[0].id  # the most used tool is the likeliest
        if select_id is not None:
            select_data(self.tool, select_id)
        self.tool_chips.select(self.tool.currentData())

    def _fill_purposes(self) -> None:
        used = [p for p, _ in self._purpose_counts.most_common()]
        order = list(dict.fromkeys([*used, *COMMON_PURPOSES]))
        chips = ChipRow(self.tr("Purpose"), [(p, label(p)) for p in order[:CHIPS]])
        self._purpose_holder.replaceWidget(self.purpose_chips, chips)
        self.purpose_chips.deleteLater()
        self.purpose_chips = chips
        chips.chosen.connect(self._on_purpose_chips_chosen)

    def _load(self, existing: AiUse | None) -> None:
        self._tool_counts, self._purpose_counts = self._recent_counts()
        self._fill_tools(existing.tool_id if existing else None)
        self._fill_purposes()
        self.circle.addItem(self.tr("No one in particular"), NO_ID)
        self._circle_spheres: dict[int, Sphere] = {}
        for circle in self._journal.circles():
            self.circle.addItem(circle.name, circle.id)
            self._circle_spheres[circle.id] = circle.sphere
        now = self._journal.now()
        if existing is None:
            if self._purpose_counts:
                select_data(self.purpose, self._purpose_counts.most_common(1)[0][0])
            self.purpose_chips.select(current_enum(self.purpose, UsePurpose))
            self.minutes.setValue(15)
            self.started_at.setDateTime(to_qdatetime(now))
            self.ended_at.setDateTime(to_qdatetime(now))
            self.disclosed.setCurrentIndex(self.disclosed.findData(Disclosure.NOT_APPLICABLE.value))
            return
        select_data(self.purpose, existing.purpose)
        self.purpose_chips.select(existing.purpose)
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
        select_data(self.neutral, existing.neutral.value if existing.neutral else "")
        self.neutral_note.setText(existing.neutral_note)
        sources = use_sources(self._journal, existing.id)
        if len(sources) > 1 or (sources and existing.source is UseSource.CAPTURE):
            self.found_by.setText(self.tr("Found by %1.").replace("%1", found_by(sources)))
            self.found_by.show()

    def value(self) -> AiUseInput:
        """What the form holds, as the core's input (not yet validated)."""
        tool_data = self.tool.currentData()
        feeling = self.feeling.currentData()
        neutral = str(self.neutral.currentData() or "")
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
            neutral=NeutralReason(neutral) if neutral else None,
            neutral_note=self.neutral_note.text() if neutral else "",
        )

    # --- slots ----------------------------------------------------------------------------

    def _ready(self) -> bool:
        """A tool to log, and a reason for each firm rule the use crosses."""
        if self.tool.count() == 0:
            message = self.tr("Add the AI tool you used first.")
            self.errors.show(ValidationError([FieldError("tool_id", message)]))
            return False
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
                return False
            typed = self.friction.reasons()
            if typed is None:
                return False
            reasons = typed
        self._reasons = reasons
        self.nudges = [b for b in found if not b.is_firm]
        return True

    def _write(self) -> OpResult[AiUse]:
        if self._existing is None:
            return uses_ops.log_use(self._journal, self.value(), self._reasons)
        return uses_ops.update_use(self._journal, self._existing.id, self.value(), self._reasons)

    def _failure_text(self, error: Exception) -> str | None:
        # Said here, under what was typed, rather than in a message box.
        return write_failure_text(error)

    def _saved(self, record: AiUse) -> None:
        self.use_saved.emit(record)

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

    def _on_more_button_toggled(self, checked: bool) -> None:
        self.details.setVisible(checked)
        self.more_button.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
        self.adjustSize()

    def _on_tool_chips_chosen(self, tool_id: object) -> None:
        select_data(self.tool, tool_id)

    def _on_tool_changed(self) -> None:
        self.tool_chips.select(self.tool.currentData())

    def _on_minute_chips_chosen(self, minutes: object) -> None:
        assert isinstance(minutes, int)
        self.minutes.setValue(minutes)

    def _on_purpose_chips_chosen(self, purpose: object) -> None:
        select_data(self.purpose, purpose)

    def _on_purpose_combo_changed(self) -> None:
        self.purpose_chips.select(current_enum(self.purpose, UsePurpose))

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

    def _on_neutral_changed(self) -> None:
        self.neutral_note.setEnabled(bool(self.neutral.currentData()))

    def _on_purpose_changed(self) -> None:
        if current_id(self.circle) is None:
            purpose = current_enum(self.purpose, UsePurpose)
            work = purpose in WORK_PURPOSES
            select_data(self.sphere, Sphere.PROFESSIONAL if work else Sphere.PERSONAL)
