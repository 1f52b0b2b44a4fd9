"""Cost of metering and overview peaks for 8 channels at 48 kHz in 10 ms blocks (figures only).

Run: .venv/bin/python -m tests.bench.bench_meter_peaks
Prints the best and median of several repeats: on a shared virtual machine the median wanders by
up to 2×, the best is the cost of the code.
"""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable

import numpy as np

from audio.meter import LevelMeter
from audio.pcm import SampleFormat
from audio.peaks import PeaksAccumulator

RATE, CHANNELS, BLOCK = 48000, 8, 480
BLOCKS_PER_S = RATE // BLOCK


def speechlike(bits: int, seconds: float = 2.0) -> np.ndarray:
    rng = np.random.default_rng(0)
    n = int(seconds * RATE)
    envelope = 0.05 + 0.3 * np.abs(np.sin(np.arange(n) / RATE * 3.0))[:, None]
    return SampleFormat(bits).from_float(rng.standard_normal((n, CHANNELS)) * envelope * 0.3)


Feeder = Callable[[np.ndarray], object]


def per_block_us(feed: Feeder, pcm: np.ndarray) -> list[float]:
    blocks = [pcm[i : i + BLOCK] for i in range(0, len(pcm) - BLOCK + 1, BLOCK)]

    def run() -> None:
        for b in blocks:
            feed(b)

    times = timeit.repeat(run, number=1, repeat=15)
    return [t / len(blocks) * 1e6 for t in times]


def report(name: str, us: list[float]) -> None:
    best, med = min(us), statistics.median(us)
    print(
        f"{name:34s} {best:7.1f} µs/block (median {med:6.1f})   "
        f"{best * BLOCKS_PER_S / 1000:6.2f} ms per audio second "
        f"= {best * BLOCKS_PER_S / 1e4:5.2f} % of a core"
    )


def main() -> None:
    print(f"{CHANNELS} ch, {RATE} Hz, blocks of {BLOCK} frames ({BLOCKS_PER_S} per second)")
    for bits in (16, 24):
        fmt = SampleFormat(bits)
        pcm = speechlike(bits)
        report(
            f"LevelMeter.feed {bits}-bit",
            per_block_us(LevelMeter(CHANNELS, RATE, fmt.full_scale).feed, pcm),
        )
        clipping = pcm.copy()
        clipping[::100, :] = np.iinfo(clipping.dtype).max  # full-scale samples in every block
        report(
            f"LevelMeter.feed {bits}-bit, clip hits",
            per_block_us(LevelMeter(CHANNELS, RATE, fmt.full_scale).feed, clipping),
        )
        report(
            f"PeaksAccumulator.feed {bits}-bit",
            per_block_us(PeaksAccumulator(CHANNELS, RATE, bits).feed, pcm),
        )
    x = np.ones(8)
    ref = min(timeit.repeat(lambda: x + 1.0, number=20000, repeat=5)) / 20000 * 1e6
    print(f"(machine reference: one numpy op on 8 floats = {ref:.2f} µs)")


if __name__ == "__main__":
    main()
