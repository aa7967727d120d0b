"""Render the Inbox and the capture settings on the demo journal, light and dark.

    .venv/bin/python scripts/capture_screenshots.py OUT_DIR

Runs offscreen. The demo journal gets a few found sessions as capture would file them (one
found by ActivityWatch and Firefox together), so the Inbox shows suggestions, sources and a
session with nothing to suggest from. Writes inbox[-dark][-800x600].png and
settings-capture[-dark].png.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from screenshots import SCHEMES, SIZE, settle

from vision_journal.core.capture import inbox
from vision_journal.core.capture.inbox import FoundCandidate
from vision_journal.core.journal import Journal
from vision_journal.core.keys import new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import ToolKind
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.app import make_application
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.style import install_theme


def _found(journal: Journal) -> None:
    day = dt.datetime.combine(journal.today(), dt.time(9, 5))

    def at(days: int, hour: int, minute: int) -> dt.datetime:
        return (day - dt.timedelta(days=days)).replace(hour=hour, minute=minute)

    items = [
        ("ChatGPT", ToolKind.CHAT_ASSISTANT, at(0, 9, 5), 16, "activitywatch"),
        ("Claude", ToolKind.CHAT_ASSISTANT, at(0, 14, 0), 10, "activitywatch"),
        ("Claude", ToolKind.CHAT_ASSISTANT, at(0, 14, 2), 9, "firefox"),
        ("Perplexity", ToolKind.SEARCH, at(1, 11, 0), 6, "firefox"),
        ("ChatGPT", ToolKind.CHAT_ASSISTANT, at(1, 21, 0), 5, "chrome"),
        ("Replika", ToolKind.COMPANION, at(1, 23, 10), 24, "activitywatch"),
        ("Otter.ai", ToolKind.MEETING_TRANSCRIPTION, at(2, 10, 0), 42, "activitywatch"),
    ]
    inbox.file_sessions(
        journal,
        [
            FoundCandidate(
                tool,
                kind,
                start,
                start + dt.timedelta(minutes=minutes),
                minutes,
                source,
                f"{source}:{tool.lower()}:{int(start.timestamp())}",
            )
            for tool, kind, start, minutes, source in items
        ],
    )


def render(window: MainWindow, out: Path, suffix: str) -> None:
    page = window.open_inbox()
    page.table.selectRow(1)
    for size, tag in ((SIZE, ""), ((800, 600), "-800x600")):
        window.resize(*size)
        settle()
        window.grab().save(str(out / f"inbox{suffix}{tag}.png"))
    window.resize(*SIZE)
    window.sidebar.setCurrentRow(window.stack.indexOf(window.settings_page))
    settle()
    box = window.settings_page.capture
    box.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(box)  # the scroll area
    settle()
    window.grab().save(str(out / f"settings-capture{suffix}.png"))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots-tmp")
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = make_application([])
    theme = install_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HOME"] = folder
        paths = JournalPaths(Path(folder, ".local", "share", "vision-journal"))
        journal = Journal.open(paths, new_key())
        generate(journal, end=journal.today() - dt.timedelta(days=3), years=0.3)
        mark_setup_done(journal)
        _found(journal)
        window = MainWindow(journal, paths.settings_file)
        window.show()
        for scheme, suffix in SCHEMES:
            theme.apply(scheme)
            render(window, out, suffix)
        window.close()
        del app
        journal.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
