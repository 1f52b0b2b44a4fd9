"""LevelMeter on synthetic arrays: levels, ballistics in audio time, clip latch, silence."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from audio.meter import (
    TICKS_DB,
    LevelMeter,
    MeterSnapshot,
    iec_scale,
    zone,
)
from audio.pcm import SampleFormat

RATE = 48000
BLOCK = 480  # 10 ms


def sine(amplitude: float, seconds: float, channels: int = 2, freq: float = 997.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return np.repeat((amplitude * np.sin(2 * np.pi * freq * t))[:, None], channels, axis=1)


def to_pcm(x: np.ndarray, bits: int = 16) -> np.ndarray:
    return SampleFormat(bits).from_float(x)


def meter_for(bits: int = 16, channels: int = 2, **kw: float) -> LevelMeter:
    return LevelMeter(channels, RATE, SampleFormat(bits).full_scale, **kw)  # type: ignore[arg-type]


def feed_blocks(m: LevelMeter, pcm: np.ndarray, block: int = BLOCK) -> list[int]:
    newly: list[int] = []
    for i in range(0, len(pcm), block):
        newly += m.feed(pcm[i : i + block])
    return newly


def silence(seconds: float, channels: int = 2, bits: int = 16) -> np.ndarray:
    return np.zeros((int(seconds * RATE), channels), dtype=SampleFormat(bits).dtype)


def test_silence_reads_the_floor() -> None:
    m = meter_for()
    feed_blocks(m, silence(1.0))
    s = m.snapshot()
    assert isinstance(s, MeterSnapshot)
    for arr in (s.peak_db, s.rms_db, s.display_db, s.hold_db):
        np.testing.assert_array_equal(arr, [-90.0, -90.0])
    assert not s.clipped.any() and not s.silent.any()
    assert s.frames_seen == RATE


@pytest.mark.parametrize("bits", [16, 24])
def test_full_scale_sine(bits: int) -> None:
    m = meter_for(bits)
    feed_blocks(m, to_pcm(sine(1.0, 0.5), bits))
    s = m.snapshot()
    np.testing.assert_allclose(s.peak_db, 0.0, atol=0.01)
    np.testing.assert_allclose(s.rms_db, -3.01, atol=0.02)
    np.testing.assert_allclose(s.display_db, 0.0, atol=0.01)
    # a sine touches its crest on single samples only: no clip
    assert not s.clipped.any()


@pytest.mark.parametrize("bits", [16, 24])
def test_minus_20_dbfs_sine(bits: int) -> None:
    m = meter_for(bits)
    feed_blocks(m, to_pcm(sine(0.1, 0.5), bits))
    s = m.snapshot()
    np.testing.assert_allclose(s.peak_db, -20.0, atol=0.01)
    np.testing.assert_allclose(s.rms_db, -23.01, atol=0.02)


def test_channels_are_independent() -> None:
    m = meter_for(channels=3)
    x = np.zeros((BLOCK, 3))
    x[:, 1] = sine(0.5, BLOCK / RATE, 1)[:, 0]
    m.feed(to_pcm(x))
    s = m.snapshot()
    assert s.peak_db[0] == -90.0 and s.peak_db[2] == -90.0
    assert s.peak_db[1] == pytest.approx(-6.02, abs=0.01)


def clip_block(run: int, at: int = 100, channels: int = 2, channel: int = 1, value: int = 32767):
    b = np.zeros((BLOCK, channels), dtype=np.int16)
    b[at : at + run, channel] = value
    return b


def test_two_full_scale_samples_do_not_clip() -> None:
    m = meter_for()
    assert m.feed(clip_block(2)) == []
    assert m.feed(clip_block(2, value=-32768)) == []
    assert not m.snapshot().clipped.any()
    assert m.clip_frames == {}


@pytest.mark.parametrize("value", [32767, -32768])
def test_three_full_scale_samples_clip(value: int) -> None:
    m = meter_for()
    m.feed(np.zeros((BLOCK, 2), dtype=np.int16))
    assert m.feed(clip_block(3, at=100, value=value)) == [1]
    s = m.snapshot()
    assert list(s.clipped) == [False, True]
    assert m.clip_frames == {1: BLOCK + 100}
    # latched: reported once, stays set
    assert m.feed(clip_block(5)) == []
    assert m.snapshot().clipped[1]


def test_one_below_full_scale_is_not_clip() -> None:
    m = meter_for()
    assert m.feed(clip_block(10, value=32766)) == []
    assert m.feed(clip_block(10, value=-32767)) == []


def test_clip_run_split_across_blocks() -> None:
    m = meter_for()
    first = np.zeros((BLOCK, 2), dtype=np.int16)
    first[-2:, 0] = 32767
    second = np.zeros((BLOCK, 2), dtype=np.int16)
    second[0, 0] = -32768  # either polarity counts
    assert m.feed(first) == []
    assert m.feed(second) == [0]
    assert m.clip_frames == {0: BLOCK - 2}


def test_split_run_broken_by_a_block_without_full_scale() -> None:
    m = meter_for()
    first = np.zeros((BLOCK, 2), dtype=np.int16)
    first[-2:, 0] = 32767
    assert m.feed(first) == []
    assert m.feed(np.zeros((BLOCK, 2), dtype=np.int16)) == []
    second = np.zeros((BLOCK, 2), dtype=np.int16)
    second[0, 0] = 32767
    assert m.feed(second) == []


def test_run_over_three_tiny_blocks() -> None:
    m = meter_for()
    one = np.full((1, 2), 32767, dtype=np.int16)
    assert m.feed(one) == []
    assert m.feed(one) == []
    assert m.feed(one) == [0, 1]


def test_clip_24_bit() -> None:
    m = meter_for(24)
    top = 0x7FFFFF00  # largest 24-bit code in an int32
    b = np.zeros((BLOCK, 2), dtype=np.int32)
    b[10:12, 0] = top
    b[10:13, 1] = top - 256  # one 24-bit LSB below full scale
    assert m.feed(b) == []
    b[12, 0] = -(2**31)
    assert m.feed(b) == [0]


def test_reset_clip() -> None:
    m = meter_for()
    m.feed(clip_block(3, channel=0) + clip_block(3, channel=1))
    assert m.snapshot().clipped.all()
    m.reset_clip(0)
    assert list(m.snapshot().clipped) == [False, True]
    m.reset_clip()
    assert not m.snapshot().clipped.any()
    assert m.feed(clip_block(3, channel=0)) == [0]
    with pytest.raises(ValueError):
        m.reset_clip(2)


def burst_then_silence(bits: int = 16) -> tuple[LevelMeter, list[MeterSnapshot]]:
    """0 dBFS for 0.1 s, then 4 s of silence; one snapshot per 10 ms block."""
    m = meter_for(bits)
    snaps = []
    pcm = np.concatenate([to_pcm(sine(1.0, 0.1), bits), silence(4.0, bits=bits)])
    for i in range(0, len(pcm), BLOCK):
        m.feed(pcm[i : i + BLOCK])
        snaps.append(m.snapshot())
    return m, snaps


def test_display_falls_20_db_in_1_67_s_of_audio_time() -> None:
    _, snaps = burst_then_silence()
    t_burst_end = 0.1
    t20 = next(s.frames_seen / RATE for s in snaps if s.display_db[0] <= -20.0)
    assert t20 - t_burst_end == pytest.approx(20 / 12, abs=0.1)
    # audio time, not wall time: one big block does the same as many small ones
    m = meter_for()
    m.feed(to_pcm(sine(1.0, 0.1)))
    m.feed(silence(20 / 12))
    assert m.snapshot().display_db[0] == pytest.approx(-20.0, abs=0.1)


def test_hold_lasts_1_5_s_then_falls() -> None:
    _, snaps = burst_then_silence()

    def at(t: float) -> MeterSnapshot:
        return next(s for s in snaps if s.frames_seen >= round(t * RATE))

    assert at(0.1 + 1.45).hold_db[0] == pytest.approx(0.0, abs=0.01)
    assert at(0.1 + 1.45).display_db[0] < -17.0
    assert at(0.1 + 1.55).hold_db[0] < -0.3
    assert at(0.1 + 1.5 + 1.0).hold_db[0] == pytest.approx(-12.0, abs=0.15)
    assert (at(3.0).hold_db >= at(3.0).display_db).all()


def test_hold_refreshed_by_a_new_peak() -> None:
    m = meter_for()
    m.feed(to_pcm(sine(0.5, 0.1)))  # −6 dBFS
    m.feed(silence(1.0))
    m.feed(to_pcm(sine(0.5, 0.1)))
    m.feed(silence(1.0))  # 1 s after the second peak: still held
    assert m.snapshot().hold_db[0] == pytest.approx(-6.02, abs=0.01)


def test_dropout_in_the_middle() -> None:
    m = meter_for()
    tone = to_pcm(sine(0.5, 1.0))
    feed_blocks(m, tone)
    before = m.snapshot()
    feed_blocks(m, silence(0.2))
    during = m.snapshot()
    assert during.peak_db[0] == -90.0 and during.rms_db[0] == -90.0
    assert during.display_db[0] == pytest.approx(before.display_db[0] - 12 * 0.2, abs=0.01)
    assert during.hold_db[0] == pytest.approx(before.hold_db[0], abs=0.01)
    assert not during.silent.any()
    feed_blocks(m, tone)
    after = m.snapshot()
    assert after.display_db[0] == pytest.approx(-6.02, abs=0.01)
    assert after.frames_seen == int(2.2 * RATE)


def test_silent_after_30_s_below_minus_60_and_cleared_by_sound() -> None:
    m = meter_for()
    quiet = to_pcm(sine(10 ** (-65 / 20), 1.0))  # −65 dBFS: quiet, not digital silence
    loud = to_pcm(sine(0.1, 0.01))
    for _ in range(29):
        feed_blocks(m, quiet, block=4800)
    assert not m.snapshot().silent.any()
    feed_blocks(m, quiet, block=4800)
    assert m.snapshot().silent.all()
    m.feed(loud)
    assert not m.snapshot().silent.any()
    feed_blocks(m, quiet, block=4800)
    assert not m.snapshot().silent.any()


def test_silence_only_on_the_quiet_channel() -> None:
    m = meter_for()
    x = np.zeros((RATE, 2))
    x[:, 1] = sine(0.1, 1.0, 1)[:, 0]
    block = to_pcm(x)
    for _ in range(31):
        m.feed(block)
    assert list(m.snapshot().silent) == [True, False]


def test_int16_and_24_bit_agree() -> None:
    x = sine(0.3, 0.3) * np.array([1.0, 0.01])
    a, b = meter_for(16), meter_for(24)
    feed_blocks(a, to_pcm(x, 16))
    feed_blocks(b, to_pcm(x, 24))
    # equal up to 16-bit quantisation (≈ 0.1 dB at −50 dBFS)
    np.testing.assert_allclose(a.snapshot().peak_db, b.snapshot().peak_db, atol=0.1)
    np.testing.assert_allclose(a.snapshot().rms_db, b.snapshot().rms_db, atol=0.1)
    assert a.snapshot().peak_db.dtype == np.float64


def test_wrong_shape_or_dtype_is_refused() -> None:
    m = meter_for()
    with pytest.raises(ValueError):
        m.feed(np.zeros((BLOCK, 3), dtype=np.int16))
    with pytest.raises(TypeError):
        m.feed(np.zeros((BLOCK, 2), dtype=np.int32))
    assert m.feed(np.zeros((0, 2), dtype=np.int16)) == []


def test_snapshot_is_immutable_and_swapped_whole() -> None:
    m = meter_for()
    m.feed(to_pcm(sine(0.5, 0.01)))
    s = m.snapshot()
    with pytest.raises(ValueError):
        s.peak_db[0] = 0.0
    m.feed(silence(0.5))
    assert s.peak_db[0] == pytest.approx(-6.02, abs=0.01)  # an old snapshot never changes
    assert m.snapshot() is not s


def test_reader_thread_sees_consistent_snapshots() -> None:
    m = meter_for()
    tone, quiet = to_pcm(sine(0.5, 0.01)), silence(0.01)
    stop = threading.Event()
    bad: list[MeterSnapshot] = []

    def reader() -> None:
        while not stop.is_set():
            s = m.snapshot()
            # in a consistent snapshot the hold marker is never below the bar
            if (s.hold_db < s.display_db).any():
                bad.append(s)

    t = threading.Thread(target=reader)
    t.start()
    for i in range(2000):
        m.feed(tone if i % 50 == 0 else quiet)
        if i % 300 == 0:
            m.reset_clip()
    stop.set()
    t.join()
    assert not bad


def test_iec_scale_and_zones() -> None:
    assert iec_scale(-60) == 0.0 and iec_scale(-100) == 0.0
    assert iec_scale(0) == 1.0 and iec_scale(6) == 1.0
    values = [iec_scale(db) for db in TICKS_DB]
    assert values == sorted(values) and len(set(values)) == len(values)
    # the IEC shape: −20 dBFS sits at half of the original scale
    assert iec_scale(-20) == pytest.approx((0.5 - 0.025) / 0.975)
    assert TICKS_DB == (-60, -48, -36, -24, -18, -12, -6, -3, 0)
    assert [zone(db) for db in (-30, -18, -10, -6, -5.9, 0)] == [
        "green",
        "yellow",
        "yellow",
        "yellow",
        "red",
        "red",
    ]
