"""The level meter ("equalizer", Rules p. 11): one vertical bar per channel, painted by one widget.

All bars are drawn by a single :class:`LevelMeterWidget` with QPainter, so 32 channels at 30
frames per second cost a few dozen rectangle fills per frame: the static parts (dBFS scale with
ticks, dimmed green/yellow/red zones, channel names under each bar) are painted
once into a cached pixmap whenever the size, labels or language change; each frame then adds only
the lit part of each bar, the peak-hold line, the clip lamps and the "silent" badges. Geometry
uses the IEC 60268-18 scale from :mod:`audio.meter`. Clicking a lit clip lamp asks, through
``clipResetRequested``, for that channel's latch to be reset.

Channel names are always written across, never sideways: under a narrow bar (8 microphones on a
1366 px screen) the number stands on the first line and the name is wrapped word by word below it,
each line shortened with "…" when a word is wider than the bar (:func:`wrap_name`); hovering over
a bar shows the whole name as a tooltip. The "silent" badge of a channel that hears nothing is
written across too, at the foot of its bar, in a font as small as the bar's width needs (its
letters upright one under the other on the narrowest bars).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.hearing.live import GREEN_BELOW_DB, RED_ABOVE_DB, TICKS_DB, MeterSnapshot, iec_scale

ZONE_COLOURS = {
    "green": QColor(40, 200, 70),
    "yellow": QColor(240, 200, 30),
    "red": QColor(235, 50, 40),
}
BACKGROUND = QColor(24, 26, 30)
SILENT_BADGE = QColor(120, 120, 130)
SCALE_W = 34
LAMP_H = 16
LABEL_H = 96
GAP = 3


def wrap_name(fm: QFontMetrics, name: str, width: int, lines: int) -> list[str]:
    """``name`` in at most ``lines`` lines no wider than ``width``: words wrapped, a word too
    wide for a line (and the last line, when words are left over) shortened with "…"."""
    out: list[str] = []
    words = name.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and fm.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        if words and len(out) == lines - 1:
            line += " " + " ".join(words)
            words = []
        out.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return out


class LevelMeterWidget(QWidget):
    """All channels' meters in one widget; feed it :class:`MeterSnapshot` objects."""

    clipResetRequested = Signal(int)  # 0-based channel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.snapshot: MeterSnapshot | None = None
        self._static: QPixmap | None = None
        self._zones = [
            (-60.0, GREEN_BELOW_DB, "green"),
            (GREEN_BELOW_DB, RED_ABOVE_DB, "yellow"),
            (RED_ABOVE_DB, 0.0, "red"),
        ]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(260)
        self.frames_painted = 0
        self.no_signal = False

    # ------------------------------------------------------------------ data
    def set_labels(self, labels: list[str]) -> None:
        self.labels = list(labels)
        self._static = None
        self.update()

    def set_snapshot(self, snapshot: MeterSnapshot) -> None:
        self.snapshot = snapshot
        self.update()

    def set_no_signal(self, lost: bool) -> None:
        """Grey the meter while the device delivers nothing: its last levels are not sound."""
        self.no_signal = lost
        self.update()

    @property
    def channels(self) -> int:
        return len(self.labels)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(SCALE_W + max(1, self.channels) * 36, 380)

    # ------------------------------------------------------------------ geometry
    def _bar_rect(self, ch: int) -> QRect:
        n = max(1, self.channels)
        width = self.width() - SCALE_W - GAP
        w = max(4, min(110, width // n - GAP))
        left = SCALE_W + GAP + max(0, (width - n * (w + GAP)) // 2)
        x = left + ch * (w + GAP)
        return QRect(x, LAMP_H + 2 * GAP, w, self._bar_height())

    def _bar_height(self) -> int:
        return max(40, self.height() - LAMP_H - self._label_h() - 3 * GAP)

    def _label_h(self) -> int:
        """Room for the names under the bars: less on a short meter (many alarms, 768 px)."""
        return min(LABEL_H, max(44, self.height() // 3))

    def _y(self, db: float) -> int:
        top = LAMP_H + 2 * GAP
        return top + int(round((1.0 - iec_scale(db)) * self._bar_height()))

    def lamp_rect(self, ch: int) -> QRect:
        bar = self._bar_rect(ch)
        return QRect(bar.x(), GAP, bar.width(), LAMP_H)

    def channel_at(self, pos: QPoint) -> int | None:
        for ch in range(self.channels):
            r = self._bar_rect(ch)
            if r.x() <= pos.x() < r.right() + 1:
                return ch
        return None

    # ------------------------------------------------------------------ painting
    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self._static = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._static = None
            self.update()
        super().changeEvent(event)

    def _paint_static(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        pm = QPixmap(self.size() * dpr)
        pm.setDevicePixelRatio(dpr)
        pm.fill(BACKGROUND)
        p = QPainter(pm)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.9))  # readable at a glance
        p.setFont(small)
        p.setPen(QColor(200, 200, 200))
        top = self._y(0.0)
        bottom = self._y(-60.0)
        room = p.fontMetrics().height()
        last = -room
        for db in sorted(TICKS_DB, reverse=True):  # 0 dBFS labelled first, from the top
            y = self._y(db)
            p.drawLine(SCALE_W - 6, y, SCALE_W, y)
            if abs(y - last) < room:  # 0, −3, −6 crowd on a short meter: every tick, not label
                continue
            last = y
            p.drawText(
                QRect(0, y - 7, SCALE_W - 8, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(db),
            )
        p.drawText(QRect(0, bottom + 8, SCALE_W, 14), Qt.AlignmentFlag.AlignCenter, "dBFS")
        tick_pen = QPen(QColor(0, 0, 0, 110))
        for ch in range(self.channels):
            bar = self._bar_rect(ch)
            for lo, hi, name in self._zones:
                dim = QColor(ZONE_COLOURS[name])
                dim.setAlpha(45)
                p.fillRect(QRect(bar.x(), self._y(hi), bar.width(), self._y(lo) - self._y(hi)), dim)
            p.setPen(tick_pen)
            for db in TICKS_DB[1:-1]:
                y = self._y(db)
                p.drawLine(bar.x(), y, bar.right(), y)
            p.setPen(QColor(70, 70, 70))
            p.drawRect(self.lamp_rect(ch).adjusted(0, 0, -1, -1))
            self._paint_label(p, ch, bar, bottom)
        p.setPen(QColor(90, 90, 90))
        p.drawLine(SCALE_W, top, SCALE_W, bottom)
        p.end()
        return pm

    def _paint_label(self, p: QPainter, ch: int, bar: QRect, bottom: int) -> None:
        """The channel's number, and its name across under the bar (never sideways)."""
        box = self.label_rect(ch, bar, bottom)
        fm = p.fontMetrics()
        line_h = fm.height()
        p.save()
        p.setPen(QColor(230, 230, 230))
        number = QFont(p.font())
        number.setBold(True)
        p.setFont(number)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        p.drawText(QRect(box.x(), box.y(), box.width(), line_h), centre, str(ch + 1))
        p.restore()
        p.save()
        p.setPen(QColor(230, 230, 230))
        lines = wrap_name(fm, self.labels[ch], box.width(), max(0, box.height() // line_h - 1))
        for i, line in enumerate(lines):
            p.drawText(
                QRect(box.x(), box.y() + (i + 1) * line_h, box.width(), line_h), centre, line
            )
        p.restore()

    def label_rect(self, ch: int, bar: QRect | None = None, bottom: int | None = None) -> QRect:
        """Where channel ``ch``'s number and name are written: under its bar, as wide as the
        bar and half the gaps either side."""
        bar = bar if bar is not None else self._bar_rect(ch)
        bottom = bottom if bottom is not None else self._y(-60.0)
        return QRect(bar.x() - GAP // 2, bottom + GAP, bar.width() + GAP, self._label_h() - GAP)

    def event(self, event: QEvent) -> bool:
        """The whole name of the channel under the pointer, as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            ch = self.channel_at(event.pos())
            if ch is not None and self.labels[ch]:
                QToolTip.showText(event.globalPos(), f"{ch + 1}: {self.labels[ch]}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if self._static is None:
            self._static = self._paint_static()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static)
        snap = self.snapshot
        if self.no_signal:
            self._paint_no_signal(p)
        elif snap is not None and len(snap.display_db) >= self.channels:
            self._paint_levels(p, snap)
        p.end()
        self.frames_painted += 1

    def _paint_levels(self, p: QPainter, snap: MeterSnapshot) -> None:
        display = np.asarray(snap.display_db, dtype=float)
        hold = np.asarray(snap.hold_db, dtype=float)
        bottom = self._y(-60.0)
        hold_pen = QPen(QColor(255, 255, 255), 2)
        for ch in range(self.channels):
            bar = self._bar_rect(ch)
            level_y = self._y(float(display[ch]))
            if level_y < bottom:
                for lo, hi, name in self._zones:
                    seg_top = max(level_y, self._y(hi))
                    seg_bottom = self._y(lo)
                    if seg_top < seg_bottom:
                        p.fillRect(
                            QRect(bar.x(), seg_top, bar.width(), seg_bottom - seg_top),
                            ZONE_COLOURS[name],
                        )
            if hold[ch] > -60.0:
                p.setPen(hold_pen)
                y = self._y(float(hold[ch]))
                p.drawLine(bar.x(), y, bar.right(), y)
            lamp = self.lamp_rect(ch).adjusted(1, 1, -1, -1)
            if bool(snap.clipped[ch]):
                p.fillRect(lamp, QColor(255, 30, 30))
            if bool(snap.silent[ch]):
                self._paint_silent(p, bar, bottom)

    def _paint_no_signal(self, p: QPainter) -> None:
        """No bars at all, a grey veil and one line: nothing is arriving from the device."""
        p.fillRect(self.rect(), QColor(70, 70, 76, 210))
        f = QFont(self.font())
        f.setPointSize(16)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor(255, 90, 90))
        p.drawText(
            self.rect().adjusted(12, 0, -12, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.tr("NO SIGNAL FROM THE DEVICE"),
        )

    def _paint_silent(self, p: QPainter, bar: QRect, bottom: int) -> None:
        """The "silent" badge at the foot of the bar, read as it stands (never sideways): the
        word across, in a bold font as small as the bar's width needs (not under 7 px); on a bar
        narrower than that (32 microphones) its letters upright, one under the other."""
        text = self.tr("SILENT")
        room = max(4, bar.width() - 4)
        font = QFont(p.font())
        font.setBold(True)
        size = max(7, QFontMetrics(font).height() - 3)
        font.setPixelSize(size)
        while size > 7 and QFontMetrics(font).horizontalAdvance(text) > room:
            size -= 1
            font.setPixelSize(size)
        fm = QFontMetrics(font)
        lines = [text] if fm.horizontalAdvance(text) <= room else list(text)
        h = fm.height() * len(lines) + 4
        badge = QRect(bar.x() + 1, max(bar.top(), bottom - 4 - h), bar.width() - 2, h)
        p.save()
        p.setFont(font)
        p.fillRect(badge, SILENT_BADGE)
        p.setPen(QColor(255, 255, 255))
        for i, line in enumerate(lines):
            row = QRect(badge.x(), badge.y() + 2 + i * fm.height(), badge.width(), fm.height())
            p.drawText(row, Qt.AlignmentFlag.AlignCenter, line)
        p.restore()

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        ch = self.channel_at(pos)
        if ch is not None and pos.y() <= LAMP_H + 2 * GAP:
            self.clipResetRequested.emit(ch)
            event.accept()
            return
        super().mousePressEvent(event)
