"""Marker placement against sound: clicks played at known times, markers sent at those times.

`zhazba record` captures a private PulseAudio null sink's monitor through PortAudio, exactly as a
station records. :mod:`tests.support.click_player` plays a click into the sink at each chosen
moment of the monotonic clock; at the same moment this process writes a marker line to the
recorder's standard input (a secretary pressing the key as the sound happens). Afterwards every
marker's journaled frame is compared with the onset of its click in the recording.
"""

from __future__ import annotations

import random
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tests.support.audio_servers import (
    Pulse,
    journal,
    kinds,
    python,
    read_segments,
    terminate,
    zhazba,
)

RATE = 48000
CHANNELS = 2


@dataclass
class Placement:
    errors_ms: list[float]  # marker frame − click onset, per marker, in ms
    methods: list[str]
    latencies_ms: list[float]
    counted_errors_ms: list[float]  # what "frames received so far" would have given
    disturbed: list[int]  # markers whose click the player may have lost or delayed (underrun)
    late_ms: list[float]  # how late the "key press" (the write to stdin) came after the click
    read_ms: list[float]  # how long the recorder took to read the line (its stamp − the write)


def _sleep_until(t: float) -> None:
    while True:
        left = t - time.monotonic()
        if left <= 0:
            return
        time.sleep(left - 0.002 if left > 0.003 else 0)


def _wait_for(pred: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def onsets(channel: np.ndarray, threshold: int = 8000) -> np.ndarray:
    above = channel > threshold
    return np.flatnonzero(above[1:] & ~above[:-1]) + 1


def measure(
    pulse: Pulse, tmp: Path, clicks: int, seed: int = 19, *, strict: bool = True
) -> Placement:
    """Markers against clicks; ``strict``: every click must be played and heard (else each
    marker is compared with the nearest click heard, and missing clicks are counted)."""
    sink, _ = pulse.sink(CHANNELS)
    out = tmp / "out"
    rec = subprocess.Popen(
        [*zhazba(), "record", "--out", str(out), "--device", "pulse"]
        + ["--channels", str(CHANNELS), "--json", "--demo"],
        env=pulse.record_env(sink),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    player: subprocess.Popen[str] | None = None
    try:
        folder = _wait_for(
            lambda: next(iter(out.glob("*/journal.jsonl")), None), 60, "the hearing folder"
        ).parent
        _wait_for(lambda: kinds(journal(folder), "checkpoint"), 60, "audio to arrive")
        rng = random.Random(seed)
        t = time.monotonic() + 3.0  # the player's stream starts meanwhile
        times = []
        for _ in range(clicks):
            times.append(t)
            t += 0.3 + rng.random() * 0.2  # irregular, so no marker can match a wrong click
        env = dict(pulse.env)
        env["PULSE_SINK"] = sink
        player = subprocess.Popen(
            [python(), "-m", "tests.support.click_player", "--channels", str(CHANNELS)]
            + ["--times", ",".join(f"{x:.6f}" for x in times)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert player.stdout is not None and rec.stdin is not None
        assert player.stdout.readline().strip() == "ready", player.stderr
        late, written = [], []  # the key press is the write: how late it came after its click
        for i, when in enumerate(times):
            _sleep_until(when)
            written.append(time.monotonic())
            late.append(written[-1] - when)
            rec.stdin.write(f"Judge\tclick {i}\n")
            rec.stdin.flush()
        done = player.stdout.readline().split()
        if strict:
            assert done == ["done", str(clicks)], (
                done,
                player.stderr.read() if player.stderr else "",
            )
        gaps = player.stdout.readline().split()[1:]
        underruns = [float(x) for x in gaps[0].split(",")] if gaps else []
        time.sleep(1.0)
    finally:
        code = terminate(rec)
        if player is not None and player.poll() is None:
            player.kill()
        if player is not None:
            player.wait()
    assert code == 0, rec.stderr.read() if rec.stderr else ""
    markers = kinds(journal(folder), "marker")
    assert len(markers) == clicks, f"{len(markers)} markers journaled of {clicks}"
    heard = onsets(read_segments(folder, CHANNELS)[:, 0])
    if strict:
        assert len(heard) == clicks, f"{len(heard)} clicks in the recording of {clicks} played"
    else:  # each marker against the nearest click heard (clicks are ≥ 0.3 s apart)
        heard = heard[[int(np.argmin(np.abs(heard - m["frame"]))) for m in markers]]
    errors, counted = [], []
    for m, onset, lag in zip(markers, heard, late, strict=True):
        pressed = int(onset) + lag * RATE  # the sound at the moment of the key press
        errors.append((m["frame"] - pressed) * 1000.0 / RATE)
        counted.append((m["data"]["placement"]["counted_frame"] - pressed) * 1000.0 / RATE)
    return Placement(
        errors,
        [m["data"]["placement"]["method"] for m in markers],
        [m["data"]["placement"]["latency_ms"] for m in markers],
        counted,
        [i for i, t in enumerate(times) if any(-0.3 < t - u < 0.3 for u in underruns)],
        [x * 1000.0 for x in late],
        [
            m["data"]["placement"]["monotonic_ns"] / 1e6 - w * 1000.0
            for m, w in zip(markers, written, strict=True)
        ],
    )
