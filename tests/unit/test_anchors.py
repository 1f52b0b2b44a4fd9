"""Live anchors without a server: what an anchor holds, when the anchorer makes one (tailing a
real journal being appended to), and how the verifier names a rewrite from them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.anchoring.anchors import AnchorBuilder, Anchorer, Outbox, anchor_bytes
from app.evidence.anchors import FoundAnchor, compare, summary
from signing import journal as J


def test_anchors_follow_the_journal_and_trigger_on_pause_segment_and_end(tmp_path: Path) -> None:
    folder = tmp_path / "2026-12-04_case_0930"
    folder.mkdir()
    outbox = Outbox(tmp_path / "station" / "anchors")
    journal = J.HearingJournal(folder / "journal.jsonl")
    journal.append(J.HEARING_OPENED, {"hearing": {}})
    anchorer = Anchorer(folder, outbox, interval_seconds=3600)
    journal.append(J.CHECKPOINT, {"second": 0})
    files = {"audio/0001.flac": {"sha256": "c" * 64, "bytes": 10}}
    journal.append(J.SEGMENT_CLOSED, {"files": files, "peaks": {"audio/0001.peaks": "d" * 64}})
    journal.append(J.PAUSED, {"reason": "recess"})
    journal.append(J.RESUMED, {})
    journal.append(J.RECORDING_ENDED, {"frames": 1})
    journal.close()
    anchorer.stop()  # not started: the last look reads everything
    made = [json.loads(p.read_bytes()) for p in outbox.anchors(folder.name)]
    assert [a["reason"] for a in made] == ["segment_closed", "paused", "end"]
    records = J.read_records(folder / "journal.jsonl")
    assert made[0]["journal"]["hashes"] == [r["hash"] for r in records[:3]]
    assert made[-1]["journal"]["seq"] == records[-1]["seq"]
    assert made[-1]["journal"]["hash"] == records[-1]["hash"]
    assert made[-1]["segments"] == {"audio/0001.flac": "c" * 64, "audio/0001.peaks": "d" * 64}
    # each anchor names the previous one's bytes; stored bytes are canonical
    for before, after in zip(made, made[1:], strict=False):
        assert after["previous"] == hashlib.sha256(anchor_bytes(before)).hexdigest()
    assert [p.name for p in outbox.pending()] == ["000001.json", "000002.json", "000003.json"]


def test_the_first_rewritten_record_and_the_contradicting_anchor_are_named() -> None:
    b = AnchorBuilder("h")
    records = [{"seq": i, "hash": f"{i:064x}", "kind": "checkpoint"} for i in range(10)]
    for r in records[:4]:
        b.feed(r)
    first = b.make("interval")
    for r in records[4:]:
        b.feed(r)
    second = b.make("end")
    assert first and second
    anchors = [
        FoundAnchor(first, "x", "archive", "2026-12-04T09:31:00Z", True),
        FoundAnchor(second, "y", "archive", "2026-12-04T09:32:00Z", True),
    ]
    assert compare(anchors, records, lambda name: None) == []
    forged = [dict(r) for r in records]
    for r in forged[6:]:
        r["hash"] = "f" * 64
    forged[6]["kind"] = "marker"
    [(code, text, path)] = compare(anchors, forged, lambda name: None)
    assert code == "anchor_journal_mismatch" and path == "journal.jsonl"
    assert text.startswith("journal record 6 (marker) was REWRITTEN")
    assert "anchor 2, stored in the court archive at 2026-12-04T09:32:00Z" in text
    [(code, text, _)] = compare(anchors, records[:5], lambda name: None)
    assert text.startswith("journal record 5 is MISSING")
    line, info = summary(anchors)
    assert info["count"] == 2 and "anchored 2 times" in line
    line, info = summary([])
    assert info["count"] == 0 and line.startswith("not anchored")
