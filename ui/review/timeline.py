"""The review timeline: the whole hearing's waveform per microphone, markers, pauses, failures.

:class:`TimelineView` paints one lane per microphone from the overview peaks
(:class:`app.review.overview.Overview`, which picks the coarse or fine level for the zoom), a time
ruler, the markers (speech in blue, events in violet), pauses (amber) and failures (red) — a pause
adds no frames to the recording, so it is drawn as a narrow band at the frame where recording
stopped and resumed, with its wall-clock length in the tooltip — and the play head. The mouse
wheel zooms around the pointer from the whole hearing down to one second (Shift+wheel scrolls), a
click asks to seek there. :class:`Timeline` adds zoom buttons and a scroll bar.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.review.model import HearingReview, Span, format_hearing_time
from app.review.overview import Overview
from ui.widgets import terms

RULER = 22
SPAN_MIN_PX = 6
COLOURS = {
    "speech": QColor(30, 100, 200),
    "event": QColor(140, 60, 170),
    "pause": QColor(240, 170, 40, 150),
    "failure": QColor(210, 40, 40, 140),
    "wave": QColor(40, 120, 90),
    "lane": QColor(248, 249, 250),
    "lane_alt": QColor(238, 241, 244),
    "head": QColor(220, 20, 20),
    "altered": QColor(200, 0, 0, 110),
}
_TICKS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)


class TimelineView(QWidget):
    seekRequested = Signal(int)
    viewChanged = Signal()

    def __init__(
        self, review: HearingReview, overview: Overview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.review = review
        self.overview = overview
        self.rate = review.rate
        self.total = max(review.total_frames, review.rate)
        self.start = 0.0
        self.length = float(self.total)
        self.position = 0
        self.follow = True
        self.names = review.microphone_names(self.tr("Microphone {n}"))
        self.setMinimumHeight(RULER + 24 * min(review.channels, 8))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.paint_count = 0  # times the waveform layer was drawn
        self._layer: QPixmap | None = None
        self._layer_key: tuple[float, float, int, int, int] | None = None
        self._generation = 0
        self.silenced: frozenset[int] = frozenset()  # 0-based lanes not heard (mute, solo)
        # what the seal check found altered or damaged: {"first_frame", "end_frame",
        # "channels": [1-based]} (app.evidence.audio.AudioChange.ranges), drawn on those lanes
        self.altered: list[dict] = []

    def set_silenced(self, lanes: frozenset[int]) -> None:
        """Dim the lanes of the microphones that are muted or left out by a solo."""
        if lanes != self.silenced:
            self.silenced = lanes
            self.invalidate()

    def set_altered(self, ranges: list[dict]) -> None:
        self.altered = list(ranges)
        self.invalidate()

    # ------------------------------------------------------------------ geometry
    def x_of(self, frame: float) -> float:
        return (frame - self.start) / self.length * max(self.width(), 1)

    def frame_at(self, x: float) -> int:
        return int(self.start + x / max(self.width(), 1) * self.length)

    def set_view(self, start: float, length: float) -> None:
        length = min(max(length, float(self.rate)), float(self.total))
        start = min(max(start, 0.0), self.total - length)
        if (start, length) != (self.start, self.length):
            self.start, self.length = start, length
            self.update()
            self.viewChanged.emit()

    def zoom(self, factor: float, around: float | None = None) -> None:
        """``factor`` < 1 zooms in; ``around`` is the frame that stays under the pointer."""
        centre = self.start + self.length / 2 if around is None else around
        new_len = min(max(self.length * factor, float(self.rate)), float(self.total))
        ratio = (centre - self.start) / self.length
        self.set_view(centre - ratio * new_len, new_len)

    def show_all(self) -> None:
        self.set_view(0, self.total)

    def set_position(self, frame: int) -> None:
        old = self.position
        self.position = frame
        if self.follow and not self.start <= frame < self.start + self.length:
            self.set_view(frame - self.length * 0.05, self.length)
        xo, xn = self.x_of(old), self.x_of(frame)
        self.update(int(min(xo, xn)) - 2, 0, int(abs(xn - xo)) + 5, self.height())

    # ------------------------------------------------------------------ events
    def wheelEvent(self, e: QWheelEvent) -> None:  # noqa: N802
        steps = e.angleDelta().y() / 120 or e.angleDelta().x() / 120
        if e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.set_view(self.start - steps * self.length * 0.1, self.length)
        else:
            self.zoom(0.8**steps, self.frame_at(e.position().x()))
        e.accept()

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        if e.button() == Qt.MouseButton.LeftButton:
            self.seekRequested.emit(max(0, min(self.frame_at(e.position().x()), self.total - 1)))

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            text = self._tip(e.pos().x())
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def _tip(self, x: float) -> str:
        for s in self.review.spans:
            x0, x1 = self.x_of(s.start_frame), self.x_of(s.end_frame)
            if x0 - SPAN_MIN_PX / 2 - 1 <= x <= max(x1, x0 + SPAN_MIN_PX / 2) + 1:
                return self.span_text(s)
        near = [m for m in self.review.markers if abs(self.x_of(m.frame) - x) <= 3]
        if near:
            m = near[0]
            what = m.speaker if m.type == "speech" else terms.event_label(m.event)
            return f"{format_hearing_time(m.frame / self.rate)} {what} {m.note}".strip()
        return format_hearing_time(self.frame_at(x) / self.rate)

    def span_text(self, s: Span) -> str:
        wall = s.wall_seconds
        length = self.tr("{minutes} min").format(minutes=round(wall / 60, 1)) if wall else ""
        if s.kind == "pause":
            what = self.tr("Pause ({reason})").format(reason=terms.pause_label(s.detail))
        elif s.kind == "device_lost":
            what = self.tr("Microphones lost")
        elif s.kind == "interrupted":
            what = self.tr("Recording interrupted ({detail})").format(detail=s.detail)
        else:
            what = self.tr("Recording error: {detail}").format(detail=s.detail)
        return f"{format_hearing_time(s.start_frame / self.rate)} {what} {length}".strip()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802
        """The waveforms, spans, markers and ruler are drawn once per view into a pixmap; moving
        the play head only copies that pixmap and draws one line."""
        w, h = self.width(), self.height()
        key = (self.start, self.length, w, h, self._generation)
        if self._layer is None or self._layer_key != key:
            self._layer = QPixmap(w, h)
            self._layer.fill(COLOURS["lane"])
            layer = QPainter(self._layer)
            self._paint_layer(layer, w, h)
            layer.end()
            self._layer_key = key
            self.paint_count += 1
        p = QPainter(self)
        p.drawPixmap(e.rect(), self._layer, e.rect())
        x = self.x_of(self.position)
        p.setPen(QPen(COLOURS["head"], 2))
        p.drawLine(QPointF(x, 0), QPointF(x, h))
        p.end()

    def invalidate(self) -> None:
        """Draw the layer again (new language, new data)."""
        self._generation += 1
        self.update()

    def _paint_layer(self, p: QPainter, w: int, h: int) -> None:
        ch = self.review.channels
        lane_h = (h - RULER) / max(ch, 1)
        env = self.overview.envelope(self.start, self.start + self.length, w)
        wave = QPen(COLOURS["wave"])
        wave.setWidth(1)
        for c in range(ch):
            top = RULER + c * lane_h
            p.fillRect(QRectF(0, top, w, lane_h), COLOURS["lane" if c % 2 else "lane_alt"])
            mid, half = top + lane_h / 2, lane_h / 2 - 1
            tops = (mid - env[:, c, 1] * half).tolist()
            bottoms = (mid - env[:, c, 0] * half + 0.5).tolist()
            p.setPen(wave)
            p.drawLines(
                [QLineF(x, t, x, b) for x, (t, b) in enumerate(zip(tops, bottoms, strict=True))]
            )
            label = p.fontMetrics().boundingRect(self.names[c]).adjusted(-3, -1, 3, 1)
            label.moveTopLeft(QPoint(3, int(top) + 2))
            p.fillRect(label, QColor(255, 255, 255, 200))
            p.setPen(QColor(40, 40, 40))
            p.drawText(label, int(Qt.AlignmentFlag.AlignCenter), self.names[c])
            if c in self.silenced:  # not heard: greyed over, its name too
                p.fillRect(QRectF(0, top, w, lane_h), QColor(120, 120, 120, 150))
        self._paint_spans(p, h)
        self._paint_altered(p, lane_h)
        self._paint_markers(p, h)
        self._paint_ruler(p, w)

    def _paint_spans(self, p: QPainter, h: int) -> None:
        for s in self.review.spans:
            x0, x1 = self.x_of(s.start_frame), self.x_of(s.end_frame)
            if x1 - x0 < SPAN_MIN_PX:
                x0, x1 = x0 - SPAN_MIN_PX / 2, x0 + SPAN_MIN_PX / 2
            colour = COLOURS["pause" if s.kind == "pause" else "failure"]
            p.fillRect(QRectF(x0, RULER, x1 - x0, h - RULER), colour)

    def _paint_altered(self, p: QPainter, lane_h: float) -> None:
        """Altered or damaged audio: a hatched red band on the lane of each channel it touches."""
        brush = QBrush(COLOURS["altered"], Qt.BrushStyle.BDiagPattern)
        for r in self.altered:
            x0, x1 = self.x_of(r["first_frame"]), self.x_of(r["end_frame"])
            if x1 - x0 < SPAN_MIN_PX:
                x0, x1 = x0 - SPAN_MIN_PX / 2, x0 + SPAN_MIN_PX / 2
            for c in r.get("channels") or range(1, self.review.channels + 1):
                if 1 <= c <= self.review.channels:
                    rect = QRectF(x0, RULER + (c - 1) * lane_h, x1 - x0, lane_h)
                    p.fillRect(rect, COLOURS["altered"])
                    p.fillRect(rect, brush)

    def _paint_markers(self, p: QPainter, h: int) -> None:
        w = self.width()
        for m in self.review.markers:
            x = self.x_of(m.frame)
            if -2 <= x <= w + 2:
                colour = COLOURS["speech" if m.type == "speech" else "event"]
                p.setPen(QPen(colour, 1))
                p.drawLine(QPointF(x, RULER - 6), QPointF(x, h))
                p.setBrush(colour)
                p.drawPolygon(
                    [QPointF(x - 4, RULER - 8), QPointF(x + 4, RULER - 8), QPointF(x, RULER - 2)]
                )

    def _paint_ruler(self, p: QPainter, w: int) -> None:
        p.fillRect(QRectF(0, 0, w, RULER - 8), QColor(230, 232, 236))
        seconds = self.length / self.rate
        step = next((t for t in _TICKS if seconds / t <= max(w / 90, 1)), 3600 * 4)
        first = math.ceil(self.start / self.rate / step) * step
        p.setPen(QColor(70, 70, 70))
        t = first
        while t * self.rate <= self.start + self.length:
            x = self.x_of(t * self.rate)
            p.drawLine(QPointF(x, 0), QPointF(x, RULER - 8))
            p.drawText(QPointF(x + 3, RULER - 11), format_hearing_time(t))
            t += step


class Timeline(QWidget):
    """The view with zoom buttons and a scroll bar (tenths of a second, to stay within int)."""

    def __init__(
        self, review: HearingReview, overview: Overview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = TimelineView(review, overview)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal)
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        self.whole = QPushButton()
        self.legend = QLabel()
        for b in (self.zoom_in, self.zoom_out):
            b.setFixedWidth(32)
        self.zoom_in.clicked.connect(lambda: self.view.zoom(0.5))
        self.zoom_out.clicked.connect(lambda: self.view.zoom(2.0))
        self.whole.clicked.connect(self.view.show_all)
        self.scrollbar.valueChanged.connect(self._scrolled)
        self.view.viewChanged.connect(self._sync)
        bar = QHBoxLayout()
        bar.addWidget(self.legend)
        bar.addWidget(self.scrollbar, 1)
        for b in (self.zoom_out, self.zoom_in, self.whole):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)
        self.retranslate()
        self._sync()

    def retranslate(self) -> None:
        def key(colour: QColor, text: str) -> str:
            return f'<span style="color:{colour.name()}">&#9632;</span>&nbsp;{text}&nbsp;&nbsp;'

        self.legend.setText(
            key(COLOURS["speech"], self.tr("speaker"))
            + key(COLOURS["event"], self.tr("event"))
            + key(QColor(240, 170, 40), self.tr("pause"))
            + key(QColor(210, 40, 40), self.tr("failure"))
            + key(QColor(200, 0, 0), self.tr("altered"))
        )
        self.whole.setText(self.tr("Whole hearing"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))

    def _sync(self) -> None:
        v, tenth = self.view, self.view.rate / 10
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, int((v.total - v.length) / tenth))
        self.scrollbar.setPageStep(max(1, int(v.length / tenth)))
        self.scrollbar.setValue(int(v.start / tenth))
        self.scrollbar.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        self.view.set_view(value * self.view.rate / 10, self.view.length)
