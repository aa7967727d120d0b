"""Render the app icon from its SVG source into every format the packages need.

Run from anywhere, no display needed (Qt renders offscreen)::

    .venv/bin/python packaging/render_icons.py

It writes, from ``resources/icons/vision-journal.svg``:

- ``resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for the freedesktop icon theme and
  the window icon (N = 16 ... 512);
- ``packaging/windows/vision-journal.ico`` (PNG entries 16 ... 256, Windows Vista and later);
- ``packaging/macos/vision-journal.icns`` (PNG entries 16 ... 1024, ``@2x`` included).

Only PySide6 (QtSvg, QtGui) and the standard library are used: both containers are simple
lists of PNG images, written here by hand. Commit the outputs; re-run after editing the SVG.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

APP_ID = "org.visionjournal.VisionJournal"
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "vision-journal.svg"

#: Sizes of the freedesktop hicolor theme PNGs.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes in the Windows icon; 256 is the largest Windows shows.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, and their pixel sizes (ic11 ... ic14 are the @2x ones).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def hicolor_png(root: Path, size: int) -> Path:
    """Where the theme PNG of `size` pixels lives under an ``icons`` folder `root`."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


class Renderer:
    """Renders one SVG file to PNG bytes at any square size, caching each size."""

    def __init__(self, svg: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtSvg import QSvgRenderer

        self._app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        self._renderer = QSvgRenderer(str(svg))
        if not self._renderer.isValid():
            raise SystemExit(f"render_icons: cannot read the SVG file {svg}")
        self._cache: dict[int, bytes] = {}

    def png(self, size: int) -> bytes:
        """The icon as PNG bytes, `size` x `size` pixels with a transparent background."""
        if size not in self._cache:
            self._cache[size] = self._render(size)
        return self._cache[size]

    def _render(self, size: int) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
        from PySide6.QtGui import QImage, QPainter

        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs say bytes, but PySide6 6.12 accepts only str here.
        png = image.convertToFormat(QImage.Format.Format_ARGB32)
        if not png.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise SystemExit(f"render_icons: could not encode the {size} px PNG")
        buffer.close()
        return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO file holding the given PNG images (size -> PNG bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(elements: list[tuple[bytes, bytes]]) -> bytes:
    """An Apple ICNS file holding the given (type, PNG bytes) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG file's header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        print(f"  unchanged {path.relative_to(ROOT)}")
        return
    path.write_bytes(data)
    print(f"  wrote     {path.relative_to(ROOT)} ({len(data):,} bytes)")


def render_all(svg: Path = SVG, root: Path = ROOT) -> None:
    """Write every PNG, the ICO and the ICNS from `svg` into the tree at `root`."""
    renderer = Renderer(svg)
    for size in PNG_SIZES:
        _write(hicolor_png(root / "resources" / "icons", size), renderer.png(size))
    ico = ico_bytes({size: renderer.png(size) for size in ICO_SIZES})
    _write(root / "packaging" / "windows" / "vision-journal.ico", ico)
    icns = icns_bytes([(kind, renderer.png(size)) for kind, size in ICNS_TYPES])
    _write(root / "packaging" / "macos" / "vision-journal.icns", icns)


def main(argv: list[str] | None = None) -> int:
    """Command line: render the icons; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--svg", type=Path, default=SVG, help="the SVG source (default: %(default)s)"
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        help="the repository to write into (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    print(f"Rendering {args.svg}")
    render_all(args.svg, args.root.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
