"""The Boundaries page: the rules a person drew, how each stands today, and its breach log.

Every change made here (a new rule, an edit, pause or resume, a delete, a suggested rule
added with one click) goes through the undo history. The page refreshes itself whenever the
history reports a change, so undo and redo show at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.changes import RULE_TABLES, Table
from vision_journal.core.journal import Journal
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.records import (
    BoundaryRule,
    BudgetParams,
    Circle,
    CurfewParams,
    Mediation,
    NoMediationParams,
    RuleInput,
    Severity,
    TimeWindow,
)
from vision_journal.core.rule_days import RuleDay, rule_days, strip_history_start
from vision_journal.core.rules import RuleStatus, history_start, rule_statuses
from vision_journal.ui.dialogs.rule_dialog import RuleDialog
from vision_journal.ui.formatting import format_date
from vision_journal.ui.labels import label
from vision_journal.ui.models.rule_model import SENTENCE, RuleModel
from vision_journal.ui.rule_sentence import fill, rule_sentence, time_text
from vision_journal.ui.stale import RefreshWhenShown
from vision_journal.ui.style import SPACE_S
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.empty_state import EmptyState
from vision_journal.ui.widgets.rule_card import RuleCard

#: How the page learns each rule's state today: given the journal and its rules, the status
#: of each rule by id (a rule left out shows no status).
StatusProvider = Callable[[Journal, Sequence[BoundaryRule]], Mapping[int, RuleStatus]]

CURFEW_START = 21 * 60
EMPTY_TEXT_WIDTH = 460


#: What the page shows: the rules, how today's uses stand against them, the breach log,
#: and the names of tools and circles they are about.
SHOWS: frozenset[str] = RULE_TABLES | {
    Table.BREACH_NOTE,
    Table.AI_USE,
    Table.AI_TOOL,
    Table.CIRCLE,
    Table.SETTING,
}


def today_statuses(journal: Journal, rules: Sequence[BoundaryRule]) -> dict[int, RuleStatus]:
    """Each rule's state today, from the core's rule evaluation over the days it needs."""
    if not rules:
        return {}
    settings = journal.settings()
    today = journal.today()
    first = history_start(rules, today, settings)
    uses = journal.uses_between(first, today)
    connections = journal.connections_between(first, today)
    statuses = rule_statuses(rules, uses, connections, settings, journal.now())
    return {status.rule_id: status for status in statuses}


def week_days(journal: Journal, rules: Sequence[BoundaryRule]) -> Mapping[int, tuple[RuleDay, ...]]:
    """Each rule's last seven days (kept, broken, no data), from the core's rule evaluation."""
    if not rules:
        return {}
    settings = journal.settings()
    today = journal.today()
    first = strip_history_start(rules, today, settings)
    uses = journal.uses_between(first, today)
    connections = journal.connections_between(first, today)
    return rule_days(rules, uses, connections, settings, journal.now())


def suggested_rules(circles: Sequence[Circle], day_start_hour: int) -> list[RuleInput]:
    """A few rules that suit most people, to add with one click when there are none yet.

    The circle rule goes to the first protected circle (or the first circle), and only when
    there are circles. The curfew runs until the journal day ends.
    """
    end = day_start_hour * 60 if day_start_hour * 60 != CURFEW_START else 6 * 60
    suggestions = [
        RuleInput(
            QCoreApplication.translate("BoundariesPage", "At most 45 minutes of AI a day"),
            BudgetParams(45),
            Severity.NUDGE,
        ),
        RuleInput(
            fill(
                QCoreApplication.translate("BoundariesPage", "No AI after %1"),
                time_text(CURFEW_START),
            ),
            CurfewParams((TimeWindow(CURFEW_START, end),)),
            Severity.NUDGE,
        ),
    ]
    protected = [c for c in circles if c.is_protected] or list(circles)
    if protected:
        circle = protected[0]
        suggestions.append(
            RuleInput(
                fill(
                    QCoreApplication.translate("BoundariesPage", "No AI-drafted messages to %1"),
                    circle.name,
                ),
                NoMediationParams(circle.id, frozenset({Mediation.AI_DRAFTED})),
                Severity.FIRM,
            )
        )
    return suggestions


class BoundariesPage(QWidget):
    """Lists the boundary rules with today's status; creates, edits, pauses and deletes them."""

    rule_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        parent: QWidget | None = None,
        statuses: StatusProvider = today_statuses,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._statuses = statuses
        self._refresher = RefreshWhenShown(self, self.refresh, SHOWS)
        self.model = RuleModel()
        # The cards follow the model's order: the rule's words, then its id.
        self.model.sort(SENTENCE)
        self._selected_id: int | None = None
        self.dialog: RuleDialog | None = None
        self.suggestions: list[RuleInput] = []
        self.suggestion_buttons: list[QPushButton] = []
        self._build()
        self._connect()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Boundaries"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        self.toolbar = QWidget()
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("&New rule…"))
        self.new_button.setAccessibleName(self.tr("New rule"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected rule"))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause the selected rule"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected rule"))
        for button in (self.new_button, self.edit_button, self.pause_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addWidget(self.toolbar)

        # The rules as cards, each with today's status and its last seven days.
        self.cards: list[RuleCard] = []
        self.cards_holder = QWidget()
        self.cards_holder.setObjectName("pageContent")
        self.cards_layout = QVBoxLayout(self.cards_holder)
        self.cards_layout.setContentsMargins(0, 0, SPACE_S, 0)
        self.cards_layout.setSpacing(SPACE_S)
        self.cards_layout.addStretch(1)
        self.cards_area = QScrollArea()
        self.cards_area.setAccessibleName(self.tr("Boundary rules"))
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_area.setWidget(self.cards_holder)

        self.details = self._build_details()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.cards_area)
        splitter.addWidget(self.details)
        # The cards keep most of the height (at least a card and a half at 800×600); the
        # chosen rule's details take the rest.
        self.cards_area.setMinimumHeight(150)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])
        splitter.setChildrenCollapsible(False)

        self.empty = self._build_empty()
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        self._list = splitter
        layout.addWidget(self.stack, 1)

    def _build_details(self) -> QWidget:
        details = QWidget()
        layout = QHBoxLayout(details)
        layout.setContentsMargins(0, 8, 0, 0)
        # The chosen card shows the rule's name and sentence; here what the card has not.
        about = QVBoxLayout()
        why = QLabel(self.tr("Why it matters"))
        why.setObjectName("sectionTitle")
        why.setFont(self._bold_font())
        self.rationale = QLabel()
        self.rationale.setWordWrap(True)
        self.rationale.setAccessibleName(self.tr("Why the selected rule matters"))
        self.rationale.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rationale.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        about.addWidget(why)
        about.addWidget(self.rationale)
        about.addStretch(1)

        log = QVBoxLayout()
        log_title = QLabel(self.tr("Breach log"))
        log_title.setObjectName("sectionTitle")
        log_title.setFont(self._bold_font())
        self.breaches = QTableWidget(0, 2)
        self.breaches.setAccessibleName(self.tr("Breach log of the selected rule"))
        self.breaches.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Reason")])
        self.breaches.verticalHeader().hide()
        self.breaches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breaches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breaches.horizontalHeader().setStretchLastSection(True)
        self.breaches.setColumnWidth(0, 110)
        self.no_breaches = QLabel()
        self.no_breaches.setWordWrap(True)
        log.addWidget(log_title)
        log.addWidget(self.breaches, 100)
        log.addWidget(self.no_breaches)
        # Without breaches the sentence sits under its title, not at the bottom.
        log.addStretch(1)
        layout.addLayout(about, 1)
        layout.addLayout(log, 1)
        return details

    def _bold_font(self) -> QFont:
        font = self.font()
        font.setBold(True)
        return font

    def _build_empty(self) -> EmptyState:
        empty = EmptyState(
            self.tr("No boundary rules yet"),
            self.tr(
                "Boundary rules are lines you draw for yourself: a daily time budget, no AI "
                "late at night, messages to the people closest to you written by you. A nudge "
                "tells you when you cross one; a firm line also asks you for a short reason."
            ),
            self.tr("&New rule…"),
        )
        # EmptyState's centred, word-wrapped text gets only two lines' height from its layout;
        # this text is longer, so reserve its full height.
        empty.text.setFixedWidth(EMPTY_TEXT_WIDTH)
        empty.text.setMinimumHeight(empty.text.heightForWidth(EMPTY_TEXT_WIDTH))
        self.suggestions_box = QWidget()
        box = QVBoxLayout(self.suggestions_box)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(6)
        self.suggestions_title = QLabel(self.tr("Or start with one of these:"))
        self.suggestions_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.suggestions_title)
        self._suggestion_layout = box
        empty_layout = empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        # Before the stretch that closes the empty state, so everything stays centred.
        empty_layout.insertWidget(empty_layout.count() - 1, self.suggestions_box)
        return empty

    def _connect(self) -> None:
        self.new_button.clicked.connect(self._on_new_button_clicked)
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._history.changed.connect(self._refresher.changed)

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rules again (after the journal changed), keeping the selection."""
        selected = self.selected_rule()
        rules = self._journal.rules()
        circles = self._journal.circles()
        self.model.set_rules(
            rules,
            self._statuses(self._journal, rules),
            {c.id: c.name for c in circles},
            {t.id: t.name for t in self._journal.tools()},
        )
        self._selected_id = None
        self._fill_cards(week_days(self._journal, rules))
        # The empty state has its own "New rule…"; one button per mnemonic.
        self.toolbar.setVisible(bool(rules))
        if rules:
            self.stack.setCurrentWidget(self._list)
        else:
            self._fill_suggestions(circles)
            self.stack.setCurrentWidget(self.empty)
        if selected is not None:
            self.select_rule(selected.id)
        self._update_selection_state()

    def _fill_suggestions(self, circles: Sequence[Circle]) -> None:
        for button in self.suggestion_buttons:
            self._suggestion_layout.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        names = {c.id: c.name for c in circles}
        self.suggestions = suggested_rules(circles, self._journal.settings().day_start_hour)
        for suggestion in self.suggestions:
            button = QPushButton(fill(self.tr("Add “%1”"), suggestion.name))
            sentence = rule_sentence(suggestion, names, {})
            button.setToolTip(sentence)
            button.setAccessibleName(fill(self.tr("Add the rule: %1"), sentence))
            button.clicked.connect(partial(self._on_suggestion_clicked, suggestion))
            self._suggestion_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.suggestion_buttons.append(button)
        self.suggestions_box.setVisible(bool(self.suggestions))

    def _fill_cards(self, days: Mapping[int, tuple[RuleDay, ...]]) -> None:
        """One card per rule, in the model's order (the rule's words, then its id)."""
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for row in range(self.model.rowCount()):
            rule = self.model.rule_at(row)
            severity = label(rule.severity) if rule.is_active else self.tr("Paused")
            card = RuleCard(
                rule,
                self.model.sentence(rule),
                severity,
                self.model.status_of(rule.id),
                days.get(rule.id, ()),
            )
            card.clicked.connect(self.select_rule)
            card.activated.connect(self._on_card_activated)
            card.step.connect(self._on_card_step)
            # Before the stretch that keeps the cards at the top.
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)

    def card_of(self, rule_id: int) -> RuleCard | None:
        """The card showing the rule `rule_id`, if it is shown."""
        return next((c for c in self.cards if c.rule.id == rule_id), None)

    def selected_rule(self) -> BoundaryRule | None:
        """The rule whose card is chosen, if any."""
        card = self.card_of(self._selected_id) if self._selected_id is not None else None
        return card.rule if card is not None else None

    def select_rule(self, rule_id: int) -> None:
        """Choose the card of the rule `rule_id`, when it is there."""
        card = self.card_of(rule_id)
        if card is None or rule_id == self._selected_id:
            return
        self._selected_id = rule_id
        for other in self.cards:
            other.set_selected(other is card)
        self.cards_area.ensureWidgetVisible(card)
        self._on_selection_changed()

    def _update_selection_state(self) -> None:
        rule = self.selected_rule()
        for button in (self.edit_button, self.pause_button, self.delete_button):
            button.setEnabled(rule is not None)
        if rule is not None and not rule.is_active:
            self.pause_button.setText(self.tr("&Resume"))
            self.pause_button.setAccessibleName(self.tr("Resume the selected rule"))
        else:
            self.pause_button.setText(self.tr("&Pause"))
            self.pause_button.setAccessibleName(self.tr("Pause the selected rule"))
        self.details.setVisible(rule is not None)
        if rule is None:
            return
        self.rationale.setText(rule.rationale or self.tr("You have not written down why yet."))
        notes = self._journal.breach_notes(rule.id)
        self.breaches.setRowCount(len(notes))
        for row, note in enumerate(notes):
            self.breaches.setItem(row, 0, QTableWidgetItem(format_date(note.day)))
            self.breaches.setItem(row, 1, QTableWidgetItem(note.reason))
        self.breaches.setVisible(bool(notes))
        if rule.severity is Severity.FIRM:
            self.no_breaches.setText(
                self.tr("No breaches noted. When you break this rule, your reason is kept here.")
            )
        else:
            self.no_breaches.setText(
                self.tr("No breaches noted. Reasons are asked for firm lines only.")
            )
        self.no_breaches.setVisible(not notes)

    # --- changing ---------------------------------------------------------------------------

    def new_rule(self) -> RuleDialog:
        """Open the dialog for a new rule."""
        return self._open_dialog(None)

    def edit_selected(self) -> RuleDialog | None:
        """Open the dialog for the selected rule."""
        rule = self.selected_rule()
        return self._open_dialog(rule) if rule is not None else None

    def _open_dialog(self, existing: BoundaryRule | None) -> RuleDialog:
        dialog = RuleDialog(self._journal, self._history, existing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rule_saved.connect(self._on_dialog_rule_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def toggle_selected(self) -> None:
        """Pause the selected rule, or resume it when paused; undo flips it back."""
        rule = self.selected_rule()
        if rule is None:
            return
        self._history.push(rule_ops.set_rule_active(self._journal, rule.id, not rule.is_active))

    def delete_selected(self, history: UndoHistory) -> None:
        """Delete the selected rule; undo brings it back with its id and its breach log."""
        rule = self.selected_rule()
        if rule is None:
            return
        history.push(rule_ops.delete_rule(self._journal, rule.id))

    def add_suggestion(self, suggestion: RuleInput) -> BoundaryRule:
        """Add a suggested rule as it is, undoably."""
        return self._history.push(rule_ops.save_rule(self._journal, suggestion))

    # --- slots ------------------------------------------------------------------------------

    def _on_new_button_clicked(self) -> None:
        self.new_rule()

    def _on_edit_button_clicked(self) -> None:
        self.edit_selected()

    def _on_pause_button_clicked(self) -> None:
        self.toggle_selected()

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected(self._history)

    def _on_suggestion_clicked(self, suggestion: RuleInput, _checked: bool = False) -> None:
        rule = self.add_suggestion(suggestion)
        self.select_rule(rule.id)

    def _on_selection_changed(self) -> None:
        self._update_selection_state()

    def _on_dialog_rule_saved(self, rule: BoundaryRule) -> None:
        self.select_rule(rule.id)
        card = self.card_of(rule.id)
        if card is not None:
            card.setFocus()
        self.rule_saved.emit(rule)

    def _on_card_activated(self, rule_id: int) -> None:
        self.select_rule(rule_id)
        self.edit_selected()

    def _on_card_step(self, rule_id: int, step: int) -> None:
        card = self.card_of(rule_id)
        if card is None:
            return
        index = self.cards.index(card) + step
        if 0 <= index < len(self.cards):
            self.cards[index].setFocus(Qt.FocusReason.TabFocusReason)
