"""The Activity window's picture: one lane per model family showing which account was in use
when, switches marked on it (hover for the reason and the process), the stretches when every
account was limited, and one row per account with its limited stretches shaded.

Painting stays cheap with many events: the layout is worked out once per size or data change,
and stretches and marks that land on the same pixel column are drawn once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.switches import AccountEvent
from ...core.timeline import Stretch, Timeline
from ...core.toasts import describe
from ..accounts.format import family_name
from ..common.text import render, short_email, show_time

LANE_HEIGHT = 26
ROW_HEIGHT = 16
AXIS_HEIGHT = 22
GAP = 10
PALETTE = [QColor(c) for c in ("#3b82c4", "#2e9d6a", "#8a5cc2", "#c28a2e", "#2ea3a3", "#c2527a", "#6b7f99", "#7a9d2e")]
LIMIT_COLORS = {"rate-limited": QColor(230, 140, 40), "cooling-down": QColor(150, 150, 150)}
VERIFY_COLOR = QColor(200, 60, 50)
ALL_LIMITED_COLOR = QColor(214, 56, 40, 130)


@dataclass(frozen=True)
class _Mark:
    x: int
    lane: int
    event: AccountEvent


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timeline: Timeline | None = None
        self.accounts: list[str] = []
        self._colors: dict[str, QColor] = {}
        self._rects: list[tuple[QRect, QColor]] = []
        self._reach: dict[int, int] = {}  # a row's top → the pixel column its drawing reaches
        self._marks: list[_Mark] = []
        self._label_width = 120

    # -- data ---------------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        seen = {s.account for lane in timeline.use.values() for s in lane} | set(timeline.limits)
        self.accounts = sorted(a for a in seen if a)
        self._colors = {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(self.accounts)}
        metrics = QFontMetrics(self.font())
        names = [short_email(a) for a in self.accounts] + [family_name(f) for f in timeline.use]
        self._label_width = max([metrics.horizontalAdvance(n) for n in names] + [80]) + 12
        self.setFixedHeight(self.sizeHint().height())
        self._lay_out()
        self.update()

    def color_of(self, account: str) -> QColor:
        return self._colors.get(account, PALETTE[-1])

    def sizeHint(self) -> QSize:
        lanes = len(self.timeline.use) if self.timeline else 2
        return QSize(900, AXIS_HEIGHT + lanes * (LANE_HEIGHT + 4) + GAP + len(self.accounts) * ROW_HEIGHT + 4)

    # -- geometry -----------------------------------------------------------------------------
    def _x(self, ms: float) -> float:
        assert self.timeline is not None
        span = max(1.0, self.timeline.until_ms - self.timeline.since_ms)
        width = max(1, self.width() - self._label_width - 8)
        return self._label_width + (ms - self.timeline.since_ms) / span * width

    def _lay_out(self) -> None:
        """Rectangles and marks for the current size; one per pixel column at most."""
        self._rects, self._marks, self._reach = [], [], {}
        if self.timeline is None:
            return
        y = AXIS_HEIGHT
        for lane, (family, stretches) in enumerate(self.timeline.use.items()):
            for stretch in self.timeline.all_limited.get(family, []):
                self._add(stretch, y - 2, LANE_HEIGHT + 4, ALL_LIMITED_COLOR)
            for stretch in stretches:
                self._add(stretch, y + 3, LANE_HEIGHT - 6, self.color_of(stretch.account))
            last_x = None
            for event in self.timeline.switches:
                if event.family == family:
                    x = int(self._x(event.at_ms))
                    if x != last_x:
                        self._marks.append(_Mark(x, lane, event))
                        last_x = x
            y += LANE_HEIGHT + 4
        y += GAP
        for account in self.accounts:
            for stretch in self.timeline.limits.get(account, []):
                color = LIMIT_COLORS.get(stretch.reason, VERIFY_COLOR)
                self._add(stretch, y + 3, ROW_HEIGHT - 6, color)
            y += ROW_HEIGHT

    def _add(self, stretch: Stretch, top: int, height: int, color: QColor) -> None:
        """A stretch as whole pixel columns; columns this row already covers are not drawn again
        (at a week's scale, thousands of stretches share a few hundred columns)."""
        left, right = int(self._x(stretch.start_ms)), int(self._x(stretch.end_ms))
        reach = self._reach.get(top)
        if reach is not None:
            if right <= reach:
                return  # inside columns already drawn
            left = max(left, reach)
        right = max(right, left + 1)
        self._rects.append((QRect(left, top, right - left, height), color))
        self._reach[top] = right

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.timeline is None:
            return
        text = palette.text().color()
        muted = QColor(text)
        muted.setAlpha(140)
        self._paint_axis(painter, muted)
        y = AXIS_HEIGHT
        painter.setPen(text)
        for family in self.timeline.use:
            painter.drawText(
                QRectF(4, y, self._label_width - 8, LANE_HEIGHT), Qt.AlignmentFlag.AlignVCenter, family_name(family)
            )
            y += LANE_HEIGHT + 4
        y += GAP
        for account in self.accounts:
            painter.setPen(self.color_of(account))
            painter.drawText(
                QRectF(4, y, self._label_width - 8, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, short_email(account)
            )
            y += ROW_HEIGHT
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, color in self._rects:
            painter.fillRect(rect, color)
        painter.setPen(QPen(text, 1))
        for mark in self._marks:
            top = AXIS_HEIGHT + mark.lane * (LANE_HEIGHT + 4)
            painter.drawLine(mark.x, top, mark.x, top + LANE_HEIGHT)
        painter.end()

    def _paint_axis(self, painter: QPainter, color: QColor) -> None:
        assert self.timeline is not None
        painter.setPen(color)
        span = self.timeline.until_ms - self.timeline.since_ms
        step = next((s for s in TICKS_MS if span / s <= 8), TICKS_MS[-1])
        first = (self.timeline.since_ms // step + 1) * step
        tick = first
        while tick < self.timeline.until_ms:
            x = self._x(tick)
            painter.drawLine(int(x), AXIS_HEIGHT - 4, int(x), self.height())
            painter.drawText(int(x) + 3, AXIS_HEIGHT - 8, show_time(tick, self.timeline.until_ms))
            tick += step

    # -- hover --------------------------------------------------------------------------------
    def mark_at(self, point: QPoint) -> _Mark | None:
        lane = (point.y() - AXIS_HEIGHT) // (LANE_HEIGHT + 4)
        near = [m for m in self._marks if m.lane == lane and abs(m.x - point.x()) <= 4]
        return min(near, key=lambda m: abs(m.x - point.x())) if near else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position().toPoint())
        if mark is None:
            QToolTip.hideText()
            return
        summary, body = describe(mark.event)
        QToolTip.showText(event.globalPosition().toPoint(), f"{render(summary)}\n{render(body)}", self)


TICKS_MS = [m * 60_000 for m in (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440)]

__all__ = ["TimelineView"]
