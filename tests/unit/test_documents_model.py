"""The documents' facts, read from a real hash-chained journal: pauses, failures, markers, seal."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from app.documents.model import DocumentError, load_hearing, parse_utc
from app.documents.texts import Texts, parse_offset
from signing.journal import HearingJournal, read_records
from tests.support.documents_fixture import NOTES, RATE, SIGNATURE_BYTES, make_hearing


def _records(folder: Path, kind: str) -> list[dict]:
    return [r for r in read_records(folder / "journal.jsonl") if r["kind"] == kind]


def test_files_times_and_pauses_come_from_the_journal(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path)
    facts = load_hearing(folder)
    assert [f.name for f in facts.files] == ["audio/0001.flac", "audio/0002.flac"]
    assert facts.files[0].channels == (1, 2, 3, 4)
    assert facts.total_frames == 300 * RATE and facts.recorded
    assert facts.started_utc == parse_utc(_records(folder, "recording_started")[0]["utc"])
    assert facts.ended_utc == parse_utc(_records(folder, "recording_ended")[0]["utc"])
    assert [p.reason for p in facts.pauses] == ["recess", "deliberation"]
    paused, resumed = _records(folder, "paused")[0], _records(folder, "resumed")[0]
    assert facts.pauses[0].start_utc == parse_utc(paused["utc"])
    assert facts.pauses[0].end_utc == parse_utc(resumed["utc"])
    # The deliberation was still on when the hearing ended: it ends with the recording.
    assert facts.pauses[1].end_utc == facts.ended_utc
    assert facts.failures == [] and not facts.act_required
    assert facts.chain_problem == ""
    assert facts.package_name == folder.name + ".sealed"


def test_marker_amendment_applies_and_keeps_the_original(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path))
    assert [m.type for m in facts.markers] == ["speech", "event", "speech", "event"]
    amended = facts.markers[2]
    assert amended.note == NOTES["amended_to"]
    assert amended.original["note"] == NOTES["amended_from"]
    assert len(amended.amendments) == 1
    assert amended.amendments[0].before == {"note": NOTES["amended_from"]}
    assert facts.hearing_seconds(amended.frame) == 125.0
    assert facts.markers[1].event == "oath"


def test_device_loss_span_and_channels(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path, device_loss=True)
    facts = load_hearing(folder)
    (lost,) = [f for f in facts.failures if f.kind == "device_lost"]
    assert lost.start_utc == parse_utc(_records(folder, "device_lost")[0]["utc"])
    assert lost.end_utc == parse_utc(_records(folder, "device_returned")[0]["utc"])
    assert lost.seconds == pytest.approx(7.4)
    assert lost.channels == (1, 2, 3, 4)
    assert lost.detail == "USB audio interface disappeared"
    assert facts.act_required


def test_device_lost_and_never_back_lasts_until_the_end(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path)
    facts0 = load_hearing(folder)
    # a hearing that lost its device and ended without it coming back
    folder2 = tmp_path / "h2"
    folder2.mkdir()
    (folder2 / "hearing.json").write_bytes((folder / "hearing.json").read_bytes())
    with HearingJournal(folder2 / "journal.jsonl") as j:
        j.append("recording_started", {"rate": RATE, "channels": 2}, frame=0)
        lost = j.append("device_lost", {"detail": "gone"}, frame=RATE)
        end = j.append("recording_ended", {"frames": 2 * RATE}, frame=2 * RATE)
    facts = load_hearing(folder2)
    (f,) = facts.failures
    assert f.kind == "device_lost" and f.channels == (1, 2)
    assert f.start_utc == parse_utc(lost["utc"]) and f.end_utc == parse_utc(end["utc"])
    assert facts0.failures == []


def test_a_device_lost_during_a_pause_is_no_failure_of_the_recording(tmp_path: Path) -> None:
    """Gone and back within an adjournment: nothing was being recorded, the act is not called
    for. Gone in the pause and back only after the resumption: a failure from the resumption."""
    folder = make_hearing(tmp_path)
    for name, back_after_resume in (("within", False), ("across", True)):
        other = tmp_path / name
        other.mkdir()
        (other / "hearing.json").write_bytes((folder / "hearing.json").read_bytes())
        with HearingJournal(other / "journal.jsonl") as j:
            j.append("recording_started", {"rate": RATE, "channels": 2}, frame=0)
            j.append("paused", {"reason": "adjournment"}, frame=RATE)
            j.append("device_lost", {"detail": "gone", "code": "no_blocks"}, frame=RATE)
            if back_after_resume:
                resumed = j.append("resumed", {}, frame=RATE)
            back = j.append("device_returned", {"gap_seconds": 30.0}, frame=RATE)
            if not back_after_resume:
                j.append("resumed", {}, frame=RATE)
            j.append("recording_ended", {"frames": 2 * RATE}, frame=2 * RATE)
        failures = [f for f in load_hearing(other).failures if f.act_required]
        if not back_after_resume:
            assert failures == []
            continue
        (f,) = failures
        assert f.kind == "device_lost" and f.start_utc == parse_utc(resumed["utc"])
        assert f.end_utc == parse_utc(back["utc"]) and (f.seconds or 0) < 30.0


def test_overflow_error_interrupted_and_silent_channel(tmp_path: Path) -> None:
    folder = tmp_path / "h"
    folder.mkdir()
    make_hearing(tmp_path)  # for a hearing.json to copy
    src = next(p for p in tmp_path.iterdir() if p.name.startswith("20"))
    (folder / "hearing.json").write_bytes((src / "hearing.json").read_bytes())
    with HearingJournal(folder / "journal.jsonl") as j:
        j.append("recording_started", {"rate": RATE, "channels": 4}, frame=0)
        j.append("overflow", {"count": 2, "total": 2}, frame=RATE)
        j.append("alarm", {"alarm": "silent", "message": "channel 3 is silent", "channel": 3})
        j.append("error", {"detail": "disk write failed"}, frame=2 * RATE)
        j.append(
            "interrupted",
            {
                "last_record_utc": "2026-11-21T05:00:00.000000Z",
                "recovered_frames": 10,
                "lost_seconds_max": 1.5,
                "segment": 2,
            },
        )
        j.append("recording_ended", {"frames": 3 * RATE}, frame=3 * RATE)
    facts = load_hearing(folder)
    kinds = {f.kind: f for f in facts.failures}
    assert set(kinds) == {"overflow", "silent", "error", "interrupted"}
    assert kinds["silent"].channels == (3,) and not kinds["silent"].act_required
    assert kinds["overflow"].act_required and kinds["error"].act_required
    crash = kinds["interrupted"]
    assert crash.upper_bound and crash.seconds == 1.5
    assert crash.start_utc == dt.datetime(2026, 11, 21, 5, tzinfo=dt.UTC)
    assert facts.failures[0] is crash  # sorted by time


def test_not_recorded_is_a_failure(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path, recorded=False))
    assert not facts.recorded
    assert {f.kind for f in facts.failures} == {"error", "not_recorded"}
    assert facts.act_required


def test_seal_fingerprints(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path, sealed=True)
    facts = load_hearing(folder)
    sealed = _records(folder, "sealed")[0]
    assert facts.seal is not None
    assert facts.seal.record_hash == sealed["hash"] == facts.journal_head
    assert facts.seal.signature_sha256 == hashlib.sha256(SIGNATURE_BYTES).hexdigest()
    assert facts.seal.certificate_sha256 == "c0" * 32


def test_broken_chain_is_reported_not_hidden(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path)
    path = folder / "journal.jsonl"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    i = next(n for n, line in enumerate(lines) if NOTES["opening"] in line)
    lines[i] = lines[i].replace(NOTES["opening"], "Судья отырысты жапты")
    path.write_text("".join(lines), "utf-8")
    facts = load_hearing(folder)
    assert "altered" in facts.chain_problem


def test_missing_folder_says_why(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="hearing.json is missing"):
        load_hearing(tmp_path)


def test_formatting_of_times_spans_and_channels() -> None:
    t = Texts("ru")
    assert t.channels((1, 2, 3, 5, 7, 8)) == "1–3, 5, 7–8"
    assert t.span(3725.4) == "1:02:05"
    # durations: the journal's interval rounded (tenths under a minute), never floored
    assert t.span(1.5, upper_bound=True) == "не более 1,5 с"
    assert t.span(1.41, upper_bound=True) == "не более 1,5 с"  # a bound is rounded up
    assert t.span(1.8) == "1,8 с" and t.span(2.969) == "3,0 с" and t.span(0.4) == "менее 1 с"
    assert t.span(59.96) == "0:01:00" and t.span(61.5) == "0:01:02" and t.span(0) == "0,0 с"
    assert t.span(3725.4, upper_bound=True) == "не более 1:02:06"
    assert Texts("kk").span(0.4) == "1 секундтан аз" and Texts("kk").span(12.34) == "12,3 с"
    # moments on the recording floor to the second, as a clock (and the participant's player)
    assert t.position(15.9999) == "0:00:15" and t.position(767999 / 48000) == "0:00:15"
    assert t.span(None) == "—"
    utc = dt.datetime(2026, 11, 21, 4, 30, 5, tzinfo=dt.UTC)
    assert t.clock(utc, "2026-11-21") == "09:30:05"
    assert t.clock(utc, "2026-11-20") == "21.11.2026 09:30:05"
    assert t.date_words("2026-11-21") == "«21» ноября 2026 г."
    assert Texts("kk").date_words("2026-11-21") == "2026 жылғы «21» қарашада"
    assert parse_offset("+06:00") == dt.timedelta(hours=6)
    assert parse_offset(None) == dt.timedelta(hours=5)
    with pytest.raises(DocumentError):
        Texts("en")


def test_both_languages_have_every_text() -> None:
    def keys(node: object, prefix: str = "") -> set[str]:
        if not isinstance(node, dict):
            return {prefix}
        return set().union(*(keys(v, f"{prefix}.{k}") for k, v in node.items()))

    kk, ru = Texts("kk"), Texts("ru")
    assert keys(kk.data) == keys(ru.data)
    assert len(kk.lst("common.failure_cols")) == len(ru.lst("common.failure_cols"))


def test_documents_load_qt_only_to_render_a_pdf() -> None:
    import subprocess
    import sys

    code = "import sys, app.documents, app.cli.documents; print('PySide6' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "False"
