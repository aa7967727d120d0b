"""The dashboard page on a real journal: welcome, index and level, Why?, warnings, charts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QPageSize, QPainter, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolTip
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    RuleInput,
    Severity,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.ui.core_text import component_name
from vision_journal.ui.pages.dashboard_page import DashboardPage
from vision_journal.ui.style import current_tokens
from vision_journal.ui.widgets.charts import paint_bars, paint_sparkline

TODAY = FIXED_NOW.date()


def make_page(qtbot: QtBot, journal: Journal) -> DashboardPage:
    page = DashboardPage(journal)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def log(journal: Journal, days_before: int, minutes: int, hour: int = 9) -> None:
    tools = journal.tools() or [journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))]
    day = TODAY - dt.timedelta(days=days_before)
    journal.log_use(
        AiUseInput(
            dt.datetime.combine(day, dt.time(hour)),
            minutes,
            tools[0].id,
            UsePurpose.WORK_TASK,
            Sphere.PROFESSIONAL,
        )
    )


def texts(widget: object) -> list[str]:
    assert hasattr(widget, "findChildren")
    return [label.text() for label in widget.findChildren(QLabel)]


def test_empty_journal_welcomes_and_says_what_to_do(qtbot: QtBot, journal: Journal) -> None:
    page = make_page(qtbot, journal)
    assert page.welcome.isVisible()
    assert not page.index_card.isVisible()
    assert "Welcome to your journal" in texts(page.welcome)
    with qtbot.waitSignal(page.log_use_requested):
        qtbot.mouseClick(page.welcome_use_button, Qt.MouseButton.LeftButton)


def test_fewer_than_three_days_say_not_enough_data(qtbot: QtBot, journal: Journal) -> None:
    log(journal, 1, 20)
    log(journal, 0, 20)
    page = make_page(qtbot, journal)
    assert not page.welcome.isVisible()
    assert page.level_label.text() == "Day 2 of 3 toward your balance index"
    assert "after 3 days with entries" in page.hint_label.text()
    assert not page.score_label.isVisible()


def test_three_days_of_use_show_a_number_and_a_level(qtbot: QtBot, journal: Journal) -> None:
    page = make_page(qtbot, journal)
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    for days_before in (2, 1, 0):
        log(journal, days_before, 30)
    page.refresh()
    assert page.score_label.isVisible()
    assert page.score_label.text().isdigit()
    assert page.level_label.text() in {"Balanced", "Watch", "Over-reliant"}
    data = page.data()
    assert data is not None
    assert page.score_label.text() == str(data.week.score)


def test_days_without_anything_to_compare_say_so(qtbot: QtBot, journal: Journal) -> None:
    for days_before in (2, 1, 0):
        log(journal, days_before, 30)
    page = make_page(qtbot, journal)
    assert page.level_label.text() == "No index yet — nothing to compare with"
    assert not page.score_label.isVisible()


def test_why_toggle_shows_each_component(qtbot: QtBot, journal: Journal) -> None:
    for days_before in (2, 1, 0):
        log(journal, days_before, 30)
    page = make_page(qtbot, journal)
    assert not page.explanation.isVisible()
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    assert page.explanation.isVisible()
    shown = texts(page.explanation)
    for name in (
        "Budget adherence",
        "Human authorship",
        "Boundary keeping",
        "Connection balance",
        "Self-rating",
    ):
        assert name in shown
    assert "No completed check-in yet" in shown
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    assert not page.explanation.isVisible()


def test_budget_at_eighty_percent_gives_a_warning_card(qtbot: QtBot, journal: Journal) -> None:
    log(journal, 0, 5)
    rule = journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60), Severity.NUDGE))
    page = make_page(qtbot, journal)
    assert not page.warnings_card.isVisible()
    log(journal, 0, 45, hour=11)
    page.refresh()
    assert page.warnings_card.isVisible()
    assert "Daily AI budget: 50 of 60 minutes used today (83 %)." in texts(page.warnings_card)
    [button] = page.warnings_card.findChildren(QPushButton)
    qtbot.waitUntil(button.isVisible)
    with qtbot.waitSignal(page.open_rule_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [rule.id]


def test_bars_show_the_seven_days_of_the_week(qtbot: QtBot, journal: Journal) -> None:
    log(journal, 1, 25)
    log(journal, 0, 40)
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    page = make_page(qtbot, journal)
    days = page.bars.days()
    assert len(days) == 7
    assert [minutes for _, minutes in days] == [0, 25, 40, 0, 0, 0, 0]
    assert "Daily budget 60 min" in page.bars.accessibleDescription()


def test_quick_log_buttons_ask_the_window(qtbot: QtBot, journal: Journal) -> None:
    log(journal, 0, 10)
    page = make_page(qtbot, journal)
    with qtbot.waitSignal(page.log_use_requested):
        qtbot.mouseClick(page.log_use_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.log_connection_requested):
        qtbot.mouseClick(page.log_connection_button, Qt.MouseButton.LeftButton)


def test_page_renders_to_an_image(qtbot: QtBot, journal: Journal) -> None:
    for days_before in (9, 8, 2, 1, 0):
        log(journal, days_before, 30 + days_before)
    page = make_page(qtbot, journal)
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    image = page.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == (1100, 760)
    # Not a blank page: more than one colour was painted.
    colours = {image.pixel(x, y) for x in range(0, 1100, 37) for y in range(0, 760, 29)}
    assert len(colours) > 3


def test_chart_routines_draw_into_an_image_and_a_pdf(tmp_path: Path) -> None:
    palette = QPalette()
    days = [("Mon", 30), ("Tue", 75), ("Wed", 0)]
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    paint_bars(painter, QRectF(0, 0, 400, 200), days, 60, palette)
    paint_sparkline(painter, QRectF(0, 0, 400, 60), [None, 40.0, 72.5, None, 30.0], palette)
    painter.end()
    background = palette.color(QPalette.ColorRole.Base).rgba()
    painted = sum(
        image.pixel(x, y) != background for x in range(0, 400, 5) for y in range(0, 200, 5)
    )
    assert painted > 50
    pdf = QPdfWriter(str(tmp_path / "chart.pdf"))
    pdf.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(pdf)
    paint_bars(painter, QRectF(0, 0, 2000, 1000), days, 60, palette)
    painter.end()
    assert (tmp_path / "chart.pdf").stat().st_size > 0


def test_the_index_parts_are_one_stacked_bar_with_numbers_on_hover(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    for days_before in (2, 1, 0):
        log(journal, days_before, 45 + 20 * days_before)
    page = make_page(qtbot, journal)
    data = page.data()
    assert data is not None
    assert data.week.index is not None
    bar = page.index_bar
    assert bar.isVisible()
    with_data = [c for c in data.week.components if c.value is not None]
    parts = bar.parts()
    assert [p.name for p in parts] == [component_name(c.key) for c in with_data]
    # The parts together are the index: the bar ends where the index stands.
    assert sum(p.points for p in parts) == pytest.approx(data.week.index)
    rects = bar.part_rects()
    track = bar.width() - 1
    assert rects[-1].right() == pytest.approx(0.5 + track * data.week.index / 100, abs=0.01)

    # What is painted: the first part in its colour, the rest of the track empty.
    image = bar.grab().toImage()
    middle = rects[0].center().toPoint()
    assert image.pixelColor(middle).name() == current_tokens().series[0]
    beyond = QPoint(round(rects[-1].right()) + 4, middle.y())
    if beyond.x() < bar.width() - 8:
        assert image.pixelColor(beyond).name() == current_tokens().surface_alt

    # Hovering a part says its numbers.
    budget = with_data[0]
    event = QHelpEvent(QEvent.Type.ToolTip, middle, bar.mapToGlobal(middle))
    QApplication.sendEvent(bar, event)
    assert QToolTip.text() == (
        f"Budget adherence: {round(100 * budget.value)} % × "
        f"{round(100 * budget.share)} % of the index = {budget.points:.1f} points"
    )
    assert QToolTip.text() in bar.accessibleDescription()
    legend = page.index_legend.text()
    for component in data.week.components:
        assert component_name(component.key).replace(" ", "&nbsp;") in legend


def test_without_an_index_there_is_no_bar(qtbot: QtBot, journal: Journal) -> None:
    log(journal, 0, 30)
    page = make_page(qtbot, journal)
    assert not page.index_bar.isVisible()
    assert page.index_bar.parts() == []


def test_a_long_goal_name_ends_in_an_ellipsis_and_reads_whole_on_hover(
    qtbot: QtBot, journal: Journal
) -> None:
    from vision_journal.core.records import GoalInput, GoalKind
    from vision_journal.ui.widgets.card import ElidedLabel

    title = "Weekly one-to-ones with everyone on the team, in person whenever we can"
    journal.save_goal(GoalInput(title, Sphere.PROFESSIONAL, GoalKind.ACHIEVE))
    log(journal, 0, 20)
    page = make_page(qtbot, journal)
    page.resize(760, 760)
    page.refresh()
    (name,) = [w for w in page.goals_card.findChildren(ElidedLabel) if w.full_text == title]
    qtbot.waitUntil(lambda: name.text().endswith("…"))
    assert title.startswith(name.text()[:-1])
    assert name.fontMetrics().horizontalAdvance(name.text()) <= name.contentsRect().width()
    assert (name.toolTip(), name.accessibleName()) == (title, title)
    page.resize(2400, 760)
    qtbot.waitUntil(lambda: name.text() == title)


def test_why_opened_after_refreshes_explains_the_latest_numbers(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(45)))
    for days_before in (3, 2, 1, 0):
        log(journal, days_before, 30)
    page = make_page(qtbot, journal)
    log(journal, 0, 20, hour=11)  # written while "Why?" is closed
    page.refresh()
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    shown = "\n".join(texts(page.explanation))
    assert "Daily AI budget, 50 min that day against 45 min" in shown, shown
    log(journal, 0, 5, hour=13)  # and while it is open
    page.refresh()
    shown = "\n".join(texts(page.explanation))
    assert "Daily AI budget, 55 min that day against 45 min" in shown, shown
    assert f"rounded to {page.score_label.text()}." in shown
