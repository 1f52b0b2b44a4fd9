"""A marker put with a key in the secretary's window goes on the sound at the key press.

The simulated microphone stamps its blocks exactly (frame f sounds at t0 + f / rate), so the
window's whole path — shortcut, view model, engine, frame clock, journal — is checked against
the moment of the key press. The real PortAudio path is measured against played clicks in
tests/integration/test_marker_placement.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt

from audio.sources import ToneSource
from signing.journal import read_records
from tests.ui.conftest import SIMULATED, fill_form, run_check, tones_factory
from ui.station.composition import Station

PEOPLE = [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]
RATE = 48000


class TimedTones(ToneSource):
    """Tones whose frame 0 sounds when the source starts; remembers that moment."""

    started: list[float] = []

    def _run(self, sink: Callable[[np.ndarray, bool], None]) -> None:
        TimedTones.started.append(time.monotonic())  # the base class's t0 follows at once
        super()._run(sink)


def test_key_press_marker_lands_within_10_ms(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    station = Station(
        tmp_path / "hearings",
        tmp_path / "settings",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(TimedTones),
        precheck_max_seconds=5.0,
    )
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE, channels=2)
    run_check(qtbot, w)
    assert w.start_recording()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > RATE, timeout=10000)
    t0 = TimedTones.started[-1]
    pressed = []
    for key in (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F1):
        qtbot.wait(150)
        pressed.append(time.monotonic())
        qtbot.keyClick(w.page.markers.table, key)
    w.page.controls.end()
    markers = [r for r in read_records(w.session.folder / "journal.jsonl") if r["kind"] == "marker"]
    assert len(markers) == 3
    for m, t in zip(markers, pressed, strict=True):
        assert m["data"]["placement"]["method"] == "adc_time"
        error_ms = (m["frame"] - (t - t0) * RATE) * 1000 / RATE
        assert -1.0 < error_ms <= 10.0, (error_ms, m)
