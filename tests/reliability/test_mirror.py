"""The second copy while recording: SIGKILL the recorder, delete the primary folder's last segment,
recover from the mirror — the hearing is complete to within the usual ≤ 1 s, bit-exact; and a
mirror that disappears mid-hearing is a warning, never a stop."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from audio.sources import ToneSource
from signing.journal import read_records, verify_journal
from tests.support.audio_servers import read_segments, recorder

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(180)]
RATE = 48000
CHANNELS = 4


def _records(folder: Path) -> list[dict[str, Any]]:
    try:
        return read_records(folder / "journal.jsonl")
    except (OSError, ValueError):
        return []


def _start(out: Path, mirror: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*recorder(), "record", "--out", str(out), "--source", "tones", "--channels",
         str(CHANNELS), "--segment-seconds", "1.5", "--allow-short-segments", "--mirror",
         str(mirror), "--no-stdin", "--json", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _first_anchor(out: Path, proc: subprocess.Popen[str]) -> tuple[Path, dict[str, Any]]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        for journal in out.glob("*/journal.jsonl"):
            anchors = [r for r in _records(journal.parent) if r["kind"] == "clock_anchor"]
            if anchors:
                return journal.parent, anchors[0]
        time.sleep(0.02)
    raise AssertionError("the recorder never started")


def test_sigkill_then_the_primary_loses_its_last_segment_recovered_from_the_mirror(
    tmp_path: Path,
) -> None:
    out, mirror = tmp_path / "hearings", tmp_path / "mirror"
    proc = _start(out, mirror)
    try:
        folder, anchor = _first_anchor(out, proc)
        time.sleep(max(0.0, anchor["data"]["monotonic_ns"] / 1e9 + 5.3 - time.monotonic()))
        killed_at = time.monotonic()
        proc.kill()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    last = sorted((folder / "audio").glob("*.flac"))[-1]
    assert (mirror / folder.name / "audio" / last.name).exists()
    last.unlink()  # the primary drive lost the segment being written
    done = subprocess.run(
        [*recorder(), "recover", str(out), "--mirror", str(mirror), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"audio/{last.name} taken from the mirror" in done.stderr
    report = json.loads(done.stdout)[0]
    assert report["recovered"], report
    assert verify_journal(folder / "journal.jsonl").ok
    records = read_records(folder / "journal.jsonl")
    total = [r for r in records if r["kind"] == "recording_ended"][-1]["data"]["frames"]
    expected = anchor["frame"] + (killed_at - anchor["data"]["monotonic_ns"] / 1e9) * RATE
    lost = (expected - total) / RATE
    print(f"killed 5.3 s in, primary's last segment deleted: {lost * 1000:.0f} ms lost")
    assert -0.5 <= lost <= 1.0, f"{lost:.3f} s lost"
    audio = read_segments(folder, CHANNELS)
    tones = ToneSource(CHANNELS, RATE, 16, realtime=True)
    assert len(audio) == total
    assert np.array_equal(audio, tones.fmt.from_float(tones._generate(0, total)))
    verified = subprocess.run(
        [*recorder()[:-1], "app.cli.commands", "verify", str(folder), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout


def test_a_mirror_that_disappears_is_a_warning_not_a_stop(tmp_path: Path) -> None:
    out, mirror = tmp_path / "hearings", tmp_path / "mirror"
    proc = _start(out, mirror, "--seconds", "6")
    folder, _ = _first_anchor(out, proc)
    time.sleep(2)
    shutil.rmtree(mirror)
    mirror.write_text("not a folder any more")  # the share is gone: nothing can be written
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    result = json.loads(stdout.strip().splitlines()[-1])
    assert result["seconds"] == 6.0 and result["state"] != "failed", result
    assert "ALARM mirror_lost" in stderr
    alarms = [r["data"] for r in read_records(folder / "journal.jsonl") if r["kind"] == "alarm"]
    assert any(a["alarm"] == "mirror_lost" for a in alarms), alarms


def test_the_self_check_reports_the_mirror(tmp_path: Path) -> None:
    from app.selfcheck.checks import SelfCheckSettings, run_checks

    good = run_checks(SelfCheckSettings(mirror=tmp_path / "second"), ["mirror"]).results
    assert [(r.check, r.verdict) for r in good] == [("mirror", "pass")]
    assert "GB free" in good[0].message
    (tmp_path / "gone").write_text("a file where the share was")
    bad = run_checks(SelfCheckSettings(mirror=tmp_path / "gone"), ["mirror"]).results
    assert [(r.check, r.verdict) for r in bad] == [("mirror", "warn")]
    assert "cannot be written" in bad[0].message and "not affected" in bad[0].remedy
    assert run_checks(SelfCheckSettings(), ["mirror"]).results == []  # none configured


def test_the_mirror_of_a_finished_hearing_is_the_hearing(tmp_path: Path) -> None:
    """After a normal end the second copy holds every file byte for byte, so recovery, sealing
    and verification can use it instead of the primary."""
    out, mirror = tmp_path / "hearings", tmp_path / "mirror"
    proc = _start(out, mirror, "--seconds", "4")
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    folder = Path(json.loads(stdout.strip().splitlines()[-1])["folder"])
    copy = mirror / folder.name
    primary = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    second = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    assert primary.keys() == second.keys() and primary == second
    verified = subprocess.run(
        [*recorder()[:-1], "app.cli.commands", "verify", str(copy), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout
