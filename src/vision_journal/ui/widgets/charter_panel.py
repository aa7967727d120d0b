"""Choosing what a charter for sharing holds, with a live preview of the document.

By default it holds commitments only (the core's `CharterChoice()`); the person may add or
take out spheres and sections and pick which active goals to share. The preview is the HTML
export of exactly that choice, so what is seen is what is shared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.export.summary import (
    DEFAULT_CHARTER_SECTIONS,
    CharterChoice,
    CharterSection,
)
from vision_journal.core.journal import Journal
from vision_journal.core.records import GoalStatus, Sphere
from vision_journal.ui.labels import label
from vision_journal.ui.widgets.stacking_splitter import StackingSplitter


class CharterPanel(QWidget):
    """The charter's spheres, sections and goals, and the preview of the result."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setAccessibleName(self.tr("What the charter holds"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._build()
        self._preview_timer.timeout.connect(self.update_preview)

    def _build(self) -> None:
        choices = QWidget()
        grid = QGridLayout(choices)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Parts of life</b>")), 0, 0)
        self.spheres: dict[Sphere, QCheckBox] = {}
        for row, sphere in enumerate(Sphere, start=1):
            box = QCheckBox(label(sphere))
            box.setChecked(True)
            box.setAccessibleName(self.tr("Share: %1").replace("%1", label(sphere)))
            grid.addWidget(box, row, 0)
            self.spheres[sphere] = box
        grid.addWidget(QLabel(self.tr("<b>Sections</b>")), 0, 1)
        names = {
            CharterSection.PURPOSE: self.tr("Purpose"),
            CharterSection.VALUES: self.tr("Values"),
            CharterSection.HORIZON: self.tr("Long-term horizon"),
            CharterSection.ETHICS: self.tr("Ethical commitments"),
            CharterSection.SHARING: self.tr("Who I share with, and what they can expect"),
            CharterSection.GOALS: self.tr("Goals I choose below"),
            CharterSection.RULES: self.tr("Boundary rules, as promises"),
        }
        self.sections: dict[CharterSection, QCheckBox] = {}
        for row, (section, text) in enumerate(names.items(), start=1):
            box = QCheckBox(text)
            box.setChecked(section in DEFAULT_CHARTER_SECTIONS)
            box.setAccessibleName(self.tr("Section: %1").replace("%1", text))
            grid.addWidget(box, row, 1)
            self.sections[section] = box
        grid.setColumnStretch(2, 1)
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Active goals to share"))
        note = QLabel(
            self.tr(
                "Never shared: why you set a goal or a rule, paused or dropped goals, "
                "others' concerns, and anything you logged."
            )
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(choices)
        side_layout.addWidget(self.goals, 1)
        side_layout.addWidget(note)
        self.preview = QTextBrowser()
        # A document to share is shown as printed, on paper, whatever the window's scheme.
        self.preview.setObjectName("documentPreview")
        self.preview.setAccessibleName(self.tr("Charter preview"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(220)
        splitter = StackingSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for box in (*self.spheres.values(), *self.sections.values()):
            box.toggled.connect(self._on_choice_changed)
        self.goals.itemChanged.connect(self._on_choice_changed)

    def refresh(self) -> None:
        """List the active goals again (keeping the ticks) and redraw the preview."""
        ticked = self.choice().goal_ids
        self.goals.blockSignals(True)
        self.goals.clear()
        for goal in self._journal.goals():
            if goal.status is not GoalStatus.ACTIVE:
                continue
            item = QListWidgetItem(goal.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if goal.id in ticked else Qt.CheckState.Unchecked
            )
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            self.goals.addItem(item)
        self.goals.blockSignals(False)
        self._sync_goals_enabled()
        self._preview_timer.start()

    def choice(self) -> CharterChoice:
        """What the person chose, for the core."""
        goal_ids = set()
        for row in range(self.goals.count()):
            item = self.goals.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                goal_ids.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return CharterChoice(
            spheres=frozenset(s for s, box in self.spheres.items() if box.isChecked()),
            sections=frozenset(s for s, box in self.sections.items() if box.isChecked()),
            goal_ids=frozenset(goal_ids),
        )

    def update_preview(self) -> None:
        """Show the charter as it would be exported now."""
        from vision_journal.core.export.html import render_html
        from vision_journal.core.export.summary import build_summary

        summary = build_summary(self._journal, charter=self.choice())
        self.preview.setHtml(render_html(summary))

    def _sync_goals_enabled(self) -> None:
        self.goals.setEnabled(self.sections[CharterSection.GOALS].isChecked())

    def _on_choice_changed(self) -> None:
        self._sync_goals_enabled()
        self._preview_timer.start()
        self.changed.emit()
