"""Start-up time of the `zhazba` command: `--help`, `record --help`, `verify` of a missing path
(the cheapest real command) and `verify` of a small sealed package (a 2-second demo hearing) —
what every scripted call pays before it does any work.

    .venv/bin/python -m tests.bench.bench_cli_start [runs] [tree]

``tree`` is a source tree to time instead of this one (e.g. the main branch's, to compare).
Prints the median and the range of ``runs`` (default 7) for each command.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = (["--help"], ["record", "--help"], ["verify", "/nonexistent"])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    tree = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[2]
    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    env = {**os.environ, "ZHAZBA_STATION": str(work / "station")}
    subprocess.run([sys.executable, "-m", "app", "demo", "--out", str(work / "out"),
                    "--seconds", "2", "--channels", "2"],
                   cwd=tree, env=env, capture_output=True, check=True)  # fmt: skip
    package = next((work / "out").glob("*.sealed"))
    ca = next((work / "out").glob("*.demo-ca.pem"))
    for argv in (*COMMANDS, ["verify", str(package), "--ca", str(ca)]):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "app", *argv], cwd=tree, env=env,
                           capture_output=True, check=False)  # fmt: skip
            times.append(time.perf_counter() - t0)
        small = argv[0] == "verify" and len(argv) > 2
        shown = "verify PACKAGE --ca CA" if small else " ".join(argv)
        print(f"zhazba {shown:<22} median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}, {runs} runs)  [{tree}]")  # fmt: skip


if __name__ == "__main__":
    main()
