"""Benchmark: time from "end hearing" to a signed package, and verification throughput.

Run ``.venv/bin/python -m tests.bench.bench_seal --hours 1 8`` (figures, no pass/fail). For each
length it records an 8-channel 48 kHz hearing of simulated tones with the real recorder
(``zhazba record --fast``, 10-minute segments; kept in ``--workdir`` and reused), seals a fresh
working view of it (hard links for the audio, a copy of the journal, so the recording is reused
untouched), then verifies the package and hashes the same files with ``openssl dgst -sha256``
in the same run. It also times hashing every payload file, which is what sealing would cost if
it did not take the segment hashes from the journal.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from app.evidence.verify import verify_path
from audio.pcm import file_sha256
from signing import journal as J
from signing.seal import seal_hearing
from tests.support.pki import make_pki
from tests.support.sealing import signer_for


def record(workdir: Path, hours: float) -> Path:
    out = workdir / f"rec-{hours:g}h"
    done = (
        sorted(p for p in out.glob("*") if (p / "journal.jsonl").exists()) if out.exists() else []
    )
    if done:
        return done[0]
    out.mkdir(parents=True, exist_ok=True)
    from app.cli.commands import main

    argv = ["record", "--out", str(out), "--demo", "--source", "tones", "--channels", "8"]
    argv += ["--rate", "48000", "--seconds", str(hours * 3600), "--fast", "--no-stdin", "--json"]
    t0 = time.perf_counter()
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(argv)
    if code != 0:
        raise SystemExit(f"recording failed ({code})")
    print(f"  recorded {hours:g} h in {time.perf_counter() - t0:.0f} s")
    return Path(json.loads(buf.getvalue().strip().splitlines()[-1])["folder"])


def working_view(hearing: Path, dest: Path) -> Path:
    """Hard links to the recording, with a private copy of the journal (sealing appends to it)."""
    if dest.exists():
        for p in dest.rglob("*"):
            if p.is_file():
                p.chmod(0o644)
        shutil.rmtree(dest)
    sealed = dest.with_name(dest.name + ".sealed")
    if sealed.exists():
        shutil.rmtree(sealed)
    for p in hearing.rglob("*"):
        rel = p.relative_to(hearing)
        if p.is_dir():
            (dest / rel).mkdir(parents=True, exist_ok=True)
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        if p.name in ("journal.jsonl", "hearing.json"):
            shutil.copy2(p, dest / rel)
        else:
            os.link(p, dest / rel)
    return dest


def payload_files(package: Path) -> list[Path]:
    return sorted(p for p in (package / "data").rglob("*") if p.is_file())


def bench(workdir: Path, hours: float, pki: object) -> dict[str, float]:
    hearing = record(workdir, hours)
    signer = signer_for(pki.secretary)  # type: ignore[attr-defined]
    # as the station does it: its journal of the hearing is already open (and verified)
    view = working_view(hearing, workdir / f"station-{hours:g}h" / hearing.name)
    with J.HearingJournal(view / "journal.jsonl") as open_journal:
        t0 = time.perf_counter()
        seal_hearing(view, signer, journal=open_journal)
        station_s = time.perf_counter() - t0
    # as `zhazba seal DIR` does it: the journal is opened, and so re-verified, first
    view = working_view(hearing, workdir / f"view-{hours:g}h" / hearing.name)
    t0 = time.perf_counter()
    result = seal_hearing(view, signer)
    seal_s = time.perf_counter() - t0
    files = payload_files(result.package)
    size = sum(p.stat().st_size for p in files)

    chain = pki.write_chain(workdir / "chain.pem")  # type: ignore[attr-defined]
    verify_s = openssl_s = float("inf")
    checked = 0
    for _ in range(2):  # alternate, keep the best of each: both then read from the same cache
        t0 = time.perf_counter()
        report = verify_path(result.package, chain)
        verify_s = min(verify_s, time.perf_counter() - t0)
        assert report.ok, report.to_text()
        checked = report.bytes_checked
        t0 = time.perf_counter()
        subprocess.run(
            ["openssl", "dgst", "-sha256", *map(str, files)], check=True, stdout=subprocess.DEVNULL
        )
        openssl_s = min(openssl_s, time.perf_counter() - t0)
    # what sealing would cost if it hashed every payload file (data just written: warm cache)
    t0 = time.perf_counter()
    for p in files:
        file_sha256(p)
    hash_all_s = time.perf_counter() - t0

    # a tampered package: one byte flipped in the middle of a segment (a private copy of it,
    # the package's files are hard links to the recording); the verifier then decodes that
    # segment second by second to say where the change is
    segments = sorted((result.package / "data" / "audio").glob("*.flac"))
    seg = segments[len(segments) // 2]
    data = bytearray(seg.read_bytes())
    data[len(data) // 2] ^= 0xFF
    seg.unlink()
    seg.write_bytes(bytes(data))
    t0 = time.perf_counter()
    tampered = verify_path(result.package, chain)
    tampered_s = time.perf_counter() - t0
    assert not tampered.ok and tampered.audio_changes
    print(f"  tampered: {tampered.audio_changes[0].description}")
    mb = size / 1e6
    return {
        "hours": hours,
        "payload_MB": mb,
        "files": len(files),
        "station_seal_s": station_s,
        "seal_s": seal_s,
        "hashed_at_seal": len(result.hashed_now),
        "hash_everything_s": hash_all_s,
        "verify_s": verify_s,
        "verify_MBps": checked / 1e6 / verify_s,
        "openssl_s": openssl_s,
        "openssl_MBps": mb / openssl_s,
        "tampered_verify_s": tampered_s,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hours", type=float, nargs="+", default=[1.0, 8.0])
    ap.add_argument("--workdir", type=Path, default=Path("/var/tmp/zb-bench-seal"))
    args = ap.parse_args()
    pki = make_pki()
    rows = []
    for hours in args.hours:
        print(f"{hours:g} h hearing:")
        rows.append(bench(args.workdir, hours, pki))
        print("  " + json.dumps({k: round(v, 3) for k, v in rows[-1].items()}))
    print()
    print(
        "| hearing | payload | files | end → signed package (station / `zhazba seal`) | "
        "hashing all instead | "
        "verify (all checks) | openssl dgst -sha256 | verify, one segment tampered |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['hours']:g} h, 8 ch | {r['payload_MB']:.0f} MB | {r['files']:.0f} | "
            f"{r['station_seal_s']:.2f} s / {r['seal_s']:.2f} s | {r['hash_everything_s']:.1f} s | "
            f"{r['verify_s']:.1f} s ({r['verify_MBps']:.0f} MB/s) | "
            f"{r['openssl_s']:.1f} s ({r['openssl_MBps']:.0f} MB/s) | "
            f"{r['tampered_verify_s']:.1f} s |"
        )


if __name__ == "__main__":
    main()
