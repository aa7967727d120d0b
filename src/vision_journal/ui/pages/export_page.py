"""The export and import page: the vision summary or all data out; AI use from real exports
and the journal's own JSON data in.

Export: choose the period, the format (PDF, Markdown, HTML, JSON data) and "charter only",
then Export… asks for a file and writes it atomically. Import: choose the source and the
file; the file is read and compared with the journal off the GUI thread, and the preview
(what the file holds, sessions, dates, minutes, duplicates, what was skipped and why,
rejected rows, tools to create) is shown before anything is written. Import then writes in
one transaction in a QThreadPool worker with a progress bar and Cancel; a cancelled import
leaves the journal unchanged. The journal's own JSON data restores an empty journal or
merges into one with data (records to add and already there by kind, conflicts listed);
that import is kept as one step of the undo history.

Workers never touch widgets: they report through the signals of a `WorkerSignals` object
that lives in the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.dashboard import HISTORY_WEEKS
from vision_journal.core.journal import Journal
from vision_journal.core.operations.step import OpResult
from vision_journal.ui.core_text import message as translated
from vision_journal.ui.formatting import date_pattern, format_date, format_number
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.scroll_page import scrolling_layout

if TYPE_CHECKING:
    from vision_journal.core.export.data_merge import DataImportPlan
    from vision_journal.core.importing import ImportPreview, ImportResult
    from vision_journal.core.imports import ImportReport
    from vision_journal.ui.widgets.charter_panel import CharterPanel

# The export and import code (and Qt's printing module, for the PDF) is imported when first
# used, not while the window starts: most starts never export. The two functions below are
# the page's only way into the import code, so a test can stand in for either.


def preview_import(journal: Journal, report: ImportReport) -> ImportPreview:
    """`core.importing.preview_import`."""
    from vision_journal.core import importing

    return importing.preview_import(journal, report)


def import_sessions(journal: Journal, report: ImportReport, **hooks: Any) -> OpResult[ImportResult]:
    """The operation `core.operations.imports.import_sessions` (hooks: `progress`,
    `is_cancelled`)."""
    from vision_journal.core.operations import imports

    return imports.import_sessions(journal, report, **hooks)


def _parser(source: str) -> Callable[..., ImportReport]:
    """The parser of an import source: "chatgpt", "claude" or "activitywatch"."""
    from vision_journal.core import imports

    return {
        "chatgpt": imports.parse_chatgpt,
        "claude": imports.parse_claude,
        "activitywatch": imports.parse_activitywatch,
    }[source]


def _field_words(name: str) -> str:
    """A field of the data file as words ("cadence_days" -> "cadence days")."""
    return name.removeprefix("is_").removeprefix("has_").removesuffix("_id").replace("_", " ")


#: (key, file suffix, file-dialog filter) of each export format.
EXPORT_FORMATS = (
    ("pdf", ".pdf", "PDF (*.pdf)"),
    ("md", ".md", "Markdown (*.md)"),
    ("html", ".html", "HTML (*.html *.htm)"),
    ("json", ".json", "JSON (*.json)"),
)


Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class WorkerSignals(QObject):
    """What a worker reports; it lives in the GUI thread, so its slots run there."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs `job(progress, is_cancelled)` on a pool thread and reports through `signals`."""

    def __init__(
        self,
        job: Callable[[Progress, CancelCheck], object],
        signals: WorkerSignals,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self._job = job
        self.signals = signals
        self._cancel = cancel

    def run(self) -> None:
        from vision_journal.core.imports import ImportCancelled, ImportFormatError

        try:
            result = self._job(self.signals.progressed.emit, self._cancel.is_set)
        except ImportCancelled:
            self.signals.cancelled.emit()
        except (ImportFormatError, ValueError, OSError) as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug must still end the busy state in the window
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)


class ExportPage(QWidget):
    """Exports the summary or the data; previews and runs imports of AI use."""

    exported = Signal(object)
    preview_ready = Signal(object)
    import_finished = Signal(object)
    import_cancelled = Signal()
    import_failed = Signal(str)
    progressed = Signal(int, int)

    def __init__(
        self, journal: Journal, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._signals: WorkerSignals | None = None
        self._report: ImportReport | None = None
        self.preview: ImportPreview | None = None
        self._data: object = None
        self.data_plan: DataImportPlan | None = None
        self._is_busy = False
        self._build()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = scrolling_layout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Export and import"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        export_box = QGroupBox(self.tr("Export"))
        form = QFormLayout(export_box)
        period = QHBoxLayout()
        self.from_date = QDateEdit()
        self.from_date.setCalendarPopup(True)
        self.from_date.setAccessibleName(self.tr("First day"))
        self.to_date = QDateEdit()
        self.to_date.setCalendarPopup(True)
        self.to_date.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_date, self.to_date):
            edit.setDisplayFormat(date_pattern(edit.locale()))
        period.addWidget(self.from_date)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_date)
        period.addStretch(1)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.from_date)
        form.addRow(period_label, period)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        names = {
            "pdf": self.tr("Vision summary — PDF"),
            "md": self.tr("Vision summary — Markdown"),
            "html": self.tr("Vision summary — HTML"),
            "json": self.tr("All data — JSON"),
        }
        for key, _, _ in EXPORT_FORMATS:
            self.format.addItem(names[key], key)
        form.addRow(self.tr("&Format:"), self.format)
        self.charter_only = QCheckBox(
            self.tr("&Charter only: commitments to share, no private logs or reasons")
        )
        form.addRow("", self.charter_only)
        # Built when the person first asks for a charter (it reads goals and the exporters).
        self.charter: CharterPanel | None = None
        self._export_form = form
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setAccessibleName(self.tr("Export result"))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.export_status, 1)
        form.addRow("", row)
        layout.addWidget(export_box)

        import_box = QGroupBox(self.tr("Import"))
        box = QVBoxLayout(import_box)
        note = QLabel(
            self.tr(
                "Reads only times and counts from a ChatGPT or Claude data export or an "
                "ActivityWatch export — never the text of a message — or this journal's own "
                "JSON data. You see a preview before anything is written; importing the same "
                "file again adds nothing."
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        chooser = QHBoxLayout()
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Import source"))
        self.source.addItem(self.tr("ChatGPT export"), "chatgpt")
        self.source.addItem(self.tr("Claude export"), "claude")
        self.source.addItem(self.tr("ActivityWatch export"), "activitywatch")
        self.source.addItem(self.tr("Vision Journal data (JSON)"), "json")
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.file.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"))
        chooser.addWidget(self.source)
        chooser.addWidget(self.file, 1)
        chooser.addWidget(self.choose_button)
        box.addLayout(chooser)

        self.preview_table = QTableWidget(0, 2)
        self.preview_table.setAccessibleName(self.tr("Import preview"))
        self.preview_table.setHorizontalHeaderLabels([self.tr("Preview"), ""])
        self._table_setup(self.preview_table)
        self.preview_table.setMinimumHeight(self._rows_height(self.preview_table, 9))
        box.addWidget(self.preview_table, 4)
        self.rejected_table = QTableWidget(0, 2)
        self.rejected_table.setAccessibleName(self.tr("Rejected rows"))
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Rejected"), self.tr("Why")])
        self._table_setup(self.rejected_table)
        self.rejected_table.setMinimumHeight(self._rows_height(self.rejected_table, 3))
        box.addWidget(self.rejected_table, 1)

        actions = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_status.setAccessibleName(self.tr("Import result"))
        actions.addWidget(self.import_status, 1)
        actions.addWidget(self.progress)
        actions.addWidget(self.import_button)
        actions.addWidget(self.cancel_button)
        box.addLayout(actions)
        layout.addWidget(import_box, 1)

        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.charter_only.toggled.connect(self._on_charter_only_toggled)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.source.currentIndexChanged.connect(self._on_source_current_index_changed)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)

    @staticmethod
    def _rows_height(table: QTableWidget, rows: int) -> int:
        """The height that shows the header and `rows` rows."""
        header = table.horizontalHeader().sizeHint().height()
        return header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()

    @staticmethod
    def _table_setup(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def refresh(self) -> None:
        """Set the period to the 12 weeks ending today (the dashboard's span)."""
        today = self._journal.today()
        first = today - dt.timedelta(days=7 * HISTORY_WEEKS - 1)
        self.to_date.setDate(QDate(today.year, today.month, today.day))
        self.from_date.setDate(QDate(first.year, first.month, first.day))

    # --- export -------------------------------------------------------------------------------

    def _period(self) -> tuple[dt.date, dt.date]:
        first = self.from_date.date().toPython()
        last = self.to_date.date().toPython()
        assert isinstance(first, dt.date)
        assert isinstance(last, dt.date)
        return first, last

    def export_format(self) -> str:
        """The key of the chosen format: pdf, md, html or json."""
        return str(self.format.currentData())

    def set_export_format(self, key: str) -> None:
        """Choose a format by key."""
        self.format.setCurrentIndex(self.format.findData(key))

    def export_to(self, path: Path) -> bool:
        """Write the chosen export to `path`; shows the outcome and returns True on success."""
        first, last = self._period()
        if first > last:
            self.export_status.setText(self.tr("The period starts after it ends."))
            return False
        key = self.export_format()
        from vision_journal.core.atomic import write_atomically
        from vision_journal.core.export.data_json import write_json_file
        from vision_journal.core.export.html import render_html
        from vision_journal.core.export.markdown import render_markdown
        from vision_journal.core.export.summary import build_summary
        from vision_journal.ui.pdf import write_summary_pdf

        try:
            if key == "json":
                write_json_file(self._journal, path)
            else:
                charter = (
                    self.charter.choice()
                    if self.charter is not None and self.charter_only.isChecked()
                    else None
                )
                summary = build_summary(self._journal, first, last, charter=charter)
                if key == "pdf":
                    write_summary_pdf(summary, path)
                elif key == "md":
                    write_atomically(path, render_markdown(summary).encode("utf-8"))
                else:
                    write_atomically(path, render_html(summary).encode("utf-8"))
        except OSError as error:
            self.export_status.setText(
                self.tr("Could not write %1: %2")
                .replace("%1", path.name)
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.export_status.setText(self.tr("Saved %1.").replace("%1", str(path)))
        self.exported.emit(path)
        return True

    def _on_export_button_clicked(self) -> None:
        key = self.export_format()
        suffix, file_filter = next((s, f) for k, s, f in EXPORT_FORMATS if k == key)
        name = "vision-journal-data" if key == "json" else "vision-summary"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / f"{name}{suffix}"), file_filter
        )
        if chosen:
            self.export_to(Path(chosen))

    def _on_format_current_index_changed(self, _index: int) -> None:
        is_summary = self.export_format() != "json"
        for widget in (self.from_date, self.to_date, self.charter_only):
            widget.setEnabled(is_summary)
        if self.charter is not None:
            self.charter.setVisible(is_summary and self.charter_only.isChecked())

    def _on_charter_only_toggled(self, checked: bool) -> None:
        # The choice and its preview appear where the person decides to share.
        if checked and self.charter is None:
            from vision_journal.ui.widgets.charter_panel import CharterPanel

            self.charter = CharterPanel(self._journal)
            self._export_form.insertRow(self._export_form.rowCount() - 1, self.charter)
        if self.charter is not None:
            self.charter.setVisible(checked and self.export_format() != "json")
            if checked:
                self.charter.refresh()

    # --- import -------------------------------------------------------------------------------

    def set_source(self, key: str) -> None:
        """Choose an import source by key: chatgpt, claude or activitywatch."""
        self.source.setCurrentIndex(self.source.findData(key))

    def _on_source_current_index_changed(self, _index: int) -> None:
        if self.file.text() and not self._is_busy:
            self.load_file(Path(self.file.text()))

    def _on_choose_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an export to import"),
            str(Path.home()),
            self.tr("Exports (*.json *.zip);;All files (*)"),
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read `path` off the GUI thread and show the preview; nothing is written."""
        self.file.setText(str(path))
        self._report = None
        self.preview = None
        self._data = None
        self.data_plan = None
        self._show_preview(None)
        journal = self._journal
        if self.source.currentData() == "json":

            def plan_job(_progress: Progress, _is_cancelled: CancelCheck) -> object:
                from vision_journal.core.export.data_json import load_json_file
                from vision_journal.core.export.data_merge import plan_data_import

                data = load_json_file(path)
                return data, plan_data_import(journal, data)

            self.import_status.setText(self.tr("Reading %1…").replace("%1", path.name))
            self._start(plan_job, self._on_data_preview_finished)
            return
        parse = _parser(str(self.source.currentData()))

        def job(progress: Progress, is_cancelled: CancelCheck) -> object:
            report = parse(path, progress=progress, is_cancelled=is_cancelled)
            return report, preview_import(journal, report)

        self.import_status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._start(job, self._on_preview_finished)

    def _on_preview_finished(self, result: object) -> None:
        from vision_journal.core.importing import ImportPreview
        from vision_journal.core.imports import ImportReport

        assert isinstance(result, tuple)
        report, preview = result
        assert isinstance(report, ImportReport)
        assert isinstance(preview, ImportPreview)
        self._report = report
        self.preview = preview
        self._show_preview(preview)
        if preview.has_anything_to_import:
            status = self.tr("Ready: %1 new sessions. Nothing has been written yet.").replace(
                "%1", format_number(preview.new_sessions)
            )
        else:
            status = self.tr("Nothing new to import in this file.")
        if not preview.is_complete:
            status = (
                self.tr("The file is damaged; only the part before the damage was read.")
                + " "
                + status
            )
        self.import_status.setText(status)
        self.preview_ready.emit(preview)

    def _on_data_preview_finished(self, result: object) -> None:
        from vision_journal.core.export.data_merge import DataImportPlan

        assert isinstance(result, tuple)
        data, plan = result
        assert isinstance(plan, DataImportPlan)
        self._data = data
        self.data_plan = plan
        self._show_data_preview(plan)
        if plan.is_restore:
            status = self.tr("Ready to restore everything into this empty journal.")
        elif plan.has_anything_to_import:
            status = self.tr("Records to add: %1. Nothing has been written yet.").replace(
                "%1", format_number(plan.new_total)
            )
        else:
            status = self.tr("Nothing new to import in this file.")
        self.import_status.setText(status)
        self.preview_ready.emit(plan)

    def _kind_name(self, kind: str) -> str:
        names = {
            "circles": self.tr("Circles"),
            "tools": self.tr("AI tools"),
            "vision_revisions": self.tr("Vision versions"),
            "goals": self.tr("Goals"),
            "rules": self.tr("Boundary rules"),
            "uses": self.tr("AI uses"),
            "connections": self.tr("Connections"),
            "breach_notes": self.tr("Breach notes"),
            "prompts": self.tr("Check-in questions"),
            "checkins": self.tr("Check-ins"),
            "found_sessions": self.tr("Found sessions (Inbox)"),
            "settings": self.tr("Settings"),
        }
        return names.get(kind, kind)

    def _show_data_preview(self, plan: DataImportPlan) -> None:
        from vision_journal.core.export.data_merge import KINDS

        what = self.tr("Restore everything") if plan.is_restore else self.tr("Merge")
        rows = [(self.tr("Import"), what)]
        for kind in KINDS:
            new, present = plan.new.get(kind, 0), plan.present.get(kind, 0)
            if new or present:
                text = self.tr("%1 new").replace("%1", format_number(new))
                if present:
                    text += ", " + self.tr("%1 already in the journal").replace(
                        "%1", format_number(present)
                    )
                rows.append((self._kind_name(kind), text))
        rows.append(
            (self.tr("Conflicts (the journal keeps its own)"), format_number(len(plan.conflicts)))
        )
        self._fill(self.preview_table, rows)
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Conflict"), self.tr("Differs in")])
        self._fill(
            self.rejected_table,
            [
                (conflict.label, ", ".join(map(_field_words, conflict.fields)))
                for conflict in plan.conflicts
            ],
        )
        self.import_button.setEnabled(plan.has_anything_to_import and not self._is_busy)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
        table.setRowCount(len(rows))
        for i, (name, value) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(name))
            table.setItem(i, 1, QTableWidgetItem(value))

    def _show_preview(self, preview: ImportPreview | None) -> None:
        rows: list[tuple[str, str]] = []
        if preview is not None:
            span = "–"
            if preview.first_day is not None and preview.last_day is not None:
                span = self.tr("%1 to %2").replace("%1", format_date(preview.first_day))
                span = span.replace("%2", format_date(preview.last_day))
            tools = ", ".join(preview.tools_to_create) or self.tr("none")
            found = (
                self.tr("Events in the file")
                if self.source.currentData() == "activitywatch"
                else self.tr("Conversations in the file")
            )
            rows = [
                (found, format_number(preview.found)),
                (self.tr("Sessions found"), format_number(preview.sessions)),
                (self.tr("Dates"), span),
                (self.tr("Minutes"), format_number(preview.minutes)),
                (self.tr("Already in the journal (skipped)"), format_number(preview.duplicates)),
                (
                    self.tr("To add"),
                    self.tr("%1 sessions, %2 minutes")
                    .replace("%1", format_number(preview.new_sessions))
                    .replace("%2", format_number(preview.new_minutes)),
                ),
                (self.tr("Tools to create"), tools),
                (self.tr("Skipped on purpose"), format_number(preview.ignored_count)),
            ]
            rows += [
                ("    " + translated(skipped.why), format_number(skipped.count))
                for skipped in preview.skipped
            ]
            rows.append((self.tr("Rejected"), format_number(len(preview.rejected))))
        self._fill(self.preview_table, rows)
        self.rejected_table.setHorizontalHeaderLabels([self.tr("Rejected"), self.tr("Why")])
        rejected = preview.rejected if preview is not None else ()
        self._fill(self.rejected_table, [(item.where, item.why) for item in rejected])
        self.import_button.setEnabled(
            preview is not None and preview.has_anything_to_import and not self._is_busy
        )

    def start_import(self) -> None:
        """Write the previewed sessions in a worker; the journal is unchanged if it stops."""
        if self.data_plan is not None:
            self._start_data_import(self.data_plan)
            return
        report = self._report
        if report is None or self._is_busy:
            return
        journal = self._journal

        def job(progress: Progress, is_cancelled: CancelCheck) -> object:
            return import_sessions(journal, report, progress=progress, is_cancelled=is_cancelled)

        self.import_status.setText(self.tr("Importing…"))
        self._start(job, self._on_import_finished)

    def _start_data_import(self, plan: DataImportPlan) -> None:
        if self._is_busy or not plan.has_anything_to_import:
            return
        journal = self._journal

        def job(_progress: Progress, _is_cancelled: CancelCheck) -> object:
            from vision_journal.core.operations.imports import import_data

            return import_data(journal, plan)

        self.import_status.setText(self.tr("Importing…"))
        self._start(job, self._on_data_import_finished)

    def _on_data_import_finished(self, result: object) -> None:
        from vision_journal.core.export.data_json import DataImportResult

        assert isinstance(result, OpResult)
        # Written in the worker already: the history keeps its step to undo and redo.
        written = self._history.push(result)
        assert isinstance(written, DataImportResult)
        self.import_status.setText(
            self.tr("Imported %1 records.").replace("%1", format_number(written.total))
        )
        self.data_plan = None
        self.import_button.setEnabled(False)
        self.import_finished.emit(written)

    def cancel(self) -> None:
        """Ask the running worker to stop; it rolls back what it started."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def _start(
        self, job: Callable[[Progress, CancelCheck], object], done: Callable[[object], None]
    ) -> None:
        self._cancel = threading.Event()
        signals = WorkerSignals(self)
        signals.progressed.connect(self._on_worker_progressed)
        signals.finished.connect(self._on_worker_stopped)
        signals.failed.connect(self._on_worker_stopped)
        signals.cancelled.connect(self._on_worker_stopped)
        signals.finished.connect(done)
        signals.failed.connect(self._on_worker_failed)
        signals.cancelled.connect(self._on_worker_cancelled)
        self._signals = signals
        self._set_busy(True)
        self._pool.start(Worker(job, signals, self._cancel))

    def _set_busy(self, is_busy: bool) -> None:
        self._is_busy = is_busy
        self.progress.setVisible(is_busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(is_busy)
        self.choose_button.setEnabled(not is_busy)
        self.source.setEnabled(not is_busy)
        ready = (self.preview is not None and self.preview.has_anything_to_import) or (
            self.data_plan is not None and self.data_plan.has_anything_to_import
        )
        self.import_button.setEnabled(not is_busy and ready)

    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progressed.emit(done, total)

    def _on_worker_stopped(self, *_args: object) -> None:
        self._set_busy(False)

    def _on_worker_failed(self, message: str) -> None:
        self._report = None
        self.preview = None
        self.data_plan = None
        self._show_preview(None)
        self.import_status.setText(message)
        self.import_failed.emit(message)

    def _on_worker_cancelled(self) -> None:
        self.import_status.setText(self.tr("Stopped. Nothing was written."))
        self.import_cancelled.emit()

    def _on_import_finished(self, result: object) -> None:
        from vision_journal.core.importing import ImportResult

        assert isinstance(result, OpResult)
        # Written in the worker already: the history keeps its step to undo and redo.
        added = self._history.push(result)
        assert isinstance(added, ImportResult)
        text = (
            self.tr("Imported %1 sessions (%2 minutes).")
            .replace("%1", format_number(added.added))
            .replace("%2", format_number(added.minutes))
        )
        if added.joined_inbox:
            # Found by capture too: they wait in the Inbox as one session each.
            text += " " + self.tr(
                "%n session(s) of the file joined sessions found on this computer that "
                "wait in the Inbox.",
                "",
                added.joined_inbox,
            )
        self.import_status.setText(text)
        # The previewed file is in the journal now: a second import would add nothing.
        self._report = None
        self.import_button.setEnabled(False)
        self.import_finished.emit(added)

    def wait_for_workers(self) -> None:
        """Block until no worker runs (for closing the window, and for tests)."""
        self._pool.waitForDone()

    def shut_down(self) -> None:
        """Cancel a running worker and wait for it (the window calls this when it closes)."""
        self._cancel.set()
        self._pool.waitForDone()
