"""Marker placement error against the sound: 300 clicks, 300 markers on `zhazba record`'s stdin.

    eval "$(scripts/audio-server.sh env)"; scripts/audio-server.sh start-pulse
    .venv/bin/python -m tests.bench.bench_marker_placement [--clicks 300]

Prints the distribution of marker frame − click onset (median, p99, max of |error|), and what
counting the frames received so far (the placement before the frame clock) would have given.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from tests.support.audio_servers import Pulse, audio_env
from tests.support.click_train import measure


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--clicks", type=int, default=300)
    args = p.parse_args()
    pulse = Pulse(audio_env())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            got = measure(pulse, Path(tmp), args.clicks, strict=False)
    finally:
        for module in list(pulse.loaded):
            pulse.unload(module)
    clean = [e for i, e in enumerate(got.errors_ms) if i not in got.disturbed]
    for name, values in (
        ("frame clock", got.errors_ms),
        ("  w/o underruns", clean),
        ("counting", got.counted_errors_ms),
    ):
        err = np.array(values)
        mag = np.abs(err)
        print(
            f"{name:16s} {len(err)} markers: error median {np.median(err):+.2f} ms, "
            f"|error| median {np.median(mag):.2f}, p99 {np.percentile(mag, 99):.2f}, "
            f"max {mag.max():.2f} ms"
        )
    late = np.array(got.late_ms)
    print(f"key press after its click: median {np.median(late):.2f} ms, max {late.max():.2f} ms")
    read = np.array(got.read_ms)
    print(f"recorder reads the line after: median {np.median(read):.2f} ms, max {read.max():.2f}")
    print(f"{len(got.disturbed)} clicks near an underrun of the player: {got.disturbed}")
    worst = np.argsort(-np.abs(np.array(got.errors_ms)))[:6]
    print(
        "largest: "
        + ", ".join(
            f"#{i} {got.errors_ms[i]:+.1f} ms (read {got.read_ms[i]:.1f})" for i in sorted(worst)
        )
    )
    print(
        f"methods {sorted(set(got.methods))}; latency used median {np.median(got.latencies_ms)} ms"
    )


if __name__ == "__main__":
    main()
