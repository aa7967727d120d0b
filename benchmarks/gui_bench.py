"""Window measurements: logging a use through the real dialog, filtering and scrolling the
AI-use list, and a year's summary as PDF. Offscreen, one process, the heavy journal open.

    python benchmarks/gui_bench.py --data-dir DIR --runs 10

Run by `run.py` in the benchmark environment (see `common.bench_env`); prints one RESULT line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from common import emit, median_ms, peak_rss_mb
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.application import make_application
from vision_journal.ui.main_window import MainWindow

#: What the filter benchmark types, one keystroke at a time (a circle's name).
FILTER_TEXT = "friends"


def _settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def _log_use(app: QApplication, window: MainWindow, runs: int) -> list[float]:
    """From the click on Save to the dashboard showing the recomputed index, painted."""
    window.sidebar.setCurrentRow(0)
    _settle(app)
    samples = []
    for run in range(runs + 1):
        dialog = window.open_log_dialog()
        dialog.minutes.setValue(7)
        _settle(app)
        before = window.dashboard_page.data()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        started = time.perf_counter()
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)
        if dialog.isVisible() and not dialog.friction.isHidden():
            # A firm rule asks for a reason: a person types it, then saves; time the save.
            for field in dialog.friction.findChildren(QLineEdit):
                field.setText("benchmark")
            started = time.perf_counter()
            QTest.mouseClick(save, Qt.MouseButton.LeftButton)
        while window.dashboard_page.data() is before:
            app.processEvents()
        window.dashboard_page.repaint()
        elapsed = time.perf_counter() - started
        if run:  # the first run warms caches
            samples.append(elapsed)
        # Undo, so every run logs into the same journal (not timed).
        refreshed = window.dashboard_page.data()
        window.history.undo()
        while window.dashboard_page.data() is refreshed:
            app.processEvents()
    return samples


def _filter(app: QApplication, window: MainWindow, runs: int) -> list[float]:
    """Per keystroke: typing `FILTER_TEXT` and deleting it again, each repainted."""
    page = window.usage_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.filter.setFocus()
    _settle(app)
    samples = []
    for _ in range(runs):
        for char in FILTER_TEXT:
            started = time.perf_counter()
            QTest.keyClicks(page.filter, char)
            page.table.repaint()
            samples.append(time.perf_counter() - started)
        for _ in FILTER_TEXT:
            started = time.perf_counter()
            QTest.keyClick(page.filter, Qt.Key.Key_Backspace)
            page.table.repaint()
            samples.append(time.perf_counter() - started)
    return samples


def _scroll(app: QApplication, window: MainWindow, runs: int) -> tuple[list[float], int, int]:
    """Scrolling the AI-use list from its top to its last row, painted: seconds per run, the
    rows reached, and the most rows the model held on the way.

    Each run starts from a freshly read list (as after any change), untimed. A model that
    reveals rows as it scrolls (`canFetchMore`) is followed until it has revealed them all.
    """
    page = window.usage_page
    page.filter.clear()
    _settle(app)
    model = page.model
    samples: list[float] = []
    held = 0
    for _ in range(runs):
        model.reload()
        page.table.scrollToTop()
        _settle(app)
        started = time.perf_counter()
        page.table.scrollToBottom()
        app.processEvents()
        while model.canFetchMore():
            model.fetchMore()
            page.table.scrollToBottom()
            app.processEvents()
        page.table.repaint()
        samples.append(time.perf_counter() - started)
        held = max(held, _held_rows(model))
    return samples, model.rowCount(), held


def _held_rows(model: object) -> int:
    """The records the model keeps (every row it shows, for a model without a window)."""
    held = getattr(model, "held_rows", None)
    return int(held()) if callable(held) else int(model.rowCount())  # type: ignore[attr-defined]


def _pdf(journal: Journal, runs: int) -> list[float] | None:
    """A year's summary as PDF bytes, from the journal (None when ui/pdf.py is absent)."""
    if importlib.util.find_spec("vision_journal.ui.pdf") is None:
        return None
    from vision_journal.core.export.summary import build_summary
    from vision_journal.ui.pdf import render_summary_pdf

    today = journal.today()

    def export() -> None:
        summary = build_summary(journal, today - dt.timedelta(days=364), today)
        render_summary_pdf(summary)

    export()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        export()
        samples.append(time.perf_counter() - started)
    return samples


def main(argv: list[str] | None = None) -> int:
    """Open the journal in the window, measure, print the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    app = make_application([sys.argv[0]])
    paths = JournalPaths(args.data_dir)
    journal = Journal.open(paths)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as settings_dir:
        window = MainWindow(journal, Path(settings_dir) / "settings.ini")
        window.show()
        _settle(app)
        results["open_rss_mb"] = peak_rss_mb()
        log = _log_use(app, window, args.runs)
        results["log_use_ms"] = median_ms(log)
        results["log_use_rss_mb"] = peak_rss_mb()
        keys = _filter(app, window, max(1, args.runs // 3))
        results["filter_ms"] = median_ms(keys)
        results["filter_max_ms"] = 1000 * max(keys)
        results["filter_rss_mb"] = peak_rss_mb()
        scrolls, rows, held = _scroll(app, window, max(1, args.runs // 3))
        results["scroll_ms"] = median_ms(scrolls)
        results["scroll_rows"] = rows
        results["scroll_held_rows"] = held
        results["scroll_rss_mb"] = peak_rss_mb()
        pdf = _pdf(journal, max(1, args.runs // 3))
        results["pdf_ms"] = None if pdf is None else median_ms(pdf)
        results["gui_peak_rss_mb"] = peak_rss_mb()
        window.close()
    journal.close()
    emit(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
