"""Render the dashboard in each state a person meets: empty, too little data, Balanced, Watch
(with "Why?" open) and Over-reliant, light and dark.

    .venv/bin/python scripts/dashboard_level_screenshots.py [OUT_DIR]

Writes OUT_DIR (resources/screenshots/dashboard-levels) / <state>[-dark].png at 1100×760.
Runs offscreen. Each state is a small journal of its own, written as a person would log it
over the last two weeks: a daily budget of 60 minutes, two circles, AI use around the budget
(under it, a little over, far over) and time with people (often, sometimes, seldom). The
script checks that each journal reaches the level it is named after.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication

from vision_journal.core.balance import Level
from vision_journal.core.dashboard import load_dashboard
from vision_journal.core.journal import Journal
from vision_journal.core.keys import new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    CircleInput,
    ConnectionInput,
    ConnectionMode,
    Mediation,
    RuleInput,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.core.setup import mark_setup_done
from vision_journal.ui.app import make_application
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.style import install_theme

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import SCHEMES, settle

SIZE = (1100, 760)
DAYS = 14


@dataclass(frozen=True)
class State:
    """One picture: a file name, the level it must show, and how the two weeks went."""

    name: str
    level: Level | None
    days: int = DAYS
    minutes: int = 0
    mediated_share: float = 0.0
    connections_every: int = 0
    open_why: bool = False


STATES = (
    State("empty", None, days=0),
    State("notenough", None, days=1, minutes=35, connections_every=1),
    State("balanced", Level.BALANCED, minutes=35, connections_every=1),
    State(
        "watch-why", Level.WATCH, minutes=80, mediated_share=0.5, connections_every=3, open_why=True
    ),
    State("over", Level.OVER_RELIANT, minutes=150, mediated_share=1.0, connections_every=2),
)


def fill(journal: Journal, state: State, today: dt.date, clock: list[dt.datetime]) -> None:
    """Two weeks of a life as `state` describes it, each day logged on the day."""
    if state.days == 0:
        return
    first = today - dt.timedelta(days=state.days - 1)
    clock[0] = dt.datetime.combine(first, dt.time(8, 0))
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
    colleagues = journal.save_circle(CircleInput("Colleagues", Sphere.PROFESSIONAL))
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(60)))
    for offset in range(state.days):
        day = first + dt.timedelta(days=offset)
        clock[0] = dt.datetime.combine(day, dt.time(21, 0))
        # The day's minutes in two sessions, one of them a message to someone.
        morning = dt.datetime.combine(day, dt.time(9, 0))
        journal.log_use(
            AiUseInput(
                morning, state.minutes // 2, tool.id, UsePurpose.WORK_TASK, Sphere.PROFESSIONAL
            )
        )
        mediated = offset % 2 == 0 and state.mediated_share > 0
        journal.log_use(
            AiUseInput(
                dt.datetime.combine(day, dt.time(15, 0)),
                state.minutes - state.minutes // 2,
                tool.id,
                UsePurpose.DRAFT_MESSAGE,
                Sphere.PERSONAL,
                circle_id=family.id if offset % 4 else colleagues.id,
                mediation=Mediation.AI_DRAFTED if mediated else Mediation.NONE,
            )
        )
        if state.connections_every and offset % state.connections_every == 0:
            for circle in (family, colleagues):
                journal.log_connection(
                    ConnectionInput(
                        dt.datetime.combine(day, dt.time(19, 0)),
                        circle.id,
                        ConnectionMode.IN_PERSON if circle is family else ConnectionMode.MESSAGE,
                        45 if circle is family else 5,
                        quality=4,
                    )
                )


def render(state: State, out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HOME"] = folder
        now = dt.datetime.combine(dt.date.today(), dt.time(21, 30))
        clock = [now]
        paths = JournalPaths(Path(folder, ".local", "share", "vision-journal"))
        journal = Journal.open(paths, new_key(), clock=lambda: clock[0])
        fill(journal, state, now.date(), clock)
        clock[0] = now
        mark_setup_done(journal)
        level = load_dashboard(journal).week.level
        if level is not state.level:
            raise SystemExit(f"{state.name}: the journal shows {level}, not {state.level}")
        window = MainWindow(journal, paths.settings_file)
        window.resize(*SIZE)
        window.show()
        page = window.dashboard_page
        page.why_button.setChecked(state.open_why)
        theme = install_theme()
        for scheme, suffix in SCHEMES:
            theme.apply(scheme)
            settle()
            page.grab().save(str(out / f"{state.name}{suffix}.png"))
        theme.apply(Qt.ColorScheme.Light)
        window.close()
        window.deleteLater()
        # Gone before its journal closes: its timers would read a closed journal.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        journal.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots/dashboard-levels")
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    make_application([])
    for state in STATES:
        render(state, out)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
