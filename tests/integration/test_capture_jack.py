"""Capture from a real JACK server (dummy back end: exactly 48,000 frames a second).

Each test runs its own JACK server under a private name (JACK_DEFAULT_SERVER), so killing it
disturbs nobody. The recorder is a separate process: PortAudio lists JACK only if jackd runs when
sounddevice is first imported, and a stream on a dead JACK server must never be touched (stop()
aborts the process, abort()/close() hang). Checked: frames versus the clock, synchronised on the
first block; a capture process stalled for a second journaled where the audio went missing; jackd
killed mid-recording: device lost reported and journaled, the audio so far kept, and the recorder
exits by itself on SIGTERM, whether the watchdog already noticed or not.
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


def test_capture_stalled_for_a_second_is_journaled_where_it_happened(
    private_jack: Jack,
    tmp_path: Path,
) -> None:
    """The capture process stops for a second (SIGSTOP, as a frozen driver would): the audio
    that never came is journaled at the frame where it went missing — as an input overflow, or
    as a loss and a return whose gap is that second — and the recording goes on by itself."""
    rep = run_probe(
        private_jack,
        tmp_path,
        "--seconds",
        "4",
        "--stall-capture-at",
        "1.5",
        "--stall-capture-for",
        "1.0",
    )
    folder = Path(rep["folder"])
    assert rep["state"] == "ended"
    records = journal(folder)
    held_at = rep["stalled"]["frame"]
    near = [
        r
        for r in kinds(records, "overflow") + kinds(records, "device_lost")
        if held_at - RATE // 10 <= r["frame"] <= held_at + RATE
    ]
    assert near, [(r["kind"], r["frame"]) for r in records]
    returned = kinds(records, "device_returned")
    if near[0]["kind"] == "device_lost":
        assert returned and 0.9 <= returned[0]["data"]["gap_seconds"] <= 3.0, returned
    alarms = {r["data"]["alarm"] for r in kinds(records, "alarm")}
    assert near[0]["kind"] in alarms
    print(
        f"capture stalled 1 s: journaled as {near[0]['kind']} at frame {near[0]['frame']}"
        + (f", gap {returned[0]['data']['gap_seconds']} s" if returned else "")
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
            "--demo",
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
    # a loss seen while recording closes the segment at once; one seen only as the recording
    # ends closes it with the end
    last = kinds(records, "segment_closed")[-1]
    assert last["data"]["reason"] in ("interrupted", "end")
    if last["data"]["reason"] == "interrupted":
        assert after_kill[0]["seq"] < last["seq"]


def test_jackd_killed_and_started_again_resumes_by_itself(
    private_jack: Jack, tmp_path: Path
) -> None:
    """The JACK server is killed mid-recording and started again: the recorder never aborts,
    says so, and records again by itself into a new segment of the same hearing."""
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*zhazba(), "record", "--out", str(out), "--device", "system", "--channels", "8"]
        + ["--no-stdin", "--json", "--demo"],
        env=private_jack.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        folder = _wait_for(
            lambda: next(iter(out.glob("*/journal.jsonl")), None), 30, "the hearing folder"
        ).parent
        _wait_for(lambda: len(kinds(journal(folder), "checkpoint")) >= 2, 30, "audio")
        assert private_jack.proc is not None
        killed_at = time.time()
        private_jack.proc.kill()
        private_jack.proc.wait()
        lost = _wait_for(lambda: kinds(journal(folder), "device_lost"), 10, "device_lost")
        time.sleep(1.0)
        private_jack.start_again()
        started_at = time.time()
        returned = _wait_for(lambda: kinds(journal(folder), "device_returned"), 20, "return")
        before = len(kinds(journal(folder), "checkpoint"))
        _wait_for(lambda: len(kinds(journal(folder), "checkpoint")) >= before + 2, 20, "audio")
        assert proc.poll() is None, "the recorder ended"
    finally:
        code = terminate(proc, timeout=30)
    _, stderr = proc.communicate()
    assert code == 0, f"exit {code}: {stderr[-2000:]}"
    print(
        f"jackd killed: loss journaled {_utc(lost[0]) - killed_at:.3f} s later; started again: "
        f"recording {_utc(returned[0]) - started_at:.3f} s later, "
        f"gap {returned[0]['data']['gap_seconds']} s"
    )
    records = journal(folder)
    assert verify_journal(folder / "journal.jsonl").ok
    closed = kinds(records, "segment_closed")
    assert [c["data"]["reason"] for c in closed] == ["interrupted", "end"]
    assert closed[1]["data"]["first_frame"] == closed[0]["data"]["frames"]
    total = kinds(records, "recording_ended")[0]["data"]["frames"]
    assert len(read_segments(folder, 8)) == total
    assert returned[0]["data"]["gap_seconds"] >= 1.0


def _utc(rec: dict) -> float:
    import datetime as dt

    return (
        dt.datetime.strptime(rec["utc"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC).timestamp()
    )
