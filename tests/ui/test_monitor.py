"""Headphone monitoring beside the recorder: the tap never changes what is recorded, the
headphones get the chosen channel or the mix, and an alarm tone can be sounded in them."""

from __future__ import annotations

import numpy as np

from audio.monitor import HeadphoneMonitor, MonitorTap, TappedSource, mix_down
from audio.sources import ToneSource


def test_tapped_source_hands_the_recorder_the_same_blocks() -> None:
    tap = MonitorTap(max_blocks=4)
    inner = ToneSource(3, 48000, 16, realtime=False, max_frames=48000)
    got: list[np.ndarray] = []
    src = TappedSource(inner, tap)
    assert (src.channels, src.rate, src.bits, src.name) == (3, 48000, 16, "tones")
    src.start(lambda block, _o: got.append(block))
    inner._thread.join(5)  # type: ignore[union-attr]
    src.stop()
    assert sum(len(b) for b in got) == 48000
    assert tap.take() is None  # nobody listening: the tap kept nothing
    tap.active = True
    src2 = TappedSource(
        ToneSource(3, 48000, 16, realtime=False, max_frames=4800, blocksize=480), tap
    )
    got.clear()
    src2.start(lambda block, _o: got.append(block))
    src2.inner._thread.join(5)  # type: ignore[attr-defined]
    kept = []
    while (block := tap.take()) is not None:
        kept.append(block)
    assert len(kept) == 4  # bounded: the oldest fell off, the recorder got all of them
    assert len(got) == 10
    assert kept[-1] is got[-1]


def test_mix_down_and_channel_choice() -> None:
    block = np.zeros((100, 3), dtype=np.int16)
    block[:, 1] = 16384
    assert np.allclose(mix_down(block, 1, 32768), 0.5)
    assert np.allclose(mix_down(block, 0, 32768), 0.0)
    mix = mix_down(block, None, 32768)
    assert 0.0 < float(mix[0]) <= 0.5


def test_render_pulls_from_the_tap_and_adds_the_alarm_tone() -> None:
    tap = MonitorTap()
    tap.active = True
    mon = HeadphoneMonitor(tap, 48000, 32768)
    mon.channel = 0
    tap.offer(np.full((300, 2), 8192, dtype=np.int16))
    out = mon.render(480)
    assert np.allclose(out[:300], 0.25) and np.allclose(out[300:], 0.0)  # underrun: silence
    assert not mon.alarm_tone()  # not listening: the window falls back to the system beep
    mon._stream = object()  # as if an output stream were open
    assert mon.alarm_tone()
    tone = mon.render(480)
    assert np.abs(tone).max() > 0.2
    mon._stream = None
