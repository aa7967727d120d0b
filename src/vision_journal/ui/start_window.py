"""The window's first frame: the dashboard as it was last shown, drawn from its snapshot while
the rest of the window loads (docs/architecture.md, "Start-up").

Light to import: Qt, the theme, the charts and the card; nothing of SQLAlchemy, the ORM or
the other pages. It is laid out like the main window (the sidebar of sections, the menus,
the dashboard's header, index card, week's bars and twelve weeks), with the same object
names, so the style sheet draws it the same; the window that replaces it opens at the same
geometry. It takes no input: it is replaced within a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vision_journal import APP_NAME
from vision_journal.core.dashboard_snapshot import Snapshot
from vision_journal.ui.style import (
    RAIL_FOLD_WIDTH,
    RAIL_ICONS_WIDTH,
    RAIL_WIDTH,
    SPACE_L,
    install_theme,
    symbol,
)
from vision_journal.ui.widgets.card import Card, text_label
from vision_journal.ui.widgets.charts import BarChart, Sparkline
from vision_journal.ui.widgets.index_bar import BarPart, IndexBar, legend_html

#: Below this content width the dashboard's cards stack in one column (as on the page).
TWO_COLUMN_WIDTH = 820


def _main(text: str) -> str:
    # The main window's words, in its translation context: one translation serves both.
    return QCoreApplication.translate("MainWindow", text)


def _dashboard(text: str) -> str:
    return QCoreApplication.translate("DashboardPage", text)


def section_names() -> list[tuple[str, str]]:
    """The sidebar's sections as the main window names them, with their icons."""
    return [
        (_main("Dashboard"), "layout-dashboard"),
        (_main("Inbox"), "inbox"),
        (_main("Vision"), "eye"),
        (_main("Goals"), "target"),
        (_main("AI use"), "sparkles"),
        (_main("Boundaries"), "shield-check"),
        (_main("Check-ins"), "calendar-check"),
        (_main("Circles & tools"), "users"),
        (_main("Export & import"), "file-export"),
        (_main("Settings"), "settings"),
    ]


class StartWindow(QMainWindow):
    """The dashboard of `snapshot` in the main window's frame; `painted` once it is drawn."""

    painted = Signal()

    def __init__(self, snapshot: Snapshot, settings_file: Path, title_suffix: str = "") -> None:
        super().__init__()
        self._has_painted = False
        self.snapshot = snapshot
        self.setWindowTitle(APP_NAME + title_suffix)
        # Drawn, never used: clicks and keys wait for the window that replaces it.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.theme = install_theme()
        for title in ("&Journal", "&View", "&Edit", "&Help"):
            self.menuBar().addMenu(_main(title))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_rail())
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        banner_row = QHBoxLayout()  # the warning banner's place, empty as it is at start
        banner_row.setContentsMargins(24, 12, 24, 0)
        content_layout.addLayout(banner_row)
        content_layout.addWidget(self._build_dashboard(snapshot), 1)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(_main("Everything stays on this computer."))
        geometry = QSettings(str(settings_file), QSettings.Format.IniFormat).value(
            "window/geometry"
        )
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self._fold(self.width() < RAIL_FOLD_WIDTH)

    def _build_rail(self) -> QWidget:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        colour = self.theme.tokens.text
        self._names = section_names()
        for title, icon in self._names:
            self.sidebar.addItem(QListWidgetItem(symbol(icon, colour), title))
        self.sidebar.setCurrentRow(0)
        self.rail = QWidget()
        self.rail.setObjectName("rail")
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(8, 14, 8, 8)
        self.brand = QLabel(APP_NAME)
        self.brand.setObjectName("brand")
        rail_layout.addWidget(self.brand)
        rail_layout.addWidget(self.sidebar, 1)
        return self.rail

    def _fold(self, folded: bool) -> None:
        # As the main window does below RAIL_FOLD_WIDTH: icons only, so the page keeps room.
        if folded:
            self.rail.setFixedWidth(RAIL_ICONS_WIDTH)
        else:
            self.rail.setMinimumWidth(RAIL_ICONS_WIDTH)
            names = (
                self.sidebar.sizeHintForColumn(0) + self.sidebar.iconSize().width() + 2 * SPACE_L
            )
            self.rail.setMaximumWidth(max(RAIL_WIDTH, names))
        self.brand.setVisible(not folded)
        for row, (title, _icon) in enumerate(self._names):
            self.sidebar.item(row).setText("" if folded else title)

    def _build_dashboard(self, snapshot: Snapshot) -> QWidget:
        scroll_area = QScrollArea()
        scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        scroll_area.setWidgetResizable(True)
        scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("dashboardContent")
        scroll_area.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(14)

        header = QHBoxLayout()
        header.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        heading = QLabel(_dashboard("Dashboard"))
        heading.setObjectName("pageTitle")
        titles.addWidget(heading)
        titles.addWidget(text_label(snapshot.date_text, muted=True, wrap=False))
        header.addLayout(titles, 1)
        for text, keys in (
            (_dashboard("Log AI use"), "Ctrl+L"),
            (_dashboard("Log connection"), "Ctrl+Shift+L"),
        ):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            header.addWidget(QPushButton(f"{text}  {native}"), 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        if snapshot.inbox_text:
            notice = QPushButton(snapshot.inbox_text)
            notice.setObjectName("inboxNotice")
            notice.setFlat(True)
            layout.addWidget(notice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._build_index(snapshot))

        bars_card = Card(_dashboard("AI minutes this week"))
        self.bars = BarChart()
        self.bars.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars.set_data(snapshot.bars, snapshot.budget, snapshot.bars_dimmed)
        bars_card.body.addWidget(self.bars, 1)
        bars_card.body.addWidget(text_label(snapshot.bars_note, muted=True))

        weeks_card = Card(_dashboard("Balance over 12 weeks"))
        self.sparkline = Sparkline()
        self.sparkline.setMinimumHeight(96)
        self.sparkline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sparkline.set_data(snapshot.points, snapshot.thresholds, snapshot.point_labels)
        weeks_card.body.addWidget(self.sparkline, 1)
        axis = QHBoxLayout()
        axis.addWidget(text_label(snapshot.points_from, muted=True, wrap=False))
        axis.addStretch(1)
        axis.addWidget(text_label(_dashboard("This week"), muted=True, wrap=False))
        weeks_card.body.addLayout(axis)
        weeks_card.body.addWidget(text_label(snapshot.points_note, muted=True))

        self._cards = (bars_card, weeks_card)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(14)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._arrange(2)
        return scroll_area

    def _build_index(self, snapshot: Snapshot) -> Card:
        card = Card(_dashboard("Balance this week"))
        row = QHBoxLayout()
        row.setSpacing(18)
        self.score_label = QLabel(snapshot.score_text)
        self.score_label.setObjectName("score")
        self.score_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.score_label.setVisible(bool(snapshot.score_text))
        row.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.level_label = text_label(snapshot.level_text)
        self.level_label.setObjectName("level")
        self.level_label.setProperty("level", "watch" if snapshot.level_warning else "")
        words.addStretch(1)
        words.addWidget(self.level_label)
        words.addWidget(text_label(snapshot.change_text))
        words.addWidget(text_label(snapshot.hint_text, muted=True))
        words.addStretch(1)
        row.addLayout(words, 1)
        why = QToolButton()
        why.setText(_dashboard("Why?"))
        why.setArrowType(Qt.ArrowType.RightArrow)
        why.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(why, 0, Qt.AlignmentFlag.AlignTop)
        card.body.addLayout(row)
        if snapshot.parts:
            self.index_bar = IndexBar()
            self.index_bar.set_parts(
                [BarPart(*part) for part in snapshot.parts], snapshot.thresholds
            )
            legend = text_label("", muted=True)
            legend.setTextFormat(Qt.TextFormat.RichText)
            legend.setText(legend_html(snapshot.legend))
            card.body.addSpacing(4)
            card.body.addWidget(self.index_bar)
            card.body.addWidget(legend)
        return card

    def _arrange(self, columns: int) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold(self.width() < RAIL_FOLD_WIDTH)
        page_width = self.width() - self.rail.width()
        self._arrange(2 if page_width >= TWO_COLUMN_WIDTH else 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._has_painted:
            self._has_painted = True
            # After this paint pass has been drawn and flushed: the next idle turn.
            # (Given the window as context, the call is dropped if it is gone by then.)
            QTimer.singleShot(0, self, self.painted.emit)
