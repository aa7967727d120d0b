"""The Check-ins page: start or catch up on a check-in, the history with its ratings over
time, the streak, search across answers, and the questions asked each week."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core import checkins
from vision_journal.core.calendar import iso_week_label, week_start
from vision_journal.core.changes import Table
from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import checkins as checkin_ops
from vision_journal.core.records import CheckIn, CheckInStatus, Prompt
from vision_journal.ui.core_text import message as translated
from vision_journal.ui.core_text import prompt_text
from vision_journal.ui.formatting import format_date, format_number, week_title
from vision_journal.ui.stale import RefreshWhenShown
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.empty_state import EmptyState
from vision_journal.ui.widgets.scroll_page import scrolling_layout
from vision_journal.ui.widgets.stacking_splitter import StackingSplitter

if TYPE_CHECKING:
    from vision_journal.ui.dialogs.checkin_wizard import CheckInWizard

#: How many of the latest check-ins the ratings chart shows.
CHART_WEEKS = 26

#: Line colours of the three ratings, chosen to read on light and dark backgrounds.
RATING_COLORS = (QColor("#2f9e6e"), QColor("#d97706"), QColor("#4f7fd9"))


#: What the page shows: check-ins, their answers and adjustments, the questions, and the
#: weeks (the settings say when one starts; uses and connections, when the journal did).
SHOWS: frozenset[str] = frozenset(
    {
        Table.CHECKIN,
        Table.CHECKIN_ANSWER,
        Table.CHECKIN_ADJUSTMENT,
        Table.CHECKIN_PROMPT,
        Table.SETTING,
        Table.AI_USE,
        Table.CONNECTION,
    }
)


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


class RatingsChart(QWidget):
    """The three ratings of the latest completed check-ins, oldest left, 1 to 5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[dt.date] = []
        self._series: list[list[int | None]] = [[], [], []]
        self.names = (
            self.tr("Connection quality"),
            self.tr("Reliance on AI"),
            self.tr("Alignment with the vision"),
        )
        self.setAccessibleName(self.tr("Ratings over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)

    def set_check_ins(self, completed: Sequence[CheckIn]) -> None:
        """Show the ratings of `completed` (any order)."""
        latest = sorted(completed, key=lambda c: c.week_start)[-CHART_WEEKS:]
        self._weeks = [c.week_start for c in latest]
        self._series = [
            [c.rating_connection for c in latest],
            [c.rating_reliance for c in latest],
            [c.rating_alignment for c in latest],
        ]
        self.setAccessibleDescription(self.description())
        self.update()

    def series(self) -> list[list[int | None]]:
        """The points shown, one list per rating."""
        return [list(s) for s in self._series]

    def description(self) -> str:
        """The chart in words, for screen readers."""
        if not self._weeks:
            return self.tr("No completed check-ins yet.")
        parts = []
        for name, values in zip(self.names, self._series, strict=True):
            known = [v for v in values if v is not None]
            if known:
                parts.append(
                    _fill(self.tr("%1 from %2 to %3"), name, str(known[0]), str(known[-1]))
                )
        return _fill(
            self.tr("%1 check-ins from %2 to %3: %4."),
            format_number(len(self._weeks)),
            format_date(self._weeks[0]),
            format_date(self._weeks[-1]),
            "; ".join(parts),
        )

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = QFontMetricsF(painter.font())
        legend_height = metrics.height() + 6
        rect = QRectF(self.rect()).adjusted(metrics.horizontalAdvance("5") + 10, 6, -8, -6)
        plot = rect.adjusted(0, 0, 0, -legend_height - 4)
        # The legend, one coloured dash and name per rating.
        x = rect.left()
        y = rect.bottom() - legend_height / 2
        for color, name in zip(RATING_COLORS, self.names, strict=True):
            painter.setPen(QPen(color, 3))
            painter.drawLine(QPointF(x, y), QPointF(x + 16, y))
            painter.setPen(text)
            width = metrics.horizontalAdvance(name)
            painter.drawText(
                QRectF(x + 20, y - metrics.height() / 2, width + 4, metrics.height()), name
            )
            x += 20 + width + 18
        span = (
            _fill(self.tr("%1 – %2"), format_date(self._weeks[0]), format_date(self._weeks[-1]))
            if self._weeks
            else ""
        )
        # The weeks' span only where it fits beside the legend; the list below names them.
        if span and metrics.horizontalAdvance(span) <= rect.right() - x:
            painter.setPen(text)
            painter.drawText(
                QRectF(x, y - metrics.height() / 2, max(0.0, rect.right() - x), metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                span,
            )
        for level in range(1, 6):
            y_level = plot.bottom() - (level - 1) / 4 * plot.height()
            painter.setPen(QPen(grid, 0.6, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y_level), QPointF(plot.right(), y_level))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y_level - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
        count = len(self._weeks)
        if count == 0:
            painter.setPen(text)
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No completed check-ins yet.")
            )
            painter.end()
            return
        step = plot.width() / max(1, count - 1)

        def at(i: int, value: int) -> QPointF:
            x_at = plot.left() + (step * i if count > 1 else plot.width() / 2)
            # A small offset per series keeps equal ratings from hiding each other.
            return QPointF(x_at, plot.bottom() - (value - 1) / 4 * plot.height())

        for offset, (color, values) in enumerate(zip(RATING_COLORS, self._series, strict=True)):
            shift = QPointF(0, (offset - 1) * 2.0)
            painter.setPen(QPen(color, 2))
            previous: QPointF | None = None
            for i, value in enumerate(values):
                if value is None:
                    previous = None
                    continue
                point = at(i, value) + shift
                if previous is not None:
                    painter.drawLine(previous, point)
                previous = point
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            for i, value in enumerate(values):
                if value is not None:
                    painter.drawEllipse(at(i, value) + shift, 2.6, 2.6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()


class CheckInsPage(QWidget):
    """The history of check-ins and the way into this week's (or a missed week's)."""

    checkin_completed = Signal(object)

    def __init__(
        self, journal: Journal, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._check_ins: list[CheckIn] = []
        self._prompt_texts: dict[int, Prompt] = {}
        self._missed: dt.date | None = None
        self.wizard: CheckInWizard | None = None
        self._build()
        self._connect()
        # Every check-in with its answers is a tenth of a second in a ten-year journal: read
        # when the page is first shown, not while the window starts.
        self.refresher = RefreshWhenShown(self, self.refresh, SHOWS, is_stale=True)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        # On a short window (800×600 with a banner showing) the page scrolls rather than
        # make the window taller than the screen.
        layout = scrolling_layout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Check-ins"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        # The streak is the page's caption, on a line of its own under the title: beside the
        # buttons a longer language (German) had no room left for it at 800 px.
        self.streak = QLabel()
        self.streak.setWordWrap(True)
        self.streak.setProperty("muted", True)
        self.streak.setAccessibleName(self.tr("Check-in streak"))
        layout.addWidget(self.streak)

        bar = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start this week's check-in"))
        self.start_button.setDefault(True)
        self.catch_up_button = QPushButton()
        self.catch_up_button.setAccessibleName(self.tr("Catch up on a missed week"))
        bar.addWidget(self.start_button)
        bar.addWidget(self.catch_up_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Check-in history and questions"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_history(), self.tr("History"))
        self.tabs.addTab(self._build_prompts(), self.tr("Questions"))

    def _build_history(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart = RatingsChart()
        layout.addWidget(self.chart)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your answers…"))
        self.search.setAccessibleName(self.tr("Search answers"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Past check-ins"))
        self.list.setHeaderLabels(
            [
                self.tr("Week"),
                self.tr("Status"),
                self.tr("Connection"),
                self.tr("Reliance"),
                self.tr("Alignment"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The ratings' columns as wide as their names, which run longer in German; the week
        # takes the rest, so no rating's name is cut at the right edge.
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.matches = QTreeWidget()
        self.matches.setAccessibleName(self.tr("Answers that match the search"))
        self.matches.setHeaderLabels([self.tr("Week"), self.tr("Question"), self.tr("Answer")])
        self.matches.setRootIsDecorated(False)
        self.matches.setAlternatingRowColors(True)
        self.matches.setColumnWidth(0, 150)
        self.matches.setColumnWidth(1, 220)
        self.empty = EmptyState(
            self.tr("No check-ins yet"),
            self.tr(
                "Once a week, ten minutes: look at the week's facts, answer a few questions, "
                "rate the week and decide what to adjust."
            ),
        )
        self.lists = QStackedWidget()
        self.lists.addWidget(self.list)
        self.lists.addWidget(self.matches)
        self.lists.addWidget(self.empty)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen check-in"))
        self.detail.setOpenLinks(False)
        self.open_button = QPushButton(self.tr("&Open check-in"))
        self.open_button.setAccessibleName(self.tr("Open the chosen check-in"))
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = StackingSplitter()
        splitter.addWidget(self.lists)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        return page

    def _build_prompts(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "These questions are asked in every check-in, in this order. A retired "
                "question is no longer asked; its old answers stay readable."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.prompt_list = QListWidget()
        self.prompt_list.setAccessibleName(self.tr("Check-in questions"))
        row.addWidget(self.prompt_list, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.up_button.setAccessibleName(self.tr("Move the question up"))
        self.down_button.setAccessibleName(self.tr("Move the question down"))
        self.retire_button.setAccessibleName(self.tr("Retire the question"))
        for button in (self.up_button, self.down_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        add_row = QHBoxLayout()
        self.new_prompt = QLineEdit()
        self.new_prompt.setPlaceholderText(self.tr("A question of your own…"))
        self.new_prompt.setAccessibleName(self.tr("New question"))
        self.add_button = QPushButton(self.tr("&Add question"))
        self.add_button.setAccessibleName(self.tr("Add the question"))
        add_row.addWidget(self.new_prompt, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.prompt_error = QLabel()
        self.prompt_error.setAccessibleName(self.tr("Problem with the question"))
        self.prompt_error.setWordWrap(True)
        self.prompt_error.hide()
        layout.addWidget(self.prompt_error)
        return page

    def _connect(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.catch_up_button.clicked.connect(self._on_catch_up_button_clicked)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_open_button_clicked)
        self.matches.currentItemChanged.connect(self._on_matches_current_item_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_prompt.returnPressed.connect(self._on_add_button_clicked)
        self.prompt_list.currentRowChanged.connect(self._update_prompt_buttons)

    # --- state ----------------------------------------------------------------------------

    def _current_week(self) -> dt.date:
        return week_start(self._journal.today(), self._journal.settings().week_start)

    def refresh(self) -> None:
        """Read the check-ins, streak, missed week and questions again."""
        journal = self._journal
        today = journal.today()
        self._check_ins = checkins.checkins(journal)
        every = checkins.prompts(journal, include_retired=True)
        self._prompt_texts = {p.id: p for p in every}
        current = self._current_week()
        this_week = next(
            (
                c
                for c in self._check_ins
                if checkins.normalized_week(c.week_start, journal.settings()) == current
            ),
            None,
        )
        if this_week is None:
            self.start_button.setText(self.tr("&Start this week's check-in"))
        elif this_week.status is CheckInStatus.DRAFT:
            self.start_button.setText(self.tr("&Continue this week's check-in"))
        else:
            self.start_button.setText(self.tr("&Open this week's check-in"))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self._missed = checkins.missed_week(journal, today)
        if self._missed is not None:
            _year, week = iso_week_label(self._missed)
            self.catch_up_button.setText(
                _fill(
                    self.tr("Ca&tch up on week %1 (%2)"),
                    str(week),
                    format_date(self._missed),
                )
            )
            self.catch_up_button.setAccessibleName(
                _fill(self.tr("Catch up on the check-in of %1"), week_title(self._missed))
            )
        self.catch_up_button.setVisible(self._missed is not None)
        count = checkins.streak(journal, today)
        if count == 0:
            self.streak.setText(
                self.tr("No streak yet: complete a check-in each week to start one.")
            )
        elif count == 1:
            self.streak.setText(self.tr("1 week in a row with a completed check-in."))
        else:
            self.streak.setText(
                _fill(self.tr("%1 weeks in a row with a completed check-in."), format_number(count))
            )
        completed = [c for c in self._check_ins if c.status is CheckInStatus.COMPLETED]
        self.chart.set_check_ins(completed)
        self._fill_list()
        self._fill_prompts(every)
        self._on_search_text_changed(self.search.text())

    def _fill_list(self) -> None:
        selected = self.selected_checkin()
        self.list.clear()
        for check_in in self._check_ins:
            status = (
                self.tr("Completed")
                if check_in.status is CheckInStatus.COMPLETED
                else self.tr("Draft")
            )
            ratings = [
                str(value) if value is not None else "–"
                for value in (
                    check_in.rating_connection,
                    check_in.rating_reliance,
                    check_in.rating_alignment,
                )
            ]
            year, week = iso_week_label(check_in.week_start)
            week_text = _fill(
                self.tr("Week %1 of %2 · %3"),
                str(week),
                str(year),
                format_date(check_in.week_start),
            )
            item = QTreeWidgetItem([week_text, status, *ratings])
            item.setData(0, Qt.ItemDataRole.UserRole, check_in.id)
            for column in range(2, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.list.addTopLevelItem(item)
            if selected is not None and selected.id == check_in.id:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._show_detail(self.selected_checkin())

    def _fill_prompts(self, every: list[Prompt]) -> None:
        row = self.prompt_list.currentRow()
        self.prompt_list.clear()
        for prompt in every:
            if prompt.is_retired:
                continue
            item = QListWidgetItem(prompt_text(prompt.text))
            item.setData(Qt.ItemDataRole.UserRole, prompt.id)
            self.prompt_list.addItem(item)
        if self.prompt_list.count():
            self.prompt_list.setCurrentRow(min(max(row, 0), self.prompt_list.count() - 1))
        self._update_prompt_buttons()

    def _update_prompt_buttons(self) -> None:
        row = self.prompt_list.currentRow()
        count = self.prompt_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.retire_button.setEnabled(row >= 0)

    def selected_checkin(self) -> CheckIn | None:
        """The check-in chosen in the history list, if any."""
        item = self.list.currentItem()
        if item is None:
            return None
        checkin_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self._check_ins if c.id == checkin_id), None)

    def _show_detail(self, check_in: CheckIn | None) -> None:
        self.open_button.setEnabled(check_in is not None)
        if check_in is None:
            self.detail.clear()
            return
        if check_in.status is CheckInStatus.COMPLETED:
            self.open_button.setText(self.tr("Reopen to &edit answers"))
        else:
            self.open_button.setText(self.tr("Continue chec&k-in"))
        self.open_button.setAccessibleName(self.open_button.text().replace("&", ""))
        esc = html.escape
        parts = [f"<h3>{esc(week_title(check_in.week_start))}</h3>"]
        if check_in.completed_at is not None and check_in.status is CheckInStatus.COMPLETED:
            parts.append(
                "<p>"
                + esc(_fill(self.tr("Completed on %1."), format_date(check_in.completed_at.date())))
                + "</p>"
            )
        rating_rows = [
            (self.tr("Connection quality"), check_in.rating_connection),
            (self.tr("Reliance on AI"), check_in.rating_reliance),
            (self.tr("Alignment with the vision"), check_in.rating_alignment),
        ]
        parts.append(
            "<p>"
            + "<br>".join(
                esc(f"{name}: {value if value is not None else '–'} / 5")
                for name, value in rating_rows
            )
            + "</p>"
        )
        for answer in check_in.answers:
            prompt = self._prompt_texts.get(answer.prompt_id)
            question = (
                prompt_text(prompt.text) if prompt is not None else self.tr("(a deleted question)")
            )
            if prompt is not None and prompt.is_retired:
                question = _fill(self.tr("%1 (retired question)"), question)
            text = esc(answer.text).replace("\n", "<br>")
            parts.append(f"<p><b>{esc(question)}</b><br>{text}</p>")
        if check_in.adjustments:
            parts.append(f"<p><b>{esc(self.tr('Adjustments'))}</b></p><ul>")
            parts.extend(f"<li>{esc(a.description)}</li>" for a in check_in.adjustments)
            parts.append("</ul>")
        self.detail.setHtml("".join(parts))

    # --- slots ----------------------------------------------------------------------------

    def open_wizard(self, first_day: dt.date) -> CheckInWizard:
        """Open the check-in of the week starting `first_day` (non-blocking)."""
        if self.wizard is not None:
            self.wizard.flush()
            self.wizard.close()
        # Imported on first use: most starts open no check-in.
        from vision_journal.ui.dialogs.checkin_wizard import CheckInWizard

        wizard = CheckInWizard(self._journal, self._history, first_day, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.checkin_completed.connect(self._on_wizard_checkin_completed)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _on_wizard_finished(self) -> None:
        self.wizard = None
        self.refresh()

    def _on_wizard_checkin_completed(self, check_in: CheckIn) -> None:
        self.checkin_completed.emit(check_in)

    def _on_start_button_clicked(self) -> None:
        self._open_week(self._current_week())

    def _on_catch_up_button_clicked(self) -> None:
        if self._missed is not None:
            self._open_week(self._missed)

    def _open_week(self, first: dt.date) -> None:
        existing = checkins.checkin_for_week(self._journal, first)
        if existing is not None and existing.status is CheckInStatus.COMPLETED:
            self._reopen(existing)
        self.open_wizard(first)

    def _reopen(self, check_in: CheckIn) -> None:
        self._history.push(checkin_ops.reopen_checkin(self._journal, check_in.id))

    def _on_open_button_clicked(self) -> None:
        check_in = self.selected_checkin()
        if check_in is not None:
            self._open_week(check_in.week_start)

    def _on_list_current_item_changed(self) -> None:
        self._show_detail(self.selected_checkin())

    def _on_matches_current_item_changed(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        checkin_id = item.data(0, Qt.ItemDataRole.UserRole)
        self._show_detail(next((c for c in self._check_ins if c.id == checkin_id), None))

    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self.lists.setCurrentWidget(self.list if self._check_ins else self.empty)
            if not self._check_ins:
                self.empty.set_text(
                    self.tr("No check-ins yet"),
                    self.tr(
                        "Once a week, ten minutes: look at the week's facts, answer a few "
                        "questions, rate the week and decide what to adjust."
                    ),
                )
            self._show_detail(self.selected_checkin())
            return
        found = checkins.search_answers(self._journal, text)
        self.matches.clear()
        for match in found:
            year, week = iso_week_label(match.week_start)
            item = QTreeWidgetItem(
                [
                    _fill(self.tr("Week %1 of %2"), str(week), str(year)),
                    match.prompt_text,
                    " ".join(match.text.split()),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, match.checkin_id)
            item.setToolTip(2, match.text)
            self.matches.addTopLevelItem(item)
        first = self.matches.topLevelItem(0)
        if first is not None:
            self.lists.setCurrentWidget(self.matches)
            self.matches.setCurrentItem(first)
        else:
            self.empty.set_text(
                self.tr("Nothing matches"),
                _fill(self.tr("No answer contains “%1”."), text.strip()),
            )
            self.lists.setCurrentWidget(self.empty)

    def _prompt_ids(self) -> list[int]:
        return [
            int(self.prompt_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.prompt_list.count())
        ]

    def _move(self, delta: int) -> None:
        row = self.prompt_list.currentRow()
        ids = self._prompt_ids()
        target = row + delta
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self._history.push(checkin_ops.reorder_prompts(self._journal, ids))
        self.refresh()
        self.prompt_list.setCurrentRow(target)

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(1)

    def _on_retire_button_clicked(self) -> None:
        item = self.prompt_list.currentItem()
        if item is None:
            return
        prompt_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._history.push(checkin_ops.retire_prompt(self._journal, prompt_id))
        self.refresh()

    def _on_add_button_clicked(self) -> None:
        text = self.new_prompt.text()
        try:
            added = self._history.push(checkin_ops.add_prompt(self._journal, text))
        except ValidationError as error:
            message = error.for_field("text") or str(error)
            self.prompt_error.setText(translated(message))
            self.prompt_error.show()
            return
        self.prompt_error.hide()
        self.new_prompt.clear()
        self.refresh()
        self.prompt_list.setCurrentRow(self._prompt_ids().index(added.id))
