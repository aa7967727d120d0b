"""Render every page and dialog on the demo journal to PNG: 800×600 and 1440×900, light and
dark, English and German.

    .venv/bin/python scripts/screenshots.py                 # the README's set
    .venv/bin/python scripts/screenshots.py --all OUT_DIR   # the whole matrix, for review

Runs offscreen (no display needed). The README set goes to resources/screenshots: every page
in English at 1440×900, light (`<page>.png`) and dark (`<page>-dark.png`), the dashboard and
the quick log at 800×600, and the dashboard in German. `--all` writes
OUT_DIR/<language>/<width>x<height>/<page or dialog>[-dark].png for the acceptance check.
Each language is drawn by a child process of its own (translations are loaded once).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from vision_journal.core.journal import Journal
from vision_journal.core.keys import new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.app import make_application
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.models.goal_model import PROGRESS
from vision_journal.ui.setup_wizard import SetupWizard
from vision_journal.ui.style import install_theme
from vision_journal.ui.translations import install_translations

#: The size of the README's pictures (older scripts import it).
SIZE = (1440, 900)
SIZES = ((800, 600), (1440, 900))
SCHEMES = ((Qt.ColorScheme.Light, ""), (Qt.ColorScheme.Dark, "-dark"))
#: What the README set also shows at 800×600.
SMALL = frozenset({"dashboard", "quick-log", "charter"})


def settle() -> None:
    """Let Qt lay out and paint what was just shown."""
    for _ in range(3):
        QApplication.processEvents()


def file_name(title: str) -> str:
    """ "Circles & tools" -> "circles-and-tools"."""
    return title.lower().replace("&", "and").replace(" ", "-").replace("--", "-")


def dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """Every dialog a person meets, by file name: how to open it on this window."""

    def quick_log_more() -> QWidget:
        dialog = window.open_log_dialog()
        dialog.more_button.setChecked(True)
        return dialog

    def charter() -> QWidget:
        page = window.export_page
        window.sidebar.setCurrentRow(window.stack.indexOf(page))
        page.charter_only.setChecked(True)
        settle()
        return window

    def setup() -> QWidget:
        wizard = SetupWizard(Path.home() / ".local" / "share" / "vision-journal", window)
        wizard.show()
        return wizard

    return {
        "quick-log": window.open_log_dialog,
        "quick-log-more": quick_log_more,
        "log-connection": window.open_connection_dialog,
        "goal-dialog": window.goals_page.open_new_goal,
        "rule-dialog": window.boundaries_page.new_rule,
        "circle-dialog": window.circles_page.open_new_circle,
        "tool-dialog": window.circles_page.open_new_tool,
        "check-in": window.start_checkin,
        "charter": charter,
        "setup-wizard": setup,
    }


def choose_something(window: MainWindow, page: QWidget) -> None:
    """Choose what shows a page at its best: a goal with a measure, the first rule."""
    if page is window.goals_page:
        model = page.proxy
        for row in range(model.rowCount()):
            if model.index(row, PROGRESS).data():
                page.table.selectRow(row)
                return
    elif page is window.boundaries_page and page.cards:
        page.select_rule(page.cards[0].rule.id)


def draw(
    window: MainWindow,
    out: Path,
    size: tuple[int, int],
    suffix: str,
    wanted: Callable[[str], bool],
) -> None:
    """The pages and dialogs `wanted` lets through, at `size`, into `out`."""
    window.resize(*size)
    for row, title in enumerate(window.section_titles):
        name = file_name(title)
        if not wanted(name):
            continue
        window.sidebar.setCurrentRow(row)
        settle()
        choose_something(window, window.stack.widget(row))
        settle()
        window.grab().save(str(out / f"{name}{suffix}.png"))
    for name, open_dialog in dialogs(window).items():
        if not wanted(name):
            continue
        shown = open_dialog()
        settle()
        shown.grab().save(str(out / f"{name}{suffix}.png"))
        if shown is window:
            window.export_page.charter_only.setChecked(False)
        else:
            shown.close()
            shown.deleteLater()
        settle()


def render_language(language: str, out: Path, full: bool) -> None:
    """Draw one language's pictures in this process."""
    if language == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = make_application([])
    if language == "de":
        install_translations(app, QLocale())
    theme = install_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        # A home of its own, so the Settings page shows where a journal usually lives.
        os.environ["HOME"] = folder
        paths = JournalPaths(Path(folder, ".local", "share", "vision-journal"))
        journal = Journal.open(paths, new_key())
        generate(journal, end=journal.today() - dt.timedelta(days=1), years=1.0)
        mark_setup_done(journal)
        window = MainWindow(journal, paths.settings_file)
        window.show()
        for scheme, suffix in SCHEMES:
            theme.apply(scheme)
            if full:
                for width, height in SIZES:
                    folder_out = out / language / f"{width}x{height}"
                    folder_out.mkdir(parents=True, exist_ok=True)
                    draw(window, folder_out, (width, height), suffix, lambda _name: True)
            elif language == "de":
                draw(window, out, SIZE, f"-de{suffix}", lambda name: name == "dashboard")
            else:
                draw(window, out, SIZE, suffix, lambda name: name in window_pages(window))
                draw(window, out, (800, 600), f"-800{suffix}", lambda name: name in SMALL)
        window.close()
        journal.close()


def window_pages(window: MainWindow) -> set[str]:
    """The file names of the sections, plus the quick log and the charter."""
    return {file_name(t) for t in window.section_titles} | {"quick-log", "charter"}


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--language":
        render_language(args[1], Path(args[2]), full=args[3] == "all")
        return 0
    full = bool(args) and args[0] == "--all"
    if full:
        out = Path(args[1]) if len(args) > 1 else Path("screenshots")
    else:
        out = Path(args[0]) if args else Path("resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "de"):
        command = [
            sys.executable,
            __file__,
            "--language",
            language,
            str(out),
            "all" if full else "readme",
        ]
        subprocess.run(command, check=True)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
