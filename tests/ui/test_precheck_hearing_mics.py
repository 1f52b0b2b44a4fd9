"""The pre-hearing check listens to this hearing's microphones only, and says when no sound
arrives at all rather than blaming every microphone (issue 18). Real capture pipeline (the
simulated source through the recorder's own meter), and the window's words."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from audio.sources import ToneSource
from tests.ui.conftest import SIMULATED, DeadChannelTones, fill_form, run_check, tones_factory
from ui.selfcheck.precheck import PrecheckProgress, run_precheck
from ui.station.composition import InputChoice, Station


class SilentInput(ToneSource):
    """An interface that is on but sends nothing: digital silence on every channel."""

    def _generate(self, start: int, frames: int) -> np.ndarray:
        return np.zeros((frames, self.channels), dtype=np.float32)


def _station(tmp_path: Path, cls: type[ToneSource]) -> Station:
    return Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(cls),
        precheck_max_seconds=2.0,
    )


def test_only_the_hearings_microphones_must_react(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # microphone 2 is dead (DeadChannelTones), but nobody sits at it in this hearing
    w = make_window(_station(tmp_path, DeadChannelTones))
    fill_form(qtbot, w, [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 3)], 3)
    assert w.form.used_channels() == [1, 3]
    run_check(qtbot, w)
    assert w.precheck.passed, w.precheck.status.text()
    assert w.precheck.ticks.text().split() == ["✔", "1", "✔", "3"]
    assert "color: #1e7a3c" in w.precheck.status.styleSheet()  # success is green, not red
    signal = next(r for r in w.precheck.results() if r["check"] == "signal")
    assert signal["message"] == "the hearing's microphones (1, 3) react to sound"


def test_no_sound_at_all_is_said_so(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(_station(tmp_path, SilentInput))
    fill_form(qtbot, w, [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)], 2)
    run_check(qtbot, w)
    assert not w.precheck.passed
    text = w.precheck.status.text()
    assert "No sound at all arrives" in text and "microphone(s)" not in text, (
        text,
        w.precheck.results(),
    )


def test_every_channel_when_nobody_is_placed_yet() -> None:
    progress = PrecheckProgress(2, [False, False], [-120.0, -120.0])

    def make_source(_c: InputChoice, channels: int, realtime: bool) -> ToneSource:
        return DeadChannelTones(channels, 48000, 16, realtime=realtime)

    run_precheck(InputChoice("tones", "tones", 32), 2, 48000, 16, make_source, progress,
                 threading.Event(), max_seconds=1.0, listen=[])  # fmt: skip
    assert not progress.passed and progress.listened == [1, 2]
    signal = next(r for r in progress.results if r["check"] == "signal")
    assert signal["message"].startswith("no sound on channel(s) 2")
