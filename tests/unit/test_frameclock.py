"""The frame clock: key-press moments to capture frames, from per-block time stamps."""

from __future__ import annotations

import time
from pathlib import Path

from audio.engine import RecordingEngine
from audio.engine_types import EngineConfig
from audio.frameclock import FrameClock
from audio.sources import BlockSink, ToneSource
from tests.support.sinks import ListSink

RATE = 48000
BLOCK = 2400


def test_adc_stamps_place_a_moment_despite_buffering_and_late_callbacks() -> None:
    clock = FrameClock(RATE)
    origin = 100.0  # monotonic time of frame 0
    buffered = 0.3  # each block is delivered 0.3 s after its first frame was sampled
    stream_clock = 5e8  # PortAudio's clock on this path is another clock altogether
    for i in range(40):
        adc = origin + i * BLOCK / RATE
        late = 0.02 if i % 3 else 0.0  # the callback thread ran late
        t = adc + buffered + late
        clock.feed(t, i * BLOCK, BLOCK, stream_clock + adc, stream_clock + adc + buffered)
    placed = clock.place(origin + 1.7)
    assert placed.method == "adc_time"
    assert placed.frame == round(1.7 * RATE)
    assert abs(placed.latency_s - buffered) < 1e-6


def test_lost_frames_restart_the_estimate() -> None:
    clock = FrameClock(RATE)
    for i in range(20):
        t = 10.0 + i * BLOCK / RATE
        clock.feed(t, i * BLOCK, BLOCK, t, t)
    # a stall: 1 s of audio never arrived; frame counting resumes where it was
    for i in range(20, 25):
        t = 11.0 + i * BLOCK / RATE
        clock.feed(t, i * BLOCK, BLOCK, t, t)
    t_key = 11.0 + 22.5 * BLOCK / RATE
    assert clock.place(t_key).frame == round(22.5 * BLOCK)


def test_without_stamps_a_block_counts_as_arriving_when_sampled_and_stale_clock_counts() -> None:
    clock = FrameClock(RATE)
    assert clock.place(1.0).method == "counted"
    clock.feed(5.0, 0, BLOCK)
    placed = clock.place(5.0)
    assert (placed.method, placed.frame) == ("arrival", BLOCK)
    stale = clock.place(6.5)
    assert (stale.method, stale.frame) == ("counted", BLOCK)


class TimedTones(ToneSource):
    """Test tones that remember when their frame 0 sounded (the moment their thread starts)."""

    started = 0.0

    def _run(self, sink: BlockSink) -> None:
        self.started = time.monotonic()  # the base class takes its own t0 right after this
        super()._run(sink)


def test_simulated_source_places_a_marker_exactly(tmp_path: Path) -> None:
    src = TimedTones(2, RATE, 16, realtime=True)
    engine = RecordingEngine(src, tmp_path, ListSink(), EngineConfig())
    engine.start()
    try:
        time.sleep(0.6)
        t = time.monotonic()
        frame, how = engine.marker_frame(t)
    finally:
        engine.stop()
    assert how["method"] == "adc_time"
    expected = (t - src.started) * RATE
    assert abs(expected - frame) < 0.001 * RATE, (frame, expected)


def test_unknown_or_absurd_stamps_fall_back_to_arrival() -> None:
    clock = FrameClock(RATE)
    clock.feed(5.0, 0, BLOCK, 0.0, 123.0)  # PortAudio reports 0 for a time it does not know
    assert clock.place(5.0).method == "arrival"
    clock.feed(5.05, BLOCK, BLOCK, 100.0, 160.0)  # "sampled a minute ago"
    assert clock.place(5.05).method == "arrival"
