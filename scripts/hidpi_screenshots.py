"""Render the dashboard and the AI-use dialog at twice the scale and in German, light and dark.

    .venv/bin/python scripts/hidpi_screenshots.py [OUT_DIR]

Writes dashboard-hidpi.png (QT_SCALE_FACTOR=2), dashboard-de.png, dashboard-de-dark.png,
dashboard-de-hidpi.png and ai-use-dialog-de.png to OUT_DIR (resources/screenshots). The
scale factor is read once per process, so each picture is drawn by a child process of its
own (`--variant NAME`). German text runs longer than English: these pictures are where
cut-off labels show up.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from vision_journal.core.journal import Journal
from vision_journal.core.keys import new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.app import make_application
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.style import install_theme
from vision_journal.ui.translations import install_translations

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import SIZE


@dataclass(frozen=True)
class Variant:
    """One picture: its file, scale, language and palette."""

    file: str
    scale: int = 1
    is_german: bool = False
    is_dark: bool = False
    is_use_dialog: bool = False


VARIANTS = {
    v.file: v
    for v in (
        Variant("dashboard-hidpi.png", scale=2),
        Variant("dashboard-de.png", is_german=True),
        Variant("dashboard-de-dark.png", is_german=True, is_dark=True),
        Variant("dashboard-de-hidpi.png", scale=2, is_german=True),
        Variant("ai-use-dialog-de.png", is_german=True, is_use_dialog=True),
    )
}


def draw(variant: Variant, out: Path) -> None:
    """Draw one variant in this process (QT_SCALE_FACTOR is already set)."""
    if variant.is_german:
        german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        QLocale.setDefault(german)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = make_application([])
    if variant.is_german:
        install_translations(app, QLocale())
    if variant.is_dark:
        install_theme(app).apply(Qt.ColorScheme.Dark)
    with tempfile.TemporaryDirectory() as folder:
        # A home of its own, so the Settings page shows where a journal usually lives.
        os.environ["HOME"] = folder
        paths = JournalPaths(Path(folder, ".local", "share", "vision-journal"))
        # A throwaway key: the sample journal lives in a temporary folder, not the keyring.
        journal = Journal.open(paths, key=new_key())
        generate(journal, end=journal.today() - dt.timedelta(days=1), years=1.0)
        mark_setup_done(journal)
        window = MainWindow(journal, paths.settings_file)
        window.resize(*SIZE)
        window.show()
        QApplication.processEvents()
        if variant.is_use_dialog:
            dialog = window.open_log_dialog()
            QApplication.processEvents()
            dialog.grab().save(str(out / variant.file))
            dialog.reject()
        else:
            window.grab().save(str(out / variant.file))
        window.close()
        journal.close()


def main() -> int:
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--variant":
        draw(VARIANTS[args[1]], Path(args[2]) if len(args) > 2 else Path("resources/screenshots"))
        return 0
    out = Path(args[0]) if args else Path("resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for variant in VARIANTS.values():
        env = dict(os.environ, QT_SCALE_FACTOR=str(variant.scale))
        command = [sys.executable, __file__, "--variant", variant.file, str(out)]
        subprocess.run(command, env=env, check=True)
        print(out / variant.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
