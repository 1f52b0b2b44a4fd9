"""A hostile insider with the station's files and a court certificate of his own (issue #15).

A colleague holds a certificate from the SAME court CA as the secretary. He rewrites the
secretary's name or the closed flag in hearing.json, the journal and bag-info, recomputes the
chain and manifests and re-signs; he forges a ``signer_substituted`` record; he deletes or
extends the station's trust store; he seals with a CA certificate. Every attack goes through the
real `zhazba` commands in subprocesses on a station with accounts (court mode), and must be
refused with one line saying what is wrong — checked against the station's own record of the
hearing (app/evidence/register.py), which his key cannot rewrite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization

from app.accounts.roles import AccountStore
from app.catalog.store import Catalog
from app.evidence.binding import subject_key
from app.evidence.register import id_taken_check
from signing import journal as J
from tests.reliability.test_evidence_guard import _openssl_route, rechain, remanifest, resign
from tests.support.export_hearing import hearing_with_markers, speech
from tests.support.media import MountedImage, ext4_medium, media_unavailable
from tests.support.pki import PASSWORD, TestPKI, shared_pki
from tests.support.sealing import detached_copy
from tests.support.station_record import opened_as_recorded

pytestmark = [pytest.mark.integration]

SECRETARY_PW = "secretary-pw-1"
COLLEAGUE_PW = "colleague-pw-1"
ADMIN_PW = "admin-pw-1"


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return shared_pki()


def zhazba(station: Path, *argv: str, user: str = "", password: str = "", **env: str) -> Any:
    """`zhazba ARGV` in a subprocess on ``station``, signed in as ``user``."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("ZHAZBA_")}
    full.update(ZHAZBA_STATION=str(station), ZHAZBA_DEMO="1", **env)
    if user:
        full.update(ZHAZBA_USER=user, ZHAZBA_PASSWORD=password)
    return subprocess.run(
        [sys.executable, "-m", "app", *argv], capture_output=True, text=True, timeout=300,
        env=full,
    )  # fmt: skip


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def court_station(tmp: Path, pki: TestPKI, secretary: str) -> Path:
    """Accounts: the secretary, a colleague secretary (same CA), an administrator; the court
    chain installed by the administrator through `zhazba trust install`."""
    station = tmp / "station"
    station.mkdir()
    with Catalog(station / "catalog.sqlite") as c:
        store = AccountStore(c, scrypt_n=2**12)
        store.create("asanova", "secretary", password=SECRETARY_PW, display_name=secretary,
                     certificate_subject=subject_key(pki.secretary.cert))  # fmt: skip
        store.create("bekov", "secretary", password=COLLEAGUE_PW, display_name="Беков Д.",
                     certificate_subject=subject_key(pki.colleague.cert))  # fmt: skip
        store.create("admin", "administrator", password=ADMIN_PW)
    chain = pki.write_chain(tmp / "chain.pem")
    r = zhazba(station, "trust", "install", str(chain), user="admin", password=ADMIN_PW)
    assert r.returncode == 0, r.stderr
    return station


def opened_hearing(
    tmp: Path, station: Path, closed: bool = False, signed_in: str = "asanova"
) -> Path:
    """A finished hearing the station opened (its record written, as `zhazba record` does)."""
    markers = [(48000, speech(1, "Иванов И.", "plaintiff", 2, "first words"))]
    hearing = hearing_with_markers(tmp / "h", markers, seconds=3.0, closed_hearing=closed)
    if id_taken_check(station)(hearing.name):  # as session creation does: never an id twice
        hearing = _renamed(hearing, hearing.name + "-2")
    assert secretary_of(hearing) == "ASANOVA AIGERIM"
    assert opened_as_recorded(station, hearing, signed_in)
    return hearing


def _renamed(hearing: Path, new_id: str) -> Path:
    """The hearing under another id (folder, hearing.json, the journal's opening, chained)."""
    doc = json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))
    (hearing / "hearing.json").write_text(json.dumps({**doc, "id": new_id}, ensure_ascii=False))

    def edit(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.HEARING_OPENED:
            rec["data"] = {**rec["data"], "hearing": {**rec["data"]["hearing"], "id": new_id}}
        return rec

    rechain(hearing / "journal.jsonl", edit)
    return hearing.rename(hearing.with_name(new_id))


def secretary_of(hearing: Path) -> str:
    return str(json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))["secretary"])


def seal(
    station: Path, tmp: Path, hearing: Path, who: Any, user: str, pw: str, *extra: str,
    **env: str,
) -> Any:  # fmt: skip
    key = _write(tmp / f"{user}.p12", who.p12())
    return zhazba(
        station, "seal", str(hearing), "--key", str(key), *extra, user=user, password=pw,
        ZHAZBA_KEY_PASSWORD=PASSWORD, **env,
    )  # fmt: skip


def rename_secretary(pkg: Path, name: str, closed: bool | None = None) -> None:
    """hearing.json, the journal (chain recomputed) and bag-info say ``name``."""
    data = pkg / "data" if (pkg / "data").is_dir() else pkg
    doc = json.loads((data / "hearing.json").read_text(encoding="utf-8"))
    doc["secretary"] = name
    if closed is not None:
        doc["closed_hearing"] = closed
    (data / "hearing.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    def edit(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.HEARING_OPENED:
            card = {**rec["data"]["hearing"], "secretary": name}
            if closed is not None:
                card["closed_hearing"] = closed
            rec["data"] = {**rec["data"], "hearing": card}
        return rec

    rechain(data / "journal.jsonl", edit)
    info = pkg / "bag-info.txt"
    if info.is_file():
        lines = [
            f"Secretary: {name}" if line.startswith("Secretary:") else line
            for line in info.read_text(encoding="utf-8").splitlines()
        ]
        if closed is not None:
            lines = [
                f"Closed-Hearing: {'yes' if closed else 'no'}"
                if line.startswith("Closed-Hearing:") else line
                for line in lines
            ]  # fmt: skip
        info.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def medium(tmp_path: Path) -> Any:
    if media_unavailable() is not None:
        pytest.fail(f"loop-mounted media are needed: {media_unavailable()}")
    m = ext4_medium(tmp_path, "32M", "INSIDER")
    yield m
    m.cleanup()


def _one_refusal(err: str) -> bool:
    """Exactly one line of refusal (after the key's description), no traceback."""
    return err.count("zhazba:") == 1 and err.endswith("\n") and "Traceback" not in err


def _empty(m: MountedImage) -> bool:
    return [p.name for p in m.mountpoint.iterdir() if p.name != "lost+found"] == []


# -- 1. the colleague rewrites who the secretary is and re-signs ------------------------------


def test_a_colleague_renaming_the_secretary_and_resigning_fails_on_the_station(
    tmp_path: Path, pki: TestPKI, medium: MountedImage
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    r = seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stderr
    pkg = detached_copy(
        hearing.with_name(hearing.name + ".sealed"),
        tmp_path / "attack" / (hearing.name + ".sealed"),
    )
    rename_secretary(pkg, "Беков Д.")  # the colleague's own registered account name
    remanifest(pkg)
    resign(pkg, pki.colleague)
    assert _openssl_route(pkg, tmp_path / "chain.pem") == 0  # the README's route: not caught
    r = zhazba(station, "verify", str(pkg), "--json")
    assert r.returncode == 1, r.stdout
    doc = json.loads(r.stdout)
    codes = {p["code"] for p in doc["problems"]}
    assert {"hearing_register_mismatch", "signer_not_secretary"} <= codes, doc["problems"]
    assert doc["binding"]["source"] == "station"
    assert doc["binding"]["secretary"] == secretary_of(hearing) != "Беков Д."
    r = zhazba(
        station, "export", str(pkg), "--to", str(medium.mountpoint),
        user="asanova", password=SECRETARY_PW,
    )  # fmt: skip
    assert r.returncode == 1 and "did NOT verify" in r.stdout + r.stderr, r.stdout + r.stderr
    assert _empty(medium)
    # off the station the report says plainly what was (not) checked
    chain = tmp_path / "chain.pem"
    r = zhazba(tmp_path / "elsewhere", "verify", str(pkg), "--ca", str(chain), "--json")
    doc = json.loads(r.stdout)
    assert doc["binding"]["source"] == "package"
    assert any("Only 'signed by a holder of a court certificate' is proven" in n
               for n in doc["notes"]), doc["notes"]  # fmt: skip


def test_a_colleague_renaming_the_secretary_before_the_seal_cannot_seal(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    rename_secretary(hearing, "Беков Д.")
    r = seal(station, tmp_path, hearing, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4, r.stderr
    assert "differs from what this station recorded" in r.stderr, r.stderr
    assert _one_refusal(r.stderr)
    assert not hearing.with_name(hearing.name + ".sealed").exists()
    # in Russian, one line and no English
    r = seal(station, tmp_path, hearing, pki.colleague, "bekov", COLLEAGUE_PW, ZHAZBA_LANG="ru")
    assert r.returncode == 4 and "Не опечатано" in r.stderr, r.stderr


def test_a_colleague_who_opened_a_hearing_naming_the_secretary_cannot_seal_it(
    tmp_path: Path, pki: TestPKI
) -> None:
    """Signed in himself, he opens a hearing whose card names the secretary: it is bound to her
    account, not to whoever was signed in."""
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, signed_in="bekov")
    r = seal(station, tmp_path, hearing, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4 and "NOT the hearing's secretary" in r.stderr, r.stderr
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0


# -- 2. the closed flag comes from the station's record ---------------------------------------


def test_a_closed_hearing_reopened_and_resigned_gets_no_participant_copy(
    tmp_path: Path, pki: TestPKI, medium: MountedImage
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, closed=True)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = detached_copy(
        hearing.with_name(hearing.name + ".sealed"),
        tmp_path / "attack" / (hearing.name + ".sealed"),
    )
    rename_secretary(pkg, secretary_of(pkg / "data"), closed=False)
    remanifest(pkg)
    resign(pkg, pki.colleague)
    assert _openssl_route(pkg, tmp_path / "chain.pem") == 0  # not caught
    r = zhazba(
        station, "export", str(pkg), "--to", str(medium.mountpoint), "--participant-copy",
        user="asanova", password=SECRETARY_PW,
    )  # fmt: skip
    out = r.stdout + r.stderr
    assert r.returncode == 1 and "closed: True" in out, out
    assert _empty(medium)


# -- 3. a forged substitution ------------------------------------------------------------------


def test_a_forged_substitution_is_refused_and_an_authorised_one_holds(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    # the colleague journals "I substitute" himself: refused, nothing journaled
    before = (hearing / "journal.jsonl").read_bytes()
    r = seal(station, tmp_path, hearing, pki.colleague, "bekov", COLLEAGUE_PW,
             "--substitute-why", "ill", "--ordered-by", "the judge")  # fmt: skip
    assert r.returncode == 4 and "no administrator authorised" in r.stderr, r.stderr
    assert (hearing / "journal.jsonl").read_bytes() == before
    # he writes the record into the journal by hand, then seals: still refused
    forged = {
        "who": "BEKOV",
        "why": "ill",
        "ordered_by": "judge",
        "certificate_sha256": pki.colleague.cert.fingerprint(hashes.SHA256()).hex(),
        "certificate_subject": subject_key(pki.colleague.cert),
    }
    with J.HearingJournal(hearing / "journal.jsonl") as jr:
        jr.append("signer_substituted", forged)
    r = seal(station, tmp_path, hearing, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4 and "forged" in r.stderr, r.stderr
    assert _one_refusal(r.stderr)


def test_a_substitution_the_administrator_authorised_holds(tmp_path: Path, pki: TestPKI) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    station_h2 = opened_hearing(tmp_path, station)
    cert = _write(tmp_path / "colleague.pem",
                  pki.colleague.cert.public_bytes(serialization.Encoding.PEM))  # fmt: skip
    r = zhazba(station, "trust", "substitute", str(station_h2), "--certificate", str(cert),
               "--why", "the secretary fell ill", "--ordered-by", "Judge Seitkali",
               user="bekov", password=COLLEAGUE_PW)  # fmt: skip
    assert r.returncode == 6, r.stderr  # a secretary may not authorise it
    r = zhazba(station, "trust", "substitute", str(station_h2), "--certificate", str(cert),
               "--why", "the secretary fell ill", "--ordered-by", "Judge Seitkali",
               user="admin", password=ADMIN_PW)  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = seal(station, tmp_path, station_h2, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 0, r.stderr
    pkg = station_h2.with_name(station_h2.name + ".sealed")
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 0, r.stdout
    assert "authorised on this station by admin" in r.stdout, r.stdout


# -- 5, 6. the trust store: missing, or extended outside `zhazba trust install` ---------------


def test_the_trust_store_deleted_or_extended_fails_closed(tmp_path: Path, pki: TestPKI) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = hearing.with_name(hearing.name + ".sealed")
    assert zhazba(station, "verify", str(pkg)).returncode == 0
    store = station / "trust" / "court-ca.pem"
    good = store.read_bytes()
    store.chmod(0o644)
    store.write_bytes(good + pki.other_root.cert_pem())  # a look-alike CA appended
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 7 and "changed outside `zhazba trust install`" in r.stderr, r.stderr
    assert str(store) in r.stderr and _one_refusal(r.stderr)
    store.unlink()
    for argv in (("verify", str(pkg)), ("trust", "show")):
        r = zhazba(station, *argv)
        assert r.returncode == 7 and f"{store} is missing" in r.stderr, r.stderr
    r = zhazba(station, "verify", str(pkg), ZHAZBA_LANG="kk")
    assert r.returncode == 7 and "станцияда жоқ" in r.stderr, r.stderr
    assert not any("a" <= c <= "z" for c in r.stderr.split(str(store))[0].split("zhazba:")[1])
    r2 = seal(station, tmp_path, opened_hearing(tmp_path / "b", station), pki.secretary,
              "asanova", SECRETARY_PW)  # fmt: skip
    assert r2.returncode == 7 and "is missing" in r2.stderr, r2.stderr
    # the administrator installs it again: verification holds again
    r = zhazba(station, "trust", "install", str(tmp_path / "chain.pem"), user="admin",
               password=ADMIN_PW)  # fmt: skip
    assert r.returncode == 0 and zhazba(station, "verify", str(pkg)).returncode == 0


# -- 10. a CA certificate does not seal --------------------------------------------------------


def test_a_ca_certificate_does_not_seal(tmp_path: Path, pki: TestPKI) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    r = seal(station, tmp_path, hearing, pki.intermediate, "asanova", SECRETARY_PW)
    assert r.returncode == 3 and "certification authority's" in r.stderr, r.stderr
    assert not hearing.with_name(hearing.name + ".sealed").exists()


# -- 7. files planted in the hearing folder are not sealed --------------------------------------


def test_files_planted_beside_the_audio_are_not_sealed(tmp_path: Path, pki: TestPKI) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    (hearing / "notes.txt").write_text("the judge said nothing of the kind", encoding="utf-8")
    (hearing / "protocol").mkdir(exist_ok=True)
    (hearing / "protocol" / "statement.pdf").write_bytes(b"%PDF-1.4 forged")
    r = seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stderr
    assert "not sealed, as neither the journal nor the station names them" in r.stderr
    pkg = hearing.with_name(hearing.name + ".sealed")
    assert not (pkg / "data/notes.txt").exists()
    assert not (pkg / "data/protocol/statement.pdf").exists()
    assert "notes.txt" not in (pkg / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert zhazba(station, "verify", str(pkg)).returncode == 0


# -- 8. unnamed audio and names that differ only in case, in a re-signed package ---------------


def test_unnamed_and_case_duplicate_audio_are_named_before_a_fat_copy(
    tmp_path: Path, pki: TestPKI
) -> None:
    from tests.support.media import fat_medium, fat_unavailable

    if fat_unavailable() is not None:
        pytest.fail(f"a FAT medium is needed: {fat_unavailable()}")
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = detached_copy(
        hearing.with_name(hearing.name + ".sealed"),
        tmp_path / "attack" / (hearing.name + ".sealed"),
    )
    first = sorted((pkg / "data/audio").glob("*.flac"))[0]
    _write(pkg / "data/audio/0002.flac", first.read_bytes())  # audio the journal never names
    _write(first.with_suffix(".FLAC"), first.read_bytes()[:-100])  # one letter's case apart
    remanifest(pkg)
    resign(pkg, pki.colleague)
    assert _openssl_route(pkg, tmp_path / "chain.pem") == 0  # not caught
    r = zhazba(tmp_path / "elsewhere", "verify", str(pkg), "--ca", str(tmp_path / "chain.pem"),
               "--json")  # fmt: skip
    assert r.returncode == 1
    codes = {p["code"] for p in json.loads(r.stdout)["problems"]}
    assert {"name_unlisted", "name_case_duplicate"} <= codes, codes
    m = fat_medium(tmp_path, "32M", "CASEFAT")
    try:
        r = zhazba(
            station, "export", str(pkg), "--to", str(m.mountpoint),
            user="asanova", password=SECRETARY_PW,
        )  # fmt: skip
        out = r.stdout + r.stderr
        assert r.returncode == 1 and "differ only in upper and lower case" in out, out
        assert "Traceback" not in out
        assert _empty(m)
    finally:
        m.cleanup()


# -- 9. a document from a sealed hearing folder is checked against its package ----------------


def test_a_protocol_from_a_sealed_folder_is_checked_against_the_package(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    out = tmp_path / "p.pdf"
    argv = ("protocol", str(hearing), "--lang", "ru", "--format", "pdf", "--out", str(out))
    r = zhazba(station, *argv, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stderr
    # the insider replaces the folder's journal (its hard link is read-only; a new file is not)
    journal = hearing / "journal.jsonl"
    data = journal.read_bytes().replace(b"first words", b"other words")
    journal.unlink()
    journal.write_bytes(data)
    out.unlink()
    r = zhazba(station, *argv, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 1 and "differs from its sealed package" in r.stderr, r.stderr
    assert not out.exists()
    # the package beside it altered: refused with the verdict
    pkg = hearing.with_name(hearing.name + ".sealed")
    pkg.chmod(0o755)
    (pkg / "data/notes.txt").write_text("planted", encoding="utf-8")
    r = zhazba(station, *argv, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 1 and "did NOT verify" in r.stderr, r.stderr


# -- a hearing held unrecorded is opened on the station too, and its secretary seals it ---------


def test_a_hearing_not_recorded_is_in_the_station_record(tmp_path: Path, pki: TestPKI) -> None:
    from app.evidence.register import station_record
    from tests.support.documents_fixture import hearing_json

    doc = hearing_json(category="civil")
    station = court_station(tmp_path, pki, str(doc["secretary"]))
    details = _write(tmp_path / "h.json", json.dumps(doc, ensure_ascii=False).encode())
    r = zhazba(
        station, "not-recorded", "--out", str(tmp_path / "hearings"), "--hearing", str(details),
        "--ground", "civil_no_summons", "--json", user="asanova", password=SECRETARY_PW,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    folder = Path(json.loads(r.stdout.strip().splitlines()[-1])["folder"])
    opening = station_record(station, folder.name).opening
    assert opening is not None and opening["account"] == "asanova", opening
    assert opening["secretary"] == doc["secretary"] and opening["closed_hearing"] is False
