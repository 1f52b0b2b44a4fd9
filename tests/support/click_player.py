"""Plays clicks into a PulseAudio sink at given monotonic times (a subprocess of the tests).

``python -m tests.support.click_player --channels 2 --times 812.5,813.1,…`` with ``PULSE_SINK``
naming the sink. A PortAudio output stream with a small buffer (20 ms) puts each click at the
sample whose output time, from the callback's ``outputBufferDacTime`` and ``currentTime``, equals
the click's time on the monotonic clock (the clock every process shares, and the one a key press
is stamped with). With buffers this small (40 ms) the output time stamps agree with the capture's
to ≤ 2 ms; PortAudio's output stamps drift from the sink's clock with larger buffers (measured:
+9 ms at 0.1 s, +40 ms at 0.2 s), so the player keeps its buffer small. An underrun can lose or
delay a click (the benchmark reports it). Prints ``ready`` once the stream runs and ``done N``
with the number of clicks played, then ``underruns`` with the moments the output ran dry.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from typing import Any

import numpy as np

CLICK_FRAMES = 48  # 1 ms at 48 kHz
CLICK_LEVEL = 16000


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--channels", type=int, default=2)
    p.add_argument("--rate", type=int, default=48000)
    p.add_argument("--times", required=True, help="comma-separated monotonic times")
    args = p.parse_args()
    import sounddevice as sd

    with contextlib.suppress(OSError):  # a loaded test machine must not make the player late
        os.nice(-10)

    times = np.array(sorted(float(t) for t in args.times.split(",")))
    played = np.zeros(len(times), dtype=bool)
    underruns: list[float] = []
    rate = args.rate

    def callback(out: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        now = time.monotonic()
        if status.output_underflow:
            underruns.append(now)
        out.fill(0)
        start = now - (time_info.currentTime - time_info.outputBufferDacTime)
        first = np.searchsorted(times, start - CLICK_FRAMES / rate)
        last = np.searchsorted(times, start + frames / rate)
        for i in range(first, last):
            k = int(round((times[i] - start) * rate))
            a, b = max(k, 0), min(k + CLICK_FRAMES, frames)
            if a < b:
                out[a:b, :] = CLICK_LEVEL
                played[i] = True

    device = next(d["index"] for d in sd.query_devices() if d["name"] == "pulse")
    with sd.OutputStream(
        device=device,
        channels=args.channels,
        samplerate=rate,
        dtype="int16",
        blocksize=480,
        latency=0.04,
        callback=callback,
    ):
        print("ready", flush=True)
        while time.monotonic() < times[-1] + 0.5:
            time.sleep(0.05)
    print(f"done {int(played.sum())}", flush=True)
    print("underruns " + ",".join(f"{t:.6f}" for t in underruns), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
