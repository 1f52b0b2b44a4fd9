"""Start-up time of the `zhazba` command: `--help`, `record --help`, `verify` of a missing path
(the cheapest real command) — what every scripted call pays before it does any work.

    .venv/bin/python -m tests.bench.bench_cli_start [runs] [tree]

``tree`` is a source tree to time instead of this one (e.g. the main branch's, to compare).
Prints the median and the range of ``runs`` (default 7) for each command.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = (["--help"], ["record", "--help"], ["verify", "/nonexistent"])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    tree = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[2]
    for argv in COMMANDS:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "app", *argv], cwd=tree,
                           capture_output=True, check=False)  # fmt: skip
            times.append(time.perf_counter() - t0)
        print(f"zhazba {' '.join(argv):<22} median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}, {runs} runs)  [{tree}]")  # fmt: skip


if __name__ == "__main__":
    main()
