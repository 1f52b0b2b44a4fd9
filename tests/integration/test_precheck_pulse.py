"""The window's pre-hearing check against a real PulseAudio server (issue 18), through PortAudio's
"pulse" device, as the station captures a microphone interface: with nothing playing into the
8-channel null sink its monitor delivers digital silence and the check says that no sound
arrives at all (not "microphones 1–8"); with a voice on microphones 1 and 3 only and silence on 2,
a hearing whose participants sit at 1 and 3 passes, and one that also uses 2 is told "2"."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from audio.devices import DeviceInfo
from audio.sources import InputSource
from tests.integration.test_selfcheck_pulse import (
    Player,
    pulse,  # noqa: F401 - the module's own PulseAudio daemon (fixture)
    room_with,
    write_wav,
)
from ui.selfcheck.precheck import PrecheckProgress, run_precheck
from ui.station.composition import InputChoice, make_source

pytestmark = pytest.mark.integration

RATE = 48000


def check(device: DeviceInfo, listen: list[int] | None, seconds: float = 6.0) -> PrecheckProgress:
    choice = InputChoice("device", device.name, 8, device)
    progress = PrecheckProgress(8, [False] * 8, [-120.0] * 8)

    def source(c: InputChoice, channels: int, realtime: bool) -> InputSource:
        return make_source(c, channels, RATE, 16, realtime=realtime)  # as the Station does

    run_precheck(choice, 8, RATE, 16, source, progress, threading.Event(),
                 max_seconds=seconds, listen=listen)  # fmt: skip
    return progress


def signal(progress: PrecheckProgress) -> dict[str, str]:
    return next(r for r in progress.results if r["check"] == "signal")


@pytest.fixture
def voices_on_1_and_3(tmp_path: Path) -> Iterator[None]:
    wav = write_wav(tmp_path / "voices.wav", room_with(60.0, {1: 0.3, 3: 0.3}, dead=(2,)))
    player = Player(wav)
    yield
    player.stop()


def test_digital_silence_is_no_sound_at_all(pulse: DeviceInfo) -> None:  # noqa: F811
    progress = check(pulse, [1, 2, 3], seconds=2.0)
    assert not progress.passed
    # an idle null sink's monitor either delivers zeros or nothing: both are "no sound at all"
    message = signal(progress)["message"]
    assert message.startswith(("no sound at all arrives", "no sound arrives from")), message


def test_only_the_hearings_microphones_must_react(pulse: DeviceInfo, voices_on_1_and_3) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    progress = check(pulse, [1, 3])
    assert progress.passed, progress.results
    assert signal(progress)["message"] == "the hearing's microphones (1, 3) react to sound"
    assert np.array(progress.peak_db)[[0, 2]].min() > -45.0

    progress = check(pulse, [1, 2, 3], seconds=3.0)
    assert not progress.passed
    assert signal(progress)["message"].startswith("no sound on channel(s) 2 "), progress.results
