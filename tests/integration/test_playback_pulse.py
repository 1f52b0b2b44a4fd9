"""Playback through a real PulseAudio server: sound must come out of the output device.

A hearing of test tones (a distinct frequency per microphone) is played by the real player and
its PortAudio output stream (ALSA "pulse" device, routed with ``PULSE_SINK`` into a private
stereo null sink) in a subprocess, with microphone 2 muted; ``parec`` records the sink's monitor.
The recording must hold the tones of microphones 1, 3 and 4 and not that of microphone 2.
Synchronised on content (the first loud sample), never on wall time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from audio.sources import tone_frequency
from tests.support.audio_servers import (
    Pulse,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    python,
)
from tests.support.review_hearing import RATE, make_review_hearing

pytestmark = pytest.mark.integration

PROBE = """
import json, sys, time
from app.review.model import open_review
from audio.playback import Player, SoundDeviceSink
rv = open_review(sys.argv[1])
player = Player(rv, SoundDeviceSink(rv.rate, 2, device="pulse"))
player.set_muted(1, True)
player.seek(0, play=True)
deadline = time.monotonic() + 120
while not player.ended and time.monotonic() < deadline:
    time.sleep(0.02)
result = {"ended": player.ended, "first_sample_s": (player.first_sample_ns - player.seek_ns) / 1e9,
          "callback_errors": player.callback_errors, "reader_error": player.reader_error,
          "underflows": player.sink.underflows}
player.close()
print(json.dumps(result))
"""


def test_sound_comes_out_of_the_device(pulse: Pulse, tmp_path: Path) -> None:
    if shutil.which("parec") is None:
        pytest.skip("parec is not installed (pulseaudio-utils)")
    hearing = make_review_hearing(tmp_path / "hearings", seconds=4.0)
    sink, _ = pulse.sink(2)
    env = pulse.record_env(sink)
    env["PULSE_SINK"] = sink
    captured = tmp_path / "monitor.raw"
    with open(captured, "wb") as out:
        rec = subprocess.Popen(
            [
                "parec",
                "-d",
                f"{sink}.monitor",
                "--raw",
                "--format=float32le",
                "--channels=2",
                f"--rate={RATE}",
                "--latency-msec=20",
            ],
            env=env,
            stdout=out,
            stderr=subprocess.PIPE,
        )
        try:
            done = subprocess.run(
                [python(), "-c", PROBE, str(hearing)],
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
            )
        finally:
            rec.terminate()
            rec.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ended"] and result["callback_errors"] == 0 and not result["reader_error"]
    assert result["first_sample_s"] > 0
    sound = np.fromfile(captured, dtype="<f4").reshape(-1, 2)
    loud = np.flatnonzero(np.abs(sound).max(axis=1) > 0.02)
    assert len(loud), "no sound came out of the output device"
    start = loud[0] + RATE // 10
    window = sound[start : start + RATE].sum(axis=1)
    assert len(window) == RATE, "less than a second of sound came out"
    spectrum = np.abs(np.fft.rfft(window * np.hanning(RATE))) / RATE
    levels = [float(spectrum[int(tone_frequency(c))]) for c in range(4)]
    heard = min(levels[0], levels[2], levels[3])
    assert heard > 0.005, levels
    assert levels[1] < 0.02 * heard, levels  # microphone 2 is muted
