"""The station catalog: schema migrations, WAL, hearings and their search, the copy register and
self-check tables, and rebuilding the hearings from folders and sealed packages."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import bagit
import pytest

from app.catalog.registers import (
    CopyApplication,
    add_copy_application,
    add_selfcheck,
    list_copy_applications,
    list_selfchecks,
    update_copy_application,
)
from app.catalog.schema import MIGRATIONS
from app.catalog.store import Catalog, CatalogError, HearingRecord, Participant
from signing.journal import HearingJournal


def hearing(hid: str, case: str, date: str, *people: str, state: str = "ended") -> HearingRecord:
    return HearingRecord(
        id=hid, folder=f"/hearings/{hid}", case_number=case, date=date, courtroom="204",
        category="civil", instance="first", judge="Сейітқали Ә.", secretary="Омарова Г.",
        participants=[Participant(p, "witness") for p in people], state=state,
    )  # fmt: skip


def test_new_catalog_is_wal_at_the_latest_schema_and_reopens(tmp_path: Path) -> None:
    with Catalog(tmp_path / "c.sqlite") as catalog:
        assert catalog.schema_version == len(MIGRATIONS)
        assert catalog.query("PRAGMA journal_mode")[0][0] == "wal"
        catalog.upsert_hearing(hearing("h1", "7199-26-00-2/1234", "2026-11-21", "Ахметов Б."))
    with Catalog(tmp_path / "c.sqlite") as again:
        assert again.get_hearing("h1") is not None


def test_an_old_catalog_is_migrated_step_by_step(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "c.sqlite")
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO hearings (id, folder, state) VALUES ('old', '/h/old', 'sealed')")
    db.commit()
    db.close()
    with Catalog(tmp_path / "c.sqlite") as catalog:
        assert catalog.schema_version == len(MIGRATIONS) >= 2
        assert catalog.get_hearing("old") is not None
        assert catalog.query("SELECT COUNT(*) FROM media_writes")[0][0] == 0


def test_a_catalog_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "c.sqlite")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(CatalogError, match="newer than this program"):
        Catalog(tmp_path / "c.sqlite")


def test_search_by_case_date_participant_and_state(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    catalog.upsert_hearing(hearing("a", "7199-26-00-2/1234", "2026-11-21", "Ахметов Бауыржан"))
    catalog.upsert_hearing(hearing("b", "7199-26-00-2/1299", "2026-11-22", "Smith John"))
    catalog.upsert_hearing(hearing("c", "1-55-26", "2026-10-01", "ахметова а.", state="sealed"))

    def ids(**criteria: str) -> list[str]:
        return [h.id for h in catalog.search(**criteria)]

    assert ids(case_number="1234") == ["a"]
    assert ids(case_number="7199-26-00-2") == ["b", "a"]  # newest first
    assert ids(case_number=" 7199-26-00-2 / 12") == ["b", "a"]  # spaces ignored
    assert ids(date="2026-11-22") == ["b"]
    assert ids(date_from="2026-11-01", date_to="2026-11-21") == ["a"]
    assert ids(participant="АХМЕТОВ") == ["a", "c"]  # Cyrillic case-insensitive
    assert ids(participant="smith") == ["b"]
    assert ids(participant="омарова") == ["b", "a", "c"]  # the secretary is found too
    assert ids(state="sealed") == ["c"]
    assert ids(case_number="1234", participant="smith") == []
    assert ids(case_number="%") == []  # LIKE wildcards are plain characters


def test_state_moves_stamp_times_and_package(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    catalog.upsert_hearing(hearing("a", "1", "2026-11-21", state="recording"))
    catalog.set_state("a", "ended")
    catalog.set_state("a", "sealed", package="/packages/a")
    rec = catalog.get_hearing("a")
    assert rec is not None and rec.state == "sealed" and rec.package == "/packages/a"
    assert rec.ended_utc and rec.sealed_utc and rec.uploaded_utc is None
    assert catalog.set_state("a", "uploaded") == "uploaded"
    assert catalog.set_state("a", "exported") == "uploaded"  # exported after the upload
    rec = catalog.get_hearing("a")
    assert rec is not None and rec.state == "uploaded" and rec.exported_utc and rec.uploaded_utc
    with pytest.raises(ValueError):
        catalog.set_state("a", "lost")
    with pytest.raises(CatalogError):
        catalog.set_state("nope", "ended")


def test_copy_register_and_selfcheck_history(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    number = add_copy_application(
        catalog,
        CopyApplication(
            applicant="Ахметов Б.", applicant_role="plaintiff", case_number="2-1234",
            received_date="2026-11-23", category="civil", form="appendix-1",
            deadline="2026-11-30",
        ),
    )  # fmt: skip
    add_copy_application(
        catalog, CopyApplication("Smith J.", "2-9999", "2026-11-24", category="civil")
    )
    update_copy_application(
        catalog, number, issued_what="audio copy", issued_medium="USB flash 8 GB",
        issued_utc="2026-11-25T10:00:00Z", receipt="received, signed",
    )  # fmt: skip
    with pytest.raises(ValueError):
        update_copy_application(catalog, number, applicant="someone else")
    open_ones = list_copy_applications(catalog, not_issued=True)
    assert [a.applicant for a in open_ones] == ["Smith J."]
    [done] = list_copy_applications(catalog, case_number="2-1234")
    assert done.receipt == "received, signed" and done.deadline == "2026-11-30"

    add_selfcheck(catalog, "tech1", [{"check": "mic 1", "verdict": "pass"}], True, "2026-11-20")
    add_selfcheck(catalog, "tech1", [{"check": "mic 2", "verdict": "fail"}], False, "2026-11-21")
    latest = list_selfchecks(catalog)
    assert [e.passed for e in latest] == [False, True]
    assert latest[0].results[0]["check"] == "mic 2"


def write_folder(root: Path, hid: str, *, ended: bool, sealed: bool = False) -> Path:
    folder = root / hid
    folder.mkdir(parents=True)
    doc = {
        "id": hid, "case_number": f"case-{hid}", "date": "2026-11-21", "courtroom": "1",
        "participants": [{"role": "witness", "name": "Жанна"}], "finished": False,
    }  # fmt: skip
    (folder / "hearing.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with HearingJournal(folder / "journal.jsonl") as journal:
        journal.append("hearing_opened", {"hearing": doc})
        if ended:
            journal.append("recording_ended", {"frames": 10}, frame=10)
        if sealed:
            journal.append("sealed", {"files": {}, "signer": "x"})
    return folder


def test_rebuild_from_folders_and_packages(tmp_path: Path) -> None:
    root = tmp_path / "hearings"
    write_folder(root, "rec", ended=False)
    write_folder(root, "end", ended=True)
    write_folder(root, "both", ended=True)
    packaged = write_folder(tmp_path / "pkg", "both", ended=True, sealed=True)
    bagit.make_bag(str(packaged), checksums=["sha256"])
    packaged.rename(root / "packages-both")
    (root / "broken").mkdir()
    (root / "broken" / "hearing.json").write_text("{not json", encoding="utf-8")

    catalog = Catalog(tmp_path / "c.sqlite")
    catalog.upsert_hearing(hearing("gone", "x", "2026-01-01"))
    catalog.upsert_hearing(hearing("end", "case-end", "2026-11-21", state="exported"))
    catalog.set_state("end", "exported")
    report = catalog.rebuild_from_folders(root)

    assert report.hearings == 3
    assert any("broken" in p for p in report.problems)
    states = {h.id: h.state for h in catalog.list_hearings()}
    assert states == {"rec": "recording", "end": "exported", "both": "sealed"}
    both = catalog.get_hearing("both")
    assert both is not None
    assert both.folder == str(root / "both") and both.package == str(root / "packages-both")
    assert [p.name for p in both.participants] == ["Жанна"]
    assert sorted(h.id for h in catalog.search(participant="жанна")) == ["both", "end", "rec"]


def test_register_one_folder_then_its_package(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    folder = write_folder(tmp_path / "hearings", "h1", ended=False)
    assert catalog.register_folder(folder).state == "recording"
    with HearingJournal(folder / "journal.jsonl") as journal:
        journal.append("recording_ended", {"frames": 10}, frame=10)
    assert catalog.register_folder(folder).state == "ended"
    package = write_folder(tmp_path / "pkg", "h1", ended=True, sealed=True)
    bagit.make_bag(str(package), checksums=["sha256"])
    catalog.register_folder(package)
    rec = catalog.get_hearing("h1")
    assert rec is not None and rec.state == "sealed"
    assert rec.folder == str(folder) and rec.package == str(package)
    with pytest.raises(CatalogError, match="neither a hearing folder"):
        catalog.register_folder(tmp_path)
