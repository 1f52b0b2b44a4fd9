"""Review of an 8-hour, 8-channel hearing: time to open it and draw the whole timeline, time from
a double-click on a marker to the first output sample (figures only; docs/perf-review.md).

Run:  .venv/bin/python -m tests.bench.bench_review [--device pulse] [--verify]
The hearing is recorded once (``zhazba record --source speech --seconds 28800 --fast`` with a
marker piped in every two seconds of wall time, ~25 min on two cores) into
/tmp/zhazba-review-bench and reused while it exists. With ``--device pulse`` (after
``eval "$(scripts/audio-server.sh env)"; scripts/audio-server.sh start-pulse``) the first-sample
time is measured through PortAudio into PulseAudio too; by default the output is a clocked sink
that pulls 1024-frame blocks in real time, as a sound card does. ``--verify`` also times the seal
check the banner waits for (it reads every byte of the recording).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

from audio.playback import CapturingSink, OutputSink, SoundDeviceSink

CACHE = Path("/tmp/zhazba-review-bench")
SECONDS = 28800
ROOT = Path(__file__).resolve().parents[2]


def find_hearing() -> Path | None:
    for info in sorted(CACHE.glob("*/hearing.json")):
        doc = json.loads(info.read_text(encoding="utf-8"))
        ended = [
            ln
            for ln in (info.parent / "journal.jsonl").read_text().splitlines()
            if '"kind":"recording_ended"' in ln
        ]
        if doc.get("finished") and ended and json.loads(ended[-1])["frame"] >= SECONDS * 48000:
            return info.parent
    return None


def record_hearing() -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    print(
        f"recording an {SECONDS // 3600}-hour, 8-channel hearing into {CACHE} (once)…", flush=True
    )
    zhazba = ROOT / ".venv" / "bin" / "zhazba"
    proc = subprocess.Popen(
        [
            str(zhazba),
            "record",
            "--out",
            str(CACHE),
            "--demo",
            "--source",
            "speech",
            "--seconds",
            str(SECONDS),
            "--fast",
            "--json",
        ],
        stdin=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    i = 0
    while proc.poll() is None:
        i += 1
        try:
            proc.stdin.write(f"Participant {i % 8 + 1}\tremark {i}\n")
            if i % 10 == 0:
                proc.stdin.write(f"event:exhibit\texhibit {i}\n")
            proc.stdin.flush()
        except BrokenPipeError:
            break
        time.sleep(2)
    found = find_hearing()
    if found is None:
        sys.exit("the recording did not finish")
    return found


class ClockedSink(CapturingSink):
    """A stand-in sound card: a thread pulls one block every block period of real time."""

    def start(self, callback):  # type: ignore[no-untyped-def]
        super().start(callback)
        self._run = True
        self._buf = np.zeros((self.blocksize, self.channels), np.float32)
        threading.Thread(target=self._clock, daemon=True).start()

    def _clock(self) -> None:
        period = self.blocksize / self.rate
        nxt = time.monotonic()
        while self._run and self._callback is not None:
            self._callback(self._buf)
            nxt += period
            time.sleep(max(0.0, nxt - time.monotonic()))

    def stop(self) -> None:
        self._run = False
        super().stop()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--device", default=None, help="a PortAudio output device, e.g. pulse")
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    hearing = find_hearing() or record_hearing()
    size = sum(p.stat().st_size for p in (hearing / "audio").iterdir())
    print(f"hearing: {hearing} ({size / 1e9:.2f} GB of audio)")

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.review.model import open_review
    from ui.review.window import ReviewWindow
    from ui.widgets import pyside_guard
    from ui.widgets.i18n import load_fonts

    app = QApplication(sys.argv[:1])
    pyside_guard.install()  # PySide6 6.12.0 on CPython 3.11 (see ui/widgets/pyside_guard.py)
    load_fonts(app)
    t0 = time.perf_counter()
    rv = open_review(hearing)
    t_model = time.perf_counter() - t0
    print(
        f"{rv.seconds / 3600:.1f} h, {rv.channels} ch, {len(rv.segments)} segments, "
        f"{len(rv.records)} journal records, {len(rv.markers)} markers"
    )
    print(f"open_review (journal, markers, segment map)           {ms(t_model)}")

    def make_sink() -> OutputSink:
        if args.device:
            return SoundDeviceSink(rv.rate, 2, device=args.device)
        return ClockedSink(rv.rate, 2, 1024)

    t0 = time.perf_counter()
    w = ReviewWindow(hearing, sink=make_sink(), verify=False)
    w.resize(1600, 900)
    w.show()
    view = w.timeline.view
    while view.paint_count == 0:
        app.processEvents()
    t_open = time.perf_counter() - t0
    print(f"window open + whole timeline drawn (first paint)      {ms(t_open)}")
    for label, length in (
        ("whole day", view.total),
        ("1 hour", 3600 * rv.rate),
        ("1 minute", 60 * rv.rate),
        ("1 second", rv.rate),
    ):
        view.set_view(view.total / 3, length)
        times = []
        for _ in range(5):
            view.invalidate()
            t0 = time.perf_counter()
            view.repaint()
            times.append(time.perf_counter() - t0)
        print(
            f"draw timeline, {label:10s} (median of 5, best)      {ms(statistics.median(times))}"
            f" {ms(min(times))}"
        )
    view.show_all()
    view.repaint()
    times = []
    for i in range(30):
        view.set_position(view.total // 2 + i * rv.rate)
        t0 = time.perf_counter()
        view.repaint()
        times.append(time.perf_counter() - t0)
    print(f"move the play head (whole day, median of 30)          {ms(statistics.median(times))}")

    table, proxy = w.markers.table, w.markers.proxy
    rows = [int(proxy.rowCount() * f) for f in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99)]
    lat = []
    for row in rows:
        table.scrollTo(proxy.index(row, 0))
        app.processEvents()
        pos = table.visualRect(proxy.index(row, 2)).center()
        w.player.pause()
        QTest.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(pos)
        )
        t_click = time.monotonic_ns()
        QTest.mouseDClick(
            table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(pos)
        )
        deadline = time.monotonic() + 10
        while w.player.first_sample_ns == 0 and time.monotonic() < deadline:
            time.sleep(0.0005)
        if w.player.first_sample_ns == 0:
            sys.exit(f"no sound 10 s after the double-click on row {row}")
        lat.append((w.player.first_sample_ns - t_click) / 1e9)
        frame = proxy.data(proxy.index(row, 0), Qt.ItemDataRole.UserRole + 2)
        assert abs(w.player.position - frame) < rv.rate, "played from the wrong place"
    out = "PortAudio device " + args.device if args.device else "clocked sink, 1024-frame blocks"
    print(f"double-click on a marker → first output sample ({out}):")
    print(
        f"  median {ms(statistics.median(lat))}, max {ms(max(lat))} over {len(lat)} markers "
        "in different segments"
    )
    w.shutdown()
    if args.verify:
        from app.evidence.verify import verify_path

        t0 = time.perf_counter()
        report = verify_path(hearing)
        print(
            f"seal check (banner), {size / 1e9:.1f} GB: {time.perf_counter() - t0:.1f} s, "
            f"ok={report.ok}"
        )


if __name__ == "__main__":
    main()
