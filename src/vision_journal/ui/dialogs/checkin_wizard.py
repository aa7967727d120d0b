"""The weekly check-in wizard: the week's facts, the questions, three ratings, adjustments.

Answers and ratings go into the check-in's draft as they are typed (a short debounce, and
again when the wizard closes), so a killed process or a closed window resumes exactly where
the person stopped. Goals and rules are created, changed or paused from the last page with
the Goals and Boundaries dialogs; each change is recorded as one of the check-in's
adjustments. Finishing completes the check-in, which freezes its facts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vision_journal.core import checkins
from vision_journal.core.checkins import Ratings, WeekFacts
from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import checkins as checkin_ops
from vision_journal.core.operations import goals as goals_ops
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.records import (
    Adjustment,
    BoundaryRule,
    CheckIn,
    Goal,
    GoalStatus,
    Prompt,
)
from vision_journal.core.rules import AmountUnit
from vision_journal.ui.core_text import prompt_text
from vision_journal.ui.dialogs.goal_dialog import GoalDialog
from vision_journal.ui.dialogs.rule_dialog import RuleDialog
from vision_journal.ui.formatting import format_date, format_datetime, format_number, week_title
from vision_journal.ui.labels import label
from vision_journal.ui.rule_sentence import duration_text
from vision_journal.ui.undo import UndoHistory

#: How long after the last keystroke answers are written to the journal.
AUTOSAVE_DELAY_MS = 500
RATING_NAMES = ("connection", "reliance", "alignment")


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def _table(
    headers: list[str], rows: list[list[str]], name: str, text_columns: int = 1
) -> QTableWidget:
    """A small read-only table sized to its rows, so the page scrolls instead of the table."""
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Rows are one line, as tall as in every table: wrapping would need widths it has not yet.
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c >= text_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    height = header.sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4
    table.setFixedHeight(height)
    return table


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def _sentence(text: str) -> QLabel:
    sentence = QLabel(text)
    sentence.setWordWrap(True)
    sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return sentence


def breach_fact_text(amount: float, unit: AmountUnit) -> str:
    """By how much a rule was broken on a day, or "" when that is not known."""
    if amount <= 0:
        return ""
    number = format_number(round(amount))
    match unit:
        case AmountUnit.MINUTES_OVER_BUDGET:
            return _fill(QCoreApplication.translate("CheckInWizard", "%1 min over"), number)
        case AmountUnit.MINUTES_IN_CURFEW:
            return _fill(QCoreApplication.translate("CheckInWizard", "%1 min in curfew"), number)
        case AmountUnit.MESSAGES:
            return QCoreApplication.translate("CheckInWizard", "%n message(s)", "", round(amount))
        case AmountUnit.USES:
            return QCoreApplication.translate("CheckInWizard", "%n use(s)", "", round(amount))
        case AmountUnit.PERCENTAGE_POINTS:
            return _fill(QCoreApplication.translate("CheckInWizard", "%1 points over"), number)
    return number


def change_text(facts: WeekFacts) -> str:
    """The AI-time change from the week before, worded neutrally."""
    if facts.change_percent is None:
        if facts.ai_minutes == 0:
            return QCoreApplication.translate(
                "CheckInWizard", "No AI time this week or the same days of last week."
            )
        return QCoreApplication.translate(
            "CheckInWizard", "No AI time on the same days of last week to compare with."
        )
    if abs(facts.change_percent) < 5:
        return QCoreApplication.translate(
            "CheckInWizard", "About the same AI time as the same days of last week."
        )
    if facts.change_percent > 0:
        return _fill(
            QCoreApplication.translate(
                "CheckInWizard", "%1 % more AI time than the same days of last week."
            ),
            format_number(facts.change_percent),
        )
    return _fill(
        QCoreApplication.translate(
            "CheckInWizard", "%1 % less AI time than the same days of last week."
        ),
        format_number(-facts.change_percent),
    )


def index_text(facts: WeekFacts) -> str:
    """The week's balance index and how it moved."""
    if facts.score is None:
        return QCoreApplication.translate(
            "CheckInWizard", "The balance index does not have enough data for this week yet."
        )
    text = _fill(
        QCoreApplication.translate("CheckInWizard", "Balance index: %1 of 100."),
        format_number(facts.score),
    )
    change = facts.score_change
    if change is None:
        return text
    if change == 0:
        return (
            text + " " + QCoreApplication.translate("CheckInWizard", "The same as the week before.")
        )
    if change > 0:
        return (
            text
            + " "
            + _fill(
                QCoreApplication.translate(
                    "CheckInWizard", "%1 points higher than the week before."
                ),
                str(change),
            )
        )
    return (
        text
        + " "
        + _fill(
            QCoreApplication.translate("CheckInWizard", "%1 points lower than the week before."),
            str(-change),
        )
    )


class FactsPage(QWizardPage):
    """Page 1: what happened in the week, in sentences and small tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The week's facts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setAccessibleName(self.tr("The week's facts"))
        layout.addWidget(self.area)
        self.sentences: list[str] = []

    def show_facts(self, facts: WeekFacts, frozen_at: dt.datetime | None) -> None:
        """Lay out `facts`; `frozen_at` says when they were frozen (None: live)."""
        body = QWidget()
        box = QVBoxLayout(body)
        box.setSpacing(8)
        self.sentences = []

        def say(text: str) -> None:
            self.sentences.append(text)
            box.addWidget(_sentence(text))

        if frozen_at is not None:
            say(
                _fill(
                    self.tr("These facts were kept when the check-in was completed (%1)."),
                    format_datetime(frozen_at),
                )
            )
        elif facts.is_partial:
            say(
                _fill(
                    self.tr("The week so far, up to %1. The facts are kept when you finish."),
                    format_date(facts.as_of),
                )
            )
        say(
            _fill(
                self.tr("AI time: %1 in %2 sessions."),
                duration_text(facts.ai_minutes),
                format_number(facts.ai_uses),
            )
            + " "
            + change_text(facts)
        )
        say(index_text(facts))

        if facts.by_purpose:
            box.addWidget(_heading(self.tr("AI time by purpose")))
            rows = [
                [label(p.purpose), duration_text(p.minutes), format_number(p.uses)]
                for p in facts.by_purpose
            ]
            box.addWidget(
                _table(
                    [self.tr("Purpose"), self.tr("Time"), self.tr("Sessions")],
                    rows,
                    self.tr("AI time by purpose"),
                )
            )
        if facts.by_circle:
            box.addWidget(_heading(self.tr("AI time by circle")))
            rows = [
                [c.name or self.tr("No circle"), duration_text(c.minutes), format_number(c.uses)]
                for c in facts.by_circle
            ]
            box.addWidget(
                _table(
                    [self.tr("Circle"), self.tr("Time"), self.tr("Sessions")],
                    rows,
                    self.tr("AI time by circle"),
                )
            )
        if facts.budgets:
            box.addWidget(_heading(self.tr("Budgets")))
            rows = [
                [
                    b.name,
                    _fill(
                        self.tr("%1 of %2"),
                        duration_text(b.used_minutes),
                        duration_text(b.allowance_minutes),
                    ),
                    format_number(b.days_over),
                ]
                for b in facts.budgets
            ]
            box.addWidget(
                _table(
                    [self.tr("Budget"), self.tr("Used this week"), self.tr("Days over")],
                    rows,
                    self.tr("Budgets this week"),
                )
            )
        box.addWidget(_heading(self.tr("Messages to people")))
        if facts.messages:
            mediated = sum(m.mediated for m in facts.messages)
            total = sum(m.messages for m in facts.messages)
            disclosed = sum(m.disclosed for m in facts.messages)
            say(
                _fill(
                    self.tr("%1 of %2 messages were AI-mediated; you disclosed %3 of them."),
                    format_number(mediated),
                    format_number(total),
                    format_number(disclosed),
                )
            )
            rows = [
                [
                    m.name,
                    format_number(m.messages),
                    format_number(m.mediated),
                    format_number(m.disclosed),
                ]
                for m in facts.messages
            ]
            box.addWidget(
                _table(
                    [
                        self.tr("Circle"),
                        self.tr("Messages"),
                        self.tr("AI-mediated"),
                        self.tr("Disclosed"),
                    ],
                    rows,
                    self.tr("Messages per circle"),
                )
            )
        else:
            say(self.tr("No messages to people were logged this week."))

        box.addWidget(_heading(self.tr("Boundaries")))
        if facts.breaches:
            say(self.tr("%n rule-day(s) went past a boundary.", "", len(facts.breaches)))
            rows = [
                [
                    b.rule_name,
                    format_date(b.day),
                    breach_fact_text(b.amount, b.unit),
                    "\n".join(b.reasons),
                ]
                for b in facts.breaches
            ]
            breaches = _table(
                [self.tr("Rule"), self.tr("Day"), self.tr("By"), self.tr("Your reason")],
                rows,
                self.tr("Boundaries broken this week"),
                text_columns=4,
            )
            breaches.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            box.addWidget(breaches)
        else:
            say(self.tr("Every boundary was kept this week."))

        box.addWidget(_heading(self.tr("Time with people")))
        say(
            _fill(
                self.tr("%1 with people in %2 moments without AI."),
                duration_text(facts.connection_minutes),
                format_number(facts.connection_moments),
            )
        )
        if facts.connections:
            rows = [
                [c.name, duration_text(c.minutes), format_number(c.moments)]
                for c in facts.connections
            ]
            box.addWidget(
                _table(
                    [self.tr("Circle"), self.tr("Time"), self.tr("Moments")],
                    rows,
                    self.tr("Connections per circle"),
                )
            )
        if facts.goals:
            box.addWidget(_heading(self.tr("Goals")))
            rows = []
            for g in facts.goals:
                strength = (
                    _fill(self.tr("%1 %"), format_number(round(100 * g.strength)))
                    if g.strength is not None
                    else "–"
                )
                rows.append([g.title, format_number(g.week_total), strength])
            box.addWidget(
                _table(
                    [self.tr("Goal"), self.tr("Progress this week"), self.tr("Strength")],
                    rows,
                    self.tr("Goal progress this week"),
                )
            )
        box.addStretch(1)
        self.area.setWidget(body)


class PromptsPage(QWizardPage):
    """Page 2: one text box per question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Looking back"))
        self.setSubTitle(self.tr("Write as much or as little as you like. Nothing is required."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setAccessibleName(self.tr("Questions"))
        layout.addWidget(self.area)
        self.boxes: dict[int, QPlainTextEdit] = {}

    def show_prompts(self, prompts: list[Prompt], answers: dict[int, str]) -> None:
        """One labelled box per prompt, filled with the answers kept so far."""
        body = QWidget()
        box = QVBoxLayout(body)
        self.boxes = {}
        for prompt in prompts:
            caption = QLabel(prompt_text(prompt.text))
            caption.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(prompt_text(prompt.text))
            edit.setTabChangesFocus(True)
            edit.setPlainText(answers.get(prompt.id, ""))
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 14)
            caption.setBuddy(edit)
            box.addWidget(caption)
            box.addWidget(edit)
            self.boxes[prompt.id] = edit
        box.addStretch(1)
        self.area.setWidget(body)

    def answers(self) -> dict[int, str]:
        """The text of every box, by prompt id."""
        return {pid: edit.toPlainText() for pid, edit in self.boxes.items()}


class RatingsPage(QWizardPage):
    """Page 3: connection quality, reliance on AI and alignment with the vision, 1 to 5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Three ratings"))
        self.setSubTitle(self.tr("From 1 to 5, how did this week feel?"))
        grid = QGridLayout(self)
        questions = {
            "connection": (
                self.tr("Quality of your connections with people"),
                self.tr("distant"),
                self.tr("close"),
            ),
            "reliance": (
                self.tr("How much you relied on AI"),
                self.tr("hardly"),
                self.tr("heavily"),
            ),
            "alignment": (
                self.tr("How well your AI use matched your vision"),
                self.tr("not at all"),
                self.tr("fully"),
            ),
        }
        self.groups: dict[str, QButtonGroup] = {}
        for row, (name, (question, low, high)) in enumerate(questions.items()):
            caption = _heading(question)
            caption.setWordWrap(True)
            if row > 0:
                caption.setContentsMargins(0, 14, 0, 0)
            grid.addWidget(caption, row * 2, 0, 1, 7)
            low_label = QLabel(low)
            grid.addWidget(low_label, row * 2 + 1, 0)
            group = QButtonGroup(self)
            for value in range(1, 6):
                button = QRadioButton(str(value))
                button.setAccessibleName(_fill(self.tr("%1: %2"), question, str(value)))
                group.addButton(button, value)
                grid.addWidget(button, row * 2 + 1, value)
            grid.addWidget(QLabel(high), row * 2 + 1, 6)
            group.idToggled.connect(self._on_group_id_toggled)
            self.groups[name] = group
        grid.setRowStretch(len(questions) * 2, 1)
        grid.setColumnStretch(7, 1)

    def set_ratings(self, ratings: Ratings) -> None:
        """Check the buttons of the ratings kept so far."""
        for name, group in self.groups.items():
            value = getattr(ratings, name)
            if value is not None and group.button(value) is not None:
                group.button(value).setChecked(True)

    def ratings(self) -> Ratings:
        """The ratings chosen (None where none is)."""
        values = {name: group.checkedId() for name, group in self.groups.items()}
        return Ratings(**{k: (v if v > 0 else None) for k, v in values.items()})

    def isComplete(self) -> bool:
        return all(group.checkedId() > 0 for group in self.groups.values())

    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.completeChanged.emit()


class AdjustmentsPage(QWizardPage):
    """Page 4: create, change or pause goals and rules without leaving the check-in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Adjust"))
        self.setSubTitle(
            self.tr(
                "Anything to change for next week? Set a goal or a rule, change one, or pause "
                "one. Or simply finish."
            )
        )
        layout = QGridLayout(self)
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Goals"))
        self.rules = QListWidget()
        self.rules.setAccessibleName(self.tr("Boundary rules"))
        self.new_goal = QPushButton(self.tr("New &goal…"))
        self.change_goal = QPushButton(self.tr("C&hange goal…"))
        self.pause_goal = QPushButton(self.tr("&Pause goal"))
        self.new_rule = QPushButton(self.tr("New &rule…"))
        self.change_rule = QPushButton(self.tr("Change ru&le…"))
        self.pause_rule = QPushButton(self.tr("Pa&use rule"))
        for button in (
            self.new_goal,
            self.change_goal,
            self.pause_goal,
            self.new_rule,
            self.change_rule,
            self.pause_rule,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        layout.addWidget(_heading(self.tr("Goals")), 0, 0)
        layout.addWidget(self.goals, 1, 0)
        goal_buttons = QHBoxLayout()
        for button in (self.new_goal, self.change_goal, self.pause_goal):
            goal_buttons.addWidget(button)
        goal_buttons.addStretch(1)
        layout.addLayout(goal_buttons, 2, 0)
        layout.addWidget(_heading(self.tr("Boundary rules")), 0, 1)
        layout.addWidget(self.rules, 1, 1)
        rule_buttons = QHBoxLayout()
        for button in (self.new_rule, self.change_rule, self.pause_rule):
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)
        layout.addLayout(rule_buttons, 2, 1)
        layout.addWidget(_heading(self.tr("Decided in this check-in")), 3, 0, 1, 2)
        self.made = QListWidget()
        self.made.setAccessibleName(self.tr("Adjustments made in this check-in"))
        self.made.setMaximumHeight(110)
        layout.addWidget(self.made, 4, 0, 1, 2)
        layout.setRowStretch(1, 1)
        self.goals.currentItemChanged.connect(self._on_selection_changed)
        self.rules.currentItemChanged.connect(self._on_selection_changed)

    def show_lists(
        self, goals: list[Goal], rules: list[BoundaryRule], made: tuple[Adjustment, ...]
    ) -> None:
        """Fill the lists, keeping the selection by id."""
        for widget, items in (
            (self.goals, [(g.id, g.title, g.status is GoalStatus.ACTIVE) for g in goals]),
            (self.rules, [(r.id, r.name, r.is_active) for r in rules]),
        ):
            current = widget.currentItem()
            selected = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
            widget.clear()
            for item_id, name, is_active in items:
                text = name if is_active else _fill(self.tr("%1 (paused)"), name)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, is_active)
                widget.addItem(item)
                if item_id == selected:
                    widget.setCurrentItem(item)
        self.made.clear()
        for adjustment in made:
            self.made.addItem(adjustment.description)
        if not made:
            placeholder = QListWidgetItem(self.tr("Nothing yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.made.addItem(placeholder)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        for widget, change, pause, noun in (
            (self.goals, self.change_goal, self.pause_goal, "goal"),
            (self.rules, self.change_rule, self.pause_rule, "rule"),
        ):
            item = widget.currentItem()
            change.setEnabled(item is not None)
            pause.setEnabled(item is not None)
            is_active = item is None or bool(item.data(Qt.ItemDataRole.UserRole + 1))
            if noun == "goal":
                pause.setText(self.tr("&Pause goal") if is_active else self.tr("Resu&me goal"))
            else:
                pause.setText(self.tr("Pa&use rule") if is_active else self.tr("Res&ume rule"))
            pause.setAccessibleName(pause.text().replace("&", ""))


class CheckInWizard(QWizard):
    """The check-in of one week, from its facts to its adjustments."""

    checkin_completed = Signal(object)

    FACTS, PROMPTS, RATINGS, ADJUSTMENTS = range(4)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        week_start: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self.checkin: CheckIn = history.announce(checkin_ops.open_checkin(journal, week_start))
        self.week_start = self.checkin.week_start
        self.setWindowTitle(_fill(self.tr("Check-in: %1"), week_title(self.week_start)))
        self.setAccessibleName(self.tr("Weekly check-in"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Complete check-in"))
        self.facts_page = FactsPage()
        self.prompts_page = PromptsPage()
        self.ratings_page = RatingsPage()
        self.adjustments_page = AdjustmentsPage()
        self.setPage(self.FACTS, self.facts_page)
        self.setPage(self.PROMPTS, self.prompts_page)
        self.setPage(self.RATINGS, self.ratings_page)
        self.setPage(self.ADJUSTMENTS, self.adjustments_page)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and cl&ose"))
        self.button(QWizard.WizardButton.CancelButton).setAccessibleName(
            self.tr("Save the draft and close")
        )
        self.facts: WeekFacts = self._load_facts()
        frozen_at = self.checkin.completed_at if self._has_frozen_facts() else None
        self.facts_page.setSubTitle(week_title(self.week_start))
        self.facts_page.show_facts(self.facts, frozen_at)
        self.prompts_page.show_prompts(self._prompts(), self._answers())
        self.ratings_page.set_ratings(
            Ratings(
                self.checkin.rating_connection,
                self.checkin.rating_reliance,
                self.checkin.rating_alignment,
            )
        )
        self._saved_answers = self.prompts_page.answers()
        self._saved_ratings = self.ratings_page.ratings()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        for edit in self.prompts_page.boxes.values():
            edit.textChanged.connect(self._timer.start)
        for group in self.ratings_page.groups.values():
            group.idToggled.connect(self._on_rating_toggled)
        page = self.adjustments_page
        page.new_goal.clicked.connect(self._on_new_goal_clicked)
        page.change_goal.clicked.connect(self._on_change_goal_clicked)
        page.pause_goal.clicked.connect(self._on_pause_goal_clicked)
        page.new_rule.clicked.connect(self._on_new_rule_clicked)
        page.change_rule.clicked.connect(self._on_change_rule_clicked)
        page.pause_rule.clicked.connect(self._on_pause_rule_clicked)
        self._refresh_adjustments()
        # Fits an 800×600 screen with its title bar; pages taller than this scroll.
        self.resize(760, 540)

    # --- loading --------------------------------------------------------------------------

    def _has_frozen_facts(self) -> bool:
        return checkins.facts_from_json(self.checkin.facts_json) is not None

    def _load_facts(self) -> WeekFacts:
        frozen = checkins.facts_from_json(self.checkin.facts_json)
        return frozen if frozen is not None else checkins.week_facts(self._journal, self.week_start)

    def _prompts(self) -> list[Prompt]:
        """The active prompts, then retired ones this check-in already answered."""
        answered = {a.prompt_id for a in self.checkin.answers}
        every = checkins.prompts(self._journal, include_retired=True)
        return [p for p in every if not p.is_retired] + [
            p for p in every if p.is_retired and p.id in answered
        ]

    def _answers(self) -> dict[int, str]:
        return {a.prompt_id: a.text for a in self.checkin.answers}

    # --- the draft ------------------------------------------------------------------------

    def flush(self) -> None:
        """Write answers and ratings that changed since the last write (autosave)."""
        self._timer.stop()
        answers = self.prompts_page.answers()
        ratings = self.ratings_page.ratings()
        changed = {
            pid: text for pid, text in answers.items() if self._saved_answers.get(pid) != text
        }
        if not changed and ratings == self._saved_ratings:
            return
        try:
            self.checkin = self._history.announce(
                checkin_ops.save_answers(self._journal, self.checkin.id, changed, ratings)
            )
        except NotFoundError:
            return  # deleted in the meantime: nothing left to keep
        self._saved_answers = answers
        self._saved_ratings = ratings

    def _on_rating_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.flush()

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def accept(self) -> None:
        """Finish: complete the check-in (undo reopens it)."""
        self.flush()
        try:
            done = self._history.push(checkin_ops.complete_checkin(self._journal, self.checkin.id))
        except ValidationError:
            self.setCurrentId(self.RATINGS)
            return
        self.checkin = done
        self.checkin_completed.emit(done)
        super().accept()

    # --- adjustments ----------------------------------------------------------------------

    def _refresh_adjustments(self) -> None:
        self.checkin = checkins.checkin(self._journal, self.checkin.id)
        goals = [
            g for g in self._journal.goals() if g.status in (GoalStatus.ACTIVE, GoalStatus.PAUSED)
        ]
        self.adjustments_page.show_lists(goals, self._journal.rules(), self.checkin.adjustments)

    def _record(self, target: str, target_id: int, action: str, description: str) -> None:
        adjustment = Adjustment(target, target_id, action, description)
        self._history.push(
            checkin_ops.record_adjustment(self._journal, self.checkin.id, adjustment)
        )
        self._refresh_adjustments()

    def _selected(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _goal(self, goal_id: int | None) -> Goal | None:
        return next((g for g in self._journal.goals() if g.id == goal_id), None)

    def _rule(self, rule_id: int | None) -> BoundaryRule | None:
        return next((r for r in self._journal.rules() if r.id == rule_id), None)

    def open_goal_dialog(self, existing: Goal | None) -> GoalDialog:
        """Open the goal dialog over the wizard (non-blocking, so tests can drive it)."""
        dialog = GoalDialog(self._journal, self._history, existing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = "created" if existing is None else "changed"
        dialog.goal_saved.connect(lambda goal: self._on_goal_saved(goal, action))
        dialog.open()
        return dialog

    def open_rule_dialog(self, existing: BoundaryRule | None) -> RuleDialog:
        """Open the rule dialog over the wizard (non-blocking, so tests can drive it)."""
        dialog = RuleDialog(self._journal, self._history, existing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = "created" if existing is None else "changed"
        dialog.rule_saved.connect(lambda rule: self._on_rule_saved(rule, action))
        dialog.open()
        return dialog

    def _on_goal_saved(self, goal: Goal, action: str) -> None:
        template = self.tr("New goal: %1") if action == "created" else self.tr("Changed goal: %1")
        self._record("goal", goal.id, action, _fill(template, goal.title))

    def _on_rule_saved(self, rule: BoundaryRule, action: str) -> None:
        template = self.tr("New rule: %1") if action == "created" else self.tr("Changed rule: %1")
        self._record("rule", rule.id, action, _fill(template, rule.name))

    def _on_new_goal_clicked(self) -> None:
        self.open_goal_dialog(None)

    def _on_change_goal_clicked(self) -> None:
        goal = self._goal(self._selected(self.adjustments_page.goals))
        if goal is not None:
            self.open_goal_dialog(goal)

    def _on_new_rule_clicked(self) -> None:
        self.open_rule_dialog(None)

    def _on_change_rule_clicked(self) -> None:
        rule = self._rule(self._selected(self.adjustments_page.rules))
        if rule is not None:
            self.open_rule_dialog(rule)

    def _on_pause_goal_clicked(self) -> None:
        goal = self._goal(self._selected(self.adjustments_page.goals))
        if goal is None:
            return
        pausing = goal.status is GoalStatus.ACTIVE
        new_status = GoalStatus.PAUSED if pausing else GoalStatus.ACTIVE
        self._history.push(goals_ops.set_goal_status(self._journal, goal.id, new_status))
        if pausing:
            self._record("goal", goal.id, "paused", _fill(self.tr("Paused goal: %1"), goal.title))
        else:
            self._record("goal", goal.id, "changed", _fill(self.tr("Resumed goal: %1"), goal.title))

    def _on_pause_rule_clicked(self) -> None:
        rule = self._rule(self._selected(self.adjustments_page.rules))
        if rule is None:
            return
        rule_id, pausing = rule.id, rule.is_active
        self._history.push(rule_ops.set_rule_active(self._journal, rule_id, not pausing))
        if pausing:
            self._record("rule", rule_id, "paused", _fill(self.tr("Paused rule: %1"), rule.name))
        else:
            self._record("rule", rule_id, "changed", _fill(self.tr("Resumed rule: %1"), rule.name))
