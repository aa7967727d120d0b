"""Dialogs for a circle (name, sphere, cadence, protected) and an AI tool (with privacy notes).

The core validates; each problem it reports appears under its field and nothing is saved.
Every save goes through the undo history.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.journal import Journal
from vision_journal.core.operations import circles as circle_ops
from vision_journal.core.operations.step import OpResult
from vision_journal.core.records import (
    AiTool,
    AiToolInput,
    Circle,
    CircleInput,
    Sphere,
    ToolKind,
)
from vision_journal.ui.dialogs.record_dialog import RecordDialog
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import current_enum, enum_combo, select_data
from vision_journal.ui.widgets.forms import form_row


def hint_label(text: str) -> QLabel:
    """A small explanatory line under a field."""
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setObjectName("hint")
    hint.setStyleSheet("color: palette(placeholder-text);")
    hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return hint


class CircleDialog(RecordDialog[Circle]):
    """Create a circle, or edit one (`existing`)."""

    circle_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: Circle | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal, history, parent)
        self._set_title(self.tr("Edit circle") if existing else self.tr("New circle"))
        self._existing = existing
        self._build()
        self._load(existing)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("A circle is a group of people you relate to in the same way, like Family.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        errors = self.errors

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Family"))
        form_row(form, errors, self.tr("&Name:"), self.name, ("name",), self.name)

        self.sphere = enum_combo(Sphere, self.tr("Sphere"))
        form_row(form, errors, self.tr("S&phere:"), self.sphere, ("sphere",), self.sphere)

        self.cadence = QSpinBox()
        self.cadence.setRange(0, 99_999)  # the core explains what is out of range
        self.cadence.setSpecialValueText(self.tr("No reminder"))
        self.cadence.setPrefix(self.tr("every "))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccessibleName(self.tr("Stay in touch every N days"))
        self.cadence.setToolTip(
            self.tr("How often you want to be in touch with this circle; 0 for no reminder.")
        )
        form_row(
            form, errors, self.tr("Stay in &touch:"), self.cadence, ("cadence_days",), self.cadence
        )

        self.is_protected = QCheckBox(self.tr("P&rotected circle"))
        self.is_protected.setAccessibleName(self.tr("Protected circle"))
        protected_hint = self.tr(
            "For circles where human authorship matters most: messages written with AI help "
            "count double in your balance."
        )
        self.is_protected.setToolTip(protected_hint)
        protected_box = QWidget()
        protected_layout = QVBoxLayout(protected_box)
        protected_layout.setContentsMargins(0, 0, 0, 0)
        protected_layout.setSpacing(2)
        protected_layout.addWidget(self.is_protected)
        protected_layout.addWidget(hint_label(protected_hint))
        form_row(form, errors, "", protected_box, ("is_protected",), self.is_protected)
        layout.addLayout(form)
        self._finish_layout(layout)
        self.setMinimumWidth(440)

    def _load(self, existing: Circle | None) -> None:
        if existing is None:
            return
        self.name.setText(existing.name)
        select_data(self.sphere, existing.sphere)
        self.cadence.setValue(existing.cadence_days or 0)
        self.is_protected.setChecked(existing.is_protected)

    def value(self) -> CircleInput:
        """What the form holds, as the core's input (not yet validated)."""
        return CircleInput(
            name=self.name.text(),
            sphere=current_enum(self.sphere, Sphere),
            cadence_days=self.cadence.value() or None,
            is_protected=self.is_protected.isChecked(),
        )

    def _write(self) -> OpResult[Circle]:
        existing = self._existing
        return circle_ops.save_circle(
            self._journal, self.value(), None if existing is None else existing.id
        )

    def _saved(self, record: Circle) -> None:
        self.circle_saved.emit(record)


class ToolDialog(RecordDialog[AiTool]):
    """Create an AI tool, or edit one (`existing`), with its privacy notes."""

    tool_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: AiTool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal, history, parent)
        self._set_title(self.tr("Edit AI tool") if existing else self.tr("New AI tool"))
        self._existing = existing
        self._build()
        self._load(existing)
        self._keep_drafts(
            f"tool:{existing.id}" if existing else "tool:new",
            {
                "retention_note": self.retention,
                "training_note": self.training,
                "data_location_note": self.location,
            },
        )

    def _note(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(60)
        return edit

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        errors = self.errors

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. ChatGPT"))
        form_row(form, errors, self.tr("&Name:"), self.name, ("name",), self.name)

        self.kind = enum_combo(ToolKind, self.tr("Kind of tool"))
        form_row(form, errors, self.tr("&Kind:"), self.kind, ("kind",), self.kind)
        layout.addLayout(form)

        privacy = QLabel(self.tr("Privacy notes"))
        font = privacy.font()
        font.setBold(True)
        privacy.setFont(font)
        layout.addSpacing(6)
        layout.addWidget(privacy)
        layout.addWidget(
            hint_label(
                self.tr(
                    "What the provider does with what you type. Your own words are fine; "
                    "check the provider's privacy settings now and then."
                )
            )
        )
        notes = QFormLayout()
        notes.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.retention = self._note(
            self.tr("Retention"), self.tr("How long are chats kept? Can you delete them?")
        )
        form_row(
            notes,
            errors,
            self.tr("&Retention:"),
            self.retention,
            ("retention_note",),
            self.retention,
        )
        self.training = self._note(
            self.tr("Training on your data"),
            self.tr("Is what you type used to train models? Can you opt out?"),
        )
        form_row(
            notes, errors, self.tr("&Training:"), self.training, ("training_note",), self.training
        )
        self.location = self._note(
            self.tr("Where data goes"), self.tr("Which company, which country, who can read it?")
        )
        form_row(
            notes,
            errors,
            self.tr("&Data goes to:"),
            self.location,
            ("data_location_note",),
            self.location,
        )
        layout.addLayout(notes)
        self._finish_layout(layout)
        self.setMinimumWidth(500)

    def _load(self, existing: AiTool | None) -> None:
        if existing is None:
            return
        self.name.setText(existing.name)
        select_data(self.kind, existing.kind)
        self.retention.setPlainText(existing.retention_note)
        self.training.setPlainText(existing.training_note)
        self.location.setPlainText(existing.data_location_note)

    def value(self) -> AiToolInput:
        """What the form holds, as the core's input (not yet validated)."""
        return AiToolInput(
            name=self.name.text(),
            kind=current_enum(self.kind, ToolKind),
            retention_note=self.retention.toPlainText(),
            training_note=self.training.toPlainText(),
            data_location_note=self.location.toPlainText(),
        )

    def _write(self) -> OpResult[AiTool]:
        existing = self._existing
        return circle_ops.save_tool(
            self._journal, self.value(), None if existing is None else existing.id
        )

    def _saved(self, record: AiTool) -> None:
        self.tool_saved.emit(record)
