"""Render every section of the window on the demo journal to PNG, light and dark.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]

Runs offscreen (no display needed). The README's screenshot comes from here, so it always
shows the real window with real (sample) data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from vision_journal.core.journal import Journal
from vision_journal.core.keys import new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.app import make_application
from vision_journal.ui.main_window import MainWindow

SIZE = (1180, 760)


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops hand to Qt in dark mode."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#26282b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1d1f21",
        QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#303236",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7ab8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#303236",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8d91",
        QPalette.ColorRole.Mid: "#4a4d52",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Dark: "#151618",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def render(app: QApplication, journal: Journal, settings: Path, out: Path, suffix: str) -> None:
    window = MainWindow(journal, settings)
    window.resize(*SIZE)
    window.show()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        app.processEvents()
        name = window.sidebar.item(row).text().lower().replace(" ", "-").replace("&", "and")
        window.grab().save(str(out / f"{name}{suffix}.png"))
    window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = make_application([])
    with tempfile.TemporaryDirectory() as folder:
        # A home of its own, so the Settings page shows where a journal usually lives.
        os.environ["HOME"] = folder
        paths = JournalPaths(Path(folder, ".local", "share", "vision-journal"))
        journal = Journal.open(paths, new_key())
        generate(journal, end=journal.today() - dt.timedelta(days=1), years=1.0, scale="demo")
        mark_setup_done(journal)
        render(app, journal, paths.settings_file, out, "")
        app.setPalette(dark_palette())
        render(app, journal, paths.settings_file, out, "-dark")
        journal.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
