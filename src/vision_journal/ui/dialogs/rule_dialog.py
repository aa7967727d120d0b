"""The dialog that creates or edits a boundary rule, one form per kind of rule.

The kind chooses which form shows; a live preview reads the rule back as a sentence while it
is being built. The core validates: each problem it reports appears under its field and
nothing is saved. Saving goes through the undo history, so a new or changed rule can be
undone like any other change.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.operations.step import OpResult
from vision_journal.core.records import (
    BoundaryRule,
    RuleInput,
    RuleKind,
    RuleParams,
    Severity,
)
from vision_journal.ui.dialogs.record_dialog import RecordDialog
from vision_journal.ui.dialogs.rule_forms import (
    FORMS,
    BudgetForm,
    CurfewForm,
    DisclosureForm,
    MediationShareForm,
    NoMediationForm,
    PurposeLimitForm,
    RuleForm,
    add_row,
)
from vision_journal.ui.rule_sentence import rule_sentence
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import current_enum, enum_combo, select_data

_Form = TypeVar("_Form", bound=RuleForm)


class RuleDialog(RecordDialog[BoundaryRule]):
    """Create a boundary rule, or edit one (`existing`)."""

    rule_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: BoundaryRule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal, history, parent)
        self._set_title(self.tr("Edit rule") if existing else self.tr("New rule"))
        self._existing = existing
        self._circles = {c.id: c.name for c in journal.circles()}
        self._tools = {t.id: t.name for t in journal.tools()}
        # A new rule's name follows the preview until the person types one of their own.
        self._name_follows = existing is None
        self._captions: list[QLabel] = []
        self._build()
        self._load(existing)
        key = f"rule:{existing.id}" if existing else "rule:new"
        self._keep_drafts(key, {"rationale": self.rationale})
        self._connect()
        self._on_form_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = enum_combo(RuleKind, self.tr("Kind of rule"))
        self._add_row(top, self.tr("&Kind:"), self.kind, "kind", self.kind)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the rule"))
        self.name.setPlaceholderText(self.tr("A short name you will recognise"))
        self._add_row(top, self.tr("&Name:"), self.name, "name", self.name)
        layout.addLayout(top)

        self.forms = QStackedWidget()
        self.forms.setAccessibleName(self.tr("Settings of the rule"))
        #: One form per kind of rule (`rule_forms.py`); the kind chooses which one shows.
        self.form_pages: dict[RuleKind, RuleForm] = {
            kind: form(self._circles, self._tools) for kind, form in FORMS.items()
        }
        for page in self.form_pages.values():
            self.forms.addWidget(page)
            self._captions += page.captions
        self.budget = self._page(RuleKind.BUDGET, BudgetForm)
        self.curfew = self._page(RuleKind.CURFEW, CurfewForm)
        self.no_mediation = self._page(RuleKind.NO_MEDIATION, NoMediationForm)
        self.disclosure = self._page(RuleKind.DISCLOSURE, DisclosureForm)
        self.purpose_limit = self._page(RuleKind.PURPOSE_LIMIT, PurposeLimitForm)
        self.share = self._page(RuleKind.MEDIATION_SHARE, MediationShareForm)
        layout.addWidget(self.forms)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        lower = QFormLayout()
        lower.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nudge = QRadioButton(self.tr("N&udge"))
        self.nudge.setAccessibleName(self.tr("Severity: nudge"))
        self.firm = QRadioButton(self.tr("&Firm line"))
        self.firm.setAccessibleName(self.tr("Severity: firm line"))
        self.severity_group = QButtonGroup(self)
        self.severity_group.addButton(self.nudge)
        self.severity_group.addButton(self.firm)
        self.nudge.setChecked(True)
        self.severity_hint = QLabel()
        self.severity_hint.setWordWrap(True)
        self.severity_hint.setObjectName("hint")
        severity_box = QVBoxLayout()
        severity_box.setSpacing(2)
        radios = QHBoxLayout()
        radios.addWidget(self.nudge)
        radios.addWidget(self.firm)
        radios.addStretch(1)
        severity_box.addLayout(radios)
        severity_box.addWidget(self.severity_hint)
        severity_caption = QLabel(self.tr("Severity:"))
        self._captions.append(severity_caption)
        lower.addRow(severity_caption, severity_box)

        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Why this rule matters to you"))
        self.rationale.setPlaceholderText(
            self.tr("Why this rule matters to you: you will read it when you are tempted.")
        )
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(72)
        self._add_row(lower, self.tr("&Why:"), self.rationale, "rationale", self.rationale)
        self.active = QCheckBox(self.tr("Acti&ve: check my use against this rule"))
        self.active.setAccessibleName(self.tr("Rule is active"))
        self.active.setChecked(True)
        lower.addRow("", self.active)
        layout.addLayout(lower)

        self.preview = QLabel()
        self.preview.setObjectName("rulePreview")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Preview of the rule"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        font = self.preview.font()
        font.setBold(True)
        self.preview.setFont(font)
        preview_caption = QLabel(self.tr("The rule reads:"))
        layout.addWidget(preview_caption)
        layout.addWidget(self.preview)

        self._finish_layout(layout)
        # One caption width on every form, so the fields line up whichever kind is shown.
        width = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)
        self.setMinimumWidth(560)
        self.curfew.rows_changed.connect(self._on_curfew_rows_changed)

    def _page(self, kind: RuleKind, form: type[_Form]) -> _Form:
        page = self.form_pages[kind]
        assert isinstance(page, form)
        return page

    def _add_row(
        self,
        form: QFormLayout,
        caption: str,
        field: QWidget,
        name: str,
        focus: QWidget,
    ) -> None:
        add_row(form, caption, field, name, focus, self.errors, self._captions)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.name.textEdited.connect(self._on_name_edited)
        for page in self.form_pages.values():
            page.changed.connect(self._on_form_changed)
        self.firm.toggled.connect(self._on_form_changed)
        self.nudge.toggled.connect(self._on_form_changed)

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.kind, self.name]
        for page in self.form_pages.values():
            chain += page.focus_chain()
        chain += [self.nudge, self.firm, self.rationale, self.active]
        chain += list(self.buttons.buttons())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- data -----------------------------------------------------------------------------

    def _load(self, existing: BoundaryRule | None) -> None:
        # Sensible starting values on every form, so switching kinds shows a working rule.
        protected = [c for c in self._journal.circles() if c.is_protected]
        for page in self.form_pages.values():
            page.start(protected[0].id if protected else None)
        if existing is not None:
            self.name.setText(existing.name)
            self.rationale.setPlainText(existing.rationale)
            self.active.setChecked(existing.is_active)
            self.firm.setChecked(existing.severity is Severity.FIRM)
            self.nudge.setChecked(existing.severity is Severity.NUDGE)
            select_data(self.kind, existing.kind)
            self.form_pages[existing.kind].load(existing.params)
        self.curfew.ensure_window()
        self._on_kind_changed()

    def params(self) -> RuleParams:
        """The parameters the form of the chosen kind holds (not yet validated)."""
        return self.form_pages[current_enum(self.kind, RuleKind)].params()

    def severity(self) -> Severity:
        """The chosen severity."""
        return Severity.FIRM if self.firm.isChecked() else Severity.NUDGE

    def value(self) -> RuleInput:
        """What the dialog holds, as the core's input (not yet validated)."""
        return RuleInput(
            name=self.name.text(),
            params=self.params(),
            severity=self.severity(),
            rationale=self.rationale.toPlainText(),
            is_active=self.active.isChecked(),
        )

    def message(self, field: str) -> str:
        """The message shown at `field` ("" when none), on the common part or the kind's form."""
        kind = current_enum(self.kind, RuleKind)
        return self.errors.message(field) or self.form_pages[kind].errors.message(field)

    def _show_invalid(self, error: ValidationError) -> None:
        kind = current_enum(self.kind, RuleKind)
        for other, page in self.form_pages.items():
            if other is not kind:
                page.errors.clear()
        # The kind's form first, so focus ends at the topmost problem.
        unplaced_in_form = self.form_pages[kind].errors.show(error)
        unplaced_common = self.errors.show(error)
        unplaced = [m for m in unplaced_common if m in unplaced_in_form]
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))

    # --- slots ----------------------------------------------------------------------------

    def _on_form_changed(self) -> None:
        value = self.params()
        if self._name_follows:
            self.name.setText(rule_sentence(value, self._circles, self._tools))
        rule = RuleInput(self.name.text(), value, self.severity())
        self.preview.setText(rule_sentence(rule, self._circles, self._tools))
        if self.firm.isChecked():
            self.severity_hint.setText(
                self.tr("A firm line asks you for a short reason each time you break it.")
            )
        else:
            self.severity_hint.setText(
                self.tr("A nudge only informs you; it never asks for anything.")
            )

    def _on_kind_changed(self) -> None:
        kind = current_enum(self.kind, RuleKind)
        # Only the shown form counts for the size, so a short form leaves no empty space.
        for other, page in self.form_pages.items():
            policy = QSizePolicy.Policy.Preferred if other is kind else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.forms.setCurrentWidget(self.form_pages[kind])
        self._fit_height()
        self._on_form_changed()

    def _on_curfew_rows_changed(self) -> None:
        self._update_tab_order()
        self._fit_height()

    def _fit_height(self) -> None:
        # A hidden dialog's layouts do not hear of the pages' new size policies; tell them.
        stack_layout = self.forms.layout()
        if stack_layout is not None:
            stack_layout.invalidate()
        self.forms.updateGeometry()
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()
        layout.activate()
        height = self.minimumSizeHint().height()
        if layout.hasHeightForWidth():  # wrapped text needs the height of its real width
            height = max(height, layout.totalHeightForWidth(self.width()))
        self.resize(self.width(), height)

    def _on_name_edited(self) -> None:
        self._name_follows = False

    def _write(self) -> OpResult[BoundaryRule]:
        existing = self._existing
        return rule_ops.save_rule(
            self._journal, self.value(), None if existing is None else existing.id
        )

    def _saved(self, record: BoundaryRule) -> None:
        self.rule_saved.emit(record)
