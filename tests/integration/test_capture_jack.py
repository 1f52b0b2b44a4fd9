"""Capture from a real JACK server (dummy back end: exactly 48,000 frames a second).

Each test runs its own JACK server under a private name (JACK_DEFAULT_SERVER), so killing it
disturbs nobody. The recorder is a separate process: PortAudio lists JACK only if jackd runs when
sounddevice is first imported, and a stream on a dead JACK server must never be touched (stop()
aborts the process, abort()/close() hang). Checked: frames versus the clock, synchronised on the
first block; a real input overflow (a thread holding the GIL for a second) counted and journaled
with its frame; jackd killed mid-recording: device lost reported and journaled, the audio so far
kept, and the recorder exits by itself on SIGTERM, whether the watchdog already noticed or not.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from signing.journal import verify_journal
from tests.support.audio_servers import (
    Jack,
    journal,
    json_lines,
    kinds,
    private_jack_fixture,  # noqa: F401 - fixture
    python,
    read_segments,
    terminate,
    zhazba,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]
RATE = 48000


def run_probe(jack: Jack, out: Path, *extra: str) -> dict:
    r = subprocess.run(
        [
            python(),
            "-m",
            "tests.support.capture_probe",
            "--out",
            str(out),
            "--device",
            "system",
            "--channels",
            "8",
            *extra,
        ],
        env=jack.env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    reports = [j for j in json_lines(r.stdout) if j.get("event") == "report"]
    assert reports, r.stdout + r.stderr[-3000:]
    return reports[-1]


def test_frames_follow_the_clock(private_jack: Jack, tmp_path: Path) -> None:
    rep = run_probe(private_jack, tmp_path, "--seconds", "4")
    assert rep["state"] == "ended" and rep["error"] is None
    elapsed = rep["last_block_t"] - rep["first_block_t"]
    expected = elapsed * RATE + rep["first_block_frames"]
    drift = rep["frames_captured"] - expected
    print(
        f"JACK: first callback after {rep['first_block_t'] - rep['t_start']:.3f} s; "
        f"{rep['frames_captured']} frames in {elapsed:.3f} s: {drift / RATE * 1000:+.1f} ms "
        f"against the clock; blocks {rep['block_frames']}; longest gap {rep['max_block_gap']:.3f}"
    )
    assert rep["block_frames"] == [480]  # the dummy server's period, one block per cycle
    records = journal(Path(rep["folder"]))
    reported = kinds(records, "overflow") + kinds(records, "device_lost")
    assert len(kinds(records, "overflow")) == rep["overflows"]
    # Exact on an idle machine. Under heavy load the JACK dummy server itself skips cycles; then
    # the shortfall must not pass silently: it is journaled as an overflow or a device loss.
    assert abs(drift) < 0.05 * expected or reported, f"{drift} frames went missing unreported"
    assert rep["hearing_frames"] == 4 * RATE
    assert len(read_segments(Path(rep["folder"]), 8)) == 4 * RATE


def test_gil_held_for_a_second_costs_a_journaled_overflow(
    private_jack: Jack,
    tmp_path: Path,
) -> None:
    rep = run_probe(
        private_jack, tmp_path, "--seconds", "4", "--hold-gil-at", "1.5", "--hold-gil-for", "1.0"
    )
    folder = Path(rep["folder"])
    assert rep["state"] == "ended"
    assert rep["overflows"] >= 1 and rep["overflow_blocks"]
    records = journal(folder)
    overflows = kinds(records, "overflow")
    assert len(overflows) == rep["overflows"]
    assert overflows[0]["data"] == {"count": 1, "total": 1}
    held_at = rep["gil_held"]["frame"]
    # journaled at the frame where it happened: the first block after the stall (a loaded
    # machine may add overflows of its own elsewhere; each of those is journaled as well)
    assert [r for r in overflows if held_at <= r["frame"] <= held_at + RATE], overflows
    assert [r for r in kinds(records, "alarm") if r["data"]["alarm"] == "overflow"]
    lost = rep["last_block_t"] - rep["first_block_t"] - (rep["frames_captured"] / RATE)
    print(
        f"GIL held 1 s: {rep['overflows']} overflow(s) at frame {overflows[0]['frame']}, "
        f"about {lost:.2f} s of audio lost"
    )
    assert verify_journal(folder / "journal.jsonl").ok
    assert len(read_segments(folder, 8)) == 4 * RATE


def _wait_for(pred, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.mark.parametrize(
    ("how", "term_after"),
    [("SIGKILL", "detected"), ("SIGTERM", "detected"), ("SIGKILL", 0.01), ("SIGTERM", 0.15)],
)
def test_jackd_dies_mid_recording(
    private_jack: Jack,
    tmp_path: Path,
    how: str,
    term_after: str | float,
) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            *zhazba(),
            "record",
            "--out",
            str(out),
            "--device",
            "system",
            "--channels",
            "8",
            "--no-stdin",
            "--json",
        ],
        env=private_jack.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        folder = _wait_for(
            lambda: next(iter(out.glob("*/journal.jsonl")), None), 30, "the hearing folder"
        ).parent
        before = _wait_for(lambda: kinds(journal(folder), "checkpoint"), 30, "audio")
        assert private_jack.proc is not None
        killed_at = time.time()
        private_jack.proc.send_signal(getattr(signal, how))
        if term_after == "detected":
            lost = _wait_for(
                lambda: [r for r in kinds(journal(folder), "device_lost") if _utc(r) >= killed_at],
                10,
                "device_lost",
            )
            print(f"jackd {how}: device lost journaled {_utc(lost[0]) - killed_at:.3f} s later")
        else:
            time.sleep(float(term_after))
    finally:
        code = terminate(proc, timeout=30)
        private_jack.kill()
    _, stderr = proc.communicate()
    assert code == 0, f"exit {code}: {stderr[-2000:]}"
    records = journal(folder)
    assert verify_journal(folder / "journal.jsonl").ok
    after_kill = [r for r in kinds(records, "device_lost") if _utc(r) >= killed_at]
    assert after_kill, "the lost server was not journaled"
    assert [r for r in kinds(records, "alarm") if r["data"]["alarm"] == "device_lost"]
    ended = kinds(records, "recording_ended")
    assert ended, "the hearing was not closed"
    total = ended[0]["data"]["frames"]
    assert total >= before[-1]["frame"]  # everything captured before the server died is kept
    assert len(read_segments(folder, 8)) == total
    assert kinds(records, "segment_closed")[-1]["data"]["reason"] == "end"


def _utc(rec: dict) -> float:
    import datetime as dt

    return (
        dt.datetime.strptime(rec["utc"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC).timestamp()
    )
