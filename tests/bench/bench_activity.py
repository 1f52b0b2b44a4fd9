"""Who is speaking (audio/activity.py): accuracy on the espeak-ng corpus and CPU per audio second.

Run: .venv/bin/python -m tests.bench.bench_activity [accuracy|cpu|engine]
Accuracy: several corpora of 40 turns (Kazakh and Russian voices, 8 and 4 microphones, −20 dB
crosstalk, −55 dBFS room noise, pauses 0.3–1.5 s, every fifth turn overlapping the previous one)
plus harder variants; prints boundary errors (median, p95, max), the share of speech time given
to a right microphone, missed and split turns. CPU: the detector fed 50 ms blocks (as the
recorder's writer thread feeds it) for 8 and 32 channels, with the level meter for comparison;
best and median of several repeats (process time). Engine: the whole recording engine in fast
mode (simulated speech, 120 s) with the detector and with its feed replaced by nothing, in turn.
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

from audio.activity import SpeakerActivity, detect_turns
from audio.meter import LevelMeter
from tests.support.speech_corpus import build_corpus, score

RATE, BLOCK = 48000, 2400


def _blocks(pcm: np.ndarray) -> list[np.ndarray]:
    return [pcm[i : i + BLOCK] for i in range(0, len(pcm), BLOCK)]


def accuracy() -> None:
    cases = [
        ("8 mics, −20 dB crosstalk, −55 dBFS noise", dict(channels=8), (1, 2, 3, 4)),
        ("4 mics, −20 dB crosstalk, −55 dBFS noise", dict(channels=4), (5, 6)),
        ("8 mics, −12 dB crosstalk (harder)", dict(channels=8, crosstalk_db=-12.0), (7, 8)),
        ("8 mics, −45 dBFS noise (harder)", dict(channels=8, noise_dbfs=-45.0), (9, 10)),
    ]
    print(
        f"{'corpus':44s} turns  speech s  start med/p95/max s   end med/p95 s  right mic"
        "  miss split"
    )
    for name, kw, seeds in cases:
        starts: list[float] = []
        ends: list[float] = []
        right = speech = 0.0
        turns = missed = split = 0
        for seed in seeds:
            c = build_corpus(turns=40, seed=seed, **kw)  # type: ignore[arg-type]
            pcm = c.int16()
            found = detect_turns(_blocks(pcm), pcm.shape[1], c.rate)
            s = score(c.truth, found, c.rate)
            starts += s.start_errors_s
            ends += s.end_errors_s
            talk = sum(t.end - t.start for t in c.truth) / c.rate
            right += s.right_share * talk
            speech += talk
            turns += len(c.truth)
            missed += len(s.missed)
            split += len(s.split)
        print(
            f"{name:44s} {turns:5d} {speech:9.0f}  "
            f"{np.median(starts):.3f}/{np.percentile(starts, 95):.3f}/{max(starts):.3f}"
            f"       {np.median(ends):.3f}/{np.percentile(ends, 95):.3f}"
            f"    {100 * right / speech:6.2f} %  {missed:4d} {split:5d}"
        )


def _cpu(feed: object, blocks: list[np.ndarray], repeat: int = 5) -> list[float]:
    out = []
    for _ in range(repeat):
        fresh = feed()  # type: ignore[operator]
        t0 = time.process_time()
        for i, b in enumerate(blocks):
            fresh(b, i)
        out.append(time.process_time() - t0)
    return out


def cpu() -> None:
    for channels in (8, 32):
        c = build_corpus(channels=channels, turns=12, seed=3)
        pcm = c.int16()
        seconds = len(pcm) / c.rate
        blocks = _blocks(pcm)

        def detector(ch: int = channels) -> object:
            det = SpeakerActivity(ch, RATE)
            return lambda b, i: det.feed(b, i * BLOCK)

        def meter(ch: int = channels) -> object:
            m = LevelMeter(ch, RATE, 32768.0)
            return lambda b, i: m.feed(b)

        for name, make in (("SpeakerActivity.feed", detector), ("LevelMeter.feed", meter)):
            t = _cpu(make, blocks)
            best, med = min(t) / seconds * 1000, statistics.median(t) / seconds * 1000
            print(
                f"{channels:2d} ch  {name:22s} {best:6.2f} ms per audio second "
                f"(median {med:6.2f}) = {best / 10:5.2f} % of a core"
            )


def engine(seconds: int = 120) -> None:
    import tempfile
    from pathlib import Path

    from audio.engine import RecordingEngine
    from audio.engine_types import EngineConfig
    from audio.sources import SpeechSource
    from tests.support.sinks import ListSink

    def run(channels: int, detector: bool) -> float:
        src = SpeechSource(channels, RATE, 16, realtime=False)
        folder = Path(tempfile.mkdtemp(prefix="bench-activity-"))
        eng = RecordingEngine(
            src, folder, ListSink(), EngineConfig(stop_after_frames=seconds * RATE)
        )
        if not detector:
            eng.activity.feed = lambda block, frame=None: None  # type: ignore[method-assign]
        t0 = time.process_time()
        eng.start()
        eng.ended.wait(600)
        eng.stop()
        return (time.process_time() - t0) / seconds * 1000

    for channels in (8, 32):
        for _ in range(2):
            off, on = run(channels, False), run(channels, True)
            print(
                f"{channels:2d} ch engine, fast mode: {off:6.2f} ms per audio second without the "
                f"detector, {on:6.2f} with it (+{on - off:.2f})"
            )


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what in ("accuracy", "all"):
        accuracy()
    if what in ("cpu", "all"):
        cpu()
    if what in ("engine", "all"):
        engine()


if __name__ == "__main__":
    main()
