"""The desktop integration files: valid, complete, and one app id everywhere.

The validators come from the Debian packages desktop-file-utils and appstream; without them
those two tests are skipped and say which package to install.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vision_journal import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _run(tool: str, package: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian package {package})")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=False, timeout=60)


def test_desktop_file_validates() -> None:
    """desktop-file-validate reports nothing at all, not even hints."""
    done = _run("desktop-file-validate", "desktop-file-utils", str(DESKTOP))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout


def test_metainfo_validates() -> None:
    """appstreamcli validate passes offline (infos allowed: they vary between versions)."""
    done = _run("appstreamcli", "appstream", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "W: " not in done.stdout
    assert "E: " not in done.stdout


def test_installed_tree_validates(tmp_path: Path) -> None:
    """The user install script lays out a tree appstreamcli accepts, entry pointing at --exec."""
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    command = tmp_path / "bin" / "vision-journal"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\nexit 0\n")
    command.chmod(0o755)
    share = tmp_path / "share"
    done = subprocess.run(
        [
            "bash",
            str(LINUX / "install-desktop-entry.sh"),
            "--data-home",
            str(share),
            "--exec",
            str(command),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    installed = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={command}\n" in installed
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    tree = subprocess.run(
        ["appstreamcli", "validate-tree", "--no-net", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert tree.returncode == 0, tree.stdout + tree.stderr


def test_app_id_is_the_same_everywhere() -> None:
    """Desktop file name, its Icon, the metainfo id and launchable, and APP_ID agree."""
    entry = _desktop_entry()
    assert DESKTOP.name == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "vision-journal"
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("name") == APP_NAME
    assert component.findtext("provides/binary") == "vision-journal"


def test_metainfo_lists_this_version() -> None:
    """The newest release in the metainfo is the app's version, as in CHANGELOG.md."""
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in changelog


def test_every_icon_size_exists_with_its_size() -> None:
    """Each hicolor PNG exists and is as large as its folder says."""
    assert (ICONS / "vision-journal.svg").is_file()
    for size in ICON_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), f"missing {png.relative_to(ROOT)}"
        assert _png_size(png) == (size, size), png.relative_to(ROOT)


def test_windows_and_macos_icons_hold_png_images() -> None:
    """The ICO and ICNS containers are well formed and hold the expected sizes."""
    ico = (ROOT / "packaging" / "windows" / "vision-journal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes
    icns = (ROOT / "packaging" / "macos" / "vision-journal.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, position = set(), 8
    while position < len(icns):
        kind = icns[position : position + 4]
        (length,) = struct.unpack(">I", icns[position + 4 : position + 8])
        assert icns[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        position += length
    assert position == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_windows_version_resource_is_a_template() -> None:
    """version_info.txt takes the version from the spec: no version number is written in it."""
    text = (ROOT / "packaging" / "windows" / "version_info.txt").read_text(encoding="utf-8")
    assert "filevers=(@VERSION_TUPLE@)" in text
    assert "StringStruct('ProductVersion', '@VERSION@')" in text
    assert __version__ not in text
    spec = (ROOT / "packaging" / "vision-journal.spec").read_text(encoding="utf-8")
    assert "@VERSION_TUPLE@" in spec
