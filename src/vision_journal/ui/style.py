"""The application's one style: the design tokens of docs/design.md, the palette and style
sheet built from them, and the switch between light and dark while the app runs.

Every page and dialog takes its look from here; widgets only name what they are (an object
name such as ``card`` or a property such as ``muted``), never colours or sizes. When the
desktop switches between light and dark, Qt's `QStyleHints.colorSchemeChanged` arrives and
the palette and the style sheet are set again on the application, so every widget repaints.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

#: The bundled icons (Tabler Icons, MIT licence, see symbols/LICENSE).
SYMBOLS = Path(__file__).resolve().parent / "symbols"


@dataclass(frozen=True, slots=True)
class Tokens:
    """The colours of one scheme (docs/design.md, "Palette")."""

    is_dark: bool
    window: str
    surface: str
    surface_alt: str
    border: str
    text: str
    muted: str
    accent: str
    on_accent: str
    accent_soft: str
    warning: str
    good: str
    #: Colours that tell apart the parts of one chart (the balance index's components), in
    #: order; graphics, so 3:1 against `surface` is enough (WCAG 1.4.11).
    series: tuple[str, ...] = ()


LIGHT = Tokens(
    is_dark=False,
    window="#f4f5f7",
    surface="#ffffff",
    surface_alt="#eef0f3",
    border="#d9dde3",
    text="#1f2328",
    muted="#5c636c",
    accent="#2f6f9f",
    on_accent="#ffffff",
    accent_soft="#dceaf5",
    warning="#b45309",
    good="#2e7d4f",
    series=("#2f6f9f", "#8a63b8", "#1f8a84", "#b07d12", "#b5577a"),
)

DARK = Tokens(
    is_dark=True,
    window="#1a1c1f",
    surface="#23262a",
    surface_alt="#2b2f34",
    border="#3a3f46",
    text="#e6e8eb",
    muted="#9ba2ab",
    accent="#6ea8d8",
    on_accent="#0c1a26",
    accent_soft="#22384b",
    warning="#f0a650",
    good="#6cc08b",
    series=("#6ea8d8", "#b89ae0", "#5cc2b8", "#e0b85a", "#e08aa8"),
)

#: Documents (the charter's preview) are shown as printed, in both schemes.
PAPER = "#ffffff"
PAPER_TEXT = "#1f2328"

#: Type scale, as multiples of the application font (so 150 % and 200 % scale with it).
TITLE_SCALE = 1.8
HEADLINE_SCALE = 1.35
SCORE_SCALE = 3.6
SMALL_SCALE = 0.92

#: Spacing steps in pixels; layouts use these and nothing in between.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24

#: Corner radii: cards and controls.
RADIUS_CARD = 10
RADIUS_CONTROL = 6

#: The width of the sidebar with names, and folded to icons.
RAIL_WIDTH = 196
RAIL_ICONS_WIDTH = 56
#: Below this window width the sidebar folds to icons.
RAIL_FOLD_WIDTH = 1000


#: The space above and below the line of text in every list and table row.
ROW_PADDING = 7


def row_height(metrics: QFontMetrics) -> int:
    """The height of a row in every list and table: the line and 7 px above and below."""
    return metrics.lineSpacing() + 2 * ROW_PADDING


_PY_INCREF = ctypes.pythonapi.Py_IncRef
_PY_INCREF.argtypes = [ctypes.py_object]
_PY_INCREF.restype = None


class RowHeightStyle(QProxyStyle):
    """The platform's style, with every table's rows `row_height` tall.

    A table takes its row height from the style's default vertical header section, and
    takes it again whenever the style or the style sheet changes; the style sheet cannot
    set it. List and tree rows get the same height from the style sheet's item rule.
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if option is None:
            # PySide6 (6.12) hands a null option to this override as None without taking a
            # reference to it, yet gives one back afterwards: None's count falls by one per
            # call until the interpreter aborts ("none_dealloc"). Taking the reference it
            # will give back keeps the count right (a no-op where None is immortal, 3.12+).
            _PY_INCREF(None)
        if metric is QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical:
            # The application font, not the widget's: one height in every table.
            return row_height(QFontMetrics(QApplication.font()))
        return super().pixelMetric(metric, option, widget)


def current_tokens() -> Tokens:
    """The colours of the scheme the application shows now (painted widgets read them)."""
    return install_theme().tokens


def palette(tokens: Tokens) -> QPalette:
    """A Qt palette of the tokens, for what the style sheet does not reach (painted charts)."""
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: tokens.window,
        QPalette.ColorRole.WindowText: tokens.text,
        QPalette.ColorRole.Base: tokens.surface,
        QPalette.ColorRole.AlternateBase: tokens.surface_alt,
        QPalette.ColorRole.Text: tokens.text,
        QPalette.ColorRole.Button: tokens.surface,
        QPalette.ColorRole.ButtonText: tokens.text,
        QPalette.ColorRole.BrightText: tokens.on_accent,
        QPalette.ColorRole.Highlight: tokens.accent,
        QPalette.ColorRole.HighlightedText: tokens.on_accent,
        QPalette.ColorRole.Link: tokens.accent,
        QPalette.ColorRole.ToolTipBase: tokens.surface_alt,
        QPalette.ColorRole.ToolTipText: tokens.text,
        QPalette.ColorRole.PlaceholderText: tokens.muted,
        QPalette.ColorRole.Mid: tokens.border,
        QPalette.ColorRole.Midlight: tokens.surface_alt,
        QPalette.ColorRole.Light: tokens.surface,
        QPalette.ColorRole.Dark: tokens.border,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    muted = QColor(tokens.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return result


def stylesheet(tokens: Tokens, base_points: float, line: int) -> str:
    """The application style sheet: every named part of the window, in one place."""
    t = tokens

    def pt(scale: float) -> str:
        return f"{base_points * scale:.1f}pt"

    row = line + 2 * ROW_PADDING
    return f"""
QMainWindow, QDialog, QWizard {{ background: {t.window}; }}
QWidget#rail {{ background: {t.surface}; border-right: 1px solid {t.border}; }}
QLabel#brand {{ font-size: {pt(1.2)}; font-weight: 600; padding: 0 10px 10px 10px; }}
QListWidget#sidebar {{ border: none; background: transparent; outline: 0; }}
QLabel#brand {{ qproperty-wordWrap: true; }}
QListWidget#sidebar::item {{ padding: 0 10px; margin: 1px 0; border-radius: {RADIUS_CONTROL}px;
    min-height: {row + 4}px; color: {t.text}; }}
QListWidget#sidebar::item:hover {{ background: {t.surface_alt}; }}
QListWidget#sidebar::item:selected {{ background: {t.accent_soft}; color: {t.text}; }}
QLabel#pageTitle {{ font-size: {pt(TITLE_SCALE)}; font-weight: 600; color: {t.text}; }}
QLabel[muted="true"] {{ color: {t.muted}; }}
QLabel[level="watch"] {{ color: {t.warning}; }}
QLabel[level="good"] {{ color: {t.good}; }}
QWidget#dashboardContent, QWidget#pageContent {{ background: {t.window}; }}
QFrame#card {{ background: {t.surface}; border: 1px solid {t.border};
    border-radius: {RADIUS_CARD}px; }}
QLabel#cardTitle {{ font-weight: 600; color: {t.muted}; }}
QFrame#card[selected="true"] {{ border: 1px solid {t.accent}; background: {t.accent_soft}; }}
QFrame#card:focus {{ border: 1px solid {t.accent}; }}
QLabel#ruleName {{ font-weight: 600; }}
QLabel#ruleState {{ font-weight: 600; border-radius: {RADIUS_CONTROL}px; padding: 1px 8px;
    border: 1px solid transparent; }}
QLabel#ruleState[state="kept"] {{ color: {t.good}; border-color: {t.good}; }}
QLabel#ruleState[state="close"] {{ color: {t.warning}; border-color: {t.warning}; }}
QLabel#ruleState[state="broken"] {{ color: {t.surface}; background: {t.warning};
    border-color: {t.warning}; }}
QLabel#ruleState[state="paused"] {{ color: {t.muted}; border-color: {t.border}; }}
QLabel#welcomeTitle {{ font-size: {pt(HEADLINE_SCALE)}; font-weight: 600; }}
QLabel#stepNumber {{ background: {t.accent}; color: {t.on_accent}; border-radius: 13px;
    font-weight: 600; }}
QLabel#stepTitle {{ font-weight: 600; }}
QLabel#score {{ font-size: {pt(SCORE_SCALE)}; font-weight: 600; }}
QLabel#level {{ font-size: {pt(HEADLINE_SCALE)}; font-weight: 600; }}
QLabel#componentHeader {{ color: {t.muted}; font-weight: 600; }}
QProgressBar#strength {{ border: none; background: {t.surface_alt}; border-radius: 3px;
    max-height: 6px; min-height: 6px; }}
QProgressBar#strength::chunk {{ background: {t.accent}; border-radius: 3px; }}
QProgressBar#strength[level="watch"]::chunk {{ background: {t.warning}; }}
QLabel#goalProgress {{ font-weight: 600; }}
QFrame#explanation {{ border: none; border-top: 1px solid {t.border}; background: transparent; }}
QFrame#warningRow {{ border: none; border-left: 3px solid {t.warning};
    background: transparent; }}
QFrame#banner {{ background: {t.accent_soft}; border: 1px solid {t.border};
    border-radius: {RADIUS_CONTROL}px; }}
QPushButton {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS_CONTROL}px; padding: 5px 14px; min-height: {line + 6}px; }}
QPushButton:hover {{ background: {t.surface_alt}; }}
QPushButton:pressed, QPushButton:checked {{ background: {t.accent_soft}; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {t.accent};
    color: {t.on_accent}; border-color: {t.accent}; }}
QPushButton#chip {{ border-radius: {line // 2 + 6}px; padding: 3px 12px; }}
QPushButton#chip:checked {{ background: {t.accent}; color: {t.on_accent};
    border-color: {t.accent}; }}
QPushButton:disabled {{ color: {t.muted}; background: {t.surface_alt}; }}
QPushButton:focus {{ border-color: {t.accent}; }}
QAbstractItemView {{ background: {t.surface}; alternate-background-color: {t.surface_alt};
    border: 1px solid {t.border}; border-radius: {RADIUS_CONTROL}px;
    selection-background-color: {t.accent_soft}; selection-color: {t.text};
    gridline-color: {t.surface_alt}; }}
QListView::item, QTreeView::item {{ min-height: {row}px; }}
QHeaderView::section {{ background: {t.surface}; color: {t.muted}; border: none;
    border-bottom: 1px solid {t.border}; padding: 4px 8px; font-weight: 600; }}
QTableCornerButton::section {{ background: {t.surface}; border: none; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ background: {t.surface}; color: {t.text};
    border: 1px solid {t.border}; border-radius: {RADIUS_CONTROL}px; padding: 3px 6px;
    selection-background-color: {t.accent}; selection-color: {t.on_accent}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {t.accent}; }}
QGroupBox {{ border: 1px solid {t.border}; border-radius: {RADIUS_CARD}px;
    margin-top: {line}px; padding: {SPACE_M}px {SPACE_S}px {SPACE_S}px {SPACE_S}px;
    background: {t.surface}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {SPACE_M}px; padding: 0 4px;
    color: {t.muted}; font-weight: 600; }}
QTabWidget::pane {{ border: 1px solid {t.border}; border-radius: {RADIUS_CONTROL}px;
    background: {t.surface}; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {t.muted}; padding: 6px 14px;
    border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 2px solid {t.accent}; }}
QToolTip {{ background: {t.surface_alt}; color: {t.text}; border: 1px solid {t.border}; }}
QStatusBar {{ background: {t.surface}; color: {t.muted}; border-top: 1px solid {t.border}; }}
QMenuBar {{ background: {t.surface}; color: {t.text}; }}
QMenuBar::item:selected {{ background: {t.accent_soft}; }}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
QMenu::item:selected {{ background: {t.accent_soft}; }}
QScrollArea {{ background: transparent; }}
QTextBrowser#documentPreview {{ background: {PAPER}; color: {PAPER_TEXT};
    border: 1px solid {t.border}; }}
"""


def symbol(name: str, colour: str, size: int = 20) -> QIcon:
    """A bundled line icon drawn in `colour` (the SVGs draw in "currentColor")."""
    data = (SYMBOLS / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(re.sub("currentColor", colour, data).encode()))
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(QSize(size * scale, size * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


class Theme(QObject):
    """Applies the design to the application and follows the desktop's light or dark."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("visionJournalTheme")
        self._app = app
        self.tokens = LIGHT
        # Owned by the application once set; kept here so Python does not collect it first.
        self._style = RowHeightStyle(app.style().name())
        app.setStyle(self._style)
        app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Set the palette and style sheet of `scheme` (None: what the desktop uses now)."""
        if scheme is None:
            scheme = self._app.styleHints().colorScheme()
        self.tokens = DARK if scheme is Qt.ColorScheme.Dark else LIGHT
        font = self._app.font()
        self._app.setPalette(palette(self.tokens))
        self._app.setStyleSheet(
            stylesheet(self.tokens, font.pointSizeF(), QFontMetrics(font).lineSpacing())
        )
        self.changed.emit()

    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self.apply(scheme)


def install_theme(app: QApplication | None = None) -> Theme:
    """The application's theme, applied once (later calls return the same one)."""
    instance = app or QApplication.instance()
    assert isinstance(instance, QApplication)
    existing = instance.findChild(Theme, "visionJournalTheme")
    if isinstance(existing, Theme):
        return existing
    theme = Theme(instance)
    theme.apply()
    return theme
