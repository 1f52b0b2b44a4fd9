"""Record from the real PulseAudio server while both cores are saturated by busy processes.

Used by the reliability test (10 minutes in CI) and the benchmark (30 minutes): the recorder must
raise no "device lost" and lose no audio when the computer is merely busy. The busy processes run
at the recorder's own priority (nice 0), one per core, for the whole recording.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.audio_servers import MAP8, journal, kinds, terminate, zhazba

BUSY = "import time\nwhile True:\n    pass\n"


@dataclass
class LoadRun:
    seconds: float
    device_lost: int
    dropouts: int
    overflows: int
    backlogs: int
    recorded_s: float
    cpu_busy: float  # share of both cores the machine was busy during the run
    folder: Path


def _cpu_times() -> tuple[float, float]:
    with open("/proc/stat") as f:
        values = [float(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values), idle


def record_under_load(
    env: dict[str, str], sink: str, wav: Path, out: Path, seconds: float
) -> LoadRun:
    """Play ``wav`` in a loop into ``sink``, record its monitor for ``seconds`` with `zhazba
    record` while ``os.cpu_count()`` busy loops run, and count what the journal says."""
    player = subprocess.Popen(
        ["bash", "-c", f"while true; do paplay -d {sink} --channel-map={MAP8} {wav}; done"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    busy = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(os.cpu_count() or 2)]
    rec_env = dict(env, PULSE_SOURCE=f"{sink}.monitor")
    proc = subprocess.Popen(
        [*zhazba(), "record", "--out", str(out), "--device", "pulse", "--channels", "8"]
        + ["--no-stdin", "--json", "--demo"],
        env=rec_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    total0, idle0 = _cpu_times()
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(1.0)
    finally:
        code = terminate(proc, timeout=60)
        for b in busy:
            b.kill()
            b.wait()
        os.killpg(player.pid, 15)
        player.wait()
    total1, idle1 = _cpu_times()
    _, stderr = proc.communicate()
    if code != 0:
        raise AssertionError(f"the recorder exited with {code}: {stderr[-2000:]}")
    folder = next(out.glob("*/journal.jsonl")).parent
    records = journal(folder)
    ended = kinds(records, "recording_ended")
    frames = ended[0]["data"]["frames"] if ended else 0
    return LoadRun(
        seconds=seconds,
        device_lost=len(kinds(records, "device_lost")),
        dropouts=len(kinds(records, "dropout")),
        overflows=len(kinds(records, "overflow")),
        backlogs=len(kinds(records, "backlog")),
        recorded_s=frames / 48000,
        cpu_busy=1.0 - (idle1 - idle0) / max(1e-9, total1 - total0),
        folder=folder,
    )


def report(run: LoadRun) -> str:
    return json.dumps(
        {
            "seconds": run.seconds,
            "device_lost": run.device_lost,
            "dropouts": run.dropouts,
            "overflows": run.overflows,
            "backlog_warnings": run.backlogs,
            "recorded_seconds": round(run.recorded_s, 2),
            "cpu_busy": round(run.cpu_busy, 3),
            "false_alarms_per_hour": round(run.device_lost * 3600 / run.seconds, 2),
        }
    )
