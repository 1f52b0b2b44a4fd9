"""False alarms under full CPU load: record 30 minutes (``--minutes``) from the PulseAudio
device while one busy process per core runs, and print what the journal says (device lost,
dropouts, overflows, backlog warnings) and the false alarms per hour.

    scripts/audio-server.sh start-pulse && eval "$(scripts/audio-server.sh env)"
    .venv/bin/python -m tests.bench.bench_load [--minutes 30]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from pathlib import Path

from tests.integration.test_capture_pulse import signal_wav
from tests.support.audio_servers import Pulse, audio_env
from tests.support.load import record_under_load, report


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--minutes", type=float, default=30.0)
    args = p.parse_args()
    env = audio_env()
    if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        raise SystemExit("PulseAudio is not running: scripts/audio-server.sh start-pulse")
    pulse = Pulse(env)
    sink, module = pulse.sink(8)
    tmp = Path(tempfile.mkdtemp(prefix="bench-load-"))
    try:
        signal_wav(tmp / "play.wav", 8, 60)
        run = record_under_load(env, sink, tmp / "play.wav", tmp / "out", args.minutes * 60)
        print(report(run))
    finally:
        pulse.unload(module)
    print(f"hearing kept in {run.folder} ({os.cpu_count()} busy loops)")


if __name__ == "__main__":
    main()
