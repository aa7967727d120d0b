"""The Vision page: purpose, values, horizon, ethics and communication plan for each sphere.

Every save keeps a revision; the history panel shows any earlier one and can bring it back
into the form. While a person types, the form is kept as a draft in the journal, so closing
the window or a crash never loses what was written; it is offered back on the next visit.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.changes import Changes, Table
from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.operations import journal_state as state_ops
from vision_journal.core.records import (
    Commitment,
    Sphere,
    SphereVision,
    Stakeholder,
    Vision,
    VisionPurpose,
    VisionRevision,
)
from vision_journal.core.vision import vision_from_dict, vision_to_dict
from vision_journal.core.write_errors import WRITE_ERRORS
from vision_journal.ui.formatting import format_datetime
from vision_journal.ui.labels import label
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.stacking_splitter import StackingSplitter
from vision_journal.ui.write_failure import write_failure_text

DRAFT_KEY = "vision.form"
DRAFT_DELAY_MS = 800


#: What the page shows: the vision's revisions.
SHOWS: frozenset[str] = frozenset({Table.VISION_REVISION, Table.VISION_SPHERE, Table.STAKEHOLDER})


def _long_text(name: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(line * lines + 14)
    edit.setMaximumHeight(line * (lines + 3) + 14)
    return edit


class SphereForm(QWidget):
    """The vision of one sphere, as a form."""

    changed = Signal()

    def __init__(self, sphere: Sphere, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sphere = sphere
        layout = QVBoxLayout(self)
        layout.setSpacing(14)

        purpose_box = QGroupBox(self.tr("Purpose: why bring AI into your relationships at all?"))
        purpose_layout = QVBoxLayout(purpose_box)
        grid = QGridLayout()
        self.purposes: dict[VisionPurpose, QCheckBox] = {}
        for index, purpose in enumerate(VisionPurpose):
            box = QCheckBox(label(purpose))
            box.setAccessibleName(self.tr("Purpose: %1").replace("%1", label(purpose)))
            grid.addWidget(box, index // 3, index % 3)
            self.purposes[purpose] = box
            box.toggled.connect(self.changed)
        purpose_layout.addLayout(grid)
        self.purpose_statement = _long_text(
            self.tr("Purpose statement"),
            self.tr("In your own words: what should AI do for you here, and what not?"),
        )
        purpose_layout.addWidget(self.purpose_statement)
        layout.addWidget(purpose_box)

        self.values = _long_text(
            self.tr("Values"), self.tr("What matters most in these relationships?")
        )
        layout.addWidget(self._section(self.tr("Values"), self.values))
        self.horizon = _long_text(
            self.tr("Long-term horizon"),
            self.tr("Where do you want your relationships to be in a few years?"),
        )
        layout.addWidget(self._section(self.tr("Long-term horizon"), self.horizon))

        ethics = QGroupBox(self.tr("Ethical framework"))
        ethics_layout = QGridLayout(ethics)
        ethics_layout.setColumnStretch(1, 1)
        ethics_layout.setColumnStretch(2, 1)
        ethics_layout.addWidget(QLabel(self.tr("Commitment")), 0, 1)
        ethics_layout.addWidget(QLabel(self.tr("Note")), 0, 2)
        self.ethics: dict[str, tuple[QPlainTextEdit, QPlainTextEdit]] = {}
        topics = (
            ("privacy", self.tr("Privacy"), self.tr("e.g. No names or private chats in prompts")),
            (
                "data_security",
                self.tr("Data security"),
                self.tr("e.g. Only tools that do not train on my data"),
            ),
            (
                "bias",
                self.tr("Bias"),
                self.tr("e.g. Check advice about people against my own view"),
            ),
        )
        for row, (key, title, hint) in enumerate(topics, start=1):
            commitment = _long_text(self.tr("%1 commitment").replace("%1", title), hint, 3)
            note = _long_text(self.tr("%1 note").replace("%1", title), "", 3)
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            ethics_layout.addWidget(caption, row, 0)
            ethics_layout.addWidget(commitment, row, 1)
            ethics_layout.addWidget(note, row, 2)
            self.ethics[key] = (commitment, note)
        layout.addWidget(ethics)

        plan = QGroupBox(self.tr("Communication plan"))
        plan_layout = QVBoxLayout(plan)
        plan_hint = QLabel(
            self.tr(
                "Who should know about how you use AI, what you will share, their concerns "
                "and your answers."
            )
        )
        plan_hint.setWordWrap(True)
        plan_layout.addWidget(plan_hint)
        self.stakeholders = QTableWidget(0, 4)
        self.stakeholders.setAccessibleName(self.tr("Stakeholders"))
        self.stakeholders.setHorizontalHeaderLabels(
            [
                self.tr("Who"),
                self.tr("What to share"),
                self.tr("Their concerns"),
                self.tr("Your answers"),
            ]
        )
        self.stakeholders.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stakeholders.verticalHeader().hide()
        self.stakeholders.setMinimumHeight(120)
        self.stakeholders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        plan_layout.addWidget(self.stakeholders)
        buttons = QHBoxLayout()
        self.add_person = QPushButton(self.tr("Add person"))
        self.add_person.setAccessibleName(self.tr("Add a stakeholder"))
        self.remove_person = QPushButton(self.tr("Remove"))
        self.remove_person.setAccessibleName(self.tr("Remove the selected stakeholder"))
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.remove_person)
        buttons.addStretch(1)
        plan_layout.addLayout(buttons)
        layout.addWidget(plan)
        layout.addStretch(1)

        for edit in self._texts():
            edit.textChanged.connect(self.changed)
        self.stakeholders.itemChanged.connect(self.changed)
        self.add_person.clicked.connect(self._on_add_person_clicked)
        self.remove_person.clicked.connect(self._on_remove_person_clicked)

    def _section(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _texts(self) -> list[QPlainTextEdit]:
        texts = [self.purpose_statement, self.values, self.horizon]
        for commitment, note in self.ethics.values():
            texts += [commitment, note]
        return texts

    def value(self) -> SphereVision:
        """What the form holds."""
        people: list[Stakeholder] = []
        for row in range(self.stakeholders.rowCount()):
            cells = [self.stakeholders.item(row, c) for c in range(4)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            if any(t.strip() for t in texts):
                people.append(Stakeholder(*texts))
        return SphereVision(
            purposes=frozenset(p for p, box in self.purposes.items() if box.isChecked()),
            purpose_statement=self.purpose_statement.toPlainText(),
            values=self.values.toPlainText(),
            horizon=self.horizon.toPlainText(),
            privacy=Commitment(*(e.toPlainText() for e in self.ethics["privacy"])),
            data_security=Commitment(*(e.toPlainText() for e in self.ethics["data_security"])),
            bias=Commitment(*(e.toPlainText() for e in self.ethics["bias"])),
            stakeholders=tuple(people),
        )

    def set_value(self, value: SphereVision) -> None:
        """Show `value` in the form."""
        self.blockSignals(True)
        for purpose, box in self.purposes.items():
            box.setChecked(purpose in value.purposes)
        self.purpose_statement.setPlainText(value.purpose_statement)
        self.values.setPlainText(value.values)
        self.horizon.setPlainText(value.horizon)
        for key, item in (
            ("privacy", value.privacy),
            ("data_security", value.data_security),
            ("bias", value.bias),
        ):
            commitment, note = self.ethics[key]
            commitment.setPlainText(item.commitment)
            note.setPlainText(item.note)
        self.stakeholders.setRowCount(0)
        for person in value.stakeholders:
            self._append_person(person)
        self.blockSignals(False)

    def _append_person(self, person: Stakeholder) -> None:
        row = self.stakeholders.rowCount()
        self.stakeholders.insertRow(row)
        texts = (person.name, person.what_to_share, person.concerns, person.answers)
        for column, text in enumerate(texts):
            self.stakeholders.setItem(row, column, QTableWidgetItem(text))

    def _on_add_person_clicked(self) -> None:
        self._append_person(Stakeholder(""))
        row = self.stakeholders.rowCount() - 1
        self.stakeholders.setCurrentCell(row, 0)
        item = self.stakeholders.item(row, 0)
        if item is not None:
            self.stakeholders.editItem(item)

    def _on_remove_person_clicked(self) -> None:
        row = self.stakeholders.currentRow()
        if row >= 0:
            self.stakeholders.removeRow(row)
            self.changed.emit()


class VisionPage(QWidget):
    """Edits the vision; each save is a revision, and the history can be browsed."""

    vision_saved = Signal(object)

    def __init__(
        self, journal: Journal, history: UndoHistory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history or UndoHistory(journal, self)
        self._saved = Vision()
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._build()
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Vision"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        top.addWidget(self.status)
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.setCheckable(True)
        self.history_button.setAccessibleName(self.tr("Show earlier versions"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the vision"))
        self.save_button.setToolTip(self.tr("Save a new version (Ctrl+S)"))
        self.save_button.setDefault(True)
        top.addWidget(self.history_button)
        top.addWidget(self.save_button)
        outer.addLayout(top)

        intro = QLabel(
            self.tr(
                "How should AI fit into your relationships? Write it down for each part of "
                "your life. Every save keeps a version you can look back on."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("banner")
        banner_layout = QHBoxLayout(self.draft_banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.draft_text = QLabel(self.tr("Unsaved changes from your last visit were restored."))
        self.discard_draft_button = QPushButton(self.tr("&Discard them"))
        self.discard_draft_button.setAccessibleName(self.tr("Discard the restored changes"))
        banner_layout.addWidget(self.draft_text, 1)
        banner_layout.addWidget(self.discard_draft_button)
        self.draft_banner.hide()
        outer.addWidget(self.draft_banner)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        outer.addWidget(self.error)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Spheres"))
        self.forms: dict[Sphere, SphereForm] = {}
        for sphere in Sphere:
            form = SphereForm(sphere)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(form)
            self.tabs.addTab(scroll, label(sphere))
            self.forms[sphere] = form
            form.changed.connect(self._on_form_changed)

        self.history = QWidget()
        history_layout = QVBoxLayout(self.history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("Saved versions")))
        self.revisions = QListWidget()
        self.revisions.setAccessibleName(self.tr("Saved versions of the vision"))
        history_layout.addWidget(self.revisions, 1)
        self.revision_view = QTextBrowser()
        self.revision_view.setAccessibleName(self.tr("The selected version"))
        history_layout.addWidget(self.revision_view, 2)
        self.bring_back_button = QPushButton(self.tr("&Bring this version back"))
        self.bring_back_button.setAccessibleName(self.tr("Copy the selected version into the form"))
        self.bring_back_button.setEnabled(False)
        history_layout.addWidget(self.bring_back_button)
        self.history.hide()

        self.splitter = StackingSplitter()
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.history)
        outer.addWidget(self.splitter, 1)

        self.save_button.clicked.connect(self.save)
        self.history_button.toggled.connect(self._on_history_toggled)
        self.revisions.currentItemChanged.connect(self._on_revision_selected)
        self.bring_back_button.clicked.connect(self._on_bring_back_clicked)
        self.discard_draft_button.clicked.connect(self._on_discard_draft_clicked)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._history.changed.connect(self._on_history_changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)

    # --- state ----------------------------------------------------------------------------

    def value(self) -> Vision:
        """What the form holds."""
        return Vision(
            personal=self.forms[Sphere.PERSONAL].value(),
            professional=self.forms[Sphere.PROFESSIONAL].value(),
        )

    def set_value(self, value: Vision) -> None:
        """Show `value` in the form (without keeping a draft of it)."""
        self._loading = True
        for sphere, form in self.forms.items():
            form.set_value(value.sphere(sphere))
        self._loading = False

    def reload(self) -> None:
        """Show the current vision, or the draft kept from an unsaved visit."""
        current = self._journal.vision()
        self._saved = current.vision if current else Vision()
        self.set_value(self._saved)
        self._show_saved_status(current)
        draft = self._journal.draft(DRAFT_KEY)
        if draft is not None:
            try:
                restored = vision_from_dict(json.loads(draft))
            except ValueError:
                restored = None  # an unreadable draft is dropped, the saved vision stands
            if restored is not None and restored != self._saved:
                self.set_value(restored)
                self.draft_banner.show()
                self.status.setText(self.tr("Unsaved changes"))
        self._fill_revisions()

    def has_unsaved_changes(self) -> bool:
        """True when the form differs from the saved vision."""
        return self.value() != self._saved

    def _show_saved_status(self, current: VisionRevision | None) -> None:
        if current is None:
            self.status.setText(self.tr("Not saved yet"))
        else:
            when = format_datetime(current.saved_at)
            self.status.setText(self.tr("Saved %1").replace("%1", when))

    # --- actions --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form as a new revision; False (with a message) when it cannot be."""
        self._draft_timer.stop()
        self.error.hide()
        value = self.value()
        try:
            revision = self._history.push(state_ops.save_vision(self._journal, value))
        except ValidationError as error:
            self.error.setText(
                self.tr("Not saved: %1").replace("%1", " ".join(e.message for e in error.errors))
            )
            self.error.show()
            return False
        except WRITE_ERRORS as error:
            self.error.setText(write_failure_text(error))
            self.error.show()
            return False
        self._journal.discard_drafts(DRAFT_KEY)
        self._saved = value
        self.draft_banner.hide()
        self._show_saved_status(revision)
        self._fill_revisions()
        self.vision_saved.emit(revision)
        return True

    def flush_draft(self) -> None:
        """Keep the form as a draft now (the timer does this shortly after typing stops)."""
        self._draft_timer.stop()
        try:
            if self.has_unsaved_changes():
                self._journal.save_draft(DRAFT_KEY, json.dumps(vision_to_dict(self.value())))
            else:
                self._journal.discard_drafts(DRAFT_KEY)
        except WRITE_ERRORS:
            return  # the text is still in the form; Save says what is wrong

    def _on_form_changed(self) -> None:
        if self._loading:
            return
        self.status.setText(self.tr("Unsaved changes"))
        self._draft_timer.start()

    def _on_history_changed(self, changes: Changes) -> None:
        # A save, or its undo or redo: show the vision that is now current.
        if not changes.touches(SHOWS):
            return
        if not self.has_unsaved_changes():
            self.reload()
        else:
            self._fill_revisions()

    def _on_discard_draft_clicked(self) -> None:
        self._journal.discard_drafts(DRAFT_KEY)
        self.set_value(self._saved)
        self.draft_banner.hide()
        self._show_saved_status(self._journal.vision())

    # --- history --------------------------------------------------------------------------

    def _fill_revisions(self) -> None:
        self.revisions.clear()
        for revision_id, saved_at in self._journal.vision_revisions():
            item = QListWidgetItem(format_datetime(saved_at))
            item.setData(Qt.ItemDataRole.UserRole, revision_id)
            self.revisions.addItem(item)
        self.history_button.setEnabled(self.revisions.count() > 0)

    def _on_history_toggled(self, shown: bool) -> None:
        self.history.setVisible(shown)
        if shown:
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
        if shown and self.revisions.count() and self.revisions.currentRow() < 0:
            self.revisions.setCurrentRow(0)

    def _on_revision_selected(self, item: QListWidgetItem | None) -> None:
        self.bring_back_button.setEnabled(item is not None)
        if item is None:
            self.revision_view.clear()
            return
        revision = self._journal.vision_revision(int(item.data(Qt.ItemDataRole.UserRole)))
        self.revision_view.setMarkdown(self._as_markdown(revision.vision))

    def _on_bring_back_clicked(self) -> None:
        item = self.revisions.currentItem()
        if item is None:
            return
        revision = self._journal.vision_revision(int(item.data(Qt.ItemDataRole.UserRole)))
        self.set_value(revision.vision)
        self._on_form_changed()

    def _as_markdown(self, value: Vision) -> str:
        parts: list[str] = []
        for sphere in Sphere:
            part = value.sphere(sphere)
            parts.append(f"## {label(sphere)}")
            if part.is_empty():
                parts.append(self.tr("*Nothing written yet.*"))
                continue
            if part.purposes:
                parts.append(", ".join(label(p) for p in sorted(part.purposes)))
            for title, text in (
                (self.tr("Purpose"), part.purpose_statement),
                (self.tr("Values"), part.values),
                (self.tr("Long-term horizon"), part.horizon),
                (self.tr("Privacy"), part.privacy.commitment),
                (self.tr("Data security"), part.data_security.commitment),
                (self.tr("Bias"), part.bias.commitment),
            ):
                if text.strip():
                    parts.append(f"**{title}:** {_escape(text)}")
            for person in part.stakeholders:
                parts.append(f"- **{_escape(person.name)}**: {_escape(person.what_to_share)}")
        return "\n\n".join(parts)


def _escape(text: str) -> str:
    """Text shown literally inside Markdown."""
    special = "\\`*_{}[]<>()#+-.!|"
    return "".join("\\" + ch if ch in special else ch for ch in text)
