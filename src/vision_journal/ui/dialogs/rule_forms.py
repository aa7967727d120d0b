"""The rule dialog's forms: one small class per kind of rule.

Each form holds its kind's fields, shows the core's messages for them (its own
`FieldErrors`), loads a rule's parameters and reads them back (`params`), and says when
anything in it changed. The dialog (`rule_dialog.py`) only chooses which form shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.records import (
    ALL_WEEKDAYS,
    BudgetParams,
    BudgetPeriod,
    CurfewParams,
    DisclosureParams,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleKind,
    RuleParams,
    Sphere,
    TimeWindow,
    UsePurpose,
)
from vision_journal.ui.labels import label
from vision_journal.ui.rule_sentence import WORKING_DAYS, duration_text
from vision_journal.ui.translations import QT_TRANSLATE_NOOP
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

Field = QWidget | QHBoxLayout | QGridLayout | QVBoxLayout


def _minutes(value: QTime) -> int:
    return value.hour() * 60 + value.minute()


def _qtime(minute_of_day: int) -> QTime:
    minute = minute_of_day % (24 * 60)
    return QTime(minute // 60, minute % 60)


def add_row(
    form: QFormLayout,
    caption: str,
    field: Field,
    name: str,
    focus: QWidget,
    errors: FieldErrors,
    captions: list[QLabel],
) -> None:
    """Add a captioned row: the field and, under it, the place for its error message."""
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
    captions.append(label_widget)
    form.addRow(label_widget, holder)


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


class RuleForm(QWidget):
    """The fields of one kind of rule. Subclasses build them and read them back."""

    #: Anything in the form changed (the dialog updates its preview).
    changed = Signal()

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._circles = circles
        self._tools = tools
        self.errors = FieldErrors()
        #: The captions of the rows, so the dialog can give every form one caption width.
        self.captions: list[QLabel] = []
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)

    def _row(self, caption: str, field: Field, name: str, focus: QWidget) -> None:
        add_row(self.form, caption, field, name, focus, self.errors, self.captions)

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
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _optional_enum_combo(
        self, values: type[UsePurpose] | type[Sphere], name: str, any_text: str
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(any_text, ANY)
        for value in values:
            combo.addItem(label(value), value.value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _select_circle(self, combo: QComboBox, circle_id: int | None) -> None:
        if circle_id is None:
            select_data(combo, NO_ID)
            return
        if combo.findData(circle_id) < 0:
            combo.addItem(self.tr("a deleted circle"), circle_id)
        select_data(combo, circle_id)

    @staticmethod
    def _required_circle(combo: QComboBox) -> int:
        circle_id = current_id(combo)
        return NO_ID if circle_id is None else circle_id

    def start(self, protected_circle_id: int | None) -> None:
        """Sensible starting values, so switching kinds shows a working rule."""

    def load(self, params: RuleParams) -> None:
        """Show a saved rule's parameters (of this form's kind)."""
        raise NotImplementedError

    def params(self) -> RuleParams:
        """The parameters the form holds (not yet validated)."""
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        """The form's fields in the order Tab visits them."""
        raise NotImplementedError


class BudgetForm(RuleForm):
    """At most so many minutes of AI per period, optionally of one tool, purpose, sphere or
    circle."""

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(circles, tools, parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(*MINUTES_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Budget in minutes"))
        self.hours = QLabel()
        self.hours.setAccessibleName(self.tr("Budget in hours"))
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.hours, 1)
        self._row(self.tr("At &most:"), minutes_row, "params.minutes", self.minutes)
        self.period = enum_combo(BudgetPeriod, self.tr("Budget period"))
        self._row(self.tr("&Period:"), self.period, "params.period", self.period)
        self.tool = QComboBox()
        self.tool.setAccessibleName(self.tr("Only for this AI tool"))
        self.tool.addItem(self.tr("Any tool"), NO_ID)
        for tool_id, tool_name in self._tools.items():
            self.tool.addItem(tool_name, tool_id)
        self._row(self.tr("&Tool:"), self.tool, "params.tool_id", self.tool)
        self.purpose = self._optional_enum_combo(
            UsePurpose, self.tr("Only for this purpose"), self.tr("Any purpose")
        )
        self._row(self.tr("Purpos&e:"), self.purpose, "params.purpose", self.purpose)
        self.sphere = self._optional_enum_combo(
            Sphere, self.tr("Only in this sphere"), self.tr("Any sphere")
        )
        self._row(self.tr("&Sphere:"), self.sphere, "params.sphere", self.sphere)
        self.circle = self._circle_combo(
            self.tr("Only involving this circle"), self.tr("Any circle")
        )
        self._row(self.tr("&Circle:"), self.circle, "params.circle_id", self.circle)
        self.rollover = QCheckBox(self.tr("Unused time r&olls over to the next period"))
        self.rollover.setAccessibleName(self.tr("Unused time rolls over"))
        self.form.addRow("", self.rollover)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.minutes.valueChanged.connect(self._on_minutes_changed)
        for combo in (self.period, self.tool):
            combo.currentIndexChanged.connect(self.changed)
        self.minutes.valueChanged.connect(self.changed)
        self.rollover.toggled.connect(self.changed)

    def start(self, protected_circle_id: int | None) -> None:
        self.minutes.setValue(45)
        self._on_minutes_changed(self.minutes.value())
        self._on_period_changed()

    def load(self, params: RuleParams) -> None:
        assert isinstance(params, BudgetParams)
        self.minutes.setValue(params.minutes)
        select_data(self.period, params.period)
        if params.tool_id is not None:
            if self.tool.findData(params.tool_id) < 0:
                self.tool.addItem(self.tr("a deleted tool"), params.tool_id)
            select_data(self.tool, params.tool_id)
        select_data(self.purpose, params.purpose or ANY)
        select_data(self.sphere, params.sphere or ANY)
        self._select_circle(self.circle, params.circle_id)
        self.rollover.setChecked(params.has_rollover)

    def params(self) -> BudgetParams:
        purpose = self.purpose.currentData()
        sphere = self.sphere.currentData()
        return BudgetParams(
            minutes=self.minutes.value(),
            period=current_enum(self.period, BudgetPeriod),
            tool_id=current_id(self.tool),
            purpose=UsePurpose(purpose) if purpose else None,
            sphere=Sphere(sphere) if sphere else None,
            circle_id=current_id(self.circle),
            has_rollover=self.rollover.isEnabled() and self.rollover.isChecked(),
        )

    def focus_chain(self) -> list[QWidget]:
        return [
            self.minutes,
            self.period,
            self.tool,
            self.purpose,
            self.sphere,
            self.circle,
            self.rollover,
        ]

    def _on_minutes_changed(self, minutes: int) -> None:
        self.hours.setText("= " + duration_text(minutes) if minutes >= 60 else "")

    def _on_period_changed(self) -> None:
        # A rolling window has no periods to carry unused time between.
        rolling = current_enum(self.period, BudgetPeriod) is BudgetPeriod.ROLLING_7_DAYS
        self.rollover.setEnabled(not rolling)


class CurfewForm(RuleForm):
    """No AI in time windows (which may run past midnight) on chosen weekdays."""

    #: A window row was added or removed (the dialog fits its height and tab order).
    rows_changed = Signal()

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(circles, tools, parent)
        self.window_rows: list[WindowRow] = []
        self.windows_box = QVBoxLayout()
        self.windows_box.setSpacing(4)
        self.add_window = QPushButton(self.tr("&Add window"))
        self.add_window.setAccessibleName(self.tr("Add a time window"))
        windows = QVBoxLayout()
        windows.setSpacing(4)
        windows.addLayout(self.windows_box)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_window)
        add_line.addStretch(1)
        windows.addLayout(add_line)
        self.midnight_hint = QLabel(
            self.tr("A window that ends before it starts runs past midnight into the next day.")
        )
        self.midnight_hint.setObjectName("hint")
        self.midnight_hint.setWordWrap(True)
        windows.addWidget(self.midnight_hint)
        self._row(self.tr("No AI:"), windows, "params.windows", self.add_window)

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
        self._row(self.tr("On:"), day_box, "params.weekdays", self.weekday_boxes[0])
        self.add_window.clicked.connect(self._on_add_window_clicked)
        self.weekdays_button.clicked.connect(lambda: self._set_weekdays(WORKING_DAYS))
        self.weekends_button.clicked.connect(lambda: self._set_weekdays(frozenset({5, 6})))
        self.every_day_button.clicked.connect(lambda: self._set_weekdays(ALL_WEEKDAYS))
        for box in self.weekday_boxes:
            box.toggled.connect(self.changed)

    def start(self, protected_circle_id: int | None) -> None:
        self._set_weekdays(ALL_WEEKDAYS)

    def load(self, params: RuleParams) -> None:
        assert isinstance(params, CurfewParams)
        for window in params.windows:
            self._add_window_row(window)
        self._set_weekdays(params.weekdays)

    def ensure_window(self) -> None:
        """Offer one window to start from when no rule's windows were loaded."""
        if not self.window_rows:
            self._add_window_row(DEFAULT_WINDOW)

    def params(self) -> CurfewParams:
        return CurfewParams(
            windows=tuple(row.time_window() for row in self.window_rows),
            weekdays=frozenset(d for d, box in enumerate(self.weekday_boxes) if box.isChecked()),
        )

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.window_rows:
            chain += [row.start, row.end, row.remove]
        chain += [self.add_window, *self.weekday_boxes]
        chain += [self.weekdays_button, self.weekends_button, self.every_day_button]
        return chain

    def _set_weekdays(self, weekdays: frozenset[int]) -> None:
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(day in weekdays)

    def _add_window_row(self, window: TimeWindow) -> WindowRow:
        row = WindowRow(window)
        self.window_rows.append(row)
        self.windows_box.addWidget(row)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._on_window_remove_requested)
        self._renumber_windows()
        return row

    def _renumber_windows(self) -> None:
        for number, row in enumerate(self.window_rows, start=1):
            row.set_number(number)
        self.rows_changed.emit()

    def _on_add_window_clicked(self) -> None:
        row = self._add_window_row(DEFAULT_WINDOW)
        row.start.setFocus()
        self.changed.emit()

    def _on_window_remove_requested(self, row: WindowRow) -> None:
        index = self.window_rows.index(row)
        self.window_rows.remove(row)
        self.windows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber_windows()
        if self.window_rows:
            self.window_rows[min(index, len(self.window_rows) - 1)].start.setFocus()
        else:
            self.add_window.setFocus()
        self.changed.emit()


class NoMediationForm(RuleForm):
    """No messages to a circle that AI drafted, edited, translated or replied."""

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(circles, tools, parent)
        self.circle = self._circle_combo(self.tr("Messages to this circle"), None)
        self._row(self.tr("&Circle:"), self.circle, "params.circle_id", self.circle)
        self.mediation_boxes: dict[Mediation, QCheckBox] = {}
        kinds = QGridLayout()
        for index, (mediation, caption) in enumerate(MEDIATION_CAPTIONS.items()):
            box = QCheckBox(QCoreApplication.translate("RuleDialog", caption))
            box.setAccessibleName(label(mediation))
            box.toggled.connect(self.changed)
            self.mediation_boxes[mediation] = box
            kinds.addWidget(box, index // 2, index % 2)
        first = self.mediation_boxes[Mediation.AI_DRAFTED]
        self._row(self.tr("No messages:"), kinds, "params.mediations", first)

    def start(self, protected_circle_id: int | None) -> None:
        for box in self.mediation_boxes.values():
            box.setChecked(True)
        if protected_circle_id is not None:
            select_data(self.circle, protected_circle_id)

    def load(self, params: RuleParams) -> None:
        assert isinstance(params, NoMediationParams)
        self._select_circle(self.circle, params.circle_id)
        for mediation, box in self.mediation_boxes.items():
            box.setChecked(mediation in params.mediations)

    def params(self) -> NoMediationParams:
        return NoMediationParams(
            circle_id=self._required_circle(self.circle),
            mediations=frozenset(m for m, box in self.mediation_boxes.items() if box.isChecked()),
        )

    def focus_chain(self) -> list[QWidget]:
        return [self.circle, *self.mediation_boxes.values()]


class DisclosureForm(RuleForm):
    """Tell a circle whenever AI helped with a message to it."""

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(circles, tools, parent)
        self.circle = self._circle_combo(self.tr("Messages to this circle"), None)
        self._row(self.tr("&Circle:"), self.circle, "params.circle_id", self.circle)
        explain = QLabel(
            self.tr(
                "Every message to this circle that AI drafted, edited, translated or sent "
                "is one you tell the recipient about."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        self.form.addRow(explain)

    def start(self, protected_circle_id: int | None) -> None:
        if protected_circle_id is not None:
            select_data(self.circle, protected_circle_id)

    def load(self, params: RuleParams) -> None:
        assert isinstance(params, DisclosureParams)
        self._select_circle(self.circle, params.circle_id)

    def params(self) -> DisclosureParams:
        return DisclosureParams(self._required_circle(self.circle))

    def focus_chain(self) -> list[QWidget]:
        return [self.circle]


class PurposeLimitForm(RuleForm):
    """No AI for one purpose, optionally only where it involves one circle."""

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(circles, tools, parent)
        self.purpose = enum_combo(UsePurpose, self.tr("No AI for this purpose"))
        self.purpose.currentIndexChanged.connect(self.changed)
        self._row(self.tr("Purpos&e:"), self.purpose, "params.purpose", self.purpose)
        self.circle = self._circle_combo(
            self.tr("Only involving this circle"), self.tr("Any circle")
        )
        self._row(self.tr("&Circle:"), self.circle, "params.circle_id", self.circle)

    def load(self, params: RuleParams) -> None:
        assert isinstance(params, PurposeLimitParams)
        select_data(self.purpose, params.purpose)
        self._select_circle(self.circle, params.circle_id)

    def params(self) -> PurposeLimitParams:
        return PurposeLimitParams(current_enum(self.purpose, UsePurpose), current_id(self.circle))

    def focus_chain(self) -> list[QWidget]:
        return [self.purpose, self.circle]


class MediationShareForm(RuleForm):
    """At most a share of the messages to a circle mediated by AI, over any seven days."""

    def __init__(
        self, circles: dict[int, str], tools: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(circles, tools, parent)
        self.circle = self._circle_combo(self.tr("Messages to this circle"), None)
        self._row(self.tr("&Circle:"), self.circle, "params.circle_id", self.circle)
        self.percent = QSpinBox()
        self.percent.setRange(*PERCENT_RANGE)
        self.percent.setSuffix(self.tr(" %"))
        self.percent.setAccessibleName(self.tr("Largest share of AI-mediated messages"))
        self.percent.valueChanged.connect(self.changed)
        percent_row = QHBoxLayout()
        percent_row.addWidget(self.percent)
        percent_row.addWidget(QLabel(self.tr("of messages mediated by AI, over any 7 days")), 1)
        self._row(self.tr("&At most:"), percent_row, "params.max_percent", self.percent)

    def start(self, protected_circle_id: int | None) -> None:
        self.percent.setValue(25)
        if protected_circle_id is not None:
            select_data(self.circle, protected_circle_id)

    def load(self, params: RuleParams) -> None:
        assert isinstance(params, MediationShareParams)
        self._select_circle(self.circle, params.circle_id)
        self.percent.setValue(params.max_percent)

    def params(self) -> MediationShareParams:
        return MediationShareParams(self._required_circle(self.circle), self.percent.value())

    def focus_chain(self) -> list[QWidget]:
        return [self.circle, self.percent]


#: The form of each kind of rule, in the order the dialog offers them.
FORMS: dict[RuleKind, type[RuleForm]] = {
    RuleKind.BUDGET: BudgetForm,
    RuleKind.CURFEW: CurfewForm,
    RuleKind.NO_MEDIATION: NoMediationForm,
    RuleKind.DISCLOSURE: DisclosureForm,
    RuleKind.PURPOSE_LIMIT: PurposeLimitForm,
    RuleKind.MEDIATION_SHARE: MediationShareForm,
}
