"""First run: where the journal lives, the guided vision, starter circles, tools and rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths, remember_data_dir
from vision_journal.core.records import RuleKind, Sphere, VisionPurpose
from vision_journal.core.setup import SuggestedRule, apply_plan
from vision_journal.ui.application import known_journal
from vision_journal.ui.setup_wizard import SetupWizard


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> SetupWizard:
    shown = SetupWizard(tmp_path / "suggested")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_pages_follow_the_vision_order(wizard: SetupWizard) -> None:
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert titles == [
        "Welcome to Vision Journal",
        "1 · Purpose",
        "2 · Personal vision",
        "3 · Professional vision",
        "4 · Ethical framework",
        "5 · Communication plan",
        "6 · Circles, tools and boundaries",
    ]


def test_the_default_folder_is_shown_and_can_be_changed(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    assert wizard.location_edit is not None
    assert wizard.location_edit.text() == str(tmp_path / "suggested")
    wizard.location_edit.clear()
    qtbot.keyClicks(wizard.location_edit, str(tmp_path / "elsewhere"))
    assert wizard.location() == tmp_path / "elsewhere"


def test_a_walk_through_writes_vision_circles_tools_and_rules(
    qtbot: QtBot, wizard: SetupWizard, journal: Journal
) -> None:
    qtbot.mouseClick(wizard.set_up_button, Qt.MouseButton.LeftButton)  # folder kept
    qtbot.mouseClick(wizard.purposes[VisionPurpose.COMMUNICATION], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.purpose_statement, "Find words, never borrow a voice")
    wizard.next()
    qtbot.keyClicks(wizard.personal_values, "Presence")
    wizard.next()
    qtbot.keyClicks(wizard.professional_values, "Candour")
    wizard.next()
    qtbot.keyClicks(wizard.privacy, "No names in prompts")
    wizard.next()
    wizard.set_cell(Sphere.PERSONAL, 0, 0, "My partner")
    wizard.set_cell(Sphere.PERSONAL, 0, 1, "This charter")
    wizard.next()
    friends = next(box for box, c in wizard.circle_boxes if c.name == "Friends")
    qtbot.keyClick(friends, Qt.Key.Key_Space)  # untick one, from the keyboard
    qtbot.keyClick(wizard.rule_boxes[SuggestedRule.DAILY_BUDGET], Qt.Key.Key_Space)
    qtbot.keyClick(wizard.rule_boxes[SuggestedRule.NO_DRAFTS_TO_PROTECTED], Qt.Key.Key_Space)
    wizard.accept()

    apply_plan(journal, wizard.plan())
    current = journal.vision()
    assert current is not None
    personal = current.vision.personal
    assert personal.purposes == {VisionPurpose.COMMUNICATION}
    assert personal.values == "Presence"
    assert personal.privacy.commitment == "No names in prompts"
    assert [p.name for p in personal.stakeholders] == ["My partner"]
    assert current.vision.professional.values == "Candour"
    names = {c.name for c in journal.circles()}
    assert "Friends" not in names
    assert {"Partner", "Family", "Colleagues"} <= names
    assert "ChatGPT" in {t.name for t in journal.tools()}
    kinds = sorted(r.kind for r in journal.rules())
    assert kinds == sorted([RuleKind.BUDGET, RuleKind.NO_MEDIATION])
    family = next(c for c in journal.circles() if c.name == "Family")
    drafts_rule = next(r for r in journal.rules() if r.kind is RuleKind.NO_MEDIATION)
    assert drafts_rule.params.circle_id == family.id  # type: ignore[union-attr]
    assert journal.settings().has_completed_setup


def test_skip_ends_the_setup_with_nothing_written(
    qtbot: QtBot, wizard: SetupWizard, journal: Journal
) -> None:
    wizard.next()
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    plan = wizard.plan()
    apply_plan(journal, plan)
    assert journal.vision() is None
    assert journal.rules() == []
    assert journal.settings().has_completed_setup


def test_skip_on_the_first_page_adds_no_circle_or_tool_never_shown(
    qtbot: QtBot, wizard: SetupWizard, journal: Journal
) -> None:
    wizard.next()  # the purpose page, the first of the vision
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    apply_plan(journal, wizard.plan())
    assert journal.circles() == []
    assert journal.tools() == []


def test_skip_after_the_circles_page_keeps_what_was_shown_ticked(
    qtbot: QtBot, wizard: SetupWizard, journal: Journal
) -> None:
    while wizard.currentPage().title() != "6 · Circles, tools and boundaries":
        wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    apply_plan(journal, wizard.plan())
    assert len(journal.circles()) == 6
    assert journal.rules() == []  # suggestions are shown, never ticked for the person


def test_the_first_page_says_what_is_kept_private_and_offers_sample_data(
    qtbot: QtBot, wizard: SetupWizard, journal: Journal
) -> None:
    page = wizard.currentPage()
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "What stays private" in text
    assert "sends nothing anywhere" in text
    qtbot.mouseClick(wizard.explore_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    assert wizard.explore_requested
    apply_plan(journal, wizard.plan())  # even if applied, nothing unseen is added
    assert journal.circles() == []
    assert journal.tools() == []


def test_running_the_setup_twice_duplicates_nothing(
    qtbot: QtBot, wizard: SetupWizard, journal: Journal
) -> None:
    while wizard.currentPage().title() != "6 · Circles, tools and boundaries":
        wizard.next()
    wizard.accept()
    apply_plan(journal, wizard.plan())
    apply_plan(journal, wizard.plan())
    names = [c.name for c in journal.circles()]
    assert len(names) == len(set(names)) == 6


def test_a_second_start_knows_the_journal(tmp_path: Path) -> None:
    assert known_journal() is None  # first start: the wizard will ask
    folder = tmp_path / "my journal"
    Journal.open(JournalPaths(folder)).close()
    remember_data_dir(folder)
    found = known_journal()
    assert found is not None
    assert found.data_dir == folder
