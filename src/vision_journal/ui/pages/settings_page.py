"""The Settings page: when weeks and days start, the check-in reminder, the balance index's
levels and weights, and where the journal lives.

Changes are saved with the Save button through the undo history, so a mistaken change can
be taken back like any other; the core validates, and each problem shows at its field.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core import backup
from vision_journal.core.changes import Changes, Table
from vision_journal.core.errors import JournalOpenError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore, Protection
from vision_journal.core.operations import journal_state as state_ops
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import Settings, WeekStart, Weights
from vision_journal.ui.dialogs.unlock_dialog import ProtectionDialog
from vision_journal.ui.formatting import format_datetime, format_path
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.capture_settings import CaptureSettings
from vision_journal.ui.widgets.field_errors import FieldErrors
from vision_journal.ui.widgets.forms import form_row

#: What the page shows: the settings.
SHOWS: frozenset[str] = frozenset({Table.SETTING})


class SettingsPage(QWidget):
    """Edits the journal's settings."""

    settings_saved = Signal(object)
    backup_chosen = Signal(object)

    def __init__(
        self,
        journal: Journal,
        history: UndoHistory,
        data_dir: Path,
        parent: QWidget | None = None,
        key: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history = history
        self._data_dir = data_dir
        self._paths = JournalPaths(data_dir)
        self._key = key
        self.errors = FieldErrors()
        self._build()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 12, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        calendar = QGroupBox(self.tr("Days and weeks"))
        form = QFormLayout(calendar)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("Weeks start on"))
        self.week_start.addItem(self.tr("Monday (ISO weeks)"), WeekStart.MONDAY.value)
        self.week_start.addItem(self.tr("Sunday"), WeekStart.SUNDAY.value)
        form_row(
            form,
            self.errors,
            self.tr("&Weeks start on:"),
            self.week_start,
            "week_start",
            self.week_start,
        )
        self.day_start = QSpinBox()
        self.day_start.setRange(-1, 24)  # the core explains what is out of range
        self.day_start.setSuffix(self.tr(":00"))
        self.day_start.setAccessibleName(self.tr("A day starts at"))
        self.day_start.setToolTip(
            self.tr("Use after midnight and before this hour counts to the day before.")
        )
        form_row(
            form,
            self.errors,
            self.tr("A &day starts at:"),
            self.day_start,
            "day_start_hour",
            self.day_start,
        )
        layout.addWidget(calendar)

        reminder = QGroupBox(self.tr("Weekly check-in reminder"))
        form = QFormLayout(reminder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.reminder_day = QComboBox()
        self.reminder_day.setAccessibleName(self.tr("Reminder weekday"))
        for index, name in enumerate(
            (
                self.tr("Monday"),
                self.tr("Tuesday"),
                self.tr("Wednesday"),
                self.tr("Thursday"),
                self.tr("Friday"),
                self.tr("Saturday"),
                self.tr("Sunday"),
            )
        ):
            self.reminder_day.addItem(name, index)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        row = QHBoxLayout()
        row.addWidget(self.reminder_day)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        form_row(
            form, self.errors, self.tr("&Remind me on:"), row, "reminder_minute", self.reminder_day
        )
        layout.addWidget(reminder)

        levels = QGroupBox(self.tr("Balance index"))
        form = QFormLayout(levels)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hint = QLabel(
            self.tr(
                "The index runs from 0 to 100. Choose where Balanced and Watch begin, and "
                "how much each part counts. Weights are shares: they need not add up to 1."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.balanced = self._spin(self.tr("Balanced from"))
        self.watch = self._spin(self.tr("Watch from"))
        form_row(
            form,
            self.errors,
            self.tr("&Balanced from:"),
            self.balanced,
            "balanced_threshold",
            self.balanced,
        )
        form_row(
            form, self.errors, self.tr("W&atch from:"), self.watch, "watch_threshold", self.watch
        )
        self.weights: dict[str, QDoubleSpinBox] = {}
        names = {
            "budget": self.tr("Budget adherence"),
            "authorship": self.tr("Human authorship"),
            "boundaries": self.tr("Boundary keeping"),
            "connection": self.tr("Connection balance"),
            "self_rating": self.tr("Self-rating"),
        }
        # One grid: the boxes share a column whatever the font size or the language.
        weight_rows = QGridLayout()
        weight_rows.setContentsMargins(0, 0, 0, 0)
        weight_rows.setColumnStretch(2, 1)
        for index, (key, name) in enumerate(names.items()):
            spin = QDoubleSpinBox()
            spin.setRange(-1.0, 10.0)
            spin.setSingleStep(0.05)
            spin.setDecimals(2)
            spin.setAccessibleName(self.tr("Weight of %1").replace("%1", name))
            caption = QLabel(name)
            caption.setBuddy(spin)
            weight_rows.addWidget(caption, index, 0)
            weight_rows.addWidget(spin, index, 1)
            self.weights[key] = spin
        first_weight = self.weights["budget"]
        form_row(form, self.errors, self.tr("Weights:"), weight_rows, "weights", first_weight)
        layout.addWidget(levels)

        if self._key is not None:
            layout.addWidget(self._build_protection())

        self.capture = CaptureSettings(self._journal)
        layout.addWidget(self.capture)

        folder = QGroupBox(self.tr("Where your journal lives"))
        folder_layout = QHBoxLayout(folder)
        self.folder_label = QLabel(format_path(self._data_dir))
        self.folder_label.setToolTip(str(self._data_dir))
        self.folder_label.setAccessibleName(self.tr("Journal folder"))
        self.folder_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the journal folder"))
        folder_layout.addWidget(self.folder_label, 1)
        folder_layout.addWidget(self.open_folder)
        layout.addWidget(folder)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Settings status"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Show the saved settings again"))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self._history.changed.connect(self._on_history_changed)
        self.revert_button.clicked.connect(self.refresh)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)

    def _build_protection(self) -> QGroupBox:
        box = QGroupBox(self.tr("Protection and backups"))
        grid = QVBoxLayout(box)
        self.protection_label = QLabel()
        self.protection_label.setWordWrap(True)
        self.protection_label.setAccessibleName(self.tr("How the journal is protected"))
        self.protection_button = QPushButton(self.tr("Change &protection or passphrase…"))
        self.protection_button.setAccessibleName(self.tr("Change protection or passphrase"))
        row = QHBoxLayout()
        row.addWidget(self.protection_label, 1)
        row.addWidget(self.protection_button)
        grid.addLayout(row)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_label.setAccessibleName(self.tr("Last backup"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.bring_back_button = QPushButton(self.tr("Res&tore a backup…"))
        self.bring_back_button.setAccessibleName(self.tr("Restore a backup"))
        row = QHBoxLayout()
        row.addWidget(self.backup_label, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.bring_back_button)
        grid.addLayout(row)
        self.protection_button.clicked.connect(self._on_protection_button_clicked)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.bring_back_button.clicked.connect(self._on_bring_back_button_clicked)
        return box

    def _show_protection(self) -> None:
        if self._key is None:
            return
        info = KeyStore(self._paths).info()
        if info is not None and info.current.in_keyring:
            text = self.tr("Your journal is encrypted; its key is kept in the system keyring.")
        else:
            text = self.tr("Your journal is encrypted and opens with your passphrase.")
        self.protection_label.setText(text)
        latest = backup.latest_backup(self._paths)
        if latest is None:
            self.backup_label.setText(self.tr("No backup yet."))
        else:
            self.backup_label.setText(
                self.tr("Last backup: %1. Backups are encrypted like the journal.").replace(
                    "%1", format_datetime(latest.taken_at)
                )
            )
        self.bring_back_button.setEnabled(latest is not None)

    def change_protection(self, protection: Protection, passphrase: str) -> None:
        """Keep the key in the keyring, or wrap it by `passphrase` (a new one, or changed)."""
        assert self._key is not None
        store = KeyStore(self._paths)
        if protection is Protection.KEYRING:
            store.move_to_keyring(self._key)
        else:
            store.move_to_passphrase(self._key, passphrase)
        self._show_protection()

    def _on_protection_button_clicked(self) -> None:
        keyring_ok = KeyStore(self._paths).keyring.is_available()
        dialog = ProtectionDialog(keyring_ok, "", self)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return
        try:
            self.change_protection(dialog.protection(), dialog.passphrase())
        except (JournalOpenError, OSError) as error:
            QMessageBox.warning(self, self.tr("Protection not changed"), str(error))
            return
        self.status.setText(self.tr("Protection changed."))

    def _on_backup_button_clicked(self) -> None:
        assert self._key is not None
        try:
            backup.create_backup(self._paths, self._key, reason=backup.MANUAL)
        except (JournalOpenError, OSError) as error:
            QMessageBox.warning(self, self.tr("No backup made"), str(error))
            return
        self._show_protection()
        self.status.setText(self.tr("Backup made."))

    def _on_bring_back_button_clicked(self) -> None:
        folder = str(self._paths.backups_dir)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), folder, self.tr("Journal backups (*.vjbackup)")
        )
        if chosen:
            self.backup_chosen.emit(Path(chosen))

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 200)
        spin.setAccessibleName(name)
        return spin

    # --- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the saved settings."""
        self._show_protection()
        settings = self._journal.settings()
        self.errors.clear()
        self.status.clear()
        self.week_start.setCurrentIndex(self.week_start.findData(settings.week_start.value))
        self.day_start.setValue(settings.day_start_hour)
        self.reminder_day.setCurrentIndex(settings.reminder_weekday)
        self.reminder_time.setTime(
            QTime(settings.reminder_minute // 60, settings.reminder_minute % 60)
        )
        self.balanced.setValue(settings.balanced_threshold)
        self.watch.setValue(settings.watch_threshold)
        for key, spin in self.weights.items():
            spin.setValue(float(getattr(settings.weights, key)))

    def value(self) -> Settings:
        """The settings the form holds (not yet validated)."""
        time = self.reminder_time.time()
        return dataclasses.replace(
            self._journal.settings(),
            week_start=WeekStart(self.week_start.currentData()),
            day_start_hour=self.day_start.value(),
            reminder_weekday=int(self.reminder_day.currentData()),
            reminder_minute=time.hour() * 60 + time.minute(),
            balanced_threshold=self.balanced.value(),
            watch_threshold=self.watch.value(),
            weights=Weights(**{key: spin.value() for key, spin in self.weights.items()}),
        )

    def save(self) -> bool:
        """Save the form; False (with messages at the fields) when the core refuses it."""
        try:
            saved = self._history.push(state_ops.save_settings(self._journal, self.value()))
        except ValidationError as error:
            self.errors.show(error)
            self.status.setText(self.tr("Not saved: see the messages above."))
            return False
        self.errors.clear()
        self.status.setText(self.tr("Saved."))
        self.settings_saved.emit(saved)
        return True

    def _on_history_changed(self, changes: Changes) -> None:
        if changes.touches(SHOWS):  # an undo or redo of a settings change
            self.refresh()

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
