"""Loading the window's translation for the person's language, and Qt's own for its buttons.

The app's translations are `vision_journal_<lang>.qm` files built by pyside6-lrelease from
`resources/translations/*.ts` (see scripts/update_translations.sh). They are looked up where
this copy of Vision Journal was installed, the same places as the icons (`ui/icons.py`).
Qt's `qtbase_<lang>.qm` translates the standard buttons and dialogs (Save, Cancel, the file
dialog); it comes with Qt and may be missing from a trimmed bundle, which is fine.
"""

from __future__ import annotations

import site
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

#: The stem of the app's translation files: vision_journal_de.qm, ...
APP_CATALOG = "vision_journal"
#: The stem of Qt's own translation of its widgets and dialogs.
QT_CATALOG = "qtbase"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for pyside6-lupdate under `context`; it is translated where it is shown.

    For texts kept in constants. PySide6's own QT_TRANSLATE_NOOP is typed as returning
    `object`; lupdate only looks for the name.
    """
    return text


def translation_folders() -> list[Path]:
    """Folders that may hold ``vision_journal_<lang>.qm``, the likeliest first."""
    folders: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:  # a PyInstaller bundle
        folders.append(Path(bundle) / "resources" / "translations")
    # A source checkout or an editable install: <repo>/src/vision_journal/ui/translations.py.
    folders.append(Path(__file__).resolve().parents[3] / "resources" / "translations")
    # `pip install .` puts them under the environment's share/ (pyproject data-files).
    folders.append(Path(sys.prefix) / "share" / "vision-journal" / "translations")
    folders.append(Path(site.getuserbase()) / "share" / "vision-journal" / "translations")
    return folders


def _load(translator: QTranslator, locale: QLocale, catalog: str, folders: list[Path]) -> bool:
    # QTranslator.load(locale, ...) tries each of the locale's UI languages in turn
    # (de_AT, then de), so a regional locale finds the language's file.
    return any(
        folder.is_dir() and translator.load(locale, catalog, "_", str(folder), ".qm")
        for folder in folders
    )


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the app's and Qt's translations for `locale` (the system's by default).

    Returns the installed translators (the English plural forms, then the language's own
    where there is one); they are parented to `app`, so they live as long as it does.
    """
    locale = locale if locale is not None else QLocale.system()
    installed: list[QTranslator] = []
    # English first, so any other language's catalogue (installed later) takes precedence:
    # it only holds the English plural forms of the %n messages ("1 day", "2 days"), which
    # every language without its own catalogue, and the "C" locale, show too.
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for catalog, folders, language in (
        (APP_CATALOG, translation_folders(), english),
        (QT_CATALOG, [qt_folder], locale),
        (APP_CATALOG, translation_folders(), locale),
    ):
        is_english = locale.language() is QLocale.Language.English
        if language is locale and is_english and catalog == APP_CATALOG:
            continue  # installed above
        translator = QTranslator(app)
        if _load(translator, language, catalog, folders) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
