"""Small charts drawn with a QPainter: the week's bars and the 12-week sparkline.

Each chart is one painting routine that draws into any rectangle of any paint device, so the
screen (a widget's paintEvent) and a PDF (a QPdfWriter) get the same picture from the same
code. Colours come from the palette passed in, so dark mode works, plus one warning colour
chosen to read on light and dark backgrounds alike. QtCharts is not used: it is large, slow
to load on the start-up path and deprecated in favour of QtGraphs.

The widgets only hold data and describe it in words for screen readers, which cannot see
what is painted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vision_journal.ui.formatting import format_number

#: An amber that keeps a 3:1 contrast on white and on a near-black window.
WARNING_COLOR = QColor("#d97706")

#: The level bands of the sparkline: (watch threshold, balanced threshold).
Thresholds = tuple[int, int]


def _mix(color: QColor, other: QColor, amount: float) -> QColor:
    """`color` moved `amount` (0..1) of the way towards `other`."""
    return QColor.fromRgbF(
        color.redF() + (other.redF() - color.redF()) * amount,
        color.greenF() + (other.greenF() - color.greenF()) * amount,
        color.blueF() + (other.blueF() - color.blueF()) * amount,
    )


def _small_font(painter: QPainter) -> QFont:
    font = QFont(painter.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.85)
    return font


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    days: Sequence[tuple[str, int]],
    budget: int | None,
    palette: QPalette,
    dimmed: Sequence[bool] = (),
) -> None:
    """Bars of AI minutes per day, a dashed budget line, over-budget bars in the warning colour.

    `days` are (label, minutes); `dimmed` marks days still to come, drawn as a faint stub.
    """
    if not days or rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = _small_font(painter)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    text = palette.color(QPalette.ColorRole.Text)
    muted = _mix(text, palette.color(QPalette.ColorRole.Base), 0.45)
    bar_color = palette.color(QPalette.ColorRole.Highlight)
    line_height = metrics.height()
    # Room for the value above the tallest bar and the day label below the baseline.
    plot = rect.adjusted(0, line_height + 4, 0, -(line_height + 6))
    peak = max([m for _, m in days] + [budget or 0, 1])
    scale = plot.height() / (peak * 1.08)
    slot = plot.width() / len(days)
    bar_width = min(slot * 0.56, 44.0)

    baseline_color = _mix(text, palette.color(QPalette.ColorRole.Base), 0.8)
    painter.setPen(QPen(baseline_color, 1))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    # Where each value label goes, so the budget line can leave them readable.
    label_boxes: list[QRectF] = []
    for i, (_, minutes) in enumerate(days):
        centre = plot.left() + slot * (i + 0.5)
        top = plot.bottom() - minutes * scale
        width = metrics.horizontalAdvance(format_number(minutes)) + 6
        label_boxes.append(QRectF(centre - width / 2, top - line_height - 2, width, line_height))

    if budget is not None and budget > 0:
        y = plot.bottom() - budget * scale
        budget_text = format_number(budget)
        budget_box = QRectF(
            plot.right() - metrics.horizontalAdvance(budget_text) - 2,
            y - line_height - 1,
            metrics.horizontalAdvance(budget_text) + 2,
            line_height,
        )
        clip = QRegion(rect.toAlignedRect())
        for box in (*label_boxes, budget_box):
            if box.top() - 2 <= y <= box.bottom() + 2:
                clip -= QRegion(box.adjusted(-3, 0, 3, 0).toAlignedRect())
        painter.save()
        painter.setClipRegion(clip)
        painter.setPen(QPen(muted, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.restore()
        painter.setPen(muted)
        painter.drawText(budget_box, Qt.AlignmentFlag.AlignRight, budget_text)

    for i, (label, minutes) in enumerate(days):
        is_dimmed = i < len(dimmed) and dimmed[i]
        centre = plot.left() + slot * (i + 0.5)
        height = minutes * scale
        is_over = budget is not None and minutes > budget
        if minutes > 0:
            bar = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
            radius = min(4.0, bar_width / 4)
            painter.save()
            # Round the top only: clip a rounded rectangle that reaches below the baseline.
            painter.setClipRect(bar)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARNING_COLOR if is_over else bar_color)
            painter.drawRoundedRect(bar.adjusted(0, 0, 0, radius), radius, radius)
            painter.restore()
            painter.setPen(WARNING_COLOR if is_over else text)
            painter.drawText(label_boxes[i], Qt.AlignmentFlag.AlignCenter, format_number(minutes))
        label_box = QRectF(centre - slot / 2, plot.bottom() + 4, slot, line_height)
        painter.setPen(muted if is_dimmed else text)
        painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()


def paint_sparkline(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[float | None],
    palette: QPalette,
    thresholds: Thresholds = (40, 70),
) -> None:
    """The index (0-100) over weeks: a line with gaps where a week had no index, over faint
    bands for the levels, the last point marked."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    line_color = palette.color(QPalette.ColorRole.Highlight)
    plot = rect.adjusted(4, 4, -4, -4)
    watch, balanced = thresholds

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100

    # Faint bands: warning tint below Watch, nothing for Watch, highlight tint for Balanced.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_mix(base, WARNING_COLOR, 0.12))
    painter.drawRect(QRectF(plot.left(), y_of(watch), plot.width(), plot.bottom() - y_of(watch)))
    painter.setBrush(_mix(base, line_color, 0.1))
    painter.drawRect(QRectF(plot.left(), plot.top(), plot.width(), y_of(balanced) - plot.top()))
    painter.setPen(QPen(_mix(text, base, 0.8), 1, Qt.PenStyle.DotLine))
    for threshold in (watch, balanced):
        y = y_of(threshold)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    count = len(points)
    if count:
        step = plot.width() / max(1, count - 1)

        def at(i: int, value: float) -> QPointF:
            x = plot.left() + step * i if count > 1 else plot.center().x()
            return QPointF(x, y_of(value))

        pen = QPen(line_color, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        is_drawing = False
        for i, value in enumerate(points):
            if value is None:
                is_drawing = False  # a gap: the next point starts a new stretch
                continue
            if is_drawing:
                path.lineTo(at(i, value))
            else:
                path.moveTo(at(i, value))
                is_drawing = True
        painter.drawPath(path)
        # Dots show single weeks between gaps, which a line alone would hide.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line_color)
        last = max((i for i, v in enumerate(points) if v is not None), default=None)
        for i, value in enumerate(points):
            if value is not None:
                radius = 4.0 if i == last else 2.2
                painter.drawEllipse(at(i, value), radius, radius)
    painter.restore()


class BarChart(QWidget):
    """This week's AI minutes per day against the daily budget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[tuple[str, int]] = []
        self._dimmed: list[bool] = []
        self._budget: int | None = None
        self.setAccessibleName(self.tr("AI minutes per day this week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_data(
        self, days: Sequence[tuple[str, int]], budget: int | None, dimmed: Sequence[bool] = ()
    ) -> None:
        """Show `days` as (label, minutes) against `budget`; `dimmed` marks days to come."""
        self._days = list(days)
        self._dimmed = list(dimmed)
        self._budget = budget
        self.setAccessibleDescription(self.description())
        self.update()

    def days(self) -> list[tuple[str, int]]:
        """The bars shown, as (label, minutes)."""
        return list(self._days)

    def description(self) -> str:
        """The chart in words."""
        if not self._days:
            return self.tr("No data.")
        # Days still to come say nothing yet; leaving them out keeps the sentence short.
        shown = [
            (label, minutes)
            for i, (label, minutes) in enumerate(self._days)
            if not (i < len(self._dimmed) and self._dimmed[i])
        ]
        parts = [
            self.tr("%1: %2 min").replace("%1", label).replace("%2", format_number(minutes))
            for label, minutes in shown
        ]
        text = "; ".join(parts) + "."
        if self._budget is not None:
            over = sum(1 for _, minutes in shown if minutes > self._budget)
            text += " " + self.tr("Daily budget %1 min; %2 day(s) over.").replace(
                "%1", format_number(self._budget)
            ).replace("%2", format_number(over))
        return text

    def sizeHint(self) -> QSize:
        return QSize(360, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_bars(
            painter, QRectF(self.rect()), self._days, self._budget, self.palette(), self._dimmed
        )
        painter.end()


class Sparkline(QWidget):
    """The index over the last weeks, with gaps for weeks without enough data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[float | None] = []
        self._labels: list[str] = []
        self._thresholds: Thresholds = (40, 70)
        self.setAccessibleName(self.tr("Balance index over the last 12 weeks"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(60)

    def set_data(
        self,
        points: Sequence[float | None],
        thresholds: Thresholds = (40, 70),
        labels: Sequence[str] = (),
    ) -> None:
        """Show `points` (oldest first, None for a gap); `labels` name the weeks in words."""
        self._points = list(points)
        self._labels = list(labels)
        self._thresholds = thresholds
        self.setAccessibleDescription(self.description())
        self.update()

    def points(self) -> list[float | None]:
        """The points shown."""
        return list(self._points)

    def description(self) -> str:
        """The line in words: how many weeks have a number, the first and the latest."""
        known = [(i, p) for i, p in enumerate(self._points) if p is not None]
        if not known:
            return self.tr("No week has enough data yet.")
        first_i, first = known[0]
        last_i, last = known[-1]
        text = (
            self.tr("%1 of %2 weeks have an index.")
            .replace("%1", format_number(len(known)))
            .replace("%2", format_number(len(self._points)))
        )
        text += " " + self.tr("Lowest %1, highest %2, latest %3.").replace(
            "%1", format_number(round(min(p for _, p in known)))
        ).replace("%2", format_number(round(max(p for _, p in known)))).replace(
            "%3", format_number(round(last))
        )
        if first_i != last_i and first_i < len(self._labels):
            text += " " + self.tr("It was %1 in the week of %2.").replace(
                "%1", format_number(round(first))
            ).replace("%2", self._labels[first_i])
        return text

    def sizeHint(self) -> QSize:
        return QSize(360, 90)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_sparkline(
            painter, QRectF(self.rect()), self._points, self.palette(), self._thresholds
        )
        painter.end()
