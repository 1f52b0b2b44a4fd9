"""Capture from a real PulseAudio server through PortAudio (the ALSA "pulse" device).

A distinct tone per channel (plus quiet per-channel noise, so the signal never repeats) is played
into a private null sink and captured from its monitor. The tests synchronise on the first block
(the first callback can take two seconds) and on content (the captured stream is located inside
the played file), then check: every channel arrives where it belongs; frames received keep pace
with the clock; no frame is missing or altered; no overflow; segments join without a gap. Then the
sink is unloaded mid-recording: the watchdog must report the lost device (journal and alarm) and,
when PulseAudio moves the stream to another source, its return. The simulated file source covers
24-bit audio and other rates, bit-exactly, through the same engine.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from audio.pcm import second_hashes, segment_file_names
from audio.sources import tone_frequency
from signing.journal import verify_journal
from tests.support.audio_servers import (
    Pulse,
    dominant_channels,
    journal,
    json_lines,
    kinds,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    python,
    read_segments,
    terminate,
    zhazba,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(180)]
RATE = 48000


def signal_wav(path: Path, channels: int, seconds: float, seed: int = 7) -> np.ndarray:
    """Tones for channel identity plus per-channel noise so any stretch is unique; 16-bit."""
    t = np.arange(int(seconds * RATE)) / RATE
    data = np.stack([0.2 * np.sin(2 * np.pi * tone_frequency(c) * t) for c in range(channels)], 1)
    data += np.random.default_rng(seed).normal(0, 0.02, size=data.shape)
    pcm = np.clip(np.round(data * 32767), -32768, 32767).astype(np.int16)
    sf.write(str(path), pcm, RATE, subtype="PCM_16")
    return pcm


def locate(captured: np.ndarray, played: np.ndarray) -> int:
    """Offset of ``captured`` inside ``played`` (content synchronisation), by cross-correlation."""
    probe = captured[RATE // 2 : RATE // 2 + 4800, 0].astype(np.float64)
    ref = played[:, 0].astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(ref) + len(probe))))
    corr = np.fft.irfft(np.fft.rfft(ref, n) * np.conj(np.fft.rfft(probe, n)), n)
    return int(np.argmax(corr[: len(ref)])) - RATE // 2


def run_probe(pulse: Pulse, sink: str, out: Path, channels: int, *extra: str) -> dict:
    r = subprocess.run(
        [
            python(),
            "-m",
            "tests.support.capture_probe",
            "--out",
            str(out),
            "--device",
            "pulse",
            "--channels",
            str(channels),
            *extra,
        ],
        env=pulse.record_env(sink),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    reports = [j for j in json_lines(r.stdout) if j.get("event") == "report"]
    assert reports, r.stdout + r.stderr[-3000:]
    return reports[-1]


@pytest.mark.parametrize("channels", [8, 16])
def test_channel_identity_timing_and_gapless_segments(
    pulse: Pulse,
    tmp_path: Path,
    channels: int,
) -> None:
    sink, _ = pulse.sink(channels)
    played = signal_wav(tmp_path / "play.wav", channels, 30)
    player = pulse.play(sink, tmp_path / "play.wav", channels)
    try:
        time.sleep(0.3)
        rep = run_probe(
            pulse, sink, tmp_path / "out", channels, "--seconds", "5", "--segment-seconds", "1.3"
        )
    finally:
        player.kill()
        player.wait()
    folder = Path(rep["folder"])
    assert rep["state"] == "ended" and rep["error"] is None
    # frames vs the clock, synchronised on the first block
    assert rep["first_block_t"] is not None
    first_delay = rep["first_block_t"] - rep["t_start"]
    elapsed = rep["last_block_t"] - rep["first_block_t"]
    expected = elapsed * RATE + rep["first_block_frames"]
    print(
        f"first callback after {first_delay:.3f} s; {rep['frames_captured']} frames in "
        f"{elapsed:.3f} s (expected ≈ {expected:.0f}); longest gap {rep['max_block_gap']:.3f} s"
    )
    assert abs(rep["frames_captured"] - expected) < 0.1 * expected + 0.2 * RATE
    assert rep["overflows"] == 0 and rep["overflow_blocks"] == []
    records = journal(folder)
    assert not kinds(records, "overflow")
    # On a heavily loaded machine a delivery stall (the longest gap is printed above) can cross
    # the watchdog's 200 ms; that is reported, conservatively, as a loss and a return. It must
    # come back, and the content check below proves no frame went missing.
    lost, returned = kinds(records, "device_lost"), kinds(records, "device_returned")
    assert len(returned) == len(lost), (lost, returned)
    if lost:
        print(f"watchdog under load: {[r['data']['detail'] for r in lost]}")
    assert verify_journal(folder / "journal.jsonl").ok
    # segments: 1.3 s each, gapless; their concatenation is exactly a stretch of what was played
    closed = kinds(records, "segment_closed")
    assert len(closed) == 4
    for a, b in zip(closed, closed[1:], strict=False):
        assert a["data"]["first_frame"] + a["data"]["frames"] == b["data"]["first_frame"]
    captured = read_segments(folder, channels)
    assert (
        len(captured)
        == 5 * RATE
        == closed[-1]["data"]["first_frame"] + closed[-1]["data"]["frames"]
    )
    offset = locate(captured, played)
    assert offset >= 0 and offset + len(captured) <= len(played), offset
    expect = played[offset : offset + len(captured)]
    diff = np.abs(captured.astype(np.int32) - expect.astype(np.int32))
    bad = np.flatnonzero(diff.max(axis=1) > 1)
    assert len(bad) == 0, f"{len(bad)} frames differ from the played signal, first at {bad[:5]}"
    # channel identity of every channel, second by second
    for start in range(0, len(captured) - RATE + 1, RATE):
        assert dominant_channels(captured[start : start + RATE], RATE) == list(range(channels))
    # checkpoints in the journal equal the recomputed ones of every file
    for rec in closed:
        seg = rec["data"]["segment"]
        cps = {
            r["data"]["second"]: r["data"]
            for r in kinds(records, "checkpoint")
            if r["data"]["segment"] == seg
        }
        for name in segment_file_names(seg, channels):
            for sec, frames, hexd in second_hashes(folder / name, RATE, 16):
                assert cps[sec]["files"][name] == hexd and cps[sec]["frames"] == frames


def _wait_for(pred, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _utc(rec: dict) -> float:
    return (
        dt.datetime.strptime(rec["utc"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC).timestamp()
    )


def test_sink_unloaded_mid_recording_is_device_lost_then_returned(
    pulse: Pulse,
    tmp_path: Path,
) -> None:
    sink, module = pulse.sink(8)
    signal_wav(tmp_path / "play.wav", 8, 40)
    player = pulse.play(sink, tmp_path / "play.wav", 8)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            *zhazba(),
            "record",
            "--out",
            str(out),
            "--device",
            "pulse",
            "--channels",
            "8",
            "--no-stdin",
            "--json",
        ],
        env=pulse.record_env(sink),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        folder = _wait_for(
            lambda: next(iter(out.glob("*/journal.jsonl")), None), 30, "the hearing folder"
        ).parent
        _wait_for(lambda: kinds(journal(folder), "checkpoint"), 30, "audio to arrive")
        time.sleep(0.5)
        unloaded_at = time.time()
        pulse.unload(module)
        lost = _wait_for(lambda: kinds(journal(folder), "device_lost"), 15, "device_lost")
        returned = _wait_for(
            lambda: kinds(journal(folder), "device_returned"),
            20,
            "device_returned (PulseAudio moves the stream to another source)",
        )
        time.sleep(1.0)
    finally:
        code = terminate(proc)
        player.kill()
        player.wait()
    stdout, stderr = proc.communicate()
    assert code == 0, stderr
    delay = _utc(lost[0]) - unloaded_at
    print(
        f"device lost journaled {delay:.3f} s after the sink was unloaded; "
        f"returned with gap {returned[0]['data']['gap_seconds']} s"
    )
    assert "ALARM device_lost" in stderr
    assert delay < 5.0
    records = journal(folder)
    alarms = [r for r in kinds(records, "alarm") if r["data"]["alarm"] == "device_lost"]
    assert alarms and alarms[0]["frame"] == lost[0]["frame"]
    assert returned[0]["seq"] > lost[0]["seq"]
    assert returned[0]["data"]["gap_seconds"] > 0
    assert kinds(records, "recording_ended")
    assert verify_journal(folder / "journal.jsonl").ok
    # everything before the loss is kept and closed cleanly
    total = kinds(records, "recording_ended")[0]["data"]["frames"]
    assert total >= lost[0]["frame"] > 0
    assert len(read_segments(folder, 8)) == total


@pytest.mark.parametrize(
    ("rate", "bits", "channels"),
    [
        (44100, 24, 2),
        (96000, 16, 4),
        (8000, 24, 1),
        (22050, 16, 12),
        (48000, 24, 8),
    ],
)
def test_simulated_file_source_bit_exact(
    tmp_path: Path, rate: int, bits: int, channels: int
) -> None:
    """Other rates and 24-bit through the engine, --fast, short segments: bit-exact."""
    dtype = "int16" if bits == 16 else "int32"
    n = int(rate * 2.7) + 13
    rng = np.random.default_rng(rate + bits)
    t = np.arange(n)[:, None] / rate
    data = 0.3 * np.sin(2 * np.pi * np.array([tone_frequency(c) for c in range(channels)]) * t)
    data += rng.normal(0, 0.05, size=data.shape)
    src = tmp_path / "src.wav"
    sf.write(str(src), np.clip(data, -1, 0.99), rate, subtype=f"PCM_{bits}")
    ref, _ = sf.read(str(src), dtype=dtype, always_2d=True)
    r = subprocess.run(
        [
            *zhazba(),
            "record",
            "--out",
            str(tmp_path / "out"),
            "--source",
            str(src),
            "--fast",
            "--bits",
            str(bits),
            "--rate",
            str(rate),
            "--segment-seconds",
            "0.7",
            "--allow-short-segments",
            "--no-stdin",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    got = read_segments(folder, channels, dtype)
    assert got.shape == ref.shape
    assert np.array_equal(got, ref)
    records = journal(folder)
    assert len(kinds(records, "segment_closed")) == 4
    info = kinds(records, "recording_started")[0]["data"]
    assert (info["rate"], info["bits"], info["channels"]) == (rate, bits, channels)
    assert verify_journal(folder / "journal.jsonl").ok
