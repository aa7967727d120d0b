"""The guided setup: where the journal lives, the vision step by step, starter circles,
tools and suggested rules. Every page may be left empty, and "Skip the rest" ends it early;
the Vision page and the other sections hold everything for later.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vision_journal.core.journal import Journal
from vision_journal.core.operations import journal_state as state_ops
from vision_journal.core.records import (
    AiToolInput,
    CircleInput,
    Commitment,
    Sphere,
    SphereVision,
    Stakeholder,
    Vision,
    VisionPurpose,
)
from vision_journal.core.setup import SetupPlan, SuggestedRule, apply_plan, mark_setup_done
from vision_journal.ui.labels import label
from vision_journal.ui.starter_set import starter_circles, starter_tools
from vision_journal.ui.undo import UndoHistory


def _text_box(name: str, placeholder: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _page(title: str, subtitle: str) -> tuple[QWizardPage, QVBoxLayout]:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    return page, QVBoxLayout(page)


class SetupWizard(QWizard):
    """Collects a `SetupPlan`; `location` is shown only on the very first start."""

    def __init__(self, location: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Vision Journal"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Skip the rest"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        self.location_edit: QLineEdit | None = None
        #: True when the person chose to look around a journal of sample data first.
        self.explore_requested = False
        if location is not None:
            self.addPage(self._welcome_page(location))
        self.addPage(self._purpose_page())
        self.personal_values, self.personal_horizon = self._sphere_page(Sphere.PERSONAL)
        self.professional_values, self.professional_horizon = self._sphere_page(Sphere.PROFESSIONAL)
        self.addPage(self._ethics_page())
        self.addPage(self._communication_page())
        self._starter_id = self.addPage(self._starter_page())
        self.resize(700, 500)

    # --- pages ----------------------------------------------------------------------------

    def _welcome_page(self, location: Path) -> QWizardPage:
        page, layout = _page(
            self.tr("Welcome to Vision Journal"),
            self.tr("A private journal for using AI in ways that strengthen your relationships."),
        )
        points = QLabel(
            self.tr(
                "<p><b>What it does.</b> You write down how AI should fit into your personal "
                "and working life, log the times you use it and the time you spend with "
                "people, and set boundaries. A balance index shows, without judgement, "
                "when you lean on AI more than you meant to; a weekly check-in helps you "
                "adjust.</p>"
                "<p><b>What stays private.</b> Everything. The journal is one encrypted file "
                "on this computer; it has no account, sends nothing anywhere and has no AI "
                "inside. You decide what goes into a charter you share.</p>"
            )
        )
        points.setWordWrap(True)
        points.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(points)
        buttons = QHBoxLayout()
        self.set_up_button = QPushButton(self.tr("&Set up my journal"))
        self.set_up_button.setProperty("primary", True)
        self.explore_button = QPushButton(self.tr("&Explore with sample data"))
        self.explore_button.setToolTip(
            self.tr("A throwaway journal with a year of sample entries; nothing is kept.")
        )
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.explore_button)
        buttons.addStretch(1)
        layout.addLayout(self._location_row(location))
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_up_button.clicked.connect(self.next)
        self.explore_button.clicked.connect(self._on_explore_button_clicked)
        return page

    def _on_explore_button_clicked(self) -> None:
        self.explore_requested = True
        self.accept()

    def _location_row(self, location: Path) -> QVBoxLayout:
        """Where the journal file goes: the suggested folder, or one the person chooses."""
        column = QVBoxLayout()
        row = QHBoxLayout()
        self.location_edit = QLineEdit(str(location))
        self.location_edit.setAccessibleName(self.tr("Journal folder"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAccessibleName(self.tr("Choose the journal folder"))
        row.addWidget(self.location_edit, 1)
        row.addWidget(browse)
        caption = QLabel(self.tr("Your journal &folder (a synced or external drive works too):"))
        caption.setBuddy(self.location_edit)
        column.addWidget(caption)
        column.addLayout(row)
        browse.clicked.connect(self._on_browse_clicked)
        return column

    def _purpose_page(self) -> QWizardPage:
        page, layout = _page(
            self.tr("1 · Purpose"),
            self.tr(
                "Why bring AI into your relationships at all? Tick what fits, then say it "
                "in your own words."
            ),
        )
        grid = QGridLayout()
        self.purposes: dict[VisionPurpose, QCheckBox] = {}
        for index, purpose in enumerate(VisionPurpose):
            box = QCheckBox(label(purpose))
            box.setAccessibleName(self.tr("Purpose: %1").replace("%1", label(purpose)))
            grid.addWidget(box, index // 3, index % 3)
            self.purposes[purpose] = box
        layout.addLayout(grid)
        self.purpose_statement = _text_box(
            self.tr("Purpose statement"),
            self.tr("e.g. AI helps me find words and keep in touch; it never speaks for me."),
        )
        layout.addWidget(self.purpose_statement)
        return page

    def _sphere_page(self, sphere: Sphere) -> tuple[QPlainTextEdit, QPlainTextEdit]:
        personal = sphere is Sphere.PERSONAL
        page, layout = _page(
            self.tr("2 · Personal vision") if personal else self.tr("3 · Professional vision"),
            self.tr("Partner, family and friends: what matters, and where you want to be.")
            if personal
            else self.tr(
                "Colleagues, clients and community: what matters, and where you want to be."
            ),
        )
        values = _text_box(
            self.tr("Values"),
            self.tr("Values, e.g. presence, honesty, patience")
            if personal
            else self.tr("Values, e.g. candour, reliability, credit where it is due"),
            3,
        )
        horizon = _text_box(
            self.tr("Long-term horizon"),
            self.tr("In a few years, I want…"),
            3,
        )
        layout.addWidget(QLabel(self.tr("Values")))
        layout.addWidget(values)
        layout.addWidget(QLabel(self.tr("Long-term horizon")))
        layout.addWidget(horizon)
        self.addPage(page)
        return values, horizon

    def _ethics_page(self) -> QWizardPage:
        page, layout = _page(
            self.tr("4 · Ethical framework"),
            self.tr(
                "One commitment each. They apply to both parts of your life; you can make "
                "them differ later on the Vision page."
            ),
        )
        self.privacy = _text_box(
            self.tr("Privacy commitment"), self.tr("e.g. No names or private chats in prompts"), 2
        )
        self.security = _text_box(
            self.tr("Data security commitment"),
            self.tr("e.g. Only tools that do not train on what I write"),
            2,
        )
        self.bias = _text_box(
            self.tr("Bias commitment"),
            self.tr("e.g. I check advice about people against my own judgement"),
            2,
        )
        for caption, box in (
            (self.tr("Privacy"), self.privacy),
            (self.tr("Data security"), self.security),
            (self.tr("Bias"), self.bias),
        ):
            layout.addWidget(QLabel(caption))
            layout.addWidget(box)
        return page

    def _communication_page(self) -> QWizardPage:
        page, layout = _page(
            self.tr("5 · Communication plan"),
            self.tr(
                "Who should know how you use AI? What will you share, what might worry "
                "them, and what is your answer? Leave rows empty to skip."
            ),
        )
        self.stakeholders: dict[Sphere, QTableWidget] = {}
        for sphere, caption in (
            (Sphere.PERSONAL, self.tr("In your personal life")),
            (Sphere.PROFESSIONAL, self.tr("At work")),
        ):
            table = QTableWidget(3, 4)
            table.setAccessibleName(caption)
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Who"),
                    self.tr("What to share"),
                    self.tr("Their concerns"),
                    self.tr("Your answer"),
                ]
            )
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
            for column in range(3):
                table.setColumnWidth(column, 150)
            layout.addWidget(QLabel(caption))
            layout.addWidget(table)
            self.stakeholders[sphere] = table
        return page

    def _starter_page(self) -> QWizardPage:
        page, layout = _page(
            self.tr("6 · Circles, tools and boundaries"),
            self.tr(
                "Circles group the people in your life; tools are the AI you use. Untick "
                "what does not fit; you can change everything later."
            ),
        )
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Circles</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>AI tools</b>")), 0, 1)
        self.circle_boxes: list[tuple[QCheckBox, CircleInput]] = []
        for row, circle in enumerate(starter_circles(), start=1):
            text = circle.name + (self.tr(" (protected)") if circle.is_protected else "")
            box = QCheckBox(text)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Add circle %1").replace("%1", circle.name))
            grid.addWidget(box, row, 0)
            self.circle_boxes.append((box, circle))
        self.tool_boxes: list[tuple[QCheckBox, AiToolInput]] = []
        for row, tool in enumerate(starter_tools(), start=1):
            box = QCheckBox(tool.name)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Add tool %1").replace("%1", tool.name))
            grid.addWidget(box, row, 1)
            self.tool_boxes.append((box, tool))
        layout.addLayout(grid)
        layout.addSpacing(8)
        rules_caption = QLabel(
            self.tr(
                "<b>Suggested boundaries</b> — tick the ones you want; a nudge only informs, "
                "a firm line asks for a reason when you cross it."
            )
        )
        rules_caption.setWordWrap(True)
        layout.addWidget(rules_caption)
        texts = {
            SuggestedRule.DAILY_BUDGET: self.tr("At most 45 minutes of AI a day — nudge"),
            SuggestedRule.EVENING_CURFEW: self.tr("No AI from 21:00 to 07:00 — nudge"),
            SuggestedRule.NO_DRAFTS_TO_PROTECTED: self.tr(
                "No AI-drafted messages or replies to your closest protected circle — firm line"
            ),
            SuggestedRule.DISCLOSE_AT_WORK: self.tr(
                "AI help in messages to work circles is always disclosed — nudge"
            ),
            SuggestedRule.NO_EMOTIONAL_SUPPORT: self.tr(
                "No AI for emotional support: comfort comes from people — nudge"
            ),
        }
        self.rule_boxes: dict[SuggestedRule, QCheckBox] = {}
        for rule, text in texts.items():
            box = QCheckBox(text)
            box.setAccessibleName(text)
            layout.addWidget(box)
            self.rule_boxes[rule] = box
        layout.addStretch(1)
        return page

    # --- result ---------------------------------------------------------------------------

    def location(self) -> Path | None:
        """The folder chosen for the journal (None when the page was not shown)."""
        if self.location_edit is None:
            return None
        text = self.location_edit.text().strip()
        return Path(text).expanduser() if text else None

    def plan(self) -> SetupPlan:
        """What the person chose, as a plan for the core."""
        # Purpose and ethics were asked once; they start out the same for both spheres.
        shared = SphereVision(
            purposes=frozenset(p for p, box in self.purposes.items() if box.isChecked()),
            purpose_statement=self.purpose_statement.toPlainText(),
            privacy=Commitment(self.privacy.toPlainText()),
            data_security=Commitment(self.security.toPlainText()),
            bias=Commitment(self.bias.toPlainText()),
        )
        vision = Vision(
            personal=dataclasses.replace(
                shared,
                values=self.personal_values.toPlainText(),
                horizon=self.personal_horizon.toPlainText(),
                stakeholders=self._people(Sphere.PERSONAL),
            ),
            professional=dataclasses.replace(
                shared,
                values=self.professional_values.toPlainText(),
                horizon=self.professional_horizon.toPlainText(),
                stakeholders=self._people(Sphere.PROFESSIONAL),
            ),
        )
        # Pre-ticked starter circles and tools count only when their page was shown: "Skip
        # the rest" must not add what the person never saw.
        seen = set(self.visitedIds())
        return SetupPlan(
            vision=vision,
            circles=tuple(
                c for box, c in self.circle_boxes if box.isChecked() and self._starter_id in seen
            ),
            tools=tuple(
                t for box, t in self.tool_boxes if box.isChecked() and self._starter_id in seen
            ),
            rules=frozenset(
                r
                for r, box in self.rule_boxes.items()
                if box.isChecked() and self._starter_id in seen
            ),
        )

    def _people(self, sphere: Sphere) -> tuple[Stakeholder, ...]:
        table = self.stakeholders[sphere]
        people: list[Stakeholder] = []
        for row in range(table.rowCount()):
            cells = [table.item(row, column) for column in range(4)]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            if texts[0]:
                people.append(Stakeholder(*texts))
        return tuple(people)

    def set_cell(self, sphere: Sphere, row: int, column: int, text: str) -> None:
        """Type into the communication plan (for the keyboard-less parts of tests)."""
        self.stakeholders[sphere].setItem(row, column, QTableWidgetItem(text))

    # --- slots ----------------------------------------------------------------------------

    def _on_browse_clicked(self) -> None:
        assert self.location_edit is not None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the journal folder"), self.location_edit.text()
        )
        if folder:
            self.location_edit.setText(folder)

    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.accept()


def offer_setup(
    journal: Journal, parent: QWidget | None = None, history: UndoHistory | None = None
) -> bool:
    """Run the guided setup on an open journal; True when anything was applied.

    With the window's `history`, the whole plan is one step to undo. Declining it also
    counts as done, so the next start goes straight to the window; the setup stays in the
    Journal menu.
    """
    wizard = SetupWizard(None, parent)
    if wizard.exec() == QWizard.DialogCode.Accepted.value:
        if history is not None:
            history.push(state_ops.apply_setup_plan(journal, wizard.plan()))
        else:
            apply_plan(journal, wizard.plan())
        return True
    mark_setup_done(journal)
    return False
