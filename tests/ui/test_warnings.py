"""Warnings escalate once each: budget at 80 %, firm breach, level drops; and the banner."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.balance import Level
from vision_journal.core.dashboard import DashboardData, load_dashboard
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    PurposeLimitParams,
    RuleInput,
    Severity,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.ui.warnings import WarningCenter
from vision_journal.ui.widgets.banner import WarningBanner


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def center(qsettings: QSettings) -> WarningCenter:
    return WarningCenter(qsettings)


def log(journal: Journal, minutes: int, purpose: UsePurpose = UsePurpose.WORK_TASK) -> None:
    tools = journal.tools() or [journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))]
    journal.log_use(
        AiUseInput(FIXED_NOW.replace(hour=9), minutes, tools[0].id, purpose, Sphere.PERSONAL)
    )


def with_level(data: DashboardData, level: Level | None, score: int | None) -> DashboardData:
    return dataclasses.replace(data, week=dataclasses.replace(data.week, level=level, score=score))


def raised(center: WarningCenter, data: DashboardData) -> list[tuple[str, int | None, str]]:
    """What the center emits for `data`, as (text, rule_id, action)."""
    seen: list[tuple[str, int | None, str, str]] = []
    center.warning_raised.connect(lambda *args: seen.append(args))
    returned = center.evaluate(data)
    center.warning_raised.disconnect()
    assert [(r.text, r.rule_id, r.action, r.slot) for r in returned] == seen
    return [(text, rule_id, action) for text, rule_id, action, _ in seen]


def test_budget_at_eighty_percent_escalates_once(center: WarningCenter, journal: Journal) -> None:
    rule = journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    log(journal, 48)
    data = load_dashboard(journal)
    assert raised(center, data) == [
        ("Daily AI budget: 48 of 60 minutes used today (80 %).", rule.id, "open_rule")
    ]
    assert raised(center, data) == []
    log(journal, 5)  # still at 80 % or more: the same warning, not a new one
    assert raised(center, load_dashboard(journal)) == []


def test_firm_breach_escalates_once_and_a_nudge_does_not(
    center: WarningCenter, journal: Journal
) -> None:
    firm = journal.save_rule(
        RuleInput(
            "No AI companionship", PurposeLimitParams(UsePurpose.EMOTIONAL_SUPPORT), Severity.FIRM
        )
    )
    journal.save_rule(
        RuleInput("No relationship advice", PurposeLimitParams(UsePurpose.RELATIONSHIP_ADVICE))
    )
    log(journal, 10, UsePurpose.EMOTIONAL_SUPPORT)
    log(journal, 10, UsePurpose.RELATIONSHIP_ADVICE)
    data = load_dashboard(journal)
    assert raised(center, data) == [
        ("No AI companionship: broken by one AI use today.", firm.id, "open_rule")
    ]
    assert raised(center, data) == []


def test_level_drops_to_watch_then_over_reliant_each_once(
    center: WarningCenter, journal: Journal
) -> None:
    data = load_dashboard(journal)
    assert raised(center, with_level(data, Level.BALANCED, 80)) == []
    watch = with_level(data, Level.WATCH, 55)
    [(text, rule_id, action)] = raised(center, watch)
    assert "55" in text
    assert "Watch" in text
    assert (rule_id, action) == (None, "start_checkin")
    assert raised(center, watch) == []
    over = with_level(data, Level.OVER_RELIANT, 30)
    [(text, _, action)] = raised(center, over)
    assert "Over-reliant" in text
    assert action == "start_checkin"
    assert raised(center, over) == []
    assert raised(center, watch) == []  # a rise is not announced


def test_previous_level_can_be_given(center: WarningCenter, journal: Journal) -> None:
    data = with_level(load_dashboard(journal), Level.WATCH, 60)
    assert center.evaluate(data, previous_level=Level.WATCH) == []
    assert center.last_level() is Level.WATCH


def test_not_enough_data_keeps_the_last_level(center: WarningCenter, journal: Journal) -> None:
    data = load_dashboard(journal)
    raised(center, with_level(data, Level.WATCH, 60))
    assert raised(center, with_level(data, None, None)) == []
    assert center.last_level() is Level.WATCH


def test_announcements_survive_a_restart(qsettings: QSettings, journal: Journal) -> None:
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    log(journal, 50)
    data = with_level(load_dashboard(journal), Level.WATCH, 50)
    assert len(raised(WarningCenter(qsettings), data)) == 2
    qsettings.sync()
    again = QSettings(qsettings.fileName(), QSettings.Format.IniFormat)
    restarted = WarningCenter(again)
    assert restarted.last_level() is Level.WATCH
    assert raised(restarted, data) == []


def test_announcements_are_forgotten_after_two_weeks(
    center: WarningCenter, journal: Journal
) -> None:
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    log(journal, 50)
    data = load_dashboard(journal)
    [_] = raised(center, data)
    later = dataclasses.replace(data, today=data.today + dt.timedelta(days=15), warnings=())
    raised(center, later)
    assert not any(center.is_announced(f"budget:{r.id}:{data.today}") for r in data.rules)


def test_banner_shows_the_warning_and_its_action(qtbot: QtBot) -> None:
    banner = WarningBanner()
    qtbot.addWidget(banner)
    banner.show_warning("Daily AI budget: 48 of 60 minutes used today (80 %).", 7, "open_rule")
    assert banner.objectName() == "banner"
    assert banner.isVisible()
    assert banner.text.text().startswith("Daily AI budget")
    assert banner.action_button.text() == "Open rule"
    assert "48 of 60" in banner.accessibleDescription()
    with qtbot.waitSignal(banner.action_requested) as signal:
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert signal.args == [7, "open_rule"]
    assert not banner.isVisible()

    banner.show_warning("Your balance index is 55, down to Watch.", None, "start_checkin")
    assert banner.action_button.text() == "Start check-in"
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
