"""A hostile insider takes the station's own record away or games it (issue #15, the review).

The colleague deletes catalog.sqlite, damages it, empties its accounts or removes trust/ so the
station would look like a demo station where his re-signed package "holds"; he pre-registers a
hearing id so the real hearing's opening is skipped; he re-serialises a sealed hearing's journal
so a protocol is made from the altered folder. Every attack goes through the real `zhazba`
commands in subprocesses, with real seals and loop-mounted media, and must be refused with one
line.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.evidence.register import RegisterError, record_opening
from signing import journal as J
from tests.reliability.test_evidence_guard import rechain, remanifest, resign
from tests.reliability.test_insider import (
    COLLEAGUE_PW,
    SECRETARY_PW,
    _empty,
    _one_refusal,
    court_station,
    medium,
    opened_hearing,
    pki,
    rename_secretary,
    seal,
    zhazba,
)
from tests.support.export_hearing import hearing_with_markers, speech
from tests.support.media import MountedImage
from tests.support.pki import TestPKI
from tests.support.sealing import detached_copy

pytestmark = [pytest.mark.integration]
__all__ = ["medium", "pki"]  # the fixtures, shared with test_insider


def _take_away(station: Path, how: str) -> None:
    cat = station / "catalog.sqlite"
    if how == "delete":
        cat.unlink()
    elif how == "corrupt":
        cat.write_bytes(b"garbage" * 100)
    elif how == "empty":
        db = sqlite3.connect(cat)
        db.execute("DELETE FROM accounts")
        db.commit()
        db.close()
    elif how == "trust":
        shutil.rmtree(station / "trust")


@pytest.mark.parametrize("how", ["delete", "corrupt", "empty", "trust"])
def test_a_court_station_without_its_record_fails_closed(
    tmp_path: Path, pki: TestPKI, medium: MountedImage, how: str
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, closed=True)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = detached_copy(
        hearing.with_name(hearing.name + ".sealed"),
        tmp_path / "attack" / (hearing.name + ".sealed"),
    )
    rename_secretary(pkg, "Беков Д.", closed=False)
    remanifest(pkg)
    resign(pkg, pki.colleague)
    assert zhazba(station, "verify", str(pkg)).returncode == 1
    _take_away(station, how)
    r = zhazba(station, "verify", str(pkg))
    out = r.stdout + r.stderr
    assert r.returncode != 0 and "holds" not in out, out
    assert "NOT proven" in out or "is missing" in out, out
    assert _one_refusal(r.stderr) and "Traceback" not in out
    if how == "corrupt":
        assert "damaged or cannot be read" in r.stderr and "catalog.sqlite" in r.stderr
    r = zhazba(station, "verify", str(pkg), ZHAZBA_LANG="ru")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    to = ("--to", str(medium.mountpoint))
    for extra in ((), ("--participant-copy",)):
        r = zhazba(station, "export", str(pkg), *to, *extra, user="asanova", password=SECRETARY_PW)
        assert r.returncode != 0 and "Traceback" not in r.stderr, r.stdout + r.stderr
        assert _empty(medium)


def test_a_station_that_never_had_accounts_stays_a_demo_station(tmp_path: Path) -> None:
    from app.evidence.station_state import record_problem, was_court_station

    station = tmp_path / "demo"
    station.mkdir()
    assert not was_court_station(station) and record_problem(station) is None


# -- a hearing id is never given twice ---------------------------------------------------------


def test_a_pre_registered_hearing_id_is_never_given_to_the_real_hearing(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    markers = [(48000, speech(1, "Иванов И.", "plaintiff", 2, "first words"))]
    fake = hearing_with_markers(tmp_path / "fake", markers, seconds=1.0)

    def me(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.HEARING_OPENED:
            card = {**rec["data"]["hearing"], "secretary": "Беков Д."}
            rec["data"] = {**rec["data"], "hearing": card}
        return rec

    rechain(fake / "journal.jsonl", me)
    assert record_opening(station, fake, "bekov")
    real = hearing_with_markers(tmp_path / "real", markers, seconds=1.0, closed_hearing=True)
    assert real.name == fake.name
    with pytest.raises(RegisterError, match="already opened on this station"):
        record_opening(station, real, "asanova")
    assert record_opening(station, fake, "bekov")  # the same opening again: recorded already
    # `zhazba record` twice in one minute, the first folder taken away: never the same id
    out = tmp_path / "hearings"
    argv = ("record", "--out", str(out), "--source", "tones", "--channels", "1", "--seconds",
            "1", "--fast", "--no-stdin", "--demo")  # fmt: skip
    r = zhazba(station, *argv, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stderr
    first = next(p for p in out.iterdir() if p.is_dir())  # beside it: the .zhazba-station mark
    shutil.move(str(first), str(tmp_path / "gone"))
    r = zhazba(station, *argv, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stderr
    second = next(p for p in out.iterdir() if p.is_dir())
    assert second.name != first.name
    assert json.loads((second / "hearing.json").read_text(encoding="utf-8"))["id"] == second.name


def test_an_opening_put_in_place_of_the_recorded_one_is_named(tmp_path: Path, pki: TestPKI) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, closed=True)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = detached_copy(
        hearing.with_name(hearing.name + ".sealed"),
        tmp_path / "attack" / (hearing.name + ".sealed"),
    )

    def graft(rec: dict[str, Any]) -> dict[str, Any]:  # same card fields, another opening
        if rec["kind"] == J.HEARING_OPENED:
            rec["data"] = {**rec["data"], "hearing": {**rec["data"]["hearing"], "judge": "X"}}
        return rec

    rechain(pkg / "data" / "journal.jsonl", graft)
    remanifest(pkg)
    resign(pkg, pki.colleague)
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 1, r.stdout
    assert "another opening was put in its place" in r.stdout, r.stdout
    assert "it was rewritten" not in r.stdout


# -- a protocol from a sealed, altered folder whose package was moved away ---------------------


def _rewrite(journal: Path, drop_seal: bool = False) -> None:
    """The marker text altered, the chain recomputed, the lines written with spaces (not as
    Zhazba writes them); ``drop_seal``: the ``sealed`` record cut off too."""
    prev, out = J.GENESIS, []
    for rec in J.read_records(journal):
        if drop_seal and rec["kind"] == J.SEALED:
            continue
        text = json.dumps(rec.get("data"), ensure_ascii=False)
        rec = {**rec, "data": json.loads(text.replace("first words", "I CONFESS EVERYTHING"))}
        rec.pop("hash")
        rec.update(prev=prev, seq=len(out))
        rec["hash"] = J.record_hash(rec)
        prev = rec["hash"]
        out.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
    journal.unlink()
    journal.write_text("\n".join(out) + "\n", encoding="utf-8")


@pytest.mark.parametrize("drop_seal", [False, True])
def test_no_protocol_from_a_sealed_folder_without_its_package(
    tmp_path: Path, pki: TestPKI, drop_seal: bool
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, closed=True)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    shutil.move(str(hearing.with_name(hearing.name + ".sealed")), str(tmp_path / "hidden"))
    _rewrite(hearing / "journal.jsonl", drop_seal)
    assert J.verify_journal(hearing / "journal.jsonl").ok  # the chain itself holds
    out = tmp_path / "after.docx"
    argv = ("protocol", str(hearing), "--out", str(out), "--format", "docx")
    r = zhazba(station, *argv, user="bekov", password=COLLEAGUE_PW)
    assert r.returncode == 1 and "was sealed, but its package" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and not out.exists()
    r = zhazba(station, *argv, user="bekov", password=COLLEAGUE_PW, ZHAZBA_LANG="ru")
    assert r.returncode == 1 and "Traceback" not in r.stderr and not out.exists()
    assert "was sealed" not in r.stderr, r.stderr  # said in Russian
    # a chain that does not hold: refused as such
    journal = hearing / "journal.jsonl"
    journal.write_bytes(journal.read_bytes().replace(b"EVERYTHING", b"NOTHING", 1))
    r = zhazba(station, *argv, user="bekov", password=COLLEAGUE_PW)
    assert r.returncode == 1 and "does not hold" in r.stderr and not out.exists(), r.stderr


def test_the_kk_and_ru_reports_say_which_hearing_and_who_sealed_it(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, closed=True)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = hearing.with_name(hearing.name + ".sealed")
    case = json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))["case_number"]
    wanted = {
        "kk": ("Іс:", "Отырыс:", "Хатшы:", "Қол қойған:", "ЖАБЫҚ"),
        "ru": ("Дело:", "Заседание:", "Секретарь:", "Подписал:", "ЗАКРЫТОЕ"),
    }
    for lang, labels in wanted.items():
        r = zhazba(station, "verify", str(pkg), "--lang", lang)
        assert r.returncode == 0, r.stdout + r.stderr
        head = r.stdout.split("\n\n")[1]
        for label in labels:
            assert label in head, (lang, head)
        assert case in head and hearing.name in head and "ASANOVA AIGERIM" in head, head
        assert "Secretary:" not in r.stdout
