"""The main window: a sidebar of the product's sections and the page of the chosen one.

Pages never talk to each other. Every change reaches them as one `Changes` value on the
undo history's `changed` signal (docs/architecture.md), and each refreshes if it shows what
changed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from vision_journal import APP_NAME, __version__
from vision_journal.core.calendar import week_start
from vision_journal.core.capture import inbox as capture_inbox
from vision_journal.core.capture import sync as capture
from vision_journal.core.changes import Changes, Table
from vision_journal.core.dashboard_snapshot import Snapshot
from vision_journal.core.journal import Journal
from vision_journal.core.paths import make_private
from vision_journal.core.records import AiUse, Connection
from vision_journal.core.write_errors import WRITE_ERRORS
from vision_journal.ui.capture_sync import CaptureSync
from vision_journal.ui.dialogs.connection_dialog import ConnectionDialog
from vision_journal.ui.dialogs.use_dialog import UseDialog
from vision_journal.ui.drafts import DraftKeeper
from vision_journal.ui.formatting import format_datetime
from vision_journal.ui.pages.checkins_page import CheckInsPage
from vision_journal.ui.pages.circles_page import CirclesPage
from vision_journal.ui.pages.dashboard_page import SHOWS as DASHBOARD_SHOWS
from vision_journal.ui.pages.dashboard_page import DashboardPage
from vision_journal.ui.pages.export_page import ExportPage
from vision_journal.ui.pages.settings_page import SettingsPage
from vision_journal.ui.reminders import CheckInReminder
from vision_journal.ui.setup_wizard import offer_setup
from vision_journal.ui.stale import RefreshWhenShown
from vision_journal.ui.style import (
    RAIL_FOLD_WIDTH,
    RAIL_ICONS_WIDTH,
    RAIL_WIDTH,
    SPACE_L,
    install_theme,
    symbol,
)
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.warnings import WarningCenter
from vision_journal.ui.widgets.banner import REMINDER, WarningBanner
from vision_journal.ui.write_failure import write_failure_text

if TYPE_CHECKING:
    from vision_journal.ui.dialogs.checkin_wizard import CheckInWizard
    from vision_journal.ui.pages.boundaries_page import BoundariesPage
    from vision_journal.ui.pages.goals_page import GoalsPage
    from vision_journal.ui.pages.inbox_page import InboxPage
    from vision_journal.ui.pages.usage_page import UsagePage
    from vision_journal.ui.pages.vision_page import VisionPage

#: A page of the window.
P = TypeVar("P", bound=QWidget)

#: Set to 1 to quit as soon as the window is shown with its dashboard (start-up benchmark).
#: The tables the Inbox's waiting count is read from.
INBOX_COUNT_SHOWS: frozenset[str] = frozenset({Table.FOUND_SESSION})

#: How often the window looks for writes of other processes (milliseconds).
OUTSIDE_CHECK_MS = 3000

EXIT_AFTER_START_ENV = "VISION_JOURNAL_EXIT_AFTER_START"
#: The first-frame benchmark's (`ui/start.py`): without a current snapshot the whole window
#: is the first frame, and it quits the same way.
EXIT_AFTER_FIRST_FRAME_ENV = "VISION_JOURNAL_EXIT_AFTER_FIRST_FRAME"

#: How long after the dashboard last changed its snapshot is kept for the next start
#: (milliseconds): a burst of changes keeps one, and logging a use never waits for it.
SNAPSHOT_DELAY_MS = 1000


class MainWindow(QMainWindow):
    """The journal's window."""

    def __init__(
        self,
        journal: Journal,
        settings_file: Path,
        title_suffix: str = "",
        key: bytes | None = None,
    ) -> None:
        super().__init__()
        self._journal = journal
        self._key = key
        #: A backup to restore once the window has closed (the journal must be closed first).
        self.pending_restore: Path | None = None
        make_private(settings_file)  # QSettings keeps the mode of the file it rewrites
        self._settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self._data_dir = settings_file.parent
        self.history = UndoHistory(journal, self)
        self.warnings = WarningCenter(self._settings, self)
        self.tray: QSystemTrayIcon | None = None
        #: The last message shown in the tray (what the person last read there).
        self.last_tray_message = ""
        # Writes of other processes (the command line, say) are noticed by the journal's
        # data_version: looked at every few seconds and whenever the window is activated.
        self._outside = journal.watch_outside()
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_CHECK_MS)
        #: Sections whose page is built on first use: stand-in → how to build the page.
        self._later: dict[QWidget, Callable[[], QWidget]] = {}
        #: The pages built so far, by the name of the method that built them.
        self._built: dict[str, QWidget] = {}
        self._usage_refresher: RefreshWhenShown | None = None
        self.capture_sync = CaptureSync(journal, self)
        self.setWindowTitle(APP_NAME + title_suffix)
        self.theme = install_theme()
        self._build()
        self._on_theme_changed()
        self.theme.changed.connect(self._on_theme_changed)
        self._build_actions()
        self._connect()
        self.reminder = CheckInReminder(self._journal, self._journal.now, self._settings, self)
        self.reminder.due.connect(self._on_reminder_due)
        self.reminder.arm()
        self._apply_saved_geometry()
        self.show_waiting()
        self._start_capture()
        data = self.dashboard_page.data()
        if data is not None:
            self.warnings.evaluate(data)
        self._kept: Snapshot | None = None
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(SNAPSHOT_DELAY_MS)
        self._snapshot_timer.timeout.connect(self.keep_snapshot)
        self._snapshot_timer.start()

    def _build(self) -> None:
        #: The sections' names, in sidebar order (the sidebar hides them when folded).
        self.section_titles: list[str] = []
        self._section_icons: list[str] = []
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        self.dashboard_page = DashboardPage(self._journal)
        self.circles_page = CirclesPage(self._journal, self.history)
        self.checkins_page = CheckInsPage(self._journal, self.history)
        self.export_page = ExportPage(self._journal, self.history)
        self.settings_page = SettingsPage(
            self._journal, self.history, self._data_dir, key=self._key
        )
        self._add_page(self.tr("Dashboard"), self.dashboard_page, "layout-dashboard")
        self._add_later(self.tr("Inbox"), self._build_inbox_page, "inbox")
        self._inbox_row = self.sidebar.count() - 1
        # These four read the most at start (a tenth of a second on a ten-year journal, and
        # some megabytes): they are built when first opened or asked for (`_page`).
        self._add_later(self.tr("Vision"), self._build_vision_page, "eye")
        self._add_later(self.tr("Goals"), self._build_goals_page, "target")
        self._add_later(self.tr("AI use"), self._build_usage_page, "sparkles")
        self._add_later(self.tr("Boundaries"), self._build_boundaries_page, "shield-check")
        self._add_page(self.tr("Check-ins"), self.checkins_page, "calendar-check")
        self._add_page(self.tr("Circles & tools"), self.circles_page, "users")
        self._add_page(self.tr("Export & import"), self.export_page, "file-export")
        self._add_page(self.tr("Settings"), self.settings_page, "settings")
        self.rail = QWidget()
        self.rail.setObjectName("rail")
        self._unfold_rail()
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(8, 14, 8, 8)
        self.brand = QLabel(APP_NAME)
        self.brand.setObjectName("brand")
        rail_layout.addWidget(self.brand)
        rail_layout.addWidget(self.sidebar, 1)
        self.banner = WarningBanner()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(24, 12, 24, 0)
        banner_row.addWidget(self.banner)
        content_layout.addLayout(banner_row)
        content_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        self.sidebar.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))

    def _add_page(self, title: str, page: QWidget, icon: str) -> None:
        """A section: its name (and bundled icon) in the sidebar, its page in the stack."""
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        item.setToolTip(title)
        self.sidebar.addItem(item)
        self.section_titles.append(title)
        self._section_icons.append(icon)
        self.stack.addWidget(page)

    def _add_later(self, title: str, build: Callable[[], QWidget], icon: str) -> None:
        """A section whose page is built on first use; an empty stand-in holds its place."""
        stand_in = QWidget()
        self._later[stand_in] = build
        self._add_page(title, stand_in, icon)

    def _on_theme_changed(self) -> None:
        """Draw the sidebar's icons in the text colour of the scheme now in use."""
        colour = self.theme.tokens.text
        for row, name in enumerate(self._section_icons):
            self.sidebar.item(row).setIcon(symbol(name, colour))

    def is_sidebar_folded(self) -> bool:
        """True when the sidebar shows icons only (a narrow window)."""
        return self.rail.maximumWidth() == RAIL_ICONS_WIDTH

    def _unfold_rail(self) -> None:
        # At most the full width, at least the icons' width: the rail never holds the window
        # wider than the page needs (it folds below RAIL_FOLD_WIDTH anyway).
        self.rail.setMinimumWidth(RAIL_ICONS_WIDTH)
        # Wide enough for the longest name at the font in use (150 %, 200 %, German).
        names = self.sidebar.sizeHintForColumn(0) + self.sidebar.iconSize().width() + 2 * SPACE_L
        self.rail.setMaximumWidth(max(RAIL_WIDTH, names))

    def _fold_sidebar(self, folded: bool) -> None:
        """Icons only below `RAIL_FOLD_WIDTH`, so the page keeps the room; names on hover."""
        if folded == self.is_sidebar_folded():
            return
        if folded:
            self.rail.setFixedWidth(RAIL_ICONS_WIDTH)
        else:
            self._unfold_rail()
        self.brand.setVisible(not folded)
        for row, title in enumerate(self.section_titles):
            self.sidebar.item(row).setText("" if folded else title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold_sidebar(event.size().width() < RAIL_FOLD_WIDTH)

    def _page(self, build: Callable[[], P]) -> P:
        """The page `build` makes, built now if it was not yet, in its place in the stack."""
        built = self._built.get(build.__name__)
        if built is None:
            stand_in = next(w for w, b in self._later.items() if b.__name__ == build.__name__)
            index = self.stack.indexOf(stand_in)
            built = build()
            self._built[build.__name__] = built
            del self._later[stand_in]
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        assert isinstance(built, QWidget)
        return cast(P, built)

    # The page modules are imported here, when first needed, not while the window starts.

    def _build_vision_page(self) -> VisionPage:
        from vision_journal.ui.pages.vision_page import VisionPage

        return VisionPage(self._journal, self.history)

    def _build_inbox_page(self) -> InboxPage:
        from vision_journal.ui.pages.inbox_page import InboxPage

        page = InboxPage(self._journal, self.history)
        page.sync_requested.connect(self._on_inbox_sync_requested)
        if self.capture_sync.last_report is not None:
            page.show_sync_status(self._sync_text(self.capture_sync.last_report))
        return page

    def _build_goals_page(self) -> GoalsPage:
        from vision_journal.ui.pages.goals_page import GoalsPage

        return GoalsPage(self._journal, self.history)

    def _build_usage_page(self) -> UsagePage:
        from vision_journal.ui.pages.usage_page import SHOWS as USAGE_SHOWS
        from vision_journal.ui.pages.usage_page import UsagePage

        page = UsagePage(self._journal)
        page.log_requested.connect(self.open_log_dialog)
        page.edit_requested.connect(self._on_usage_page_edit_requested)
        page.log_connection_requested.connect(self.open_connection_dialog)
        page.edit_connection_requested.connect(self._open_connection_dialog)
        self._usage_refresher = RefreshWhenShown(page, page.refresh, USAGE_SHOWS)
        return page

    def _build_boundaries_page(self) -> BoundariesPage:
        from vision_journal.ui.pages.boundaries_page import BoundariesPage

        return BoundariesPage(self._journal, self.history)

    @property
    def vision_page(self) -> VisionPage:
        """The Vision page (built on first use)."""
        return self._page(self._build_vision_page)

    @property
    def inbox_page(self) -> InboxPage:
        """The Inbox page (built on first use)."""
        return self._page(self._build_inbox_page)

    @property
    def goals_page(self) -> GoalsPage:
        """The Goals page (built on first use)."""
        return self._page(self._build_goals_page)

    @property
    def usage_page(self) -> UsagePage:
        """The AI-use page (built on first use)."""
        return self._page(self._build_usage_page)

    @property
    def boundaries_page(self) -> BoundariesPage:
        """The Boundaries page (built on first use)."""
        return self._page(self._build_boundaries_page)

    def _is_built(self, build: Callable[[], QWidget]) -> bool:
        return build.__name__ in self._built

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        stand_in = self.stack.widget(row)
        build = self._later.get(stand_in) if stand_in is not None else None
        if build is not None:
            self._page(build)
        self.stack.setCurrentIndex(row)

    def _build_actions(self) -> None:
        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        self.log_use_action = QAction(self.tr("&Log AI use…"), self)
        self.log_use_action.setShortcut(QKeySequence("Ctrl+L"))
        journal_menu.addAction(self.log_use_action)
        self.log_connection_action = QAction(self.tr("Log &connection…"), self)
        self.log_connection_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        journal_menu.addAction(self.log_connection_action)
        self.find_action = QAction(self.tr("&Find AI use"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        journal_menu.addAction(self.find_action)
        journal_menu.addSeparator()
        self.setup_action = QAction(self.tr("&Guided setup…"), self)
        journal_menu.addAction(self.setup_action)
        journal_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        journal_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.section_actions: list[QAction] = []
        for row in range(self.sidebar.count()):
            action = QAction(self.section_titles[row], self)
            # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth section, like the digit row.
            action.setShortcut(QKeySequence(f"Ctrl+{(row + 1) % 10}"))
            action.triggered.connect(lambda _=False, r=row: self.sidebar.setCurrentRow(r))
            view_menu.addAction(action)
            self.section_actions.append(action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._on_history_state_changed()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.delete_action = QAction(self.tr("&Delete selected"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        edit_menu.addAction(self.delete_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Vision Journal"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.log_use_action.triggered.connect(self.open_log_dialog)
        self.find_action.triggered.connect(self._on_find_triggered)
        self.quit_action.triggered.connect(self.close)
        self.setup_action.triggered.connect(self._on_setup_triggered)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.log_connection_action.triggered.connect(self.open_connection_dialog)
        self.history.changed.connect(self._on_journal_changed)
        self.history.state_changed.connect(self._on_history_state_changed)
        self.undo_action.triggered.connect(self._on_undo_triggered)
        self.redo_action.triggered.connect(self._on_redo_triggered)
        self.settings_page.settings_saved.connect(self._on_settings_saved)
        self.settings_page.backup_chosen.connect(self._on_backup_chosen)
        self.dashboard_page.log_use_requested.connect(self.open_log_dialog)
        self.dashboard_page.log_connection_requested.connect(self.open_connection_dialog)
        self.dashboard_page.open_rule_requested.connect(self.open_rule)
        self.dashboard_page.checkin_requested.connect(self.start_checkin)
        self._outside_timer.timeout.connect(self.check_outside_changes)
        self._outside_timer.start()
        self.warnings.warning_raised.connect(self._on_warning_raised)
        self.warnings.warning_updated.connect(self._on_warning_updated)
        self.warnings.warning_withdrawn.connect(self._on_warning_withdrawn)
        self.banner.action_requested.connect(self._on_banner_action_requested)
        self.banner.snooze_requested.connect(self._on_banner_snooze_requested)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.dashboard_page.inbox_requested.connect(self.open_inbox)
        self.capture_sync.finished.connect(self._on_capture_sync_finished)
        self.capture_sync.failed.connect(self._on_capture_sync_failed)
        self.settings_page.capture.sync_requested.connect(self.capture_sync.sync_now)
        self.settings_page.capture.config_saved.connect(
            lambda config: self.capture_sync.set_interval(config.sync_minutes)
        )

    # --- actions --------------------------------------------------------------------------

    def open_log_dialog(self) -> UseDialog:
        """Open the quick-log dialog (non-blocking, so tests can drive it)."""
        return self._open_use_dialog(None)

    def _open_use_dialog(self, existing: AiUse | None) -> UseDialog:
        dialog = UseDialog(
            self._journal, self.history, existing, self, reads=self.dashboard_page.cache
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.use_saved.connect(lambda _use: self._on_use_saved(dialog))
        dialog.open()
        return dialog

    def _on_use_saved(self, dialog: UseDialog) -> None:
        # A nudge only informs: say so once, quietly, and move on.
        if dialog.nudges:
            names = ", ".join(f"“{b.rule.name}”" for b in dialog.nudges)
            self.statusBar().showMessage(
                self.tr("Saved. This use went past your nudge %1.").replace("%1", names), 10_000
            )

    def open_connection_dialog(self) -> ConnectionDialog:
        """Open the quick-log dialog for a human connection."""
        return self._open_connection_dialog(None)

    def _open_connection_dialog(self, existing: Connection | None) -> ConnectionDialog:
        dialog = ConnectionDialog(self._journal, self.history, existing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_history_state_changed(self) -> None:
        # The Edit menu names the step each action takes, as the core history tells it.
        undo, redo = self.history.undo_text(), self.history.redo_text()
        self.undo_action.setEnabled(bool(undo))
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setEnabled(bool(redo))
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    def _on_undo_triggered(self) -> None:
        self._run_history(self.history.undo)

    def _on_redo_triggered(self) -> None:
        self._run_history(self.history.redo)

    def _run_history(self, move: Callable[[], None]) -> None:
        try:
            move()
        except WRITE_ERRORS as error:
            QMessageBox.warning(self, self.tr("Cannot undo"), write_failure_text(error))

    def _on_usage_page_edit_requested(self, use: AiUse) -> None:
        self._open_use_dialog(use)

    def _on_find_triggered(self) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(self.usage_page))
        self.usage_page.focus_filter()

    def _on_setup_triggered(self) -> None:
        # The plan is one operation: its changes reach every page like any other.
        offer_setup(self._journal, self, self.history)

    def _on_delete_triggered(self) -> None:
        page = self.stack.currentWidget()
        delete = getattr(page, "delete_selected", None)
        if callable(delete):
            delete(self.history)

    def _on_journal_changed(self, changes: Changes) -> None:
        # Most pages listen to the history themselves; these two are refreshed from here.
        # Hidden, they read again when next shown: off the path of logging a use from the
        # dashboard (the check-ins page reads every check-in with its answers, the AI-use
        # page counts a hundred thousand rows).
        if self._usage_refresher is not None:
            self._usage_refresher.changed(changes)
        self.checkins_page.refresher.changed(changes)
        if changes.touches(INBOX_COUNT_SHOWS):
            self.show_waiting()
        if changes.touches(DASHBOARD_SHOWS):
            self.refresh_dashboard()

    def check_outside_changes(self) -> None:
        """Tell every page what another process wrote to the journal since the last look
        (the tables and days it changed, from the journal's change log)."""
        changes = self._outside.take()
        if not changes.is_empty:
            self.history.report(changes)

    # --- capture ------------------------------------------------------------------------------

    def _start_capture(self) -> None:
        self.capture_sync.start()
        config = capture.load_config(self._journal)
        if config.activitywatch_enabled or config.browser_profiles:
            # A first look once the window is up; the sync runs on a pool thread.
            QTimer.singleShot(0, self.capture_sync.sync_now)

    def open_inbox(self) -> InboxPage:
        """Show the Inbox."""
        page = self.inbox_page
        self.sidebar.setCurrentRow(self.stack.indexOf(page))
        page.table.setFocus()
        return page

    def show_waiting(self) -> int:
        """Show how many found sessions wait: in the sidebar, the tray and the dashboard."""
        count = capture_inbox.count_waiting(self._journal)
        title = self.tr("Inbox (%1)").replace("%1", str(count)) if count else self.tr("Inbox")
        self.section_titles[self._inbox_row] = title
        item = self.sidebar.item(self._inbox_row)
        item.setToolTip(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        if not self.is_sidebar_folded():
            item.setText(title)
        self.dashboard_page.set_waiting(count)
        if self.tray is not None:
            self.tray.setToolTip(
                self.tr("Found AI sessions waiting in the Inbox: %1").replace("%1", str(count))
                if count
                else APP_NAME
            )
        return count

    def _on_inbox_sync_requested(self) -> None:
        if self.capture_sync.sync_now():
            self.inbox_page.show_sync_status(self.tr("Looking for AI use…"))

    def _sync_text(self, report: capture.SyncReport) -> str:
        if not report.results:
            return self.tr("No source is turned on: choose them in Settings.")
        parts = []
        for result in report.results:
            if result.error is not None:
                parts.append(f"{result.label}: {result.error}")
            else:
                parts.append(
                    self.tr("%1: new sessions found: %2")
                    .replace("%1", result.label)
                    .replace("%2", str(result.new_sessions))
                )
        return "  ·  ".join(parts)

    def _on_capture_sync_finished(self, report: object) -> None:
        if not isinstance(report, capture.SyncReport):
            return
        self.show_waiting()
        self.settings_page.capture.show_report(report)
        if self._is_built(self._build_inbox_page):
            self.inbox_page.sync_finished()
            self.inbox_page.show_sync_status(self._sync_text(report))
        if report.errors:
            self.statusBar().showMessage(self._sync_text(report), 15_000)

    def _on_capture_sync_failed(self, message: str) -> None:
        text = self.tr("Looking for AI use failed: %1").replace("%1", message)
        self.statusBar().showMessage(text, 15_000)
        if self._is_built(self._build_inbox_page):
            self.inbox_page.show_sync_status(text)

    def _on_backup_chosen(self, source: object) -> None:
        if not isinstance(source, Path):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace your journal with the backup “%1”? Your journal as it is now is backed "
                "up first, so this can be reversed. The window closes and opens again, and what "
                "you did until now can no longer be undone with Ctrl+Z."
            ).replace("%1", source.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            # The steps describe rows of the journal being replaced: none of them applies.
            self.history.clear()
            self.pending_restore = source
            self.close()

    def say_backup_failed(self, reason: str) -> None:
        """Say that today's backup could not be made, and why (the journal is unchanged)."""
        self.statusBar().showMessage(
            self.tr("Today's backup failed (%1). Your journal is unchanged.").replace("%1", reason)
        )

    def say_restored(self, source: Path) -> None:
        """Tell the person the backup is back, and that earlier steps cannot be undone."""
        self.statusBar().showMessage(
            self.tr(
                "Restored the backup “%1”. What you did before it can no longer be undone."
            ).replace("%1", source.name),
            15_000,
        )

    def _on_settings_saved(self, _settings: object) -> None:
        self.reminder.arm()

    def refresh_dashboard(self) -> None:
        """Recompute the dashboard now, and raise the warnings it newly shows."""
        self.dashboard_page.refresh()
        data = self.dashboard_page.data()
        if data is not None:
            self.warnings.evaluate(data)
        self._snapshot_timer.start()

    def keep_snapshot(self) -> bool:
        """Keep what the dashboard shows in the journal for the next start's first frame
        (docs/architecture.md, "Start-up"); True when a new one was kept."""
        self._snapshot_timer.stop()
        snapshot = self.dashboard_page.snapshot()
        if snapshot is None or snapshot == self._kept:
            return False
        if not self._journal.keep_snapshot(snapshot):
            return False
        self._kept = snapshot
        return True

    def start_checkin(self, first_day: dt.date | None = None) -> CheckInWizard:
        """Open the check-in of a week (default: the one the reminder or the card names)."""
        settings = self._journal.settings()
        if first_day is None:
            first_day = self.reminder.due_week or week_start(
                self._journal.today(), settings.week_start
            )
        self.sidebar.setCurrentRow(self.stack.indexOf(self.checkins_page))
        return self.checkins_page.open_wizard(first_day)

    def _on_reminder_due(self) -> None:
        text = self.tr("Time for your weekly check-in: ten quiet minutes to look back and adjust.")
        self.banner.show_warning(text, None, REMINDER)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Information)
            self.last_tray_message = text

    def open_rule(self, rule_id: int) -> None:
        """Show a rule on the Boundaries page."""
        self.sidebar.setCurrentRow(self.stack.indexOf(self.boundaries_page))
        self.boundaries_page.select_rule(rule_id)

    def _on_warning_raised(self, text: str, rule_id: object, action: str, slot: str) -> None:
        self.banner.show_warning(text, rule_id if isinstance(rule_id, int) else None, action, slot)
        self._notify_tray(text)

    def _on_warning_updated(self, slot: str, text: str) -> None:
        self.banner.update_warning(slot, text)

    def _on_warning_withdrawn(self, slot: str, text: str) -> None:
        self.banner.withdraw(slot)
        if text:
            # The tray told of the drop; it tells of the recovery too, so it is not left
            # saying something no longer true.
            self._notify_tray(text)

    def _notify_tray(self, text: str) -> None:
        """Show `text` as a tray message while the window is hidden, minimised or inactive."""
        hidden = not self.isVisible() or self.isMinimized() or not self.isActiveWindow()
        if hidden and self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Information)
            self.last_tray_message = text

    def _on_banner_snooze_requested(self) -> None:
        until = self.reminder.snooze_day()
        self.statusBar().showMessage(
            self.tr("The check-in reminder comes back %1.").replace("%1", format_datetime(until)),
            8000,
        )

    def _on_banner_action_requested(self, rule_id: object, action: str) -> None:
        if action == "open_rule" and isinstance(rule_id, int):
            self.open_rule(rule_id)
        elif action in ("start_checkin", REMINDER):
            self.start_checkin()
        else:
            self.sidebar.setCurrentRow(self.stack.indexOf(self.dashboard_page))
        self.banner.hide()

    def set_tray(self, tray: QSystemTrayIcon) -> None:
        """Use `tray` for notifications while the window is hidden or minimised."""
        self.tray = tray
        self.show_waiting()
        tray.activated.connect(self.show_in_front)
        tray.messageClicked.connect(self.show_in_front)

    def show_in_front(self) -> None:
        """Un-minimise, raise and activate the window (tray click, a second start)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Vision Journal"),
            self.tr(
                "<h3>Vision Journal %1</h3><p>A private journal for using AI in ways that "
                "strengthen your relationships instead of replacing them.</p>"
                "<p>Your journal stays on this computer.</p>"
            ).replace("%1", __version__),
        )

    # --- window state ---------------------------------------------------------------------

    def _apply_saved_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        # The dashboard is shown first on every launch.
        self.sidebar.setCurrentRow(0)

    def changeEvent(self, event: QEvent) -> None:
        # Back from another program (a terminal, say): look for its writes at once.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_outside_changes()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if "1" in (
            os.environ.get(EXIT_AFTER_START_ENV),
            os.environ.get(EXIT_AFTER_FIRST_FRAME_ENV),
        ):
            # The dashboard was computed before the window was shown; quit on the first idle
            # turn of the event loop, after the first layout and paint (benchmarks/README.md).
            QTimer.singleShot(0, QApplication.quit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._is_built(self._build_vision_page):
            self.vision_page.flush_draft()
        if "vision_journal.ui.dialogs.checkin_wizard" in sys.modules:  # else none was opened
            from vision_journal.ui.dialogs.checkin_wizard import CheckInWizard

            for wizard in self.findChildren(CheckInWizard):
                wizard.flush()
        self.reminder.stop()
        self.capture_sync.stop()  # a running sync ends before the journal closes
        for keeper in self.findChildren(DraftKeeper):
            keeper.flush()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()
        self.export_page.shut_down()
        self.keep_snapshot()
        super().closeEvent(event)
