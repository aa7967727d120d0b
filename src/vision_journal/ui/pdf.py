"""The vision summary as a printable PDF, drawn with Qt: real text, embedded fonts, vector charts.

The document is a flow of blocks laid out on A4 pages: text blocks are small QTextDocuments
(headings, paragraphs, lists, tables) and charts are drawn with the dashboard's own painting
routines (`paint_sparkline`, `paint_bars`), so the PDF shows the same pictures as the screen,
as vectors. Pagination is computed first and drawn second, so every page can say "page 2 of
5". A text block too long for the rest of a page is cut between two lines, never through
one; a heading never ends a page on its own.

Text is drawn as text in DejaVu Serif and DejaVu Sans, taken from the system (fontconfig on
Linux; Qt substitutes a close face where they are missing) and embedded in the file by Qt,
so the words can be selected, searched and copied.
The file is written atomically: the PDF is made in memory and then written with
`core.atomic.write_atomically`.

A QGuiApplication must exist (the command line creates an offscreen one).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from vision_journal import APP_NAME, __version__
from vision_journal.core.atomic import write_atomically
from vision_journal.core.export.summary import (
    STATUS_NAMES,
    BalanceSection,
    CharterSection,
    CheckInSection,
    SphereSection,
    VisionSummary,
    answers_label,
    date_text,
    level_name,
    period_text,
)
from vision_journal.core.records import GoalStatus, Severity
from vision_journal.ui.widgets.charts import paint_bars, paint_sparkline

#: The least height of text worth starting at the foot of a page (about three lines).
MIN_SLICE = 48.0

#: Device units per inch: the charts' pen widths and sizes are made for screen pixels.
RESOLUTION = 96
MARGIN_MM = 20.0
BODY_FONT = "DejaVu Serif"
HEADING_FONT = "DejaVu Sans"
BODY_POINTS = 10.0
TEXT_COLOR = "#1f2328"
MUTED_COLOR = "#57606a"
ACCENT_COLOR = "#2f6f9f"

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

STYLE = f"""
h1 {{ font-family: '{HEADING_FONT}'; font-size: 22pt; font-weight: 600; color: {TEXT_COLOR};
  margin-bottom: 2px; }}
h2 {{ font-family: '{HEADING_FONT}'; font-size: 14.5pt; font-weight: 600; color: {ACCENT_COLOR};
  margin-top: 0px; margin-bottom: 4px; }}
h3 {{ font-family: '{HEADING_FONT}'; font-size: 11.5pt; font-weight: 600; color: {TEXT_COLOR};
  margin-top: 0px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 5px; }}
.meta {{ font-family: '{HEADING_FONT}'; color: {MUTED_COLOR}; font-size: 9pt; }}
.muted {{ color: {MUTED_COLOR}; }}
.label {{ font-family: '{HEADING_FONT}'; font-weight: 600; font-size: 9pt;
  color: {MUTED_COLOR}; }}
.tag {{ font-family: '{HEADING_FONT}'; font-size: 8pt; color: {MUTED_COLOR}; }}
.firm {{ font-family: '{HEADING_FONT}'; font-size: 8pt; color: #9a5300; }}
li {{ margin-bottom: 4px; }}
th {{ font-family: '{HEADING_FONT}'; font-size: 8.5pt; color: {MUTED_COLOR};
  text-align: left; }}
td {{ font-size: 9pt; }}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    return "".join(f"<p>{_e(b).replace(chr(10), '<br>')}</p>" for b in blocks)


# --- The flow ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Text:
    """A block of rich text; `keep_with_next` keeps a heading on the page of what follows."""

    doc: QTextDocument
    space_before: float
    keep_with_next: bool = False

    @property
    def height(self) -> float:
        return float(self.doc.size().height())

    def cuts(self) -> list[float]:
        """Where the block may be cut: the bottom of each line, top to bottom."""
        bottoms: list[float] = []
        layout = self.doc.documentLayout()
        block = self.doc.begin()
        while block.isValid():
            text_layout = block.layout()
            # The block's rectangle is in document coordinates (table cells included); the
            # lines are in the layout's own, which starts at its bounding rectangle's top.
            top = layout.blockBoundingRect(block).top() - text_layout.boundingRect().top()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                bottoms.append(top + line.y() + line.height())
            block = block.next()
        return sorted(bottoms)


@dataclass(slots=True)
class _Chart:
    """A chart painted by one of the dashboard's routines into a rectangle."""

    paint: Callable[[QPainter, QRectF], None]
    chart_height: float
    space_before: float
    keep_with_next: bool = False

    @property
    def height(self) -> float:
        return self.chart_height


_Block = _Text | _Chart


@dataclass(slots=True)
class _Placement:
    """A block (or a slice of a text block: from `start` to `end`) at `y` on a page."""

    block: _Block
    y: float
    start: float
    end: float


class _Builder:
    """Turns a summary into blocks of text and charts."""

    def __init__(self, writer: QPdfWriter, width: float) -> None:
        self._writer = writer
        self._width = width
        self.blocks: list[_Block] = []
        self._font = QFont(BODY_FONT)
        self._font.setPointSizeF(BODY_POINTS)

    def text(self, body: str, space_before: float = 6.0, keep_with_next: bool = False) -> None:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._writer)
        doc.setDefaultFont(self._font)
        doc.setDefaultStyleSheet(STYLE)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<div style='color:{TEXT_COLOR}'>{body}</div>")
        doc.setTextWidth(self._width)
        self.blocks.append(_Text(doc, space_before, keep_with_next))

    def heading(self, text: str, level: int = 2) -> None:
        space = {2: 22.0, 3: 12.0}.get(level, 8.0)
        self.text(f"<h{level}>{_e(text)}</h{level}>", space, keep_with_next=True)

    def chart(self, paint: Callable[[QPainter, QRectF], None], height: float) -> None:
        self.blocks.append(_Chart(paint, height, 4.0))


def _palette() -> QPalette:
    """Print colours: dark text on white, the accent for lines and bars."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT_COLOR))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT_COLOR))
    return palette


def _sphere(build: _Builder, part: SphereSection) -> None:
    build.heading(part.title, 3)
    if part.is_empty:
        build.text("<p class='muted'><i>Nothing written yet.</i></p>", 2)
        return
    if part.purposes:
        build.text(f"<p><span class='label'>WHY AI</span>&nbsp; {_e(', '.join(part.purposes))}</p>")
    for label, text in (
        ("PURPOSE", part.purpose_statement),
        ("VALUES", part.values),
        ("HORIZON", part.horizon),
    ):
        if text:
            build.text(f"<p class='label'>{label}</p>{_paragraphs(text)}", 4)
    ethics = [c for c in part.ethics if c.commitment or c.note]
    if ethics:
        items = "".join(
            f"<li><b>{_e(c.label)}.</b> {_e(c.commitment)}"
            + (f" <span class='muted'>{_e(c.note)}</span>" if c.note else "")
            + "</li>"
            for c in ethics
        )
        build.text(f"<p class='label'>ETHICAL FRAMEWORK</p><ul>{items}</ul>", 4)


def _week_labels(balance: BalanceSection) -> list[str]:
    return [f"{w.first_day.day} {_MONTHS[w.first_day.month - 1]}" for w in balance.weeks]


def _minutes_bars(balance: BalanceSection) -> tuple[list[tuple[str, int]], int | None, str]:
    """Weekly bars for up to 16 weeks, monthly bars for longer periods (labels stay legible)."""
    if len(balance.weeks) <= 16:
        budget = balance.daily_budget * 7 if balance.daily_budget is not None else None
        bars = list(zip(_week_labels(balance), (w.ai_minutes for w in balance.weeks), strict=True))
        caption = "AI minutes per week"
        if budget is not None:
            caption += f" (dashed line: the daily budget × 7 = {budget} minutes)"
        return bars, budget, caption
    totals: dict[tuple[int, int], int] = {}
    for week in balance.weeks:
        key = (week.first_day.year, week.first_day.month)
        totals[key] = totals.get(key, 0) + week.ai_minutes
    bars = [(_MONTHS[month - 1], minutes) for (_, month), minutes in sorted(totals.items())]
    return bars, None, "AI minutes per month (by the month each week starts in)"


def _balance(build: _Builder, balance: BalanceSection, palette: QPalette) -> None:
    build.heading("Balance over the period")
    summary = (
        f"<p>AI use: <b>{balance.ai_minutes}</b> minutes in {balance.uses} sessions. "
        f"Time with people: <b>{balance.connection_minutes}</b> minutes in "
        f"{balance.connections} moments.</p>"
    )
    latest = balance.latest
    if latest is not None:
        summary += (
            f"<p>Latest weekly index: <b>{latest.score}</b> ({_e(level_name(latest.level))}), "
            f"week of {_e(date_text(latest.first_day))}.</p>"
        )
    build.text(summary)
    points = [w.index for w in balance.weeks]
    thresholds = (balance.watch_threshold, balance.balanced_threshold)
    build.text(
        f"<p class='label'>BALANCE INDEX PER WEEK (0–100; ABOVE {balance.balanced_threshold} "
        f"BALANCED, BELOW {balance.watch_threshold} OVER-RELIANT)</p>",
        8,
        keep_with_next=True,
    )
    first_label = date_text(balance.weeks[0].first_day) if balance.weeks else ""
    last_label = date_text(balance.weeks[-1].first_day) if balance.weeks else ""

    def sparkline(painter: QPainter, rect: QRectF) -> None:
        paint_sparkline(painter, rect.adjusted(0, 0, 0, -16), points, palette, thresholds)
        painter.save()
        font = QFont(HEADING_FONT)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        painter.setPen(QColor(MUTED_COLOR))
        below = QRectF(rect.left(), rect.bottom() - 14, rect.width(), 14)
        painter.drawText(below, _LEFT, first_label)
        painter.drawText(below, _RIGHT, last_label)
        painter.restore()

    build.chart(sparkline, 130)
    bars, budget, caption = _minutes_bars(balance)
    build.text(f"<p class='label'>{_e(caption.upper())}</p>", 12, keep_with_next=True)

    def minutes(painter: QPainter, rect: QRectF) -> None:
        font = QFont(HEADING_FONT)
        font.setPointSizeF(8)
        painter.setFont(font)
        paint_bars(painter, rect, bars, budget, palette)

    build.chart(minutes, 170)
    rows = "".join(
        f"<tr><td>{w.first_day.isoformat()}&nbsp;&nbsp;</td>"
        f"<td align='right'>{'–' if w.score is None else w.score}&nbsp;&nbsp;</td>"
        f"<td>{_e(level_name(w.level))}&nbsp;&nbsp;</td>"
        f"<td align='right'>{w.ai_minutes}&nbsp;&nbsp;</td>"
        f"<td align='right'>{w.connection_minutes}</td></tr>"
        for w in balance.weeks
    )
    build.text(
        "<table cellspacing='0' cellpadding='2'><tr><th>WEEK OF&nbsp;&nbsp;</th>"
        "<th>INDEX&nbsp;&nbsp;</th><th>LEVEL&nbsp;&nbsp;</th><th>AI MINUTES&nbsp;&nbsp;</th>"
        "<th>MINUTES WITH PEOPLE</th></tr>"
        f"{rows}</table>",
        10,
    )


def _checkins(build: _Builder, section: CheckInSection) -> None:
    build.heading("Check-ins")
    ratings = [
        ("Connection", section.average_connection),
        ("Reliance on AI", section.average_reliance),
        ("Alignment with the vision", section.average_alignment),
    ]
    known = "; ".join(f"{name} {value:.1f}" for name, value in ratings if value is not None)
    text = f"<p>{section.completed} of {section.weeks} weeks checked in."
    if known:
        text += f" Average ratings (1–5): {_e(known)}."
    build.text(text + "</p>")
    for item in section.highlights:
        build.heading(f"Week of {date_text(item.week_start)}", 3)
        build.text(
            "".join(f"<p><b>{_e(q)}</b> {_e(a)}</p>" for q, a in item.answers)
            or "<p class='muted'>No answers.</p>",
            2,
        )
    if section.adjustments:
        build.heading("Adjustments", 3)
        items = "".join(
            f"<li>{_e(date_text(a.week_start))}: {_e(a.description)}</li>"
            for a in section.adjustments
        )
        build.text(f"<ul>{items}</ul>", 2)


def _build(build: _Builder, summary: VisionSummary) -> None:
    scope = "Charter only, for sharing" if summary.is_charter_only else "Vision summary"
    build.text(
        f"<h1>{_e(summary.title)}</h1><p class='meta'>{scope} · "
        f"{_e(period_text(summary.first_day, summary.last_day))} · written "
        f"{_e(date_text(summary.generated_at.date()))}</p>",
        0,
    )
    if summary.shows_vision:
        build.heading("Vision")
        if not summary.has_vision:
            build.text("<p class='muted'><i>No vision written yet.</i></p>", 2)
        else:
            for part in summary.spheres:
                _sphere(build, part)

    if summary.shows(CharterSection.SHARING):
        build.heading("Communication plan")
        if not summary.has_communication_plan:
            build.text("<p class='muted'><i>No one named yet.</i></p>", 2)
        for part in summary.spheres:
            if not part.stakeholders:
                continue
            build.heading(part.title, 3)
            for person in part.stakeholders:
                rows = "".join(
                    f"<br><span class='label'>{label}</span>&nbsp; {_e(text.strip())}"
                    for label, text in (
                        ("SHARE", person.what_to_share),
                        ("CONCERNS", person.concerns),
                        (answers_label(summary).upper(), person.answers),
                    )
                    if text.strip()
                )
                build.text(f"<p><b>{_e(person.name)}</b>{rows}</p>", 4)

    if summary.shows(CharterSection.GOALS):
        build.heading("Goals")
        if not summary.goals:
            build.text("<p class='muted'><i>No goals yet.</i></p>", 2)
        for status in GoalStatus:
            lines = [g for g in summary.goals if g.status is status]
            if not lines:
                continue
            build.heading(STATUS_NAMES[status], 3)
            for goal in lines:
                details = [goal.target] if goal.target else []
                if goal.circle:
                    details.append(f"with {goal.circle}")
                if goal.strength_percent is not None:
                    details.append(f"strength {goal.strength_percent} %")
                detail = (
                    f"<br><span class='muted'>{_e('; '.join(details))}</span>" if details else ""
                )
                why = f"<br>{_e(goal.why)}" if goal.why else ""
                build.text(f"<p><b>{_e(goal.title)}</b>{detail}{why}</p>", 3)

    if summary.shows(CharterSection.RULES):
        build.heading("Charter")
        if not summary.charter:
            build.text("<p class='muted'><i>No boundary rules yet.</i></p>", 2)
        else:
            build.text(
                "<p class='muted'>The lines I keep with AI. Firm lines ask me for a reason when I "
                "cross them.</p>",
                2,
            )
            for number, rule in enumerate(summary.charter, start=1):
                is_firm = rule.severity is Severity.FIRM
                tag = (
                    "<span class='firm'>FIRM LINE</span>"
                    if is_firm
                    else "<span class='tag'>NUDGE</span>"
                )
                if not rule.is_active:
                    tag += " <span class='tag'>PAUSED</span>"
                why = (
                    f"<br><span class='muted'>{_e(rule.rationale)}</span>" if rule.rationale else ""
                )
                build.text(f"<p>{number}. <b>{_e(rule.sentence)}</b>&nbsp; {tag}{why}</p>", 3)

    if summary.balance is not None:
        _balance(build, summary.balance, _palette())
    if summary.checkins is not None:
        _checkins(build, summary.checkins)


def _paginate(blocks: Sequence[_Block], page_height: float) -> list[list[_Placement]]:
    """Place blocks on pages: cut text between lines, keep headings with what follows."""
    pages: list[list[_Placement]] = [[]]
    y = 0.0
    for index, block in enumerate(blocks):
        space = block.space_before if pages[-1] else 0.0
        needed = block.height
        if block.keep_with_next and index + 1 < len(blocks):
            following = blocks[index + 1]
            needed += following.space_before + min(following.height, 60.0)
        if pages[-1] and y + space + needed > page_height:
            # Text may start here and go on over the page if a few lines fit; else turn over.
            is_splittable = isinstance(block, _Text) and not block.keep_with_next
            if not (is_splittable and y + space + MIN_SLICE <= page_height):
                pages.append([])
                y, space = 0.0, 0.0
        y += space
        if isinstance(block, _Chart) or y + block.height <= page_height:
            pages[-1].append(_Placement(block, y, 0.0, block.height))
            y += block.height
            continue
        # A text block that does not fit: as many whole lines as fit here, the rest further on.
        start = 0.0
        cuts = block.cuts()
        while start < block.height - 0.5:
            room = page_height - y
            fitting = [c for c in cuts if start < c <= start + room]
            end = fitting[-1] if fitting else min(block.height, start + room)
            if not fitting and pages[-1]:
                pages.append([])
                y = 0.0
                continue
            pages[-1].append(_Placement(block, y - start, start, end))
            y += end - start
            start = end
            if start < block.height - 0.5:
                pages.append([])
                y = 0.0
    return [page for page in pages if page] or [[]]


def _draw(
    painter: QPainter,
    pages: list[list[_Placement]],
    area: QRectF,
    footer: QRectF,
    summary: VisionSummary,
    writer: QPdfWriter,
) -> None:
    footer_font = QFont(HEADING_FONT)
    footer_font.setPointSizeF(7.5)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        for placed in page:
            block = placed.block
            if isinstance(block, _Chart):
                block.paint(
                    painter, QRectF(area.left(), area.top() + placed.y, area.width(), block.height)
                )
                continue
            painter.save()
            painter.translate(area.left(), area.top() + placed.y)
            clip = QRectF(0, placed.start, area.width() + 2, placed.end - placed.start)
            block.doc.drawContents(painter, clip)
            painter.restore()
        painter.save()
        painter.setFont(footer_font)
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawLine(
            QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top())
        )
        text_box = footer.adjusted(0, 4, 0, 0)
        painter.drawText(text_box, _LEFT, f"{summary.title} · {date_text(summary.last_day)}")
        painter.drawText(text_box, _RIGHT, f"Page {number} of {len(pages)}")
        painter.restore()


def render_summary_pdf(summary: VisionSummary) -> bytes:
    """The summary as the bytes of a PDF file (A4)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(summary.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = 22.0
    area = QRectF(0, 0, paint_rect.width(), paint_rect.height() - footer_height)
    footer = QRectF(0, area.bottom() + 8, area.width(), footer_height - 8)
    build = _Builder(writer, area.width())
    _build(build, summary)
    pages = _paginate(build.blocks, area.height())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        _draw(painter, pages, area, footer, summary, writer)
    finally:
        painter.end()
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_summary_pdf(summary: VisionSummary, path: str | Path) -> None:
    """Write the summary as a PDF to `path` atomically (the old file or the whole new one)."""
    write_atomically(path, render_summary_pdf(summary))
