"""Localisation matrix (#19): each change to a fresh sealed package is named to its file,
channel(s) and seconds — or, for damaged compressed audio, to its exact frames — and the rest
is reported intact. Packages are recorded by the real recorder (`zhazba record --fast`), sealed,
then altered as an attacker or a failing medium would; `zhazba verify` runs as a subprocess.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.evidence.report import VerificationReport
from app.evidence.verify import verify_path
from audio.flacscan import _frame_headers, audio_start
from audio.segments import SegmentWriter
from signing import journal as J
from signing.seal import seal_hearing
from tests.support.audio_servers import zhazba
from tests.support.hearing import make_hearing
from tests.support.pki import shared_pki
from tests.support.sealing import detached_copy, signer_for

pytestmark = pytest.mark.reliability
RATE = 48000


def _package(tmp: Path, channels: int, seconds: float) -> tuple[Path, Path]:
    pki = shared_pki()
    hearing = make_hearing(tmp / "h", seconds=seconds, channels=channels, segment_seconds=60)
    package = seal_hearing(hearing, signer_for(pki.secretary)).package
    chain = pki.write_chain(tmp / "chain.pem")
    assert verify_path(package, chain).ok
    return detached_copy(package, tmp / "pkg"), chain


def _verify(pkg: Path, chain: Path) -> VerificationReport:
    report = verify_path(pkg, chain)
    assert not report.ok
    json.loads(report.to_json())
    return report


def _reencode(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    pcm, rate = sf.read(path, dtype="int16", always_2d=True)
    change(pcm)
    sf.write(path, pcm, rate, subtype="PCM_16", format="FLAC")


def test_flipped_byte_names_only_that_flac_frame(tmp_path: Path) -> None:
    pkg, chain = _package(tmp_path, 8, 6)
    target = pkg / "data" / "audio" / "0001.flac"
    data = bytearray(target.read_bytes())
    headers = _frame_headers(bytes(data), audio_start(bytes(data)))
    k = len(headers) // 2
    data[headers[k] + (headers[k + 1] - headers[k]) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    report = _verify(pkg, chain)
    assert report.codes() == {"file_altered", "audio_altered"}, report.codes()
    (change,) = report.audio_changes
    assert change.damaged_frames == [[k * 4096, (k + 1) * 4096]]
    assert change.changed_seconds == [] and change.missing_seconds == []
    assert change.ranges == [
        {
            "kind": "damaged",
            "first_frame": k * 4096,
            "end_frame": (k + 1) * 4096,
            "channels": list(range(1, 9)),
        }
    ]
    assert "every other second of the file decodes and is exactly as recorded" in (
        change.description
    )
    print(change.description)


def test_silence_over_one_channel_names_the_channel_and_seconds(tmp_path: Path) -> None:
    pkg, chain = _package(tmp_path, 4, 6)
    target = pkg / "data" / "audio" / "0001.flac"

    def silence(pcm: np.ndarray) -> None:
        pcm[int(2.5 * RATE) : int(3.5 * RATE), 2] = 0  # channel 3, one second across 2 and 3

    _reencode(target, silence)
    report = _verify(pkg, chain)
    (change,) = report.audio_changes
    assert change.changed_seconds == [2, 3] and change.damaged_frames == []
    assert change.changed_channels == {2: [3], 3: [3]}
    assert change.ranges == [
        {"kind": "altered", "first_frame": 2 * RATE, "end_frame": 4 * RATE, "channels": [3]}
    ]
    assert "second(s) 2–3 of the segment was altered on channel(s) 3" in change.description


def test_one_sample_on_channel_6_of_11_through_the_cli(tmp_path: Path) -> None:
    pkg, chain = _package(tmp_path, 11, 4)
    names = sorted(p.name for p in (pkg / "data" / "audio").glob("*.flac"))
    assert names == ["0001-ch01-08.flac", "0001-ch09-11.flac"]

    def one_sample(pcm: np.ndarray) -> None:
        pcm[RATE + 1234, 5] ^= 1  # channel 6, second 1

    _reencode(pkg / "data" / "audio" / "0001-ch01-08.flac", one_sample)

    def on_channel_10(pcm: np.ndarray) -> None:
        pcm[3 * RATE + 7, 1] ^= 4  # the second file's second channel: hearing channel 10

    _reencode(pkg / "data" / "audio" / "0001-ch09-11.flac", on_channel_10)
    r = subprocess.run(
        [*zhazba(), "verify", str(pkg), "--ca", str(chain), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode != 0
    changes = {c["file"]: c for c in json.loads(r.stdout)["audio_changes"]}
    first, second = changes["audio/0001-ch01-08.flac"], changes["audio/0001-ch09-11.flac"]
    assert (first["changed_seconds"], first["changed_channels"]) == ([1], {"1": [6]})
    assert (second["changed_seconds"], second["changed_channels"]) == ([3], {"3": [10]})
    assert "altered on channel(s) 6" in first["description"]
    r = subprocess.run(
        [*zhazba(), "verify", str(pkg), "--ca", str(chain)], capture_output=True, text=True
    )
    assert "0001-ch01-08.flac" in r.stdout and "channel(s) 6" in r.stdout, r.stdout


def test_package_without_per_channel_digests_still_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Packages sealed before #19 (checkpoints without per-channel digests) verify as before."""
    monkeypatch.setattr(SegmentWriter, "channel_digests", False)
    pkg, chain = _package(tmp_path, 2, 3)
    checkpoints = [
        r for r in J.read_records(pkg / "data" / "journal.jsonl") if r["kind"] == J.CHECKPOINT
    ]
    assert checkpoints and all("channels" not in r["data"] for r in checkpoints)
    assert verify_path(pkg, chain).ok
    _reencode(pkg / "data" / "audio" / "0001.flac", lambda pcm: pcm.__setitem__((RATE + 5, 1), 9))
    (change,) = _verify(pkg, chain).audio_changes
    assert change.changed_seconds == [1] and change.changed_channels == {}
    assert change.ranges[0]["channels"] == [1, 2]  # not narrowed: all of the file's channels
    assert "second(s) 1 of the segment was altered" in change.description


def test_new_packages_carry_per_channel_digests(tmp_path: Path) -> None:
    pkg, _chain = _package(tmp_path, 11, 2)
    records = J.read_records(pkg / "data" / "journal.jsonl")
    cp = next(r for r in records if r["kind"] == J.CHECKPOINT)["data"]
    assert set(cp["channels"]) == set(cp["files"])
    assert [len(v) for v in cp["channels"].values()] == [8, 3]
