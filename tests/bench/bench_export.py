"""Benchmark: writing and reading back a copy on a mounted medium, next to cp + sync + sha256sum.

Run as root from the repository: ``.venv/bin/python tests/bench/bench_export.py``. It records a
hearing with the real recorder (``--source speech --fast``, ``ZHAZBA_BENCH_SECONDS`` of audio,
default 600, ``ZHAZBA_BENCH_CHANNELS`` channels, default 8), seals it with a test key, makes an
ext4 image (``ZHAZBA_BENCH_IMAGE``, default 1G) and attaches it with ``losetup --direct-io=on``
so that reads of the loop device reach the image file on disk rather than the loop driver's own
page cache, then in one run, ``ZHAZBA_BENCH_ROUNDS`` (3) rounds each, median printed:

* Zhazba: ``export_case_copy`` — write with fsync per file, ``sync``, read back every file with its
  cached pages dropped, verify against the seal (signature, manifests, journal, segment hashes);
* ``cp -r`` + ``sync``, then ``sha256sum -c`` of both manifests in the copy, first as it comes
  (the pages cp just wrote are still in memory), then again after
  ``echo 3 > /proc/sys/vm/drop_caches`` (really from the medium).

The medium is emptied between runs. Last, the participant copy of the same package is built
(mixdown and per-microphone FLAC files) and timed. Figures, not judgements.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.copies.case_file import export_case_copy  # noqa: E402
from app.copies.participant import build_participant_copy  # noqa: E402
from signing.seal import seal_hearing  # noqa: E402
from tests.conftest import record_hearing  # noqa: E402
from tests.support.pki import make_pki  # noqa: E402
from tests.support.sealing import signer_for  # noqa: E402

SECONDS = float(os.environ.get("ZHAZBA_BENCH_SECONDS", "600"))
CHANNELS = int(os.environ.get("ZHAZBA_BENCH_CHANNELS", "8"))
IMAGE = os.environ.get("ZHAZBA_BENCH_IMAGE", "1G")
ROUNDS = int(os.environ.get("ZHAZBA_BENCH_ROUNDS", "3"))


def run(*argv: str | Path, cwd: Path | None = None) -> str:
    return subprocess.run(
        [str(a) for a in argv], check=True, capture_output=True, text=True, cwd=cwd
    ).stdout


def empty(mnt: Path) -> None:
    for p in mnt.iterdir():
        if p.name != "lost+found":
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    os.sync()


def drop_all_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> int:
    if os.geteuid() != 0:
        print("run as root (loop devices, drop_caches)")
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="zhazba-bench-export-"))
    loop = ""
    mnt = tmp / "mnt"
    try:
        t0 = time.perf_counter()
        (tmp / "src").mkdir()
        hearing = record_hearing(
            tmp / "src",
            "--demo",
            "--source",
            "speech",
            "--seconds",
            str(SECONDS),
            "--channels",
            str(CHANNELS),
            "--fast",
        )
        pkg = seal_hearing(hearing, signer_for(make_pki().secretary)).package
        size = sum(p.stat().st_size for p in pkg.rglob("*") if p.is_file())
        files = sum(1 for p in pkg.rglob("*") if p.is_file())
        print(
            f"package: {pkg.name}, {files} files, {size / 1e6:.1f} MB "
            f"({SECONDS:.0f} s, {CHANNELS} channels; made in {time.perf_counter() - t0:.1f} s)"
        )
        image = tmp / "medium.img"
        run("truncate", "-s", IMAGE, image)
        run("mkfs.ext4", "-q", "-L", "BENCH", image)
        loop = run("losetup", "-f", "--show", "--direct-io=on", image).strip()
        mnt.mkdir()
        run("mount", loop, mnt)
        print(f"medium: ext4 image of {IMAGE} on {loop} (direct I/O to the image file)")
        ours: dict[str, list[float]] = {"write": [], "read back": [], "verify": [], "total": []}
        theirs: dict[str, list[float]] = {
            "cp+sync": [],
            "sha256sum (cached)": [],
            "sha256sum (after drop_caches)": [],
        }
        for _ in range(ROUNDS):
            empty(mnt)
            drop_all_caches()
            r = export_case_copy(pkg, mnt)
            ours["write"].append(r.write_seconds)
            ours["read back"].append(r.read_seconds)
            ours["verify"].append(r.seconds - r.write_seconds - r.read_seconds)
            ours["total"].append(r.seconds)
            assert r.cold_files == r.files, "read back from memory"
            empty(mnt)
            drop_all_caches()
            t = time.perf_counter()
            run("cp", "-r", pkg, mnt / pkg.name)
            os.sync()
            theirs["cp+sync"].append(time.perf_counter() - t)
            for label in ("sha256sum (cached)", "sha256sum (after drop_caches)"):
                if "drop" in label:
                    drop_all_caches()
                t = time.perf_counter()
                run("sha256sum", "-c", "--quiet", "tagmanifest-sha256.txt", cwd=mnt / pkg.name)
                run("sha256sum", "-c", "--quiet", "manifest-sha256.txt", cwd=mnt / pkg.name)
                theirs[label].append(time.perf_counter() - t)
        print(f"\n{ROUNDS} rounds, median (best); MB/s over the package's {size / 1e6:.1f} MB")
        for name, table in (("Zhazba export", ours), ("cp + sync + sha256sum", theirs)):
            print(name)
            for step, values in table.items():
                med = statistics.median(values)
                rate = f"{size / 1e6 / med:8.1f} MB/s" if med > 0 else ""
                print(f"  {step:<32} {med:7.3f} s ({min(values):.3f}) {rate}")
        z = statistics.median(ours["total"])
        c = statistics.median(theirs["cp+sync"]) + statistics.median(
            theirs["sha256sum (after drop_caches)"]
        )
        times = []
        for i in range(ROUNDS):
            t = time.perf_counter()
            copy = build_participant_copy(pkg, tmp / f"participant-{i}")
            times.append(time.perf_counter() - t)
        out_size = sum(p.stat().st_size for p in copy.folder.rglob("*") if p.is_file())
        med = statistics.median(times)
        print(
            f"participant copy (mix + {copy.channels} microphone files, FLAC): {med:.2f} s "
            f"({min(times):.2f}) for {copy.seconds:.0f} s of audio = "
            f"{copy.seconds / med:.0f}x real time, {out_size / 1e6:.1f} MB"
        )
        print(
            f"\nwrite + read back from the medium: Zhazba {z:.2f} s, cp+sync+drop+sha256sum "
            f"{c:.2f} s (ratio {z / c:.2f})"
        )
    finally:
        if os.path.ismount(mnt):
            subprocess.run(["umount", str(mnt)], check=False)
        if loop:
            subprocess.run(["losetup", "-d", loop], check=False)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
