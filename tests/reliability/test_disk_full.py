"""The recording drive fills up mid-hearing (a small tmpfs): a clear error and exit code, the
segment so far intact and decodable, and `zhazba recover` closes the hearing once space is free.

Two ways to fill it: as fast as the machine allows (the audio file hits the wall first) and in
real time with markers and per-second checkpoints (the journal competes for the last bytes).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.hearing.details import load_hearing_json
from audio.pcm import second_hashes
from audio.recover import decodable_frames
from audio.sources import ToneSource
from signing.journal import read_records, verify_journal
from tests.support.audio_servers import json_lines, read_segments, recorder

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(180)]
RATE = 48000


@pytest.fixture
def small_drive(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "drive"
    mnt.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({r.stderr.strip()}); needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def tones(channels: int, frames: int) -> np.ndarray:
    src = ToneSource(channels, RATE, 16, realtime=False)
    return src.fmt.from_float(src._generate(0, frames))


@pytest.mark.parametrize(
    ("size", "args", "markers"),
    [
        ("2m", ["--fast", "--seconds", "120"], False),
        ("700k", ["--segment-seconds", "1.5", "--allow-short-segments"], True),
    ],
    ids=["fast", "realtime-with-markers"],
)
def test_full_drive_gives_a_clear_error_and_recoverable_audio(
    small_drive: Path, size: str, args: list[str], markers: bool
) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(small_drive)], check=True)
    proc = subprocess.Popen(
        [
            *recorder(),
            "record",
            "--out",
            str(small_drive),
            "--source",
            "tones",
            "--channels",
            "8",
            "--json",
            *([] if markers else ["--no-stdin"]),
            *args,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    if markers:
        try:
            for k in range(200):
                if proc.poll() is not None:
                    break
                proc.stdin.write(f"Participant 2\tnote {k}\n")
                proc.stdin.flush()
                time.sleep(0.1)
        except BrokenPipeError:
            pass
    stdout, stderr = proc.communicate(timeout=120)
    print(stderr)
    assert proc.returncode == 1, f"exit {proc.returncode}: {stderr}"
    assert "recording drive is full" in stderr or "No space left" in stderr
    assert "zhazba recover" in stderr
    result = json_lines(stdout)[-1]
    assert result["state"] == "failed"
    folder = Path(result["folder"])
    assert load_hearing_json(folder)["finished"] is False  # left for recovery
    # the audio so far: decodable, and exactly what was recorded
    audio = read_segments(folder, 8)
    assert len(audio) > RATE // 2
    assert np.array_equal(audio, tones(8, len(audio)))
    kept = len(audio)

    # recovery while the drive is still full: a clear refusal, and nothing changed
    before = sorted((q.name, q.stat().st_size) for q in (folder / "audio").iterdir())
    r = subprocess.run(
        [*recorder(), "recover", str(small_drive)], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 1, r.stderr
    assert "cannot be recovered automatically" in r.stderr and "Free space" in r.stderr
    assert "Traceback" not in r.stderr
    assert sorted((q.name, q.stat().st_size) for q in (folder / "audio").iterdir()) == before
    assert load_hearing_json(folder)["finished"] is False

    # space freed: recovery closes the hearing with every decodable frame
    subprocess.run(["mount", "-o", "remount,size=16m", str(small_drive)], check=True)
    r = subprocess.run(
        [*recorder(), "recover", str(small_drive), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    chain = verify_journal(folder / "journal.jsonl")
    assert chain.ok, chain.problem
    records = read_records(folder / "journal.jsonl")
    kinds = [rec["kind"] for rec in records]
    assert "interrupted" in kinds and kinds[-1] == "recording_ended"
    assert load_hearing_json(folder)["finished"] is True
    total = records[-1]["data"]["frames"]
    audio = read_segments(folder, 8)
    assert len(audio) == total >= kept
    assert np.array_equal(audio, tones(8, total))
    effective: dict[tuple[int, int], dict[str, Any]] = {}
    for rec in records:
        if rec["kind"] == "checkpoint":
            effective[(rec["data"]["segment"], rec["data"]["second"])] = rec["data"]
    for rec in records:
        if rec["kind"] == "segment_closed" and rec["data"]["frames"]:
            seg = rec["data"]["segment"]
            for name in rec["data"]["files"]:
                for sec, n, hexd in second_hashes(folder / name, RATE, 16):
                    assert effective[(seg, sec)]["files"][name] == hexd
                    assert effective[(seg, sec)]["frames"] == n
    if markers:
        notes = [rec["data"]["note"] for rec in records if rec["kind"] == "marker"]
        assert notes and notes == [f"note {k}" for k in range(len(notes))]
    assert decodable_frames(folder / "audio" / "0001.flac", "int16") > 0
