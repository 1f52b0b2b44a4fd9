"""Recording-engine benchmarks (figures, not pass/fail): `-m tests.bench.bench_engine [part…]`

Parts (default: all):
  capture  CPU seconds per audio second, 8 ch 48 kHz from the PulseAudio device into FLAC with
           meters, peaks and checkpoints, side by side in one run with `ffmpeg -f pulse … -c:a flac`
           recording the same device for the same time (needs scripts/audio-server.sh start-pulse).
  fast     an 8-hour, 8-channel hearing from the simulated speech source as fast as possible:
           speed (× real time) and resident memory at 1 h and at 8 h (must stay flat).
  marker   marker latency: from the call (the key event) to the record fsynced in the journal,
           median and p99, while recording in real time.
Set BENCH_CAPTURE_S / BENCH_FAST_HOURS to shorten runs.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAP8 = "front-left,front-right,rear-left,rear-right,front-center,lfe,side-left,side-right"


def _rss_mb(pid: int | str = "self") -> tuple[float, float]:
    rss = hwm = 0.0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    return rss, hwm


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a running process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process and its living children (the recorder's capture child)."""
    total = _proc_cpu(pid)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                total += _tree_cpu(int(entry))
        except (OSError, ValueError):
            continue
    return total


def _cpu_of(proc: subprocess.Popen[bytes]) -> float:
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime


def bench_capture() -> None:
    seconds = float(os.environ.get("BENCH_CAPTURE_S", "60"))
    if shutil.which("ffmpeg") is None or shutil.which("paplay") is None:
        print("capture: ffmpeg or paplay missing (scripts/setup.sh installs them)")
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-capture-"))
    # the sound: 8 speakers taking turns (the simulated speech source), looped into the sink
    wav = tmp / "speech8.wav"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli.commands",
            "record",
            "--out",
            str(tmp / "src"),
            "--demo",
            "--source",
            "speech",
            "--seconds",
            "30",
            "--fast",
            "--no-stdin",
            "--json",
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    flac = next((tmp / "src").glob("*/audio/0001.flac"))
    subprocess.run(["sox", str(flac), str(wav)], check=True)
    player = subprocess.Popen(
        ["bash", "-c", f"while true; do paplay -d court8 --channel-map={MAP8} {wav}; done"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    env = dict(os.environ, PULSE_SOURCE="court8.monitor")
    try:
        time.sleep(1.0)
        zh = subprocess.Popen(
            [
                str(ROOT / ".venv/bin/zhazba"),
                "record",
                "--out",
                str(tmp / "zh"),
                "--device",
                "pulse",
                "--channels",
                "8",
                "--seconds",
                str(seconds + 10),
                "--no-stdin",
                "--demo",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        ff = subprocess.Popen(
            [
                "ffmpeg",
                "-nostdin",
                "-loglevel",
                "error",
                "-f",
                "pulse",
                "-channels",
                "8",
                "-sample_rate",
                "48000",
                "-i",
                "court8.monitor",
                "-t",
                str(seconds + 10),
                "-c:a",
                "flac",
                str(tmp / "ffmpeg.flac"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # steady state: CPU used between 6 s after start (imports done, streams running) and
        # `seconds` later, read from /proc for both processes at the same moments
        time.sleep(6.0)
        # the recorder's CPU includes its capture child (audio/capture_proc.py)
        zh0, ff0, t0 = _tree_cpu(zh.pid), _proc_cpu(ff.pid), time.monotonic()
        own0 = _proc_cpu(zh.pid)
        time.sleep(seconds)
        zh1, ff1, t1 = _tree_cpu(zh.pid), _proc_cpu(ff.pid), time.monotonic()
        own1 = _proc_cpu(zh.pid)
        cpu_ff_total = _cpu_of(ff)
        cpu_zh_total = _cpu_of(zh)
    finally:
        os.killpg(player.pid, 15)
    span = t1 - t0
    zh_ms = (zh1 - zh0) / span * 1000
    ff_ms = (ff1 - ff0) / span * 1000
    print(f"capture: 8 ch 48 kHz from PulseAudio (court8.monitor), steady state over {span:.0f} s")
    print(
        f"  zhazba : {zh_ms:6.1f} CPU ms per audio s  ({cpu_zh_total:.2f} CPU s for the whole "
        f"run, start-up and imports included)"
    )
    own_ms = (own1 - own0) / span * 1000
    print(f"           of which the recorder {own_ms:.1f}, its capture child {zh_ms - own_ms:.1f}")
    print(f"  ffmpeg : {ff_ms:6.1f} CPU ms per audio s  ({cpu_ff_total:.2f} CPU s whole run)")
    print(f"  ratio zhazba/ffmpeg (steady state): {zh_ms / ff_ms:.2f}")
    shutil.rmtree(tmp, ignore_errors=True)


def bench_fast() -> None:
    from app.cli.record import demo_hearing
    from app.hearing.session import HearingSession
    from audio.engine_types import EngineConfig
    from audio.sources import SpeechSource

    hours = float(os.environ.get("BENCH_FAST_HOURS", "8"))
    rate, channels = 48000, 8
    tmp = Path(tempfile.mkdtemp(prefix="bench-fast-"))
    src = SpeechSource(channels, rate, 16, realtime=False, max_frames=int(hours * 3600 * rate))
    session = HearingSession.create(
        tmp,
        demo_hearing("BENCH-8H", channels),
        channels=channels,
        rate=rate,
        bits=16,
        source_name="speech",
    )
    marks: dict[int, tuple[float, float]] = {}
    done = threading.Event()

    def monitor() -> None:
        while not done.wait(0.5):
            if session.engine is None:
                continue
            h = session.engine.hearing_frames / rate / 3600
            for mark in (1, 2, 4, 8):
                if h >= mark and mark not in marks:
                    marks[mark] = (_rss_mb()[0], time.monotonic() - t0)

    t0 = time.monotonic()
    cpu0 = time.process_time()
    threading.Thread(target=monitor, daemon=True).start()
    session.start(src, EngineConfig())
    session.wait()
    session.end()
    done.set()
    wall = time.monotonic() - t0
    cpu = time.process_time() - cpu0
    rss, hwm = _rss_mb()
    size = sum(p.stat().st_size for p in (session.folder / "audio").iterdir()) / 1e9
    print(f"fast: {hours:g} h × {channels} ch × {rate} Hz from the simulated speech source")
    print(
        f"  {hours * 3600 / wall:.0f}× real time ({wall:.0f} s wall, {cpu:.0f} CPU s, "
        f"{cpu / (hours * 3600) * 1000:.1f} CPU ms per audio s), {size:.2f} GB of FLAC"
    )
    for mark, (m_rss, at) in sorted(marks.items()):
        print(f"  RSS at {mark} h: {m_rss:.0f} MB (after {at:.0f} s)")
    print(f"  RSS at end: {rss:.0f} MB, peak {hwm:.0f} MB")
    shutil.rmtree(tmp, ignore_errors=True)


def bench_marker() -> None:
    from app.cli.record import demo_hearing
    from app.hearing.session import HearingSession
    from audio.sources import ToneSource

    tmp = Path(tempfile.mkdtemp(prefix="bench-marker-"))
    session = HearingSession.create(
        tmp, demo_hearing("BENCH-M", 8), channels=8, rate=48000, bits=16, source_name="tones"
    )
    session.start(ToneSource(8, 48000, 16, realtime=True))
    lat = []
    for i in range(300):
        t = time.perf_counter()
        session.add_marker("Participant 1", role="judge", channel=1, note=f"m{i}")
        lat.append((time.perf_counter() - t) * 1000)
        time.sleep(0.02)
    session.end()
    lat.sort()
    p99 = lat[int(len(lat) * 0.99) - 1]
    print(f"marker: {len(lat)} markers while recording 8 ch in real time, call → fsynced record")
    print(f"  median {statistics.median(lat):.2f} ms, p99 {p99:.2f} ms, max {lat[-1]:.2f} ms")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    parts = sys.argv[1:] or ["capture", "fast", "marker"]
    for part in parts:
        {"capture": bench_capture, "fast": bench_fast, "marker": bench_marker}[part]()
