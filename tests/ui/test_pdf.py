"""The vision summary PDF: real, selectable text with embedded fonts, page numbers, written
atomically. The text is read back with `pdftotext` (poppler-utils)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core import atomic
from vision_journal.core.export.summary import VisionSummary, build_summary
from vision_journal.core.journal import Journal
from vision_journal.demo import generate
from vision_journal.ui import pdf
from vision_journal.ui.pdf import write_summary_pdf

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed; the CI image installs it",
)


@pytest.fixture
def demo_summary(qtbot: QtBot, journal: Journal) -> VisionSummary:
    del qtbot  # only for the QApplication the PDF needs
    last = FIXED_NOW.date() - dt.timedelta(days=1)
    generate(journal, end=last, years=1.0)
    return build_summary(journal, last - dt.timedelta(days=364), last)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    # Ligatures (ﬁ, ﬀ) come back as single characters; NFKC spells them out.
    return " ".join(unicodedata.normalize("NFKC", done.stdout.decode("utf-8")).split())


@needs_pdftotext
def test_the_pdf_text_is_selectable_and_holds_the_vision(
    demo_summary: VisionSummary, tmp_path: Path
) -> None:
    path = tmp_path / "summary.pdf"
    write_summary_pdf(demo_summary, path)
    text = pdf_text(path)
    statement = demo_summary.spheres[0].purpose_statement
    assert " ".join(statement.split()) in text
    assert "My vision for AI in my life" in text
    for heading in ("Communication plan", "Goals", "Charter", "Balance over the period"):
        assert heading in text
    assert demo_summary.charter[0].sentence in text
    pages = int(text.rsplit("Page 1 of ", 1)[1].split()[0])
    assert pages >= 3
    assert f"Page {pages} of {pages}" in text


@needs_pdftotext
def test_fonts_are_embedded(demo_summary: VisionSummary, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "summary.pdf"
    write_summary_pdf(demo_summary, path)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert rows
    assert all(" yes " in row for row in rows), done.stdout


def test_a_failed_write_keeps_the_old_file(
    demo_summary: VisionSummary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "summary.pdf"
    path.write_bytes(b"old")

    def failing_replace(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        write_summary_pdf(demo_summary, path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_an_empty_journal_still_makes_a_document(qtbot: QtBot, journal: Journal) -> None:
    del qtbot
    data = pdf.render_summary_pdf(build_summary(journal))
    assert data.startswith(b"%PDF")
    assert b"%%EOF" in data[-64:]
