"""The hash-chained journal: format, chain checks, torn tails, concurrency."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from signing.journal import (
    GENESIS,
    HearingJournal,
    JournalError,
    read_records,
    verify_journal,
)


def _journal(tmp_path: Path, n: int = 5) -> Path:
    path = tmp_path / "journal.jsonl"
    with HearingJournal(path) as j:
        for i in range(n):
            j.append("marker", {"speaker": f"Сөйлеуші {i}", "note": "қ ә ү"}, i * 480)
    return path


def test_record_hash_is_checkable_with_ten_lines_of_python(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    prev = GENESIS
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        body = {k: v for k, v in rec.items() if k != "hash"}
        raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert hashlib.sha256(raw.encode("utf-8")).hexdigest() == rec["hash"]
        assert rec["prev"] == prev
        prev = rec["hash"]
    assert set(rec) == {"seq", "utc", "frame", "kind", "data", "prev", "hash"}


def test_verify_ok_and_reopen_continues_chain(tmp_path: Path) -> None:
    path = _journal(tmp_path, 3)
    with HearingJournal(path) as j:
        assert j.next_seq == 3
        j.append_many([("checkpoint", {"second": 0}, 48000), ("checkpoint", {"second": 1}, 96000)])
    report = verify_journal(path)
    assert report.ok and report.records == 5
    assert [r["seq"] for r in read_records(path)] == list(range(5))


@pytest.mark.parametrize(
    "damage, expected_line, words",
    [
        (
            lambda lines: lines.__setitem__(2, lines[2].replace("Сөйлеуші 2", "Сөйлеуші X")),
            3,
            "altered",
        ),
        (lambda lines: lines.pop(1), 2, "sequence"),
        (lambda lines: lines.insert(1, lines.pop(3)), 2, "sequence"),
        (lambda lines: lines.__setitem__(4, "{not json"), 5, "not valid JSON"),
    ],
    ids=["edited", "deleted", "reordered", "garbage"],
)
def test_verify_names_first_broken_line(tmp_path: Path, damage, expected_line, words) -> None:
    path = _journal(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    damage(lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = verify_journal(path)
    assert not report.ok
    assert report.first_bad_line == expected_line
    assert words in report.problem


def test_rehashed_edit_still_breaks_the_chain(tmp_path: Path) -> None:
    """Someone who recomputes the edited record's hash still breaks the next record's prev."""
    from signing.journal import record_hash

    path = _journal(tmp_path)
    recs = read_records(path)
    recs[1]["data"]["note"] = "changed"
    recs[1]["hash"] = record_hash(recs[1])
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8"
    )
    report = verify_journal(path)
    assert not report.ok and report.first_bad_line == 3 and "chain broken" in report.problem


def test_torn_tail_refused_then_repaired_and_kept(tmp_path: Path) -> None:
    path = _journal(tmp_path, 2)
    with open(path, "ab") as f:
        f.write(b'{"seq": 2, "kind": "mar')
    with pytest.raises(JournalError, match="zhazba recover"):
        HearingJournal(path)
    with HearingJournal(path, repair_tail=True) as j:
        j.append("interrupted", {}, None)
    assert verify_journal(path).ok
    assert (tmp_path / "journal.jsonl.torn").read_bytes() == b'{"seq": 2, "kind": "mar'


def test_damaged_journal_is_not_continued(tmp_path: Path) -> None:
    path = _journal(tmp_path, 3)
    text = path.read_text(encoding="utf-8").replace("Сөйлеуші 1", "Сөйлеуші 9")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(JournalError, match="damaged"):
        HearingJournal(path)


def test_concurrent_appends_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    j = HearingJournal(path)

    def writer(k: int) -> None:
        for i in range(50):
            j.append("marker", {"thread": k, "i": i}, i)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    j.close()
    report = verify_journal(path)
    assert report.ok and report.records == 200


def test_unwritable_folder_gives_clear_message(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="cannot open the journal"):
        HearingJournal(tmp_path / "missing" / "journal.jsonl")
