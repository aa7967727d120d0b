"""The dialog that creates or edits a boundary rule, one form per kind of rule.

The kind chooses which form shows; a live preview reads the rule back as a sentence while it
is being built. The core validates: each problem it reports appears under its field and
nothing is saved. Saving goes through the undo history, so a new or changed rule can be
undone like any other change.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.records import (
    ALL_WEEKDAYS,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CurfewParams,
    DisclosureParams,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleInput,
    RuleKind,
    RuleParams,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
)
from vision_journal.ui.drafts import DraftKeeper
from vision_journal.ui.labels import label
from vision_journal.ui.rule_sentence import WORKING_DAYS, duration_text, rule_sentence
from vision_journal.ui.translations import QT_TRANSLATE_NOOP
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import current_enum, current_id, enum_combo, select_data
from vision_journal.ui.widgets.field_errors import FieldErrors

NO_ID = -1
ANY = ""
MINUTES_RANGE = (0, 100_000)  # wide, so the core (not the widget) says what is too much
PERCENT_RANGE = (0, 999)
DEFAULT_WINDOW = TimeWindow(21 * 60, 7 * 60)
MEDIATION_CAPTIONS = {
    Mediation.AI_DRAFTED: QT_TRANSLATE_NOOP("RuleDialog", "AI &drafted"),
    Mediation.AI_EDITED: QT_TRANSLATE_NOOP("RuleDialog", "AI &edited"),
    Mediation.AI_TRANSLATED: QT_TRANSLATE_NOOP("RuleDialog", "AI &translated"),
    Mediation.AI_REPLIED: QT_TRANSLATE_NOOP("RuleDialog", "AI replied for &me"),
}


def _minutes(value: QTime) -> int:
    return value.hour() * 60 + value.minute()


def _qtime(minute_of_day: int) -> QTime:
    minute = minute_of_day % (24 * 60)
    return QTime(minute // 60, minute % 60)


class WindowRow(QWidget):
    """One curfew time window: start and end times, a remove button and a midnight hint."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, window: TimeWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.from_label = QLabel(self.tr("From"))
        self.start = self._time_edit(window.start_minute)
        self.to_label = QLabel(self.tr("to"))
        self.end = self._time_edit(window.end_minute)
        self.hint = QLabel(self.tr("(ends the next day)"))
        self.hint.setObjectName("hint")
        self.remove = QPushButton(self.tr("Remove"))
        layout.addWidget(self.from_label)
        layout.addWidget(self.start)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.remove)
        self.start.timeChanged.connect(self._on_time_changed)
        self.end.timeChanged.connect(self._on_time_changed)
        self.remove.clicked.connect(self._on_remove_clicked)
        self._update_hint()

    def _time_edit(self, minute_of_day: int) -> QTimeEdit:
        edit = QTimeEdit(_qtime(minute_of_day))
        edit.setDisplayFormat(self.locale().timeFormat(self.locale().FormatType.ShortFormat))
        edit.setWrapping(True)
        return edit

    def set_number(self, number: int) -> None:
        """Name the controls after the window's place in the list, for screen readers."""
        self.start.setAccessibleName(self.tr("Start of window %1").replace("%1", str(number)))
        self.end.setAccessibleName(self.tr("End of window %1").replace("%1", str(number)))
        self.remove.setAccessibleName(self.tr("Remove window %1").replace("%1", str(number)))

    def time_window(self) -> TimeWindow:
        """The window the row holds."""
        return TimeWindow(_minutes(self.start.time()), _minutes(self.end.time()))

    def _update_hint(self) -> None:
        window = self.time_window()
        # Equal times are not a window at all; the core says so on save.
        self.hint.setVisible(window.end_minute < window.start_minute)

    def _on_time_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit(self)


class RuleDialog(QDialog):
    """Create a boundary rule, or edit one (`existing`)."""

    rule_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        existing: BoundaryRule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._existing = existing
        self.saved: BoundaryRule | None = None
        self._circles = {c.id: c.name for c in journal.circles()}
        self._tools = {t.id: t.name for t in journal.tools()}
        # A new rule's name follows the preview until the person types one of their own.
        self._name_follows = existing is None
        self.errors = FieldErrors()
        self.kind_errors = {kind: FieldErrors() for kind in RuleKind}
        self.window_rows: list[WindowRow] = []
        self._captions: list[QLabel] = []
        self.setWindowTitle(self.tr("Edit rule") if existing else self.tr("New rule"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._load(existing)
        key = f"rule:{existing.id}" if existing else "rule:new"
        self.drafts = DraftKeeper(journal, key, {"rationale": self.rationale}, self)
        self.drafts.restore()
        self._connect()
        self._on_budget_minutes_changed(self.budget_minutes.value())
        self._on_budget_period_changed()
        self._on_form_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = enum_combo(RuleKind, self.tr("Kind of rule"))
        self._add_row(top, self.tr("&Kind:"), self.kind, "kind", self.kind, self.errors)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the rule"))
        self.name.setPlaceholderText(self.tr("A short name you will recognise"))
        self._add_row(top, self.tr("&Name:"), self.name, "name", self.name, self.errors)
        layout.addLayout(top)

        self.forms = QStackedWidget()
        self.forms.setAccessibleName(self.tr("Settings of the rule"))
        builders = {
            RuleKind.BUDGET: self._budget_form,
            RuleKind.CURFEW: self._curfew_form,
            RuleKind.NO_MEDIATION: self._no_mediation_form,
            RuleKind.DISCLOSURE: self._disclosure_form,
            RuleKind.PURPOSE_LIMIT: self._purpose_form,
            RuleKind.MEDIATION_SHARE: self._share_form,
        }
        self.form_pages: dict[RuleKind, QWidget] = {}
        for kind in RuleKind:
            page = builders[kind](self.kind_errors[kind])
            self.form_pages[kind] = page
            self.forms.addWidget(page)
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
        self._add_row(
            lower, self.tr("&Why:"), self.rationale, "rationale", self.rationale, self.errors
        )
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

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.hide()
        layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        # One caption width on every form, so the fields line up whichever kind is shown.
        width = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)
        self.setMinimumWidth(560)

    def _add_row(
        self,
        form: QFormLayout,
        caption: str,
        field: QWidget | QHBoxLayout | QGridLayout | QVBoxLayout,
        name: str,
        focus: QWidget,
        errors: FieldErrors,
    ) -> None:
        # The field and, under it, the place for its error message.
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setSpacing(2)
        box.setContentsMargins(0, 0, 0, 0)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        box.addWidget(errors.label_for(name, focus))
        label_widget = QLabel(caption)
        label_widget.setBuddy(focus)
        self._captions.append(label_widget)
        form.addRow(label_widget, holder)

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        return page, form

    def _circle_combo(self, name: str, any_text: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        if any_text is not None:
            combo.addItem(any_text, NO_ID)
        for circle_id, circle_name in self._circles.items():
            combo.addItem(circle_name, circle_id)
        if combo.count() == 0:
            # Set only now: with a placeholder, Qt would not select the first item added.
            combo.setPlaceholderText(self.tr("No circles yet"))
        return combo

    def _optional_enum_combo(
        self, values: type[UsePurpose] | type[Sphere], name: str, any_text: str
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(any_text, ANY)
        for value in values:
            combo.addItem(label(value), value.value)
        return combo

    def _budget_form(self, errors: FieldErrors) -> QWidget:
        page, form = self._form()
        self.budget_minutes = QSpinBox()
        self.budget_minutes.setRange(*MINUTES_RANGE)
        self.budget_minutes.setSuffix(self.tr(" min"))
        self.budget_minutes.setAccessibleName(self.tr("Budget in minutes"))
        self.budget_hours = QLabel()
        self.budget_hours.setAccessibleName(self.tr("Budget in hours"))
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.budget_minutes)
        minutes_row.addWidget(self.budget_hours, 1)
        self._add_row(
            form, self.tr("At &most:"), minutes_row, "params.minutes", self.budget_minutes, errors
        )
        self.budget_period = enum_combo(BudgetPeriod, self.tr("Budget period"))
        self._add_row(
            form,
            self.tr("&Period:"),
            self.budget_period,
            "params.period",
            self.budget_period,
            errors,
        )
        self.budget_tool = QComboBox()
        self.budget_tool.setAccessibleName(self.tr("Only for this AI tool"))
        self.budget_tool.addItem(self.tr("Any tool"), NO_ID)
        for tool_id, tool_name in self._tools.items():
            self.budget_tool.addItem(tool_name, tool_id)
        self._add_row(
            form, self.tr("&Tool:"), self.budget_tool, "params.tool_id", self.budget_tool, errors
        )
        self.budget_purpose = self._optional_enum_combo(
            UsePurpose, self.tr("Only for this purpose"), self.tr("Any purpose")
        )
        self._add_row(
            form,
            self.tr("Purpos&e:"),
            self.budget_purpose,
            "params.purpose",
            self.budget_purpose,
            errors,
        )
        self.budget_sphere = self._optional_enum_combo(
            Sphere, self.tr("Only in this sphere"), self.tr("Any sphere")
        )
        self._add_row(
            form,
            self.tr("&Sphere:"),
            self.budget_sphere,
            "params.sphere",
            self.budget_sphere,
            errors,
        )
        self.budget_circle = self._circle_combo(
            self.tr("Only involving this circle"), self.tr("Any circle")
        )
        self._add_row(
            form,
            self.tr("&Circle:"),
            self.budget_circle,
            "params.circle_id",
            self.budget_circle,
            errors,
        )
        self.budget_rollover = QCheckBox(self.tr("Unused time r&olls over to the next period"))
        self.budget_rollover.setAccessibleName(self.tr("Unused time rolls over"))
        form.addRow("", self.budget_rollover)
        return page

    def _curfew_form(self, errors: FieldErrors) -> QWidget:
        page, form = self._form()
        self.windows_box = QVBoxLayout()
        self.windows_box.setSpacing(4)
        self.add_window = QPushButton(self.tr("&Add window"))
        self.add_window.setAccessibleName(self.tr("Add a time window"))
        windows = QVBoxLayout()
        windows.setSpacing(4)
        windows.addLayout(self.windows_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_window)
        add_row.addStretch(1)
        windows.addLayout(add_row)
        self.midnight_hint = QLabel(
            self.tr("A window that ends before it starts runs past midnight into the next day.")
        )
        self.midnight_hint.setObjectName("hint")
        self.midnight_hint.setWordWrap(True)
        windows.addWidget(self.midnight_hint)
        self._add_row(form, self.tr("No AI:"), windows, "params.windows", self.add_window, errors)

        self.weekday_boxes: list[QCheckBox] = []
        locale = self.locale()
        days = QHBoxLayout()
        days.setSpacing(8)
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, locale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day + 1, locale.FormatType.LongFormat))
            self.weekday_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        quick = QHBoxLayout()
        self.weekdays_button = QPushButton(self.tr("Week&days"))
        self.weekdays_button.setAccessibleName(self.tr("Choose Monday to Friday"))
        self.weekends_button = QPushButton(self.tr("Weekend&s"))
        self.weekends_button.setAccessibleName(self.tr("Choose Saturday and Sunday"))
        self.every_day_button = QPushButton(self.tr("&Every day"))
        self.every_day_button.setAccessibleName(self.tr("Choose every day"))
        for button in (self.weekdays_button, self.weekends_button, self.every_day_button):
            quick.addWidget(button)
        quick.addStretch(1)
        day_box = QVBoxLayout()
        day_box.setSpacing(4)
        day_box.addLayout(days)
        day_box.addLayout(quick)
        days_caption = self.tr("On:")
        self._add_row(form, days_caption, day_box, "params.weekdays", self.weekday_boxes[0], errors)
        return page

    def _no_mediation_form(self, errors: FieldErrors) -> QWidget:
        page, form = self._form()
        self.no_mediation_circle = self._circle_combo(self.tr("Messages to this circle"), None)
        self._add_row(
            form,
            self.tr("&Circle:"),
            self.no_mediation_circle,
            "params.circle_id",
            self.no_mediation_circle,
            errors,
        )
        self.mediation_boxes: dict[Mediation, QCheckBox] = {}
        kinds = QGridLayout()
        for index, (mediation, caption) in enumerate(MEDIATION_CAPTIONS.items()):
            box = QCheckBox(self.tr(caption))
            box.setAccessibleName(label(mediation))
            self.mediation_boxes[mediation] = box
            kinds.addWidget(box, index // 2, index % 2)
        first = self.mediation_boxes[Mediation.AI_DRAFTED]
        self._add_row(form, self.tr("No messages:"), kinds, "params.mediations", first, errors)
        return page

    def _disclosure_form(self, errors: FieldErrors) -> QWidget:
        page, form = self._form()
        self.disclosure_circle = self._circle_combo(self.tr("Messages to this circle"), None)
        self._add_row(
            form,
            self.tr("&Circle:"),
            self.disclosure_circle,
            "params.circle_id",
            self.disclosure_circle,
            errors,
        )
        explain = QLabel(
            self.tr(
                "Every message to this circle that AI drafted, edited, translated or sent "
                "is one you tell the recipient about."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        form.addRow(explain)
        return page

    def _purpose_form(self, errors: FieldErrors) -> QWidget:
        page, form = self._form()
        self.limit_purpose = enum_combo(UsePurpose, self.tr("No AI for this purpose"))
        self._add_row(
            form,
            self.tr("Purpos&e:"),
            self.limit_purpose,
            "params.purpose",
            self.limit_purpose,
            errors,
        )
        self.limit_circle = self._circle_combo(
            self.tr("Only involving this circle"), self.tr("Any circle")
        )
        self._add_row(
            form,
            self.tr("&Circle:"),
            self.limit_circle,
            "params.circle_id",
            self.limit_circle,
            errors,
        )
        return page

    def _share_form(self, errors: FieldErrors) -> QWidget:
        page, form = self._form()
        self.share_circle = self._circle_combo(self.tr("Messages to this circle"), None)
        self._add_row(
            form,
            self.tr("&Circle:"),
            self.share_circle,
            "params.circle_id",
            self.share_circle,
            errors,
        )
        self.share_percent = QSpinBox()
        self.share_percent.setRange(*PERCENT_RANGE)
        self.share_percent.setSuffix(self.tr(" %"))
        self.share_percent.setAccessibleName(self.tr("Largest share of AI-mediated messages"))
        percent_row = QHBoxLayout()
        percent_row.addWidget(self.share_percent)
        percent_row.addWidget(QLabel(self.tr("of messages mediated by AI, over any 7 days")), 1)
        self._add_row(
            form,
            self.tr("&At most:"),
            percent_row,
            "params.max_percent",
            self.share_percent,
            errors,
        )
        return page

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.name.textEdited.connect(self._on_name_edited)
        self.add_window.clicked.connect(self._on_add_window_clicked)
        self.weekdays_button.clicked.connect(self._on_weekdays_clicked)
        self.weekends_button.clicked.connect(self._on_weekends_clicked)
        self.every_day_button.clicked.connect(self._on_every_day_clicked)
        self.budget_period.currentIndexChanged.connect(self._on_budget_period_changed)
        self.budget_minutes.valueChanged.connect(self._on_budget_minutes_changed)
        combos = (
            self.budget_period,
            self.budget_tool,
            self.budget_purpose,
            self.budget_sphere,
            self.budget_circle,
            self.no_mediation_circle,
            self.disclosure_circle,
            self.limit_purpose,
            self.limit_circle,
            self.share_circle,
        )
        for combo in combos:
            combo.currentIndexChanged.connect(self._on_form_changed)
        for spin in (self.budget_minutes, self.share_percent):
            spin.valueChanged.connect(self._on_form_changed)
        boxes = [self.budget_rollover, *self.weekday_boxes, *self.mediation_boxes.values()]
        for box in boxes:
            box.toggled.connect(self._on_form_changed)
        self.firm.toggled.connect(self._on_form_changed)
        self.nudge.toggled.connect(self._on_form_changed)

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.kind, self.name]
        chain += [
            self.budget_minutes,
            self.budget_period,
            self.budget_tool,
            self.budget_purpose,
            self.budget_sphere,
            self.budget_circle,
            self.budget_rollover,
        ]
        for row in self.window_rows:
            chain += [row.start, row.end, row.remove]
        chain += [self.add_window, *self.weekday_boxes]
        chain += [self.weekdays_button, self.weekends_button, self.every_day_button]
        chain += [self.no_mediation_circle, *self.mediation_boxes.values()]
        chain += [self.disclosure_circle, self.limit_purpose, self.limit_circle]
        chain += [self.share_circle, self.share_percent]
        chain += [self.nudge, self.firm, self.rationale, self.active]
        chain += list(self.buttons.buttons())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- data -----------------------------------------------------------------------------

    def _add_window_row(self, window: TimeWindow) -> WindowRow:
        row = WindowRow(window)
        self.window_rows.append(row)
        self.windows_box.addWidget(row)
        row.changed.connect(self._on_form_changed)
        row.remove_requested.connect(self._on_window_remove_requested)
        self._renumber_windows()
        return row

    def _renumber_windows(self) -> None:
        for number, row in enumerate(self.window_rows, start=1):
            row.set_number(number)
        self._update_tab_order()

    def _set_weekdays(self, weekdays: frozenset[int]) -> None:
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(day in weekdays)

    def _select_circle(self, combo: QComboBox, circle_id: int | None) -> None:
        if circle_id is None:
            select_data(combo, NO_ID)
            return
        if combo.findData(circle_id) < 0:
            combo.addItem(self.tr("a deleted circle"), circle_id)
        select_data(combo, circle_id)

    def _load(self, existing: BoundaryRule | None) -> None:
        # Sensible starting values on every form, so switching kinds shows a working rule.
        self.budget_minutes.setValue(45)
        self._set_weekdays(ALL_WEEKDAYS)
        self.share_percent.setValue(25)
        for box in self.mediation_boxes.values():
            box.setChecked(True)
        protected = [c for c in self._journal.circles() if c.is_protected]
        if protected:
            for combo in (self.no_mediation_circle, self.disclosure_circle, self.share_circle):
                select_data(combo, protected[0].id)
        if existing is None:
            self._add_window_row(DEFAULT_WINDOW)
            self._on_kind_changed()
            return
        self.name.setText(existing.name)
        self.rationale.setPlainText(existing.rationale)
        self.active.setChecked(existing.is_active)
        self.firm.setChecked(existing.severity is Severity.FIRM)
        self.nudge.setChecked(existing.severity is Severity.NUDGE)
        select_data(self.kind, existing.kind)
        self._load_params(existing.params)
        self._on_kind_changed()

    def _load_params(self, params: RuleParams) -> None:
        if isinstance(params, BudgetParams):
            self.budget_minutes.setValue(params.minutes)
            select_data(self.budget_period, params.period)
            if params.tool_id is not None:
                if self.budget_tool.findData(params.tool_id) < 0:
                    self.budget_tool.addItem(self.tr("a deleted tool"), params.tool_id)
                select_data(self.budget_tool, params.tool_id)
            select_data(self.budget_purpose, params.purpose or ANY)
            select_data(self.budget_sphere, params.sphere or ANY)
            self._select_circle(self.budget_circle, params.circle_id)
            self.budget_rollover.setChecked(params.has_rollover)
        elif isinstance(params, CurfewParams):
            for window in params.windows:
                self._add_window_row(window)
            self._set_weekdays(params.weekdays)
        elif isinstance(params, NoMediationParams):
            self._select_circle(self.no_mediation_circle, params.circle_id)
            for mediation, box in self.mediation_boxes.items():
                box.setChecked(mediation in params.mediations)
        elif isinstance(params, DisclosureParams):
            self._select_circle(self.disclosure_circle, params.circle_id)
        elif isinstance(params, PurposeLimitParams):
            select_data(self.limit_purpose, params.purpose)
            self._select_circle(self.limit_circle, params.circle_id)
        else:
            self._select_circle(self.share_circle, params.circle_id)
            self.share_percent.setValue(params.max_percent)
        if not isinstance(params, CurfewParams):
            self._add_window_row(DEFAULT_WINDOW)

    def _required_circle(self, combo: QComboBox) -> int:
        circle_id = current_id(combo)
        return NO_ID if circle_id is None else circle_id

    def params(self) -> RuleParams:
        """The parameters the form of the chosen kind holds (not yet validated)."""
        kind = current_enum(self.kind, RuleKind)
        if kind is RuleKind.BUDGET:
            purpose = self.budget_purpose.currentData()
            sphere = self.budget_sphere.currentData()
            return BudgetParams(
                minutes=self.budget_minutes.value(),
                period=current_enum(self.budget_period, BudgetPeriod),
                tool_id=current_id(self.budget_tool),
                purpose=UsePurpose(purpose) if purpose else None,
                sphere=Sphere(sphere) if sphere else None,
                circle_id=current_id(self.budget_circle),
                has_rollover=self.budget_rollover.isEnabled() and self.budget_rollover.isChecked(),
            )
        if kind is RuleKind.CURFEW:
            return CurfewParams(
                windows=tuple(row.time_window() for row in self.window_rows),
                weekdays=frozenset(
                    d for d, box in enumerate(self.weekday_boxes) if box.isChecked()
                ),
            )
        if kind is RuleKind.NO_MEDIATION:
            return NoMediationParams(
                circle_id=self._required_circle(self.no_mediation_circle),
                mediations=frozenset(
                    m for m, box in self.mediation_boxes.items() if box.isChecked()
                ),
            )
        if kind is RuleKind.DISCLOSURE:
            return DisclosureParams(self._required_circle(self.disclosure_circle))
        if kind is RuleKind.PURPOSE_LIMIT:
            return PurposeLimitParams(
                current_enum(self.limit_purpose, UsePurpose), current_id(self.limit_circle)
            )
        return MediationShareParams(
            self._required_circle(self.share_circle), self.share_percent.value()
        )

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
        return self.errors.message(field) or self.kind_errors[kind].message(field)

    def _show_errors(self, error: ValidationError) -> None:
        kind = current_enum(self.kind, RuleKind)
        for other, errors in self.kind_errors.items():
            if other is not kind:
                errors.clear()
        # The kind's form first, so focus ends at the topmost problem.
        unplaced_in_form = self.kind_errors[kind].show(error)
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

    def _on_budget_minutes_changed(self, minutes: int) -> None:
        self.budget_hours.setText("= " + duration_text(minutes) if minutes >= 60 else "")

    def _on_budget_period_changed(self) -> None:
        # A rolling window has no periods to carry unused time between.
        rolling = current_enum(self.budget_period, BudgetPeriod) is BudgetPeriod.ROLLING_7_DAYS
        self.budget_rollover.setEnabled(not rolling)

    def _on_add_window_clicked(self) -> None:
        row = self._add_window_row(DEFAULT_WINDOW)
        self._fit_height()
        row.start.setFocus()
        self._on_form_changed()

    def _on_window_remove_requested(self, row: WindowRow) -> None:
        index = self.window_rows.index(row)
        self.window_rows.remove(row)
        self.windows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber_windows()
        self._fit_height()
        if self.window_rows:
            self.window_rows[min(index, len(self.window_rows) - 1)].start.setFocus()
        else:
            self.add_window.setFocus()
        self._on_form_changed()

    def _on_weekdays_clicked(self) -> None:
        self._set_weekdays(WORKING_DAYS)

    def _on_weekends_clicked(self) -> None:
        self._set_weekdays(frozenset({5, 6}))

    def _on_every_day_clicked(self) -> None:
        self._set_weekdays(ALL_WEEKDAYS)

    def _on_buttons_accepted(self) -> None:
        journal = self._journal
        value = self.value()
        existing = self._existing
        try:
            saved = self._history.push(
                rule_ops.save_rule(journal, value, None if existing is None else existing.id)
            )
        except ValidationError as error:
            self._show_errors(error)
            return
        self.saved = saved
        self.drafts.discard()
        self.rule_saved.emit(saved)
        self.accept()

    def _on_buttons_rejected(self) -> None:
        self.drafts.discard()
        self.reject()
