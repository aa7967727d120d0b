"""Settings, Capture: which sources may be read for AI use, and the known AI tools.

Every source is off until the person turns it on. ActivityWatch has an address (default
`http://localhost:5600`) and a "Check now" that syncs it off the GUI thread and says plainly
whether a server answers. Each browser profile found in the default folders is listed on
its own, with what reading it takes. Changes here are saved at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.capture import browsers
from vision_journal.core.capture import sync as capture
from vision_journal.core.capture.activitywatch_live import SOURCE as ACTIVITYWATCH
from vision_journal.core.capture.known_tools import (
    KnownTool,
    KnownToolError,
    effective_tools,
    shipped_tools,
    tool_from_dict,
)
from vision_journal.core.journal import Journal
from vision_journal.core.records import ToolKind
from vision_journal.ui.core_text import message as translated
from vision_journal.ui.formatting import format_datetime
from vision_journal.ui.widgets.combo import enum_combo, select_data
from vision_journal.ui.widgets.field_errors import ErrorLabel


class CaptureSettings(QGroupBox):
    """The capture part of Settings; `sync_requested(sources)` asks the window to sync."""

    sync_requested = Signal(object)
    config_saved = Signal(object)

    def __init__(
        self,
        journal: Journal,
        profiles: Sequence[browsers.BrowserProfile] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Finding AI use you forgot to log"), parent)
        self._journal = journal
        self._profiles = list(browsers.find_profiles() if profiles is None else profiles)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Only times, minutes, the tool and the site's domain are read: never titles, "
                "messages or addresses. What is found waits in the Inbox until you confirm it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.activitywatch = QCheckBox(self.tr("Read a running &ActivityWatch"))
        layout.addWidget(self.activitywatch)
        row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("ActivityWatch address"))
        address_label = QLabel(self.tr("Add&ress:"))
        address_label.setBuddy(self.address)
        self.check_button = QPushButton(self.tr("C&heck now"))
        self.check_button.setAccessibleName(self.tr("Check ActivityWatch now"))
        row.addWidget(address_label)
        row.addWidget(self.address, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.activitywatch_status = QLabel()
        self.activitywatch_status.setWordWrap(True)
        self.activitywatch_status.setAccessibleName(self.tr("ActivityWatch status"))
        layout.addWidget(self.activitywatch_status)

        browsers_label = QLabel(self.tr("Browser histories (each profile on its own):"))
        layout.addWidget(browsers_label)
        self.profile_boxes: dict[str, QCheckBox] = {}
        if not self._profiles:
            layout.addWidget(QLabel(self.tr("No Firefox or Chromium-family history was found.")))
        for profile in self._profiles:
            box = QCheckBox(profile.label)
            box.setToolTip(str(profile.path))
            box.setAccessibleName(self.tr("Read %1").replace("%1", profile.label))
            self.profile_boxes[profile.key] = box
            layout.addWidget(box)
            reads = QLabel(
                self.tr(
                    "Reads the times of visits to known AI sites and their domains; "
                    "no addresses, no titles."
                )
            )
            reads.setWordWrap(True)
            reads.setIndent(24)
            layout.addWidget(reads)
        self.browser_status = QLabel()
        self.browser_status.setWordWrap(True)
        layout.addWidget(self.browser_status)

        # The pause between background syncs: typed, so the core can say what is wrong.
        every = QHBoxLayout()
        every_label = QLabel(self.tr("Look &every"))
        self.sync_minutes = QLineEdit()
        self.sync_minutes.setAccessibleName(self.tr("Minutes between looks for AI use"))
        self.sync_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8 + 16)
        every_label.setBuddy(self.sync_minutes)
        every.addWidget(every_label)
        every.addWidget(self.sync_minutes)
        every.addWidget(QLabel(self.tr("minutes while the window is open")))
        every.addStretch(1)
        layout.addLayout(every)
        self.sync_minutes_error = ErrorLabel(self)
        layout.addWidget(self.sync_minutes_error)

        self.tools_button = QPushButton(self.tr("Known AI &tools…"))
        self.tools_button.setAccessibleName(self.tr("Edit the known AI tools"))
        tools_row = QHBoxLayout()
        tools_row.addWidget(self.tools_button)
        tools_row.addStretch(1)
        layout.addLayout(tools_row)

        self.activitywatch.toggled.connect(self._save)
        self.address.editingFinished.connect(self._save)
        self.sync_minutes.editingFinished.connect(self._save)
        for box in self.profile_boxes.values():
            box.toggled.connect(self._save)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.tools_button.clicked.connect(self.edit_tools)

    def refresh(self) -> None:
        """Show the saved capture settings and each source's last sync."""
        config = capture.load_config(self._journal)
        for widget in (self.activitywatch, self.address, *self.profile_boxes.values()):
            widget.blockSignals(True)
        self.activitywatch.setChecked(config.activitywatch_enabled)
        self.address.setText(config.activitywatch_url)
        self.sync_minutes.setText(str(config.sync_minutes))
        self.sync_minutes_error.show_message(None)
        for key, box in self.profile_boxes.items():
            box.setChecked(key in config.browser_profiles)
        for widget in (self.activitywatch, self.address, *self.profile_boxes.values()):
            widget.blockSignals(False)
        self._show_statuses()

    def _show_statuses(self) -> None:
        statuses = capture.statuses(self._journal)
        state = statuses.get(ACTIVITYWATCH)
        if state is None:
            self.activitywatch_status.setText(self.tr("Not read yet."))
        elif state.last_error:
            self.activitywatch_status.setText(state.last_error)
        elif state.last_sync_at is not None:
            self.activitywatch_status.setText(
                self.tr("Read %1.").replace("%1", format_datetime(state.last_sync_at))
            )
        problems = [
            f"{p.label}: {statuses[p.key].last_error}"
            for p in self._profiles
            if p.key in statuses and statuses[p.key].last_error
        ]
        self.browser_status.setText("\n".join(problems))

    def _save(self) -> None:
        config = capture.load_config(self._journal)
        try:
            minutes = capture.parse_sync_minutes(self.sync_minutes.text())
        except ValueError as error:
            # The rest is saved; the pause stays as it was until the field holds minutes.
            self.sync_minutes_error.show_message(translated(str(error)))
            minutes = config.sync_minutes
        else:
            self.sync_minutes_error.show_message(None)
        changed = dataclasses.replace(
            config,
            activitywatch_enabled=self.activitywatch.isChecked(),
            activitywatch_url=self.address.text().strip() or config.activitywatch_url,
            browser_profiles=frozenset(k for k, b in self.profile_boxes.items() if b.isChecked())
            | (config.browser_profiles - set(self.profile_boxes)),
            sync_minutes=minutes,
        )
        try:
            saved = capture.save_config(self._journal, changed)
        except ValueError as error:
            self.activitywatch_status.setText(str(error))
            return
        self.config_saved.emit(saved)

    def _on_check_clicked(self) -> None:
        self._save()
        self.activitywatch_status.setText(self.tr("Checking…"))
        self.sync_requested.emit([ACTIVITYWATCH])

    def show_report(self, report: capture.SyncReport) -> None:
        """Show how the last sync went."""
        self._show_statuses()
        for result in report.results:
            if result.key == ACTIVITYWATCH and result.error is None:
                self.activitywatch_status.setText(
                    self.tr("ActivityWatch answers. New sessions found: %1.").replace(
                        "%1", str(result.new_sessions)
                    )
                )

    def edit_tools(self) -> KnownToolsDialog:
        """Open the list of known AI tools (non-blocking, so tests can drive it)."""
        dialog = KnownToolsDialog(self._journal, self)
        dialog.open()
        return dialog


class KnownToolsDialog(QDialog):
    """The known AI tools: the shipped list with the person's additions and corrections.

    Each row is one tool: the journal tool it is filed under, its kind, app names and
    domains (comma-separated), and whether it is on. Rows that differ from the shipped list
    are kept as the person's own entries.
    """

    NAME, KIND, APPS, DOMAINS = range(4)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Known AI tools"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Apps match their whole name; a domain matches itself and its subdomains. "
                "Untick a tool to stop finding it. Apps and sites in no row are never counted."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Known AI tools"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Journal tool"), self.tr("Kind"), self.tr("Apps"), self.tr("Domains")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a tool"))
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the list"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(lambda: self._add_row(None))
        self._shipped = shipped_tools()
        config = capture.load_config(journal)
        for tool in effective_tools(self._shipped, config.custom_tools):
            self._add_row(tool)

    def _add_row(self, tool: KnownTool | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(tool.tool if tool else "")
        name.setCheckState(
            Qt.CheckState.Checked if tool is None or tool.is_enabled else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, self.NAME, name)
        kind = enum_combo(ToolKind, self.tr("Kind"))
        select_data(kind, tool.kind if tool else ToolKind.CHAT_ASSISTANT)
        self.table.setCellWidget(row, self.KIND, kind)
        self.table.setItem(row, self.APPS, QTableWidgetItem(", ".join(tool.apps) if tool else ""))
        self.table.setItem(
            row, self.DOMAINS, QTableWidgetItem(", ".join(tool.domains) if tool else "")
        )
        if tool is None:
            self.table.setCurrentCell(row, self.NAME)
            self.table.editItem(name)

    def tools(self) -> list[KnownTool]:
        """The rows as entries; raises `KnownToolError` naming the first bad row."""
        entries: list[KnownTool] = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, self.NAME)
            text = name.text().strip() if name is not None else ""
            apps = self._cell(row, self.APPS)
            domains = self._cell(row, self.DOMAINS)
            if not text and not apps and not domains:
                continue  # an added row left empty
            kind = self.table.cellWidget(row, self.KIND)
            assert isinstance(kind, QComboBox)
            entries.append(
                tool_from_dict(
                    {
                        "tool": text,
                        "kind": kind.currentData(),
                        "apps": apps,
                        "domains": domains,
                        "enabled": name is not None and name.checkState() == Qt.CheckState.Checked,
                    },
                    is_custom=True,
                )
            )
        return entries

    def _cell(self, row: int, column: int) -> list[str]:
        item = self.table.item(row, column)
        text = item.text() if item is not None else ""
        return [part.strip() for part in text.split(",") if part.strip()]

    def save(self) -> bool:
        """Keep the rows that differ from the shipped list as the person's own entries."""
        try:
            entries = self.tools()
        except KnownToolError as error:
            self.error.setText(str(error))
            return False
        shipped = {t.tool.casefold(): dataclasses.replace(t, is_custom=True) for t in self._shipped}
        custom = tuple(t for t in entries if shipped.get(t.tool.casefold()) != t)
        removed = {t.tool.casefold() for t in entries}
        # A shipped row deleted from the table is kept switched off, not lost.
        custom += tuple(
            dataclasses.replace(t, is_enabled=False)
            for key, t in shipped.items()
            if key not in removed
        )
        config = capture.load_config(self._journal)
        capture.save_config(self._journal, dataclasses.replace(config, custom_tools=custom))
        self.accept()
        return True
