"""The Inbox: AI sessions found by capture wait here to be confirmed, edited or dismissed.

Keyboard first: the arrow keys move through the list (Shift and Ctrl select many), a number
key gives the selected sessions a purpose (1 = the first purpose … 0 = the tenth), Enter
confirms them and Delete dismisses them. The form beside the list edits what the selection
will be confirmed with. Purpose, sphere, circle and mediation start from the person's own
earlier labels for the same tool at that time of day, shown as suggestions; a session
without a purpose is never confirmed with a guessed one. Confirming or dismissing many is
one undoable step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.capture import inbox
from vision_journal.core.capture.inbox import FoundSession, Labels, Suggestion
from vision_journal.core.changes import Changes, Table
from vision_journal.core.errors import ValidationError
from vision_journal.core.friction import RuleBreach, breaches_of_many
from vision_journal.core.journal import Journal
from vision_journal.core.records import Mediation, Sphere, UsePurpose
from vision_journal.ui.formatting import format_datetime
from vision_journal.ui.labels import label
from vision_journal.ui.stale import RefreshWhenShown
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import enum_combo, select_data
from vision_journal.ui.widgets.empty_state import EmptyState
from vision_journal.ui.widgets.field_errors import FieldErrors
from vision_journal.ui.widgets.forms import datetime_edit, form_row, from_qdatetime, to_qdatetime
from vision_journal.ui.widgets.friction_panel import FrictionPanel
from vision_journal.ui.widgets.stacking_splitter import StackingSplitter

Index = QModelIndex | QPersistentModelIndex

WHEN, TOOL, PURPOSE, MINUTES, FOUND_BY, SPHERE = range(6)

#: How many rows the columns are sized from.
SIZE_ROWS = 50

#: The purposes in the order of their keys: 1 … 9, then 0.
PURPOSE_KEYS = tuple(UsePurpose)

#: What the page shows: the sessions found and where from, with the tools and circles
#: their labels name, and the uses a confirmed one became.
SHOWS: frozenset[str] = frozenset(
    {Table.FOUND_SESSION, Table.FOUND_SOURCE, Table.AI_TOOL, Table.CIRCLE, Table.AI_USE}
)
#: What a sync (off the window's thread, outside the operations) writes.
SYNC_WRITES: frozenset[str] = frozenset({Table.FOUND_SESSION, Table.FOUND_SOURCE, Table.SYNC_STATE})


@dataclass(frozen=True, slots=True)
class Pending:
    """What a waiting session will be confirmed with; `suggested` marks untouched fields."""

    purpose: UsePurpose | None
    sphere: Sphere
    circle_id: int | None
    mediation: Mediation
    minutes: int
    suggested: frozenset[str]
    #: The start the person gave instead of the one found (None: as found).
    started_at: dt.datetime | None = None

    @classmethod
    def start(cls, found: FoundSession, suggestion: Suggestion) -> Pending:
        """The suggestion where there is one; no purpose and the personal sphere otherwise."""
        suggested = set()
        if suggestion.basis:
            suggested = {"purpose", "sphere", "circle", "mediation"}
        return cls(
            purpose=suggestion.purpose,
            sphere=suggestion.sphere or Sphere.PERSONAL,
            circle_id=suggestion.circle_id,
            mediation=suggestion.mediation or Mediation.NONE,
            minutes=found.minutes,
            suggested=frozenset(suggested),
        )

    def labels(self) -> Labels | None:
        """The core's labels, or None while no purpose is chosen."""
        if self.purpose is None:
            return None
        return Labels(
            purpose=self.purpose,
            sphere=self.sphere,
            circle_id=self.circle_id,
            mediation=self.mediation,
            minutes=self.minutes,
            started_at=self.started_at,
        )


class InboxModel(QAbstractTableModel):
    """The waiting sessions with what each will be confirmed with."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = (
            self.tr("When"),
            self.tr("Tool"),
            self.tr("Purpose"),
            self.tr("Minutes"),
            self.tr("Found by"),
            self.tr("Sphere"),
        )
        self.sessions: list[FoundSession] = []
        self.pending: dict[int, Pending] = {}
        self.suggestions: dict[int, Suggestion] = {}

    def set_sessions(
        self, sessions: Sequence[FoundSession], suggestions: dict[int, Suggestion]
    ) -> None:
        """Show `sessions`; choices made for sessions still waiting are kept."""
        self.beginResetModel()
        self.sessions = list(sessions)
        self.suggestions = suggestions
        kept = {s.id: self.pending[s.id] for s in sessions if s.id in self.pending}
        self.pending = {
            s.id: kept.get(s.id) or Pending.start(s, suggestions[s.id]) for s in sessions
        }
        self.endResetModel()

    def set_pending(self, rows: Sequence[int], **changes: Any) -> None:
        """Change what the sessions in `rows` will be confirmed with; no longer suggested."""
        for row in rows:
            found = self.sessions[row]
            old = self.pending[found.id]
            fields = {"circle_id": "circle"}
            suggested = old.suggested - {fields.get(k, k) for k in changes}
            self.pending[found.id] = replace(old, suggested=suggested, **changes)
            self.dataChanged.emit(self.index(row, 0), self.index(row, SPHERE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self.sessions[index.row()]
        pending = self.pending[found.id]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return format_datetime(pending.started_at or found.started_at)
            if column == TOOL:
                return found.tool_name
            if column == MINUTES:
                return pending.minutes
            if column == FOUND_BY:
                return ", ".join(inbox.source_label(s) for s in found.sources)
            if column == PURPOSE:
                if pending.purpose is None:
                    return self.tr("Choose (keys 1–0)")
                text = label(pending.purpose)
                if "purpose" in pending.suggested:
                    return self.tr("%1 (suggested)").replace("%1", text)
                return text
            if column == SPHERE:
                return label(pending.sphere)
        is_open = pending.purpose is None or "purpose" in pending.suggested
        if role == Qt.ItemDataRole.FontRole and column == PURPOSE and is_open:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == FOUND_BY:
            return self.tr("Found by %1").replace("%1", inbox.found_by_text(found.sources))
        return None


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for its content's whole height, so it scrolls only when the
    window cannot give it that, and asks again whenever the content's layout changes (a
    reason panel or a message appears)."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        height = hint.height()
        if inner.hasHeightForWidth() and self.viewport().width() > 0:
            # Wrapped text needs less height at the width the pane has than at the hint's.
            height = max(inner.heightForWidth(self.viewport().width()), 0) or height
        return QSize(hint.width() + frame + bar, height + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height asked for follows the width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class InboxPage(QWidget):
    """Review the AI sessions capture found: confirm, edit or dismiss, from the keyboard."""

    confirmed = Signal(object)
    dismissed = Signal(object)
    sync_requested = Signal()

    def __init__(
        self, journal: Journal, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._updating_form = False
        self._friction_ids: set[int] = set()
        self._build()
        # Hidden, the list reads again when next shown: off the path of logging a use.
        self._refresher = RefreshWhenShown(self, self.refresh, SHOWS)
        self._connect()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Inbox"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setAccessibleName(self.tr("Look for AI use now"))
        top.addWidget(self.sync_button)
        layout.addLayout(top)
        self.intro = QLabel(
            self.tr(
                "AI use found on this computer waits here. Nothing counts until you confirm "
                "it. Arrow keys move, 1–0 choose a purpose, Enter confirms, Delete dismisses."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.sync_status = QLabel()
        self.sync_status.setWordWrap(True)
        self.sync_status.setAccessibleName(self.tr("Capture status"))
        layout.addWidget(self.sync_status)

        self.empty = EmptyState(
            self.tr("Nothing waits"),
            self.tr(
                "When ActivityWatch or a browser history you turned on in Settings shows time "
                "in a known AI tool, it waits here for you to confirm."
            ),
        )
        layout.addWidget(self.empty, 1)

        # The list beside the form, or above it on a narrow window.
        self.body = StackingSplitter()
        self.model = InboxModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Found sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Sized to the contents once per reading, from the first rows only: measuring
        # thousands of found sessions (a first sync of a long ActivityWatch history) on every
        # change of the selection took the window's thread most of a second.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.body.addWidget(self.table)

        side = QWidget()
        panel = QVBoxLayout(side)
        panel.setContentsMargins(0, 0, 0, 0)
        self.form_box = QGroupBox(self.tr("Confirm as"))
        form = QFormLayout(self.form_box)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.addItem(self.tr("Choose a purpose"), None)
        for number, purpose in enumerate(PURPOSE_KEYS, start=1):
            self.purpose.addItem(f"{number % 10}  {label(purpose)}", purpose.value)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        self.sphere = enum_combo(Sphere, self.tr("Sphere"))
        form.addRow(self.tr("Sp&here:"), self.sphere)
        self.circle = QComboBox()
        self.circle.setAccessibleName(self.tr("Circle"))
        form.addRow(self.tr("&Circle:"), self.circle)
        self.mediation = enum_combo(Mediation, self.tr("Mediation"))
        form.addRow(self.tr("&Mediation:"), self.mediation)
        # Start and minutes as found, to correct before confirming; the core explains a
        # value the session cannot have, next to its field (the ranges are wide on purpose).
        self.errors = FieldErrors()
        self.started_at = datetime_edit(self, self.tr("Start"))
        form_row(
            form, self.errors, self.tr("S&tart:"), self.started_at, "started_at", self.started_at
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 99_999)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        form_row(form, self.errors, self.tr("Mi&nutes:"), self.minutes, "minutes", self.minutes)
        self.suggestion_note = QLabel()
        self.suggestion_note.setWordWrap(True)
        form.addRow(self.suggestion_note)
        panel.addWidget(self.form_box)
        # A firm line the confirmation would cross asks for a reason first, in the page
        # itself, as the use dialog does when a use is logged by hand.
        self.friction = FrictionPanel()
        panel.addWidget(self.friction)
        self.friction_back = QPushButton(self.tr("&Go back"))
        self.friction_back.setAccessibleName(
            self.tr("Go back without confirming; the sessions keep waiting")
        )
        self.friction_back.hide()
        panel.addWidget(self.friction_back, 0, Qt.AlignmentFlag.AlignLeft)
        panel.addStretch(1)
        # The form scrolls on a small window, so the list keeps its share of the height (the
        # reason panel makes the side taller than an 800 × 600 window holds); the buttons
        # stay in view below it.
        self.side = FittingScrollArea()
        self.side.setWidget(side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setMinimumWidth(side.minimumSizeHint().width())
        self.side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        pane = QWidget()
        outer = QVBoxLayout(pane)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.side)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setAccessibleName(self.tr("Confirm the selected sessions"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the selected sessions"))
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        outer.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Inbox status"))
        outer.addWidget(self.status)
        outer.addStretch(1)
        self.body.addWidget(pane)
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 3)
        layout.addWidget(self.body, 1)

        # The keys belong to the list: typing a number in the form's spin box stays typing.
        self.table.installEventFilter(self)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.dismiss_button.clicked.connect(lambda: self.delete_selected(self._history))
        self.sync_button.clicked.connect(self.sync_requested)
        self.friction_back.clicked.connect(self.cancel_friction)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.friction)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.cancel_friction)
        self.purpose.activated.connect(self._on_purpose_activated)
        self.sphere.activated.connect(self._on_form_edited)
        self.circle.activated.connect(self._on_form_edited)
        self.mediation.activated.connect(self._on_form_edited)
        self.minutes.valueChanged.connect(self._on_form_edited)
        self.started_at.dateTimeChanged.connect(self._on_form_edited)
        self._history.changed.connect(self._refresher.changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            key = event.key()
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                number = key - Qt.Key.Key_0
                self.set_purpose(PURPOSE_KEYS[(number - 1) % 10])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_selected()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_selected(self._history)
                return True
        return super().eventFilter(watched, event)

    # --- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the waiting sessions again (choices made for those still waiting are kept)."""
        selected = set(self.selected_ids())
        sessions = inbox.waiting_sessions(self._journal)
        suggestions = inbox.suggest_many(self._journal, sessions)
        self._fill_circles()
        self.model.set_sessions(sessions, suggestions)
        self.table.resizeColumnsToContents()
        has_any = bool(sessions)
        self.body.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            rows = [r for r, s in enumerate(self.model.sessions) if s.id in selected]
            self._select_rows(rows or [0])
        self._show_form()

    def _fill_circles(self) -> None:
        current = self.circle.currentData()
        self.circle.clear()
        self.circle.addItem(self.tr("No circle"), -1)
        for circle in self._journal.circles():
            self.circle.addItem(circle.name, circle.id)
        select_data(self.circle, current)

    def _select_rows(self, rows: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        """The ids of the selected found sessions."""
        return [self.model.sessions[r].id for r in self.selected_rows()]

    def count(self) -> int:
        """How many sessions the page shows."""
        return len(self.model.sessions)

    # --- the form -----------------------------------------------------------------------------

    def _show_form(self) -> None:
        rows = self.selected_rows()
        self.form_box.setEnabled(bool(rows))
        self.confirm_button.setEnabled(bool(rows))
        self.dismiss_button.setEnabled(bool(rows))
        if not rows:
            return
        found = self.model.sessions[rows[0]]
        pending = self.model.pending[found.id]
        self._updating_form = True
        try:
            select_data(self.purpose, pending.purpose)
            if pending.purpose is None:
                self.purpose.setCurrentIndex(0)
            select_data(self.sphere, pending.sphere)
            select_data(self.circle, pending.circle_id if pending.circle_id is not None else -1)
            select_data(self.mediation, pending.mediation)
            self.minutes.setValue(pending.minutes)
            self.minutes.setEnabled(len(rows) == 1)
            self.started_at.setDateTime(to_qdatetime(pending.started_at or found.started_at))
            self.started_at.setEnabled(len(rows) == 1)
        finally:
            self._updating_form = False
        self._check(pending, focus=False)
        suggestion = self.model.suggestions[found.id]
        if suggestion.basis and pending.suggested:
            self.suggestion_note.setText(
                self.tr("Suggested from your earlier uses of %1 around this time of day (%2).")
                .replace("%1", found.tool_name)
                .replace("%2", str(suggestion.basis))
            )
        elif not suggestion.basis:
            self.suggestion_note.setText(
                self.tr("No earlier use of %1 at this time of day to suggest from.").replace(
                    "%1", found.tool_name
                )
            )
        else:
            self.suggestion_note.setText("")
        count = len(rows)
        if not self.friction.isHidden():
            self.confirm_button.setText(self.tr("&Confirm with reason"))
        elif count > 1:
            self.confirm_button.setText(self.tr("&Confirm %1").replace("%1", str(count)))
        else:
            self.confirm_button.setText(self.tr("&Confirm"))

    def _on_selection_changed(self, *_args: object) -> None:
        if set(self.selected_ids()) != self._friction_ids:
            self._hide_friction()  # the reasons were asked for other sessions
        self._show_form()

    def _on_purpose_activated(self, _index: int) -> None:
        value = self.purpose.currentData()
        if value is not None and not self._updating_form:
            self.set_purpose(UsePurpose(value))

    def _on_form_edited(self, *_args: object) -> None:
        if self._updating_form:
            return
        rows = self.selected_rows()
        changes: dict[str, Any] = {
            "sphere": Sphere(self.sphere.currentData()),
            "mediation": Mediation(self.mediation.currentData()),
        }
        circle = self.circle.currentData()
        changes["circle_id"] = circle if isinstance(circle, int) and circle >= 0 else None
        if len(rows) == 1:
            changes["minutes"] = self.minutes.value()
            found = self.model.sessions[rows[0]]
            start = from_qdatetime(self.started_at.dateTime())
            as_found = found.started_at.replace(second=0, microsecond=0)
            changes["started_at"] = None if start == as_found else start
        self.model.set_pending(rows, **changes)
        self._show_form()

    def set_purpose(self, purpose: UsePurpose) -> None:
        """Give the selected sessions `purpose` (what a number key does)."""
        self.model.set_pending(self.selected_rows(), purpose=purpose)
        self._show_form()

    # --- confirming and dismissing ------------------------------------------------------------

    def confirm_selected(self) -> bool:
        """Confirm the selected sessions as uses, as one undoable step; False if any lacks a
        purpose (nothing is then confirmed, and the status says what to do)."""
        rows = self.selected_rows()
        if not rows:
            return False
        labels: dict[int, Labels] = {}
        for row in rows:
            found = self.model.sessions[row]
            pending = self.model.pending[found.id]
            chosen = pending.labels()
            if chosen is None:
                self.status.setText(
                    self.tr("Choose a purpose first (keys 1–0): nothing is guessed for you.")
                )
                return False
            if not self._check(pending, focus=False):
                self._select_rows([row])  # the form shows this one, then its field has focus
                self._check(pending, focus=True)
                self.status.setText(self.tr("Correct the marked field first."))
                return False
            labels[found.id] = chosen
        reasons = self._reasons_for(labels)
        if reasons is None:
            return False
        ids = list(labels)
        next_row = rows[0]
        self._history.push(inbox.confirm(self._journal, labels, reasons))
        self._hide_friction()
        self.status.setText(self.tr("Confirmed: %1.").replace("%1", str(len(ids))))
        self._after_change(next_row)
        self.confirmed.emit(ids)
        return True

    def _check(self, pending: Pending, *, focus: bool) -> bool:
        """Show what is wrong with the start and minutes given (nothing when they fit)."""
        try:
            inbox.check_times(pending.started_at, pending.minutes, self._journal.now())
        except ValidationError as error:
            self.errors.show(error, focus=focus)
            return False
        self.errors.clear()
        return True

    def _reasons_for(self, labels: dict[int, Labels]) -> dict[int, dict[int, str]] | None:
        """The reasons for the firm lines confirming would cross, by session; None while the
        panel asks for them (shown now, or a reason is missing)."""
        inputs = inbox.use_inputs(self._journal, labels)
        found = dict(
            zip(inputs, breaches_of_many(self._journal, list(inputs.values())), strict=True)
        )
        firm = {fid: [b for b in breaches if b.is_firm] for fid, breaches in found.items()}
        # One reason per rule, asked with the largest breach of it among the sessions.
        by_rule: dict[int, RuleBreach] = {}
        for breach in (b for breaches in firm.values() for b in breaches):
            known = by_rule.get(breach.rule.id)
            if known is None or breach.breach.amount > known.breach.amount:
                by_rule[breach.rule.id] = breach
        if not by_rule:
            self._hide_friction()
            return {}
        if self.friction.isHidden() or self.friction.rule_ids() != set(by_rule):
            self.status.setText("")
            self.friction.show_breaches(list(by_rule.values()))
            for field in self.friction.fields.values():
                field.returnPressed.connect(self.confirm_selected)
            self.friction_back.show()
            # Once laid out: the reason fields, which have the focus, come into view.
            QTimer.singleShot(0, lambda: self.side.ensureWidgetVisible(self.friction_back))
            self._friction_ids = set(labels)
            self._show_form()
            return None
        typed = self.friction.reasons()
        if typed is None:
            return None
        return {
            fid: {b.rule.id: typed[b.rule.id] for b in breaches}
            for fid, breaches in firm.items()
            if breaches
        }

    def cancel_friction(self) -> None:
        """Go back from the reasons asked for: nothing is confirmed, the sessions wait."""
        if self.friction.isHidden():
            return
        self._hide_friction()
        self.status.setText(self.tr("Nothing confirmed: the sessions still wait."))
        self._show_form()
        self.table.setFocus()

    def _hide_friction(self) -> None:
        self.friction.hide()
        self.friction_back.hide()
        self._friction_ids = set()

    def delete_selected(self, history: UndoHistory) -> None:
        """Dismiss the selected sessions, as one undoable step (the window's Delete)."""
        rows = self.selected_rows()
        ids = [self.model.sessions[r].id for r in rows]
        if not ids:
            return
        history.push(inbox.dismiss(self._journal, ids))
        self.status.setText(self.tr("Dismissed: %1.").replace("%1", str(len(ids))))
        self._after_change(rows[0])
        self.dismissed.emit(ids)

    def _after_change(self, row: int) -> None:
        if self.model.sessions:
            self._select_rows([min(row, len(self.model.sessions) - 1)])
            self.table.setFocus()

    def sync_finished(self) -> None:
        """A sync may have found more: read again now if shown, else when next shown."""
        self._refresher.changed(Changes(tables=SYNC_WRITES))

    # --- sync status --------------------------------------------------------------------------

    def show_sync_status(self, text: str) -> None:
        """Say how the last sync went (set by the window)."""
        self.sync_status.setText(text)
