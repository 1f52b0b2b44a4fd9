"""The secretary's window under load: GUI-thread CPU, marker latency, start-up time (figures only).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_gui [--seconds 10]

* GUI thread CPU while recording 8 and 32 channels of test tones in real time (every channel
  moves, so the meter repaints at the view model's full 30 Hz): ``time.thread_time()`` of the GUI
  thread over N seconds of event loop, as a share of one core, with the frames actually painted.
* Marker latency: from the synthesised F-key press to the marker's journal record being on disk
  (the journal fsyncs before ``append`` returns, and the key handler appends synchronously), while
  8 channels are being recorded, so the writer thread's fsyncs and checkpoints compete for the
  same journal lock and disk. Median, p99 and maximum of ``--presses`` presses.
* Start-up: a fresh interpreter from ``Popen`` until the window is shown with the setup form
  ready (the child reports its monotonic time; CLOCK_MONOTONIC is shared by the processes), and
  separately the click on "Start recording" until the engine is recording.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.hearing.details import ROLES  # noqa: E402
from audio.engine import EngineState  # noqa: E402
from audio.sources import ToneSource  # noqa: E402
from ui.main import build_window  # noqa: E402
from ui.recording.window import MainWindow  # noqa: E402
from ui.station.composition import InputChoice, Station  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NONE_REFS_AT_START = 11_000  # sys.getrefcount(None) once PySide6 and the window are imported
CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui.main import build_window
from ui.station.composition import Station, input_choices
t_imports = time.monotonic()
app = QApplication(sys.argv[:1])
t_devices = time.monotonic()
choices = input_choices()
t_devices = time.monotonic() - t_devices
station = Station(Path({tmp!r}) / "h", Path({tmp!r}) / "s", inputs=lambda: choices)
w, _ = build_window(app, station, "kk")
w.show()
app.processEvents()
assert w.form.isVisible() and w.precheck.button.isEnabled()
print(t_imports, t_devices, time.monotonic(), flush=True)
"""


def spin(app: QApplication, seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_for(app: QApplication, cond, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")  # see the window message
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def recording_window(app: QApplication, tmp: Path, channels: int) -> tuple[MainWindow, float]:
    def tones(choice: InputChoice, n: int, realtime: bool) -> ToneSource:
        return ToneSource(n, 48000, 16, realtime=realtime)

    station = Station(
        tmp / f"h{channels}",
        tmp / "s",
        inputs=lambda: [InputChoice("tones", "tones", 32)],
        outputs=lambda: [],
        source_factory=tones,
    )
    w, _ = build_window(app, station, "en")
    w.resize(1600, 900)
    w.show()
    w.fill_example()
    w.form.input.setCurrentIndex(0)
    w.form.channels.setValue(channels)
    for ch in range(5, channels + 1):
        w.form.add_participant(ROLES[ch % len(ROLES)], f"Participant {ch}", ch)
    w.run_precheck()
    wait_for(app, lambda: w.start_button.isEnabled())
    t0 = time.perf_counter()
    QTest.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    wait_for(app, lambda: w.vm is not None and w.vm.state is EngineState.RECORDING)
    return w, time.perf_counter() - t0


def gui_cpu(app: QApplication, tmp: Path, channels: int, seconds: float) -> None:
    w, _ = recording_window(app, tmp, channels)
    spin(app, 1.0)  # let the meters and the table settle
    painted = w.page.meter.frames_painted
    none0 = sys.getrefcount(None)
    cpu0, wall0 = time.thread_time(), time.perf_counter()
    spin(app, seconds)
    cpu, wall = time.thread_time() - cpu0, time.perf_counter() - wall0
    lost = (none0 - sys.getrefcount(None)) / wall
    fps = (w.page.meter.frames_painted - painted) / wall
    print(
        f"GUI thread, {channels:2d} channels: {100 * cpu / wall:5.1f} % of one core "
        f"({1000 * cpu / max(1, fps * wall):.2f} ms per painted frame), meter {fps:4.1f} fps "
        f"over {wall:.1f} s"
    )
    if lost > 0:
        print(
            f"  PySide6 leak (ui/widgets/pyside_guard.py): {lost:.0f} references to None lost per "
            f"second; unguarded, CPython 3.11 would abort after about "
            f"{NONE_REFS_AT_START / lost / 60:.1f} min"
        )
    w.page.controls.end()
    w.close()


def marker_latency(app: QApplication, tmp: Path, presses: int) -> None:
    w, start_s = recording_window(app, tmp, 8)
    print(f"Start recording (click to RECORDING, 8 channels): {1000 * start_s:.0f} ms")
    table = w.page.markers.table
    keys = [Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4]
    lat = []
    for i in range(presses):
        rows = w.page.markers.model.rowCount()
        t0 = time.perf_counter()
        QTest.keyClick(table, keys[i % len(keys)])
        t1 = time.perf_counter()
        assert w.page.markers.model.rowCount() == rows + 1
        lat.append((t1 - t0) * 1000)
        spin(app, 0.02)
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(round(0.99 * (len(lat) - 1))))]
    print(
        f"Marker latency, key press to fsynced journal record ({presses} presses, recording "
        f"8 ch): median {statistics.median(lat):.2f} ms, p99 {p99:.2f} ms, max {lat[-1]:.2f} ms"
    )
    w.page.controls.end()
    w.close()


def startup(tmp: Path, runs: int) -> None:
    times, imports, devices = [], [], []
    for _ in range(runs):
        t0 = time.monotonic()
        out = subprocess.run(
            [sys.executable, "-c", CHILD.format(root=str(ROOT), tmp=str(tmp))],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        t_imports, t_devices, t_ready = map(float, out.stdout.strip().splitlines()[-1].split())
        times.append(t_ready - t0)
        imports.append(t_imports - t0)
        devices.append(t_devices)
    print(
        f"Start-up, launch to window ready to record ({runs} runs): "
        f"best {1000 * min(times):.0f} ms, median {1000 * statistics.median(times):.0f} ms; "
        f"of which interpreter and imports {1000 * statistics.median(imports):.0f} ms, "
        f"listing audio devices {1000 * statistics.median(devices):.0f} ms (medians)"
    )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--presses", type=int, default=200)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print(f"Qt platform: {app.platformName()}, CPUs: {os.cpu_count()}")
        startup(tmp, args.runs)
        for channels in (8, 32):
            gui_cpu(app, tmp, channels, args.seconds)
        marker_latency(app, tmp, args.presses)


if __name__ == "__main__":
    main()
