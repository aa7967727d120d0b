"""The dashboard, shown first: the balance index and why, warnings, the week, circles, goals.

Everything shown comes from one `load_dashboard` call per refresh; the page only lays it out.
The explanation's sentences are the core's facts worded by `ui.core_text` in the person's
language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.balance import (
    MIN_DATA_DAYS,
    BalanceIndex,
    FactKey,
    Level,
)
from vision_journal.core.calendar import week_start
from vision_journal.core.changes import Table
from vision_journal.core.dashboard import DashboardData, GoalStanding, load_dashboard
from vision_journal.core.dashboard_cache import DashboardCache
from vision_journal.core.dashboard_snapshot import Snapshot
from vision_journal.core.journal import Journal
from vision_journal.core.records import GoalKind, MeasurePeriod, Severity
from vision_journal.ui.core_text import component_name, fact_text, level_name
from vision_journal.ui.formatting import format_date, format_number
from vision_journal.ui.warnings import breach_text, raised_warnings
from vision_journal.ui.widgets.card import Card, ElidedLabel
from vision_journal.ui.widgets.card import text_label as _text
from vision_journal.ui.widgets.charts import BarChart, Sparkline
from vision_journal.ui.widgets.index_bar import BarPart, IndexBar, Swatch, legend_html

#: Below this content width the cards stack in one column.
TWO_COLUMN_WIDTH = 820


#: What the dashboard shows: everything but drafts of unsaved text. It declares no days: a
#: week's index depends on the days before it, so a use written on any day may move it.
SHOWS: frozenset[str] = frozenset(Table) - {Table.DRAFT}


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in `layout` (rows rebuilt on refresh)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        child = item.layout()
        if widget is not None:
            # Unparent now so the old rows are gone from findChildren before Qt deletes them.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif child is not None:
            _clear(child)
            child.deleteLater()


def _is_firm(data: DashboardData, rule_id: int) -> bool:
    rule = data.rule(rule_id)
    return rule is not None and rule.severity is Severity.FIRM


class DashboardPage(QWidget):
    """The balance at a glance; asks the window to open the quick-log dialogs or a rule."""

    log_use_requested = Signal()
    log_connection_requested = Signal()
    open_rule_requested = Signal(int)
    checkin_requested = Signal(object)
    inbox_requested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        # Keeps what was read between refreshes, so one after a change re-reads only that.
        self.cache = DashboardCache(journal)
        #: What each section was last built from (see `_is_new`).
        self._shown: dict[str, object] = {}
        self._data: DashboardData | None = None
        #: The journal's change count read with `_data` (see `snapshot`).
        self._count = 0
        self._columns = 0
        self._build()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area)
        content = QWidget()
        content.setObjectName("dashboardContent")
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(14)

        header = QHBoxLayout()
        header.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        heading = QLabel(self.tr("Dashboard"))
        heading.setObjectName("pageTitle")
        self.date_label = _text("", muted=True, wrap=False)
        titles.addWidget(heading)
        titles.addWidget(self.date_label)
        header.addLayout(titles, 1)
        self.log_use_button = self._quick_button(self.tr("Log AI use"), "Ctrl+L")
        self.log_connection_button = self._quick_button(self.tr("Log connection"), "Ctrl+Shift+L")
        header.addWidget(self.log_use_button, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.log_connection_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)

        # Found sessions count nowhere until confirmed: say how many wait, and lead there.
        self.inbox_notice = QPushButton()
        self.inbox_notice.setObjectName("inboxNotice")
        self.inbox_notice.setFlat(True)
        self.inbox_notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.inbox_notice.setAccessibleName(self.tr("Open the Inbox"))
        self.inbox_notice.hide()
        self.inbox_notice.clicked.connect(self.inbox_requested)
        layout.addWidget(self.inbox_notice, 0, Qt.AlignmentFlag.AlignLeft)

        self.welcome = self._build_welcome()
        layout.addWidget(self.welcome)
        self.index_card = self._build_index_card()
        layout.addWidget(self.index_card)
        self.warnings_card = Card(self.tr("Needs your attention"))
        layout.addWidget(self.warnings_card)

        self.bars_card = Card(self.tr("AI minutes this week"))
        self.bars = BarChart()
        self.bars.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars_note = _text("", muted=True)
        self.bars_card.body.addWidget(self.bars, 1)
        self.bars_card.body.addWidget(self.bars_note)
        self.sparkline_card = Card(self.tr("Balance over 12 weeks"))
        self.sparkline = Sparkline()
        self.sparkline.setMinimumHeight(96)
        self.sparkline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sparkline_note = _text("", muted=True)
        self.sparkline_card.body.addWidget(self.sparkline, 1)
        axis = QHBoxLayout()
        self.sparkline_from = _text("", muted=True, wrap=False)
        self.sparkline_to = _text(self.tr("This week"), muted=True, wrap=False)
        axis.addWidget(self.sparkline_from)
        axis.addStretch(1)
        axis.addWidget(self.sparkline_to)
        self.sparkline_card.body.addLayout(axis)
        self.sparkline_card.body.addWidget(self.sparkline_note)
        self.shares_card = Card(self.tr("Written by you, last 7 days"))
        self.shares = QGridLayout()
        self.shares.setHorizontalSpacing(12)
        self.shares.setVerticalSpacing(6)
        self.shares_card.body.addLayout(self.shares)
        self.overdue_card = Card(self.tr("Stay in touch"))
        self.goals_card = Card(self.tr("Goals"))
        self.goals = QGridLayout()
        self.goals.setHorizontalSpacing(12)
        self.goals.setVerticalSpacing(4)
        self.goals_card.body.addLayout(self.goals)
        self.checkin_card = Card(self.tr("Weekly check-in"))
        self.checkin_text = _text("")
        self.checkin_card.body.addWidget(self.checkin_text)
        self.checkin_button = QPushButton(self.tr("Start the check-in"))
        self.checkin_button.setAccessibleName(self.tr("Start the weekly check-in"))
        self.checkin_button.hide()
        self.checkin_card.body.addWidget(self.checkin_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._due_week: dt.date | None = None
        self.checkin_button.clicked.connect(self._on_checkin_button_clicked)
        self.cards = [
            self.bars_card,
            self.sparkline_card,
            self.shares_card,
            self.overdue_card,
            self.goals_card,
            self.checkin_card,
        ]
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._arrange(2)

        self.log_use_button.clicked.connect(self.log_use_requested)
        self.log_connection_button.clicked.connect(self.log_connection_requested)
        self.why_button.toggled.connect(self._on_why_button_toggled)

    def _quick_button(self, text: str, shortcut: str) -> QPushButton:
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text}  {keys}")
        button.setAccessibleName(text)
        button.setToolTip(f"{text} ({keys})")
        return button

    def _build_welcome(self) -> Card:
        card = Card(self.tr("Welcome to your journal"))
        card.title.setObjectName("welcomeTitle")
        card.body.addWidget(
            _text(
                self.tr(
                    "Your balance builds from what you log. Start with today: log the last "
                    "time you used an AI tool, and a moment with someone without AI in between."
                )
            )
        )
        steps = QGridLayout()
        steps.setContentsMargins(0, 6, 0, 6)
        steps.setHorizontalSpacing(12)
        steps.setVerticalSpacing(8)
        for row, (title, text) in enumerate(
            (
                (
                    self.tr("Log an AI use"),
                    self.tr("The tool, what it was for and how long: a few keystrokes."),
                ),
                (
                    self.tr("Log a connection"),
                    self.tr("A call, a coffee, a message you wrote yourself."),
                ),
                (
                    self.tr("Come back tomorrow"),
                    self.tr(
                        "After %1 days with entries your balance index appears here, with "
                        "an explanation of every number."
                    ).replace("%1", format_number(MIN_DATA_DAYS)),
                ),
            )
        ):
            number = _text(format_number(row + 1), wrap=False)
            number.setObjectName("stepNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setFixedSize(26, 26)
            heading = _text(title, wrap=False)
            heading.setObjectName("stepTitle")
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(heading, row, 1)
            steps.addWidget(_text(text, muted=True), row, 2)
        steps.setColumnStretch(2, 1)
        card.body.addLayout(steps)
        buttons = QHBoxLayout()
        self.welcome_use_button = QPushButton(self.tr("Log your first AI use"))
        self.welcome_use_button.setAccessibleName(self.tr("Log your first AI use"))
        self.welcome_connection_button = QPushButton(self.tr("Log a connection"))
        self.welcome_connection_button.setAccessibleName(self.tr("Log a connection"))
        buttons.addWidget(self.welcome_use_button)
        buttons.addWidget(self.welcome_connection_button)
        buttons.addStretch(1)
        card.body.addSpacing(4)
        card.body.addLayout(buttons)
        self.welcome_use_button.clicked.connect(self.log_use_requested)
        self.welcome_connection_button.clicked.connect(self.log_connection_requested)
        return card

    def _build_index_card(self) -> Card:
        card = Card(self.tr("Balance this week"))
        row = QHBoxLayout()
        row.setSpacing(18)
        self.score_label = QLabel()
        self.score_label.setObjectName("score")
        self.score_label.setAccessibleName(self.tr("Balance index"))
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.score_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.level_label = _text("", wrap=True)
        self.level_label.setObjectName("level")
        self.level_label.setAccessibleName(self.tr("Balance level"))
        self.change_label = _text("")
        self.change_label.setAccessibleName(self.tr("Change since last week"))
        self.hint_label = _text("", muted=True)
        words.addStretch(1)
        words.addWidget(self.level_label)
        words.addWidget(self.change_label)
        words.addWidget(self.hint_label)
        words.addStretch(1)
        row.addLayout(words, 1)
        self.why_button = QToolButton()
        self.why_button.setText(self.tr("Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setAccessibleName(self.tr("Why? Show how the index is made"))
        row.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        card.body.addLayout(row)

        # The index's parts at a glance; their numbers are in the tooltips and under "Why?".
        self.index_bar = IndexBar()
        self.index_legend = _text("", muted=True)
        self.index_legend.setTextFormat(Qt.TextFormat.RichText)
        self.index_legend.setAccessibleName(self.tr("Colours of the index's parts"))
        card.body.addSpacing(4)
        card.body.addWidget(self.index_bar)
        card.body.addWidget(self.index_legend)

        self.explanation = QFrame()
        self.explanation.setObjectName("explanation")
        self.explanation.setAccessibleName(self.tr("How the index is made"))
        self.explanation_rows = QGridLayout(self.explanation)
        self.explanation_rows.setContentsMargins(0, 10, 0, 0)
        self.explanation_rows.setHorizontalSpacing(18)
        self.explanation_rows.setVerticalSpacing(2)
        self.explanation.hide()
        card.body.addWidget(self.explanation)
        # The index whose explanation is still to be built: it is built when shown, not on
        # every refresh behind a closed "Why?" (rebuilding its rows was a third of a refresh).
        self._unexplained: BalanceIndex | None = None
        return card

    # --- layout -------------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """Put the cards into `columns` columns (two where there is room)."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        visible = [c for c in self.cards if not c.isHidden() or self._data is None]
        for i, card in enumerate(visible):
            self.grid.addWidget(card, i // columns, i % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMN_WIDTH else 1)

    # --- data -----------------------------------------------------------------------------------

    def set_waiting(self, count: int) -> None:
        """Say how many found sessions wait in the Inbox (hidden when none do)."""
        self.inbox_notice.setText(
            self.tr(
                "AI sessions found on this computer wait in the Inbox: %1. They count once you "
                "confirm them. Review…"
            ).replace("%1", str(count))
        )
        self.inbox_notice.setVisible(count > 0)

    def data(self) -> DashboardData | None:
        """What the page shows now."""
        return self._data

    def refresh(self) -> None:
        """Load the dashboard again (after the journal changed) and show it."""
        # Read before the journal is: a write meanwhile moves it, and then no snapshot of
        # what is shown is kept (`snapshot`).
        self._count = self._journal.change_count()
        self._data = load_dashboard(self._journal, cache=self.cache)
        self._show(self._data)

    def snapshot(self) -> Snapshot | None:
        """What the first screen shows now, for the next start's first frame; None while
        the welcome card shows (a new journal starts through the whole window)."""
        data = self._data
        if data is None or data.is_empty:
            return None
        return Snapshot(
            count=self._count,
            day=data.today,
            day_start_hour=data.settings.day_start_hour,
            language=QLocale().name(),
            date_text=self.date_label.text(),
            score_text=self.score_label.text() if not self.score_label.isHidden() else "",
            level_text=self.level_label.text(),
            level_warning=self.level_label.property("level") == "watch",
            change_text=self.change_label.text(),
            hint_text=self.hint_label.text(),
            bars=tuple(self.bars.days()),
            bars_dimmed=tuple(d.is_future for d in data.week_minutes),
            budget=data.daily_budget,
            bars_note=self.bars_note.text(),
            points=tuple(p.index for p in data.history),
            point_labels=tuple(format_date(p.first_day) for p in data.history),
            thresholds=(data.settings.watch_threshold, data.settings.balanced_threshold),
            points_from=self.sparkline_from.text(),
            points_note=self.sparkline_note.text(),
            inbox_text=self.inbox_notice.text() if not self.inbox_notice.isHidden() else "",
            parts=tuple(
                (part.colour, part.name, part.points, part.tooltip)
                for part in (self.index_bar.parts() if not self.index_bar.isHidden() else ())
            ),
            legend=tuple(self._legend_entries(data.week))
            if not self.index_legend.isHidden()
            else (),
        )

    def _show(self, data: DashboardData) -> None:
        self.date_label.setText(format_date(data.today, weekday=True))
        is_empty = data.is_empty
        self.welcome.setVisible(is_empty)
        # The welcome card offers the same two actions, bigger; one pair is enough.
        self.log_use_button.setVisible(not is_empty)
        self.log_connection_button.setVisible(not is_empty)
        self.index_card.setVisible(not is_empty)
        # Sections whose facts did not change keep their rows: rebuilding every label on
        # each logged use would cost more than computing the dashboard.
        if self._is_new("index", (data.week, data.settings)):
            self._show_index(data.week)
        if self._is_new("warnings", (data.warnings, data.breaches, data.rules, data.today)):
            self._show_warnings(data)
        self._show_bars(data)
        self._show_sparkline(data)
        if self._is_new("shares", data.circle_shares):
            self._show_shares(data)
        if self._is_new("overdue", (data.overdue, data.circles)):
            self._show_overdue(data)
        if self._is_new("goals", data.goals):
            self._show_goals(data)
        self._show_checkin(data)
        for card in self.cards:
            card.setVisible(not is_empty)
        self.shares_card.setVisible(not is_empty and bool(data.circle_shares))
        columns = self._columns
        self._columns = 0
        self._arrange(columns)

    def _is_new(self, section: str, facts: object) -> bool:
        """True (and remembered) when `facts` differ from those `section` shows now."""
        if section in self._shown and self._shown[section] == facts:
            return False
        self._shown[section] = facts
        return True

    def _show_index(self, result: BalanceIndex) -> None:
        if result.is_enough_data and result.score is None:
            # Days were logged, but nothing gives a component a value yet.
            self.score_label.hide()
            self.level_label.setText(self.tr("No index yet — nothing to compare with"))
            self.hint_label.setText(
                self.tr(
                    "Add a daily time budget, or log messages and time with people, and the "
                    "index appears."
                )
            )
        elif result.score is None or result.level is None:
            self.score_label.hide()
            self.score_label.setText("")
            # Progress toward the index, not an empty history: "Day 1 of 3".
            self.level_label.setText(
                self.tr("Day %1 of %2 toward your balance index")
                .replace("%1", format_number(result.data_days))
                .replace("%2", format_number(MIN_DATA_DAYS))
            )
            self.hint_label.setText(
                self.tr(
                    "The index appears after %n day(s) with entries. Log your AI use and "
                    "your time with people each day.",
                    "",
                    MIN_DATA_DAYS,
                )
            )
        else:
            self.score_label.show()
            self.score_label.setText(format_number(result.score))
            self.score_label.setAccessibleDescription(
                self.tr("%1 of 100").replace("%1", format_number(result.score))
            )
            self.level_label.setText(self._level_name(result.level))
            self.hint_label.setText(
                self.tr("Out of 100. Balanced from %1, Watch from %2.")
                .replace("%1", format_number(self._settings_thresholds()[1]))
                .replace("%2", format_number(self._settings_thresholds()[0]))
            )
        # The colour comes from the application style (style.py): a property names the state.
        is_warning = result.level in (Level.WATCH, Level.OVER_RELIANT)
        self.level_label.setProperty("level", "watch" if is_warning else "")
        self.level_label.style().unpolish(self.level_label)
        self.level_label.style().polish(self.level_label)
        self.change_label.setText(fact_text(result.change.fact))
        self._show_parts(result)
        if self.why_button.isChecked():
            self._show_explanation(result)
        else:
            self._unexplained = result

    def _show_parts(self, result: BalanceIndex) -> None:
        """The stacked bar of the components' points, and its legend."""
        has_index = result.score is not None
        self.index_bar.setVisible(has_index)
        self.index_legend.setVisible(has_index)
        if not has_index:
            self.index_bar.set_parts([], None)
            return
        parts = []
        for place, component in enumerate(result.components):
            if component.value is None:
                continue
            tooltip = (
                self.tr("%1: %2 % × %3 % of the index = %4 points")
                .replace("%1", component_name(component.key))
                .replace("%2", format_number(round(100 * component.value)))
                .replace("%3", format_number(round(100 * component.share)))
                .replace("%4", format_number(component.points, 1))
            )
            parts.append(BarPart(place, component_name(component.key), component.points, tooltip))
        self.index_bar.set_parts(parts, self._settings_thresholds())
        self._show_legend(result)

    def _show_legend(self, result: BalanceIndex) -> None:
        self.index_legend.setText(legend_html(self._legend_entries(result)))

    def _legend_entries(self, result: BalanceIndex) -> list[tuple[int, str]]:
        """Each component's colour place and name, worded as the legend shows it."""
        entries = []
        for place, component in enumerate(result.components):
            name = component_name(component.key)
            if component.value is None:
                name = self.tr("%1 (left out)").replace("%1", name)
            entries.append((place, name))
        return entries

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The theme sets a new palette on the application when light and dark switch: the
        # legend's colours are written into its text, so it is written again.
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self._show_legend(self._data.week)

    def _settings_thresholds(self) -> tuple[int, int]:
        settings = self._data.settings if self._data is not None else self._journal.settings()
        return settings.watch_threshold, settings.balanced_threshold

    def _level_name(self, level: Level) -> str:
        names = {
            Level.BALANCED: self.tr("Balanced"),
            Level.WATCH: self.tr("Watch"),
            Level.OVER_RELIANT: self.tr("Over-reliant"),
        }
        return names.get(level, level_name(level))

    def _show_explanation(self, result: BalanceIndex) -> None:
        self._unexplained = None
        grid = self.explanation_rows
        _clear(grid)
        headers = (
            self.tr("Component"),
            self.tr("Value"),
            self.tr("Weight"),
            self.tr("Points"),
        )
        for column, header in enumerate(headers):
            label = _text(header, wrap=False)
            label.setObjectName("componentHeader")
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, 0, column)
        row = 1
        for place, component in enumerate(result.components):
            name = _text(component_name(component.key), wrap=False)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            # The same colour as the component's part of the bar above.
            keyed = QWidget()
            key_row = QHBoxLayout(keyed)
            key_row.setContentsMargins(0, 0, 0, 0)
            key_row.setSpacing(6)
            key_row.addWidget(Swatch(place), 0, Qt.AlignmentFlag.AlignVCenter)
            key_row.addWidget(name, 1)
            if component.value is None:
                cells = ("—", format_number(component.weight, 2), self.tr("left out"))
            else:
                cells = (
                    f"{format_number(round(100 * component.value))} %",
                    self.tr("%1 (%2 % of the index)")
                    .replace("%1", format_number(component.weight, 2))
                    .replace("%2", format_number(round(100 * component.share))),
                    format_number(component.points, 1),
                )
            grid.addWidget(keyed, row, 0)
            for column, cell in enumerate(cells, start=1):
                label = _text(cell, wrap=False)
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                grid.addWidget(label, row, column)
            row += 1
            facts = "\n".join(fact_text(f) for f in component.facts)
            if facts:
                detail = _text(facts, muted=True)
                detail.setContentsMargins(0, 0, 0, 8)
                grid.addWidget(detail, row, 0, 1, 4)
                row += 1
        for item in result.facts:
            if item.key is FactKey.NEUTRAL_LEFT_OUT:
                grid.addWidget(_text(fact_text(item), muted=True), row, 0, 1, 4)
                row += 1
        if result.score is not None:
            total = _text(
                self.tr("Index: %1 points in all, rounded to %2.")
                .replace("%1", format_number(result.index or 0.0, 1))
                .replace("%2", format_number(result.score)),
                muted=True,
            )
            grid.addWidget(total, row, 0, 1, 4)
        else:
            for item in result.facts:
                if item.key is not FactKey.NEUTRAL_LEFT_OUT:
                    grid.addWidget(_text(fact_text(item), muted=True), row, 0, 1, 4)
                    row += 1
        grid.setColumnStretch(0, 1)

    def _show_warnings(self, data: DashboardData) -> None:
        body = self.warnings_card.body
        _clear(body)
        # The budget and firm-rule warnings in force, worded as the banner and tray word them
        # (the level is the index card's own headline).
        entries: list[tuple[str, int]] = [
            (w.text, w.rule_id) for w in raised_warnings(data) if w.rule_id is not None
        ]
        # Nudge rules broken today are shown here too, though they raise no banner.
        entries += [
            (breach_text(b, data.rule(b.rule_id)), b.rule_id)
            for b in data.breaches
            if b.day == data.today and not _is_firm(data, b.rule_id)
        ]
        self.warnings_card.setVisible(bool(entries) and not data.is_empty)
        for text, rule_id in entries:
            row = QFrame()
            row.setObjectName("warningRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(10, 2, 0, 2)
            label = _text(text)
            label.setAccessibleName(self.tr("Warning"))
            line.addWidget(label, 1)
            button = QPushButton(self.tr("Open rule"))
            rule = data.rule(rule_id)
            button.setAccessibleName(
                self.tr("Open rule %1").replace("%1", rule.name if rule is not None else "")
            )
            button.clicked.connect(self._opener(rule_id))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            body.addWidget(row)

    def _opener(self, rule_id: int) -> Callable[[], None]:
        return lambda: self.open_rule_requested.emit(rule_id)

    def _show_bars(self, data: DashboardData) -> None:
        locale = QLocale()
        days = [
            (locale.dayName(d.day.isoweekday(), QLocale.FormatType.ShortFormat), d.minutes)
            for d in data.week_minutes
        ]
        self.bars.set_data(days, data.daily_budget, [d.is_future for d in data.week_minutes])
        total = sum(d.minutes for d in data.week_minutes)
        if data.daily_budget is None:
            note = self.tr(
                "%1 minutes so far. Add a daily time budget to see a line to stay under."
            )
        else:
            note = self.tr("%1 minutes so far; the dashed line is your daily budget of %2.")
        self.bars_note.setText(
            note.replace("%1", format_number(total)).replace(
                "%2", format_number(data.daily_budget or 0)
            )
        )

    def _show_sparkline(self, data: DashboardData) -> None:
        points = [p.index for p in data.history]
        labels = [format_date(p.first_day) for p in data.history]
        thresholds = (data.settings.watch_threshold, data.settings.balanced_threshold)
        self.sparkline.set_data(points, thresholds, labels)
        if labels:
            self.sparkline_from.setText(self.tr("Week of %1").replace("%1", labels[0]))
        known = sum(1 for p in points if p is not None)
        if known == 0:
            self.sparkline_note.setText(self.tr("Weeks with enough data will show here."))
        else:
            self.sparkline_note.setText(
                self.tr(
                    "Shaded bands: Balanced above, Over-reliant below. Gaps are weeks "
                    "without enough data."
                )
            )

    def _show_shares(self, data: DashboardData) -> None:
        grid = self.shares
        _clear(grid)
        for row, share in enumerate(data.circle_shares):
            name = _text(share.circle.name, wrap=False)
            bar = self._thin_bar(share.human_share, share.circle.name)
            percent = _text(f"{format_number(round(100 * share.human_share))} %", wrap=False)
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            detail = _text(
                self.tr("%1 of %2 by you")
                .replace("%1", format_number(share.messages - share.mediated))
                .replace("%2", format_number(share.messages)),
                muted=True,
                wrap=False,
            )
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(percent, row, 2)
            grid.addWidget(detail, row, 3)
        grid.setColumnStretch(1, 1)

    def _thin_bar(self, fraction: float, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName("strength")
        bar.setRange(0, 100)
        bar.setValue(round(100 * max(0.0, min(1.0, fraction))))
        bar.setTextVisible(False)
        bar.setMinimumWidth(80)
        bar.setAccessibleName(name)
        return bar

    def _show_overdue(self, data: DashboardData) -> None:
        body = self.overdue_card.body
        _clear(body)
        if not data.overdue:
            text = (
                self.tr("Everyone is within the rhythm you set.")
                if data.has_cadence
                else self.tr("Give a circle a “stay in touch” rhythm to be reminded here.")
            )
            body.addWidget(_text(text, muted=True))
            return
        for item in data.overdue:
            if item.is_at_least:
                template = self.tr("%1: no contact logged in over %2 days, you aimed for every %3")
            elif item.last_contact is None:
                template = self.tr(
                    "%1: no contact logged in the %2 days since you added it, "
                    "you aimed for every %3"
                )
            else:
                template = self.tr("%1: last contact %2 days ago, you aimed for every %3")
            body.addWidget(
                _text(
                    template.replace("%1", item.circle.name)
                    .replace("%2", format_number(item.days_since))
                    .replace("%3", format_number(item.cadence_days))
                )
            )

    def _show_goals(self, data: DashboardData) -> None:
        grid = self.goals
        _clear(grid)
        if not data.goals:
            grid.addWidget(_text(self.tr("No active goals yet."), muted=True), 0, 0, 1, 3)
            return
        for row, standing in enumerate(data.goals):
            goal = standing.goal
            strength = standing.strength.strength
            name = ElidedLabel(goal.title)
            grid.addWidget(name, row, 0)
            if strength is None:
                grid.addWidget(
                    _text(self.tr("no measure set"), muted=True, wrap=False), row, 1, 1, 2
                )
                continue
            bar = self._thin_bar(strength, goal.title)
            word = self.tr("kept") if goal.kind is GoalKind.LIMIT else self.tr("met")
            percent = _text(f"{format_number(round(100 * strength))} % {word}", wrap=False)
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            periods = self._periods_text(standing)
            if periods:
                percent.setToolTip(periods)
                name.setToolTip(f"{goal.title}\n{periods}")
            grid.addWidget(bar, row, 1)
            grid.addWidget(percent, row, 2)
            grid.addWidget(_text(periods, muted=True, wrap=False), row, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _periods_text(self, standing: GoalStanding) -> str:
        """ "kept 15 of 16 days": the goal's decided periods, for a goal read from the journal."""
        goal, strength = standing.goal, standing.strength
        if not goal.is_measured or strength.periods == 0:
            return ""
        limit = goal.kind is GoalKind.LIMIT
        match goal.measure_period:
            case MeasurePeriod.WEEK:
                text = (
                    self.tr("kept %1 of %n week(s)", "", strength.periods)
                    if limit
                    else self.tr("met %1 of %n week(s)", "", strength.periods)
                )
            case MeasurePeriod.MONTH:
                text = (
                    self.tr("kept %1 of %n month(s)", "", strength.periods)
                    if limit
                    else self.tr("met %1 of %n month(s)", "", strength.periods)
                )
            case _:
                text = (
                    self.tr("kept %1 of %n day(s)", "", strength.periods)
                    if limit
                    else self.tr("met %1 of %n day(s)", "", strength.periods)
                )
        return text.replace("%1", format_number(strength.kept))

    def _show_checkin(self, data: DashboardData) -> None:
        if data.check_in_streak == 0:
            text = self.tr(
                "Once a week, a ten-minute check-in looks back at the week's facts and helps "
                "you adjust. No completed check-ins yet."
            )
        else:
            text = self.tr(
                "%n week(s) in a row with a completed check-in.", "", data.check_in_streak
            )
        # Last week without a completed check-in: the card offers it (a catch-up is possible
        # from the Check-ins page for older weeks).
        last_week = week_start(data.today, data.settings.week_start) - dt.timedelta(days=7)
        missed = data.missed_check_in
        self._due_week = missed if missed == last_week else None
        if self._due_week is not None:
            text = self.tr("Last week has no check-in yet. %1").replace("%1", text)
            self.checkin_button.setText(
                self.tr("Check in on the week of %1").replace("%1", format_date(self._due_week))
            )
        self.checkin_button.setVisible(self._due_week is not None)
        self.checkin_text.setText(text)

    def _on_checkin_button_clicked(self) -> None:
        if self._due_week is not None:
            self.checkin_requested.emit(self._due_week)

    def _on_why_button_toggled(self, is_checked: bool) -> None:
        if is_checked and self._unexplained is not None:
            self._show_explanation(self._unexplained)
        self.explanation.setVisible(is_checked)
        self.why_button.setArrowType(
            Qt.ArrowType.DownArrow if is_checked else Qt.ArrowType.RightArrow
        )
