"""The quick-log dialog for a human connection: who, how, how long, and how it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.errors import FieldError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import uses as uses_ops
from vision_journal.core.operations.step import OpResult
from vision_journal.core.records import Connection, ConnectionInput, ConnectionMode
from vision_journal.ui.dialogs.record_dialog import RecordDialog
from vision_journal.ui.labels import label
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.chips import ChipRow
from vision_journal.ui.widgets.combo import current_enum, current_id, enum_combo, select_data
from vision_journal.ui.widgets.forms import datetime_edit, form_row, from_qdatetime, to_qdatetime

NO_ID = -1

#: Minute presets for a moment with someone (any other number goes in the box beside them).
CONNECTION_MINUTES = (15, 30, 60, 120)
#: How many circles get a chip; all of them are under "More".
CHIPS = 6


class ConnectionDialog(RecordDialog[Connection]):
    """Log a new connection, or edit one (`existing`)."""

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: Connection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal, history, parent)
        self._set_title(
            self.tr("Edit connection") if existing else self.tr("Log a human connection")
        )
        self._existing = existing
        self._build()
        self._load(existing)
        self.circle_chips.select(self.circle.currentData())
        self.mode_chips.select(current_enum(self.mode, ConnectionMode))
        self.minute_chips.select(self.minutes.value())
        key = f"connection:{existing.id}" if existing else "connection:new"
        self._keep_drafts(key, {"note": self.note})

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Who, how and how long, each one click; when, quality and a note wait under "More".
        quick = QFormLayout()
        quick.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("Circle"))
        self.circle_chips = ChipRow(
            self.tr("Circle"), [(c.id, c.name) for c in self._journal.circles()[:CHIPS]]
        )
        form_row(quick, self.errors, self.tr("&Who:"), self.circle_chips, "circle_id", self.circle)

        self.mode = enum_combo(ConnectionMode, self.tr("How you connected"))
        self.mode_chips = ChipRow(
            self.tr("How you connected"), [(m, label(m)) for m in ConnectionMode]
        )
        form_row(quick, self.errors, self.tr("&How:"), self.mode_chips, "mode", self.mode)

        self.minutes = QSpinBox()
        self.minutes.setRange(0, 99_999)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minute_chips = ChipRow(
            self.tr("Minutes"),
            [(m, self.tr("%1 min").replace("%1", str(m))) for m in CONNECTION_MINUTES],
        )
        minutes_row = QHBoxLayout()
        minutes_row.setContentsMargins(0, 0, 0, 0)
        minutes_row.addWidget(self.minute_chips)
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        form_row(quick, self.errors, self.tr("&Minutes:"), minutes_row, "minutes", self.minutes)
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
        who = QLabel(self.tr("All c&ircles:"))
        who.setBuddy(self.circle)
        form.addRow(who, self.circle)
        how = QLabel(self.tr("All &ways:"))
        how.setBuddy(self.mode)
        form.addRow(how, self.mode)

        self.started_at = datetime_edit(self, self.tr("When"))
        form_row(
            form, self.errors, self.tr("Wh&en:"), self.started_at, "started_at", self.started_at
        )
        self.has_end = QCheckBox(self.tr("E&nded:"))
        self.has_end.setAccessibleName(self.tr("Give an end time instead of minutes"))
        self.ended_at = datetime_edit(self, self.tr("Ended at"))
        self.ended_at.setEnabled(False)
        form_row(form, self.errors, self.has_end, self.ended_at, "ended_at", self.ended_at)

        stars = QHBoxLayout()
        self.quality = QButtonGroup(self)
        for value in range(1, 6):
            button = QRadioButton(str(value))
            button.setAccessibleName(self.tr("Quality %1 of 5").replace("%1", str(value)))
            self.quality.addButton(button, value)
            stars.addWidget(button)
        stars.addStretch(1)
        first = self.quality.button(1)
        form_row(form, self.errors, self.tr("&Quality:"), stars, "quality", first)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        form_row(form, self.errors, self.tr("N&ote:"), self.note, "note", self.note)
        layout.addWidget(self.details)

        self._finish_layout(layout)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.has_end.toggled.connect(self._on_has_end_toggled)
        self.more_button.toggled.connect(self._on_more_button_toggled)
        self.circle_chips.chosen.connect(lambda v: select_data(self.circle, v))
        self.circle.currentIndexChanged.connect(
            lambda _i: self.circle_chips.select(self.circle.currentData())
        )
        self.mode_chips.chosen.connect(lambda v: select_data(self.mode, v))
        self.mode.currentIndexChanged.connect(
            lambda _i: self.mode_chips.select(current_enum(self.mode, ConnectionMode))
        )
        self.minute_chips.chosen.connect(self.minutes.setValue)
        self.minutes.valueChanged.connect(self.minute_chips.select)

    def _on_more_button_toggled(self, checked: bool) -> None:
        self.details.setVisible(checked)
        self.more_button.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
        self.adjustSize()

    def _load(self, existing: Connection | None) -> None:
        for circle in self._journal.circles():
            self.circle.addItem(circle.name, circle.id)
        now = self._journal.now()
        if existing is None:
            self.minutes.setValue(30)
            self.started_at.setDateTime(to_qdatetime(now))
            self.ended_at.setDateTime(to_qdatetime(now))
            self.quality.button(4).setChecked(True)
            return
        select_data(self.circle, existing.circle_id)
        select_data(self.mode, existing.mode)
        self.minutes.setValue(existing.minutes)
        self.started_at.setDateTime(to_qdatetime(existing.started_at))
        end = existing.started_at + dt.timedelta(minutes=existing.minutes)
        self.ended_at.setDateTime(to_qdatetime(end))
        self.quality.button(existing.quality).setChecked(True)
        self.note.setPlainText(existing.note)

    def value(self) -> ConnectionInput:
        """What the form holds, as the core's input (not yet validated)."""
        return ConnectionInput(
            started_at=from_qdatetime(self.started_at.dateTime()),
            circle_id=current_id(self.circle) or NO_ID,
            mode=current_enum(self.mode, ConnectionMode),
            minutes=None if self.has_end.isChecked() else self.minutes.value(),
            ended_at=from_qdatetime(self.ended_at.dateTime()) if self.has_end.isChecked() else None,
            quality=self.quality.checkedId(),
            note=self.note.toPlainText(),
        )

    def _ready(self) -> bool:
        if self.circle.count() == 0:
            message = self.tr("Add a circle first (Circles & tools), then log who you met.")
            self.errors.show(ValidationError([FieldError("circle_id", message)]))
            return False
        return True

    def _write(self) -> OpResult[Connection]:
        if self._existing is None:
            return uses_ops.log_connection(self._journal, self.value())
        return uses_ops.update_connection(self._journal, self._existing.id, self.value())

    def _on_has_end_toggled(self, checked: bool) -> None:
        self.ended_at.setEnabled(checked)
        self.minutes.setEnabled(not checked)
