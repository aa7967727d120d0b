"""The application icon, from wherever this copy of Vision Journal was installed."""

from __future__ import annotations

import site
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from vision_journal import APP_ID

#: The rendered sizes in resources/icons/hicolor (see packaging/render_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_folders() -> list[Path]:
    """Folders that may hold ``hicolor/<N>x<N>/apps/<APP_ID>.png``, the likeliest first."""
    folders: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:  # a PyInstaller bundle
        folders.append(Path(bundle) / "resources" / "icons")
    # A source checkout or an editable install: <repo>/src/vision_journal/ui/icons.py.
    folders.append(Path(__file__).resolve().parents[3] / "resources" / "icons")
    # `pip install .` puts the icons under the environment's share/ (pyproject data-files).
    folders.append(Path(sys.prefix) / "share" / "icons")
    folders.append(Path(site.getuserbase()) / "share" / "icons")
    return folders


def app_icon() -> QIcon:
    """Vision Journal's icon in every size found; the desktop theme's as a last resort."""
    for folder in icon_folders():
        icon = QIcon()
        for size in ICON_SIZES:
            png = folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            if png.is_file():
                icon.addFile(str(png), QSize(size, size))
        if not icon.isNull():
            return icon
    return QIcon.fromTheme(APP_ID)
