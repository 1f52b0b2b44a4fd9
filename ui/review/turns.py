"""Who spoke when, for the judge: a lane on the review timeline and turns without a marker.

:class:`TurnsPanel` computes the detected turns of the hearing under review
(:func:`app.review.turns.detect_hearing_turns`, reading the audio once) on a worker thread, then
shows them in :class:`SpeakerLane` — one coloured bar per turn under the waveforms, following the
timeline's zoom and scroll, labelled with the participant, a click seeks there — and, when the
judge ticks the box, puts the turns that no speech marker answers into the marker list (as rows
marked "detected", so the speaker filter finds both). Detected turns are help for finding one's
way: they are never journaled, exported as markers, or used for the protocol or copies.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from app.hearing.markers import Marker
from app.review.model import HearingReview, format_hearing_time
from app.review.turns import SpeakerTurn, detect_hearing_turns, unmarked_turns
from ui.widgets.background import BackgroundCall
from ui.widgets.i18n import Retranslatable

LANE_H = 24
PALETTE = [
    QColor(31, 119, 180),
    QColor(255, 127, 14),
    QColor(44, 160, 44),
    QColor(214, 39, 40),
    QColor(148, 103, 189),
    QColor(140, 86, 75),
    QColor(227, 119, 194),
    QColor(23, 190, 207),
]


def colour(microphone: int) -> QColor:
    return PALETTE[(microphone - 1) % len(PALETTE)]


class SpeakerLane(QWidget):
    """The detected turns on the timeline's time axis (``view`` is its TimelineView)."""

    def __init__(self, view: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.turns: list[SpeakerTurn] = []
        self.status = ""
        self.setFixedHeight(LANE_H)
        self.setMouseTracking(True)
        view.viewChanged.connect(self.update)

    def set_turns(self, turns: list[SpeakerTurn]) -> None:
        self.turns = turns
        self.status = ""
        self.update()

    def set_status(self, text: str) -> None:
        self.status = text
        self.update()

    def _x(self, frame: float) -> float:
        v = self.view
        return (frame - v.start) / v.length * max(self.width(), 1)

    def turn_at(self, x: float) -> SpeakerTurn | None:
        return next(
            (t for t in self.turns if self._x(t.start_frame) - 1 <= x <= self._x(t.end_frame) + 1),
            None,
        )

    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(236, 238, 242))
        w = self.width()
        fm = p.fontMetrics()
        for t in self.turns:
            x0, x1 = self._x(t.start_frame), self._x(t.end_frame)
            if x1 < 0 or x0 > w:
                continue
            r = QRectF(x0, 3, max(2.0, x1 - x0), LANE_H - 6)
            p.fillRect(r, colour(t.microphone))
            label = t.participant or str(t.microphone)
            if r.width() > fm.horizontalAdvance(label) + 8:
                p.setPen(QColor(255, 255, 255))
                p.drawText(r.adjusted(4, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter), label)
        if self.status:
            p.setPen(QColor(90, 90, 90))
            p.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self.status)
        x = self._x(self.view.position)
        p.setPen(QPen(QColor(220, 20, 20), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, LANE_H))
        p.end()

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt API
        t = self.turn_at(e.position().x())
        if t is not None and e.button() == Qt.MouseButton.LeftButton:
            self.view.seekRequested.emit(t.start_frame)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            t = self.turn_at(e.pos().x())
            if t is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(e.globalPos(), turn_text(self, t), self)
            return True
        return super().event(e)


def turn_text(widget: QWidget, t: SpeakerTurn) -> str:
    who = t.participant or widget.tr("nobody seated")
    return (
        widget.tr("%1–%2 microphone %3: %4")
        .replace("%1", format_hearing_time(t.start_s))
        .replace("%2", format_hearing_time(t.end_s))
        .replace("%3", str(t.microphone))
        .replace("%4", who)
    )


class TurnsPanel(Retranslatable, QWidget):
    """The lane with its title and the "turns without a marker" box; computes in the background."""

    def __init__(self, review: HearingReview, view: Any, markers: Any) -> None:
        super().__init__()
        self.review = review
        self.markers = markers
        self.turns: list[SpeakerTurn] | None = None
        self.title = QLabel()
        self.show_unmarked = QCheckBox()
        self.show_unmarked.setEnabled(False)
        self.show_unmarked.toggled.connect(self._show_unmarked)
        self.lane = SpeakerLane(view, self)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.show_unmarked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addLayout(row)
        lay.addWidget(self.lane)
        view.viewChanged.connect(self.lane.update)
        self.stop = threading.Event()  # set when the window goes: the reading stops
        self.destroyed.connect(self.stop.set)
        self._call = BackgroundCall(self)
        self._call.done.connect(self._done)
        self.retranslate()

    def start(self) -> None:
        review, stop = self.review, self.stop
        self.lane.set_status(self.tr("Finding who spoke when…"))
        self._call.start(
            lambda: detect_hearing_turns(review, cancelled=stop.is_set),
            name="speaker-turns",
            daemon=True,
        )

    def wait(self, timeout: float | None = None) -> bool:
        return self._call.wait(timeout)

    def _done(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.lane.set_status(
                self.tr("Who spoke when could not be found: %1").replace("%1", str(result))
            )
            return
        self.turns = list(result)
        self.lane.set_turns(self.turns)
        self.show_unmarked.setEnabled(True)
        self.retranslate()

    def unmarked_rows(self) -> list[Marker]:
        turns = unmarked_turns(self.turns or [], self.review.markers, self.review.rate)
        return [
            Marker(
                seq=-1 - i,
                frame=t.start_frame,
                utc="",
                id="",
                type="detected",
                speaker=t.participant,
                role=t.role if "," not in t.role else "",
                channel=t.microphone,
                event="",
                note=self.tr("◌ detected, no marker: microphone %1 until %2")
                .replace("%1", str(t.microphone))
                .replace("%2", format_hearing_time(t.end_s)),
            )
            for i, t in enumerate(turns)
        ]

    def _show_unmarked(self, on: bool) -> None:
        self.markers.set_extra_rows(self.unmarked_rows() if on else [])

    def retranslate(self) -> None:
        n = len(self.turns) if self.turns is not None else 0
        self.title.setText(
            self.tr(
                "Who spoke when (detected from the microphones, not markers): %1 turns"
            ).replace("%1", str(n))
            if self.turns is not None
            else self.tr("Who spoke when (detected from the microphones, not markers)")
        )
        self.show_unmarked.setText(self.tr("Show turns without a marker in the list"))
        if self.show_unmarked.isChecked():
            self.markers.set_extra_rows(self.unmarked_rows())


def attach_review_turns(window: Any) -> TurnsPanel:
    """Put the lane under the review window's timeline and start computing it."""
    panel = TurnsPanel(window.review, window.timeline.view, window.markers)
    window.timeline.layout().insertWidget(1, panel)
    window.vm.positionChanged.connect(lambda _f: panel.lane.update())
    panel.start()
    return panel
