"""The balance index as one stacked bar: each component's weighted contribution, side by side.

The bar runs from 0 to 100 index points. Each part is as long as the points its component
adds (value × its share of the index), in the component's series colour, so the parts end
where the index stands; the rest of the track is what the index lacks. Small marks on the
track show where Watch and Balanced begin. The numbers are on demand: each part's tooltip
says them, and the accessible description says all of them for screen readers.

Colours come from the application's design tokens at paint time, so a switch between light
and dark repaints the bar in the new scheme.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from vision_journal.ui.formatting import format_number
from vision_journal.ui.style import SPACE_XS, current_tokens

# The bar's thickness, in pixels.
BAR_HEIGHT = 14
# The index's scale.
FULL = 100.0


def series_colour(index: int) -> QColor:
    """The colour of the `index`th part of a chart, in the scheme shown now."""
    series = current_tokens().series
    return QColor(series[index % len(series)])


def legend_html(entries: Sequence[tuple[int, str]]) -> str:
    """The bar's legend as rich text: each (colour's place, worded name) with its swatch."""
    series = current_tokens().series
    items = []
    for place, name in entries:
        colour = series[place % len(series)]
        shown = html.escape(name).replace(" ", "&nbsp;")
        items.append(f'<span style="color:{colour}">&#9632;</span>&nbsp;{shown}')
    return "&nbsp;&nbsp; ".join(items)


@dataclass(frozen=True, slots=True)
class BarPart:
    """One part of the bar: its colour's place in the series, its points and its numbers."""

    colour: int
    name: str
    points: float
    tooltip: str


class IndexBar(QWidget):
    """The index's components as one stacked bar from 0 to 100, numbers in tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[BarPart] = []
        self._thresholds: tuple[int, int] | None = None
        self.setAccessibleName(self.tr("What makes up the balance index"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_parts(self, parts: Sequence[BarPart], thresholds: tuple[int, int] | None) -> None:
        """Show `parts` left to right, with marks at (watch, balanced) when given."""
        self._parts = list(parts)
        self._thresholds = thresholds
        self.setAccessibleDescription("; ".join(p.tooltip for p in self._parts))
        self.update()

    def parts(self) -> list[BarPart]:
        """The parts shown, left to right."""
        return list(self._parts)

    def part_rects(self) -> list[QRectF]:
        """Where each part is drawn, in the widget's coordinates."""
        track = self._track()
        rects = []
        x = track.left()
        for part in self._parts:
            width = track.width() * max(0.0, part.points) / FULL
            rects.append(QRectF(x, track.top(), width, track.height()))
            x += width
        return rects

    def part_at(self, point: QPointF) -> BarPart | None:
        """The part under `point`, if any."""
        for part, rect in zip(self._parts, self.part_rects(), strict=True):
            if rect.width() > 0 and rect.left() <= point.x() < rect.right():
                return part
        return None

    def _track(self) -> QRectF:
        return QRectF(0.5, 0.5, max(0.0, self.width() - 1.0), BAR_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(320, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # The bar, then a line for the threshold numbers under it.
        line = QFontMetricsF(self.font()).height()
        return QSize(120, round(BAR_HEIGHT + SPACE_XS + line))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            part = self.part_at(QPointF(event.pos()))
            if part is not None:
                QToolTip.showText(event.globalPos(), part.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        tokens = current_tokens()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self._track()
        radius = BAR_HEIGHT / 2
        outline = QPainterPath()
        outline.addRoundedRect(track, radius, radius)
        painter.fillPath(outline, QColor(tokens.surface_alt))
        # The parts are clipped to the rounded track, so only the ends are round.
        painter.setClipPath(outline)
        gap = QColor(tokens.surface)
        for part, rect in zip(self._parts, self.part_rects(), strict=True):
            if rect.width() <= 0:
                continue
            painter.fillRect(rect, series_colour(part.colour))
            painter.fillRect(QRectF(rect.right() - 1, rect.top(), 1, rect.height()), gap)
        painter.setClipping(False)
        if self._thresholds is not None:
            muted = QColor(tokens.muted)
            metrics = QFontMetricsF(self.font())
            painter.setPen(muted)
            for value in self._thresholds:
                x = track.left() + track.width() * value / FULL
                painter.fillRect(QRectF(x - 0.5, track.top() - 2, 1.5, track.height() + 5), muted)
                text = format_number(value)
                width = metrics.horizontalAdvance(text) + 2
                left = min(max(0.0, x - width / 2), self.width() - width)
                painter.drawText(
                    QRectF(left, track.bottom() + SPACE_XS, width, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
        painter.end()


class Swatch(QWidget):
    """A small square in a series colour: a legend's key, or a component's in a table."""

    def __init__(self, colour: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setFixedSize(10, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(series_colour(self.colour))
        painter.drawRoundedRect(QRectF(self.rect()), 2, 2)
        painter.end()
