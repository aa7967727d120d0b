"""The German translation is complete, and no visible text of the window escapes translation.

The walk builds the window on sample data with the German translation installed, shows every
page and the main dialogs, and collects what a person can read: labels, buttons, titles,
tabs, table headers, combo items, list items, placeholders and menus. Each text must be a
translation from the .ts (a template's %1, %2 may hold data), or data: numbers, dates and
the journal's own names and words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from enum import Enum
from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vision_journal import APP_NAME
from vision_journal.core import checkins as checkin_store
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.demo import generate
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.translations import install_translations, translation_folders
from vision_journal.ui.widgets.card import ElidedLabel

TS_FILE = (
    Path(__file__).resolve().parents[2] / "resources" / "translations" / "vision_journal_de.ts"
)
SAMPLE_END = dt.date(2026, 3, 20)
#: Texts that are the same in German, or not words at all: keep this list short.
SAME_IN_GERMAN = {"", "—", "–", "-", "…", "·", "%", "OK", APP_NAME}


def _messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message in the German .ts."""
    root = ET.parse(TS_FILE).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            found.append((name, message.findtext("source") or "", texts))
    return found


def test_every_message_is_translated() -> None:
    unfinished = [
        (context, source) for context, source, texts in _messages() if any(not t for t in texts)
    ]
    root = ET.parse(TS_FILE).getroot()
    marked = [m.findtext("source") for m in root.iter("message") if _is_unfinished(m)]
    assert unfinished == []
    assert marked == []


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") in {"unfinished", "vanished"}


def test_every_placeholder_and_tag_survives_translation() -> None:
    problems = []
    for context, source, texts in _messages():
        wanted = sorted(re.findall(r"%(?:\d|n)", source))
        tags = sorted(re.findall(r"</?\w+>", source))
        for text in texts:
            if (
                sorted(re.findall(r"%(?:\d|n)", text)) != wanted
                or sorted(re.findall(r"</?\w+>", text)) != tags
            ):
                problems.append((context, source, text))
    assert problems == []


def test_the_built_catalogue_is_found_next_to_the_sources() -> None:
    assert any((folder / "vision_journal_de.qm").is_file() for folder in translation_folders())


# --- The walk ------------------------------------------------------------------------------


def _strings(value: object, depth: int = 0) -> Iterator[str]:
    """Every string inside a record, list or tuple: the journal's own words."""
    if depth > 6:
        return
    if isinstance(value, Enum):
        return  # an enum value is never shown as it is; its label is translated
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name), depth + 1)
    elif isinstance(value, list | tuple | frozenset | set):
        for item in value:
            yield from _strings(item, depth + 1)


def _journal_words(journal: Journal) -> set[str]:
    records: list[object] = [
        journal.circles(),
        journal.tools(),
        journal.goals(),
        journal.progress(),
        journal.rules(),
        journal.breach_notes(),
        journal.vision(),
        journal.uses_between(SAMPLE_END - dt.timedelta(days=400), SAMPLE_END),
        journal.connections_between(SAMPLE_END - dt.timedelta(days=400), SAMPLE_END),
        checkin_store.checkins(journal),
        checkin_store.prompts(journal, include_retired=True),
    ]
    return {s.strip() for s in _strings(records) if s.strip()}


def _plain(text: str) -> str:
    """The text as read: without mnemonic ampersands, HTML tags and surrounding space."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0")
    text = re.sub(r"&(?=\w)", "", text).replace("\0", "&")
    return text.replace("&nbsp;", " ").strip()


class Judge:
    """Decides whether a visible text is translated or data."""

    def __init__(self, data: Iterable[str]) -> None:
        self.translations: set[str] = set()
        self.templates: list[re.Pattern[str]] = []
        for _context, _source, texts in _messages():
            for text in texts:
                plain = _plain(text).replace("%n", "%1")
                self.translations.add(plain)
                if re.search(r"%\d", plain):
                    parts = re.split(r"%\d", plain)
                    pattern = "(.+?)".join(re.escape(p) for p in parts)
                    self.templates.append(re.compile(pattern + r"\Z", re.DOTALL))
        self.data = sorted({_plain(d) for d in data if d.strip()}, key=len, reverse=True)
        locale = QLocale()
        self.names = {locale.monthName(m, kind) for m in range(1, 13) for kind in _KINDS} | {
            locale.dayName(d, kind) for d in range(1, 8) for kind in _KINDS
        }
        # Key names in shortcuts shown on buttons ("Strg+L"): QKeySequence translates them.
        modifiers = QKeySequence("Ctrl+Shift+Alt+Meta+Return").toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.names |= set(modifiers.split("+"))
        self.accepts = lru_cache(maxsize=None)(self._accepts)

    def _is_data(self, text: str) -> bool:
        rest = text
        for item in self.data:
            if item and item in rest:
                rest = rest.replace(item, " ")
        for name in sorted(self.names, key=len, reverse=True):
            rest = rest.replace(name, " ")
        return not re.search(r"[A-Za-zÄÖÜäöüß]{2,}", rest)

    def _accepts(self, text: str) -> bool:
        # Lines, and parts set apart by two spaces (a button's text and its shortcut).
        for line in re.split(r"\n| {2,}", text):
            line = line.strip()
            if line in SAME_IN_GERMAN or line in self.translations or self._is_data(line):
                continue
            if not any(self._fills(t, line) for t in self.templates):
                return False
        return True

    def _fills(self, template: re.Pattern[str], text: str) -> bool:
        found = template.match(text)
        return found is not None and all(
            len(g) < len(text) and self.accepts(g.strip()) for g in found.groups()
        )


_KINDS = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person can read in `root` now."""
    if root.isWindow():
        yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, ElidedLabel):
            yield kind, widget.full_text  # what it shows, before a narrow column cuts it
        elif isinstance(widget, QLabel):
            yield kind, widget.text()
        elif isinstance(widget, QAbstractButton):
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
                QDialogButtonBox.StandardButton.NoButton
            ):
                continue  # Qt's own word, translated by qtbase_de
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield kind + " placeholder", widget.placeholderText()
        if isinstance(widget, QListWidget):
            yield from ((kind, widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount()):
                header = model.headerData(
                    section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                )
                if isinstance(header, str):
                    yield kind + " header", header


def _menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for action in window.menuBar().actions():
        yield "menu", action.text()
        menu = action.menu()
        if menu is not None:
            for item in menu.actions():
                if not item.isSeparator():
                    yield "menu item", item.text()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German translation installed and German as the default locale, then undone."""
    previous = QLocale()
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    translators = install_translations(qapp, german)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_no_visible_text_escapes_translation(
    qtbot: QtBot, german: None, journal: Journal, paths: JournalPaths
) -> None:
    assert QCoreApplication.translate("DashboardPage", "Dashboard") == "Übersicht"
    generate(journal, end=SAMPLE_END, years=0.3)
    window = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)

    seen: list[tuple[str, str, str]] = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        page = window.section_titles[row]
        seen += [(page, where, text) for where, text in _visible_texts(window)]
    seen += [("menus", where, text) for where, text in _menu_texts(window)]
    dialogs = {
        "AI-use dialog": window.open_log_dialog,
        "connection dialog": window.open_connection_dialog,
        "rule dialog": window.boundaries_page.new_rule,
        "goal dialog": window.goals_page.open_new_goal,
    }
    for name, open_dialog in dialogs.items():
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        seen += [(name, where, text) for where, text in _visible_texts(dialog)]
        dialog.reject()

    # Data too: the journal's folder, and key names (QKeySequence translates them itself).
    keys = {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(QAction)
    }
    judge = Judge(_journal_words(journal) | keys | {str(paths.data_dir)})
    leftovers = sorted(
        {
            (place, where, _plain(text))
            for place, where, text in seen
            if not judge.accepts(_plain(text))
        }
    )
    window.close()
    assert leftovers == [], "\n".join(f"{p} / {w}: {t!r}" for p, w, t in leftovers)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", ["1 message", "3 uses", "2 messages"]),
        ("de_DE", ["1 Nachricht", "3 Nutzungen", "2 Nachrichten"]),
    ],
)
def test_breach_amounts_in_check_in_facts_use_plural_forms(
    qapp: QApplication, locale: str, expected: list[str]
) -> None:
    from vision_journal.ui.dialogs.checkin_wizard import AmountUnit, breach_fact_text
    from vision_journal.ui.translations import install_translations

    installed = install_translations(qapp, QLocale(locale))
    try:
        texts = [
            breach_fact_text(1, AmountUnit.MESSAGES),
            breach_fact_text(3, AmountUnit.USES),
            breach_fact_text(2.4, AmountUnit.MESSAGES),
        ]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert texts == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_GB",
            [
                "Cap: 1 minute over the budget today.",
                "Cap: 16 minutes of AI use inside the curfew today.",
                "Cap: 1 of 1 minute used today (100 %).",
                "Cap: 1,200 of 1,500 minutes used this week (80 %).",
            ],
        ),
        (
            "de_DE",
            [
                "Cap: heute 1 Minute über dem Budget.",
                "Cap: heute 16 Minuten KI-Nutzung in der Sperrzeit.",
                "Cap: 1 von 1 Minute heute genutzt (100 %).",
                "Cap: 1.200 von 1.500 Minuten in dieser Woche genutzt (80 %).",
            ],
        ),
    ],
)
def test_warning_minutes_use_plural_forms(
    qapp: QApplication, locale: str, expected: list[str]
) -> None:
    import datetime as dt

    from vision_journal.core.records import BoundaryRule, BudgetParams, BudgetPeriod, Severity
    from vision_journal.core.rules import Breach, BudgetWarning
    from vision_journal.ui.translations import install_translations
    from vision_journal.ui.warnings import AmountUnit, breach_text, budget_warning_text

    def cap(params: BudgetParams) -> BoundaryRule:
        return BoundaryRule(1, "Cap", params, Severity.FIRM, "", True, dt.datetime(2026, 11, 1))

    day = dt.date(2026, 11, 18)
    installed = install_translations(qapp, QLocale(locale))
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        texts = [
            breach_text(
                Breach(1, day, (1,), 1.2, AmountUnit.MINUTES_OVER_BUDGET), cap(BudgetParams(45))
            ),
            breach_text(
                Breach(1, day, (1,), 16, AmountUnit.MINUTES_IN_CURFEW), cap(BudgetParams(45))
            ),
            budget_warning_text(BudgetWarning(1, day, 1, 1), cap(BudgetParams(1))),
            budget_warning_text(
                BudgetWarning(1, day, 1200, 1500), cap(BudgetParams(1500, BudgetPeriod.WEEK))
            ),
        ]
    finally:
        QLocale.setDefault(previous)
        for translator in installed:
            qapp.removeTranslator(translator)
    assert texts == expected
