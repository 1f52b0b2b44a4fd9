"""Tamper and misuse: each attack of issue #15 performed through the real commands.

An attacker with the station's files but not the secretary's key plants a file, recomputes the
manifests, edits hearing.json, re-signs with another key, links or plants a FIFO, or names a file
outside the package in the journal. Every path that gives evidence out must refuse with the
verdict: `zhazba export` (case-file and participant copy) onto a loop-mounted ext4 medium, the
archive upload to the real Ceph RGW, `zhazba protocol` from a package; and `zhazba seal` must
refuse weak, self-signed and foreign keys. The medium must stay without a copy, the archive
without an object, and the refusal must be in the media-write log.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.archive.s3 import make_client
from app.archive.settings import ArchiveSettings
from app.archive.upload import Archiver
from app.catalog.store import Catalog
from app.cli.commands import main
from app.copies.medium import ExportError
from app.copies.participant import build_participant_copy
from app.copies.write_log import list_media_writes
from app.evidence.verify import verify_package
from signing import journal as J
from signing.cades import SIGNATURE_FILE, SIGNED_FILE, RsaCadesSigner
from signing.keys import load_pkcs12
from signing.seal import manifest_text, seal_hearing
from tests.support.export_hearing import hearing_with_markers
from tests.support.media import MountedImage, ext4_medium, media_unavailable
from tests.support.pki import DAY, NOW, PASSWORD, Issued, TestPKI, make_pki
from tests.support.sealing import detached_copy, open_and_closed, signer_for
from tests.support.station_record import opened_as_recorded

pytestmark = [pytest.mark.integration]


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> dict[str, Path]:
    return open_and_closed(tmp_path_factory.mktemp("guard"), pki)


@pytest.fixture
def medium(tmp_path: Path) -> Iterator[MountedImage]:
    if media_unavailable() is not None:
        pytest.fail(f"loop-mounted media are needed: {media_unavailable()}")
    m = ext4_medium(tmp_path, "32M", "GUARD")
    yield m
    m.cleanup()


def CHAIN(world: dict[str, Path]) -> str:  # noqa: N802 - reads like a constant
    return str(world["chain"])


def _copy(world: dict[str, Path], which: str, tmp: Path) -> Path:
    src = world[which]
    return detached_copy(src, tmp / "attack" / src.name)


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def remanifest(pkg: Path) -> None:
    """The attacker recomputes both manifests over what is now in data/ (the signature stays)."""
    payload = {
        p.relative_to(pkg).as_posix(): _sha(p)
        for p in sorted((pkg / "data").rglob("*"))
        if p.is_file()
    }
    (pkg / "manifest-sha256.txt").write_text(manifest_text(payload), encoding="utf-8")
    tags = {n: _sha(pkg / n) for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")}
    (pkg / SIGNED_FILE).write_text(manifest_text(tags), encoding="utf-8")


def resign(pkg: Path, who: Issued) -> None:
    der = signer_for(who).sign_detached((pkg / SIGNED_FILE).read_bytes()).der
    (pkg / SIGNATURE_FILE).write_bytes(der)


def rechain(journal: Path, edit: Any) -> None:
    """Rewrite the journal with ``edit(record)`` applied, recomputing the hash chain."""
    records = J.read_records(journal)
    prev = J.GENESIS
    lines = []
    for rec in records:
        rec = edit(dict(rec))
        rec.pop("hash", None)
        rec["prev"] = prev
        rec["hash"] = J.record_hash(rec)
        prev = rec["hash"]
        lines.append(json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    journal.write_text("\n".join(lines) + "\n", encoding="utf-8")


def export(
    capsys: pytest.CaptureFixture[str], pkg: Path, medium: Path, station: Path, *extra: str
) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["export", str(pkg), "--to", str(medium), "--station", str(station), *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


def assert_refused(code: int, text: str, medium: MountedImage, *words: str) -> None:
    assert code == 1, text
    assert "did NOT verify" in text, text
    for w in words:
        assert w in text, f"{w!r} not in:\n{text}"
    left = [p.name for p in medium.mountpoint.iterdir() if p.name != "lost+found"]
    assert left == [], f"something reached the medium: {left}"


def _edit_hearing_json(pkg: Path, **changes: Any) -> None:
    p = pkg / "data/hearing.json"
    doc = json.loads(p.read_text(encoding="utf-8"))
    doc.update(changes)
    p.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- the case-file copy and the participant copy, onto a real medium ---------------------------


def test_planted_file_is_not_exported(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any
) -> None:
    pkg = _copy(world, "open", tmp_path)
    (pkg / "data/audio/9999.flac").write_bytes(b"planted")
    code, text = export(
        capsys, pkg, medium.mountpoint, tmp_path / "st", "--ca", str(world["chain"])
    )
    assert_refused(code, text, medium, "data/audio/9999.flac is an EXTRA file")
    with Catalog(tmp_path / "st" / "catalog.sqlite") as c:
        [w] = list_media_writes(c)
    assert w.outcome == "failed" and w.code == "not_verified"


def test_recomputed_manifests_with_the_old_signature_are_not_exported(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any
) -> None:
    pkg = _copy(world, "open", tmp_path)
    (pkg / "data/audio/9999.flac").write_bytes(b"planted")
    remanifest(pkg)
    code, text = export(
        capsys, pkg, medium.mountpoint, tmp_path / "st", "--ca", str(world["chain"])
    )
    assert_refused(code, text, medium, "does NOT cover tagmanifest-sha256.txt")


def test_closed_hearing_opened_by_editing_hearing_json_is_refused(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any, pki: TestPKI
) -> None:
    pkg = _copy(world, "closed", tmp_path)
    _edit_hearing_json(pkg, closed_hearing=False)
    code, text = export(capsys, pkg, medium.mountpoint, tmp_path / "st", "--participant-copy")
    assert_refused(code, text, medium, "data/hearing.json was ALTERED")
    # even re-sealed by a colleague's key of the same court CA, the journal still says closed
    remanifest(pkg)
    resign(pkg, pki.colleague)
    code, text = export(
        capsys, pkg, medium.mountpoint, tmp_path / "st", "--participant-copy",
        "--ca", str(world["chain"]),
    )  # fmt: skip
    assert_refused(code, text, medium, "hearing.json was CHANGED after the hearing was opened")
    assert "closed_hearing" in text


def test_closed_hearing_participant_copy_is_refused_by_the_journal(
    tmp_path: Path, world: dict[str, Path]
) -> None:
    """Second line of defence: the copy itself reads the journal's closed flag."""
    pkg = _copy(world, "closed", tmp_path)
    _edit_hearing_json(pkg, closed_hearing=False)
    with pytest.raises(ExportError, match="closed"):
        build_participant_copy(pkg, tmp_path / "out")


def test_foreign_key_reseal_is_refused(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any, pki: TestPKI
) -> None:
    pkg = _copy(world, "open", tmp_path)
    note = pkg / "data/hearing.json"
    _edit_hearing_json(pkg, courtroom="999")
    rechain(pkg / "data/journal.jsonl", _courtroom_999)
    remanifest(pkg)
    resign(pkg, pki.stranger)
    code, text = export(
        capsys, pkg, medium.mountpoint, tmp_path / "st", "--ca", str(world["chain"])
    )
    assert_refused(code, text, medium, "does NOT lead to a trusted root")
    assert note.exists()


def _courtroom_999(rec: dict[str, Any]) -> dict[str, Any]:
    if rec["kind"] == J.HEARING_OPENED:
        rec["data"] = {"hearing": {**rec["data"]["hearing"], "courtroom": "999"}}
    return rec


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_links_and_fifos_are_never_copied(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any, kind: str
) -> None:
    pkg = _copy(world, "open", tmp_path)
    target = pkg / "data/audio/extra.flac"
    if kind == "symlink":
        secret = tmp_path / "secret.flac"
        secret.write_bytes(b"not evidence")
        target.symlink_to(secret)
    else:
        os.mkfifo(target)
    code, text = export(
        capsys, pkg, medium.mountpoint, tmp_path / "st", "--ca", str(world["chain"])
    )
    kind_word = "symbolic link" if kind == "symlink" else "FIFO"
    assert_refused(code, text, medium, f"data/audio/extra.flac is a {kind_word}")


def test_journal_naming_a_file_outside_the_package_is_refused(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any, pki: TestPKI
) -> None:
    (tmp_path / "other.flac").write_bytes(b"someone else's hearing")
    pkg = _copy(world, "open", tmp_path)

    def outside(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.SEGMENT_CLOSED and "audio/0001.flac" in rec["data"]["files"]:
            files = dict(rec["data"]["files"])
            files["../../../other.flac"] = files.pop("audio/0001.flac")
            rec["data"] = {**rec["data"], "files": files}
        return rec

    rechain(pkg / "data/journal.jsonl", outside)
    remanifest(pkg)
    resign(pkg, pki.secretary)  # even with the secretary's own key
    code, text = export(
        capsys,
        pkg,
        medium.mountpoint,
        tmp_path / "st",
        "--participant-copy",
        "--ca",
        str(world["chain"]),
    )
    assert_refused(code, text, medium, "points outside the package: ../../../other.flac")
    with pytest.raises(ExportError, match="outside the package"):
        build_participant_copy(pkg, tmp_path / "out")


def test_protocol_from_a_tampered_package_is_refused(
    tmp_path: Path, world: dict[str, Path], capsys: Any
) -> None:
    pkg = _copy(world, "open", tmp_path)
    _edit_hearing_json(pkg, case_number="1-1/2026")
    capsys.readouterr()
    code = main(
        ["protocol", str(pkg), "--lang", "ru", "--format", "pdf", "--out", str(tmp_path / "p.pdf")]
    )
    err = capsys.readouterr().err
    assert code == 1 and "did NOT verify" in err and "hearing.json was ALTERED" in err
    assert not (tmp_path / "p.pdf").exists()


# -- sealing refuses keys that must not seal ----------------------------------------------------


def _key_file(tmp: Path, bits: int, issuer: Issued | None, name: str) -> Path:
    if bits < 1024:  # cryptography no longer makes such keys; openssl still does
        pem = tmp / f"{name}.key.pem"
        subprocess.run(
            ["openssl", "genrsa", "-out", str(pem), str(bits)], check=True, capture_output=True
        )
        key = serialization.load_pem_private_key(pem.read_bytes(), None)
        assert isinstance(key, rsa.RSAPrivateKey)
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - DAY)
        .not_valid_after(NOW + 30 * DAY)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(issuer.key if issuer else key, hashes.SHA256())
    )
    chain = [issuer.cert, *issuer.chain] if issuer else None
    data = pkcs12.serialize_key_and_certificates(
        b"k", key, cert, chain, serialization.BestAvailableEncryption(PASSWORD.encode())
    )
    path = tmp / f"{name}.p12"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("what", "words"),
    [
        ("rsa1024", "its RSA key has 1024 bits"),
        ("rsa512", "its RSA key has 512 bits"),
        ("self-signed", "the certificate is self-signed"),
        ("other-ca", "does not lead to the court's trusted roots"),
    ],
)
def test_seal_refuses_keys_that_must_not_seal(
    tmp_path: Path,
    pki: TestPKI,
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    words: str,
) -> None:
    station = tmp_path / "station"
    monkeypatch.setenv("ZHAZBA_STATION", str(station))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    chain = pki.write_chain(tmp_path / "chain.pem")
    assert main(["trust", "install", str(chain)]) == 0
    key = {
        "rsa1024": lambda: _key_file(tmp_path, 1024, pki.intermediate, "weak1024"),
        "rsa512": lambda: _key_file(tmp_path, 512, pki.intermediate, "weak512"),
        "self-signed": lambda: _key_file(tmp_path, 2048, None, "selfsigned"),
        "other-ca": lambda: _write(tmp_path / "stranger.p12", pki.stranger.p12()),
    }[what]()
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    capsys.readouterr()
    code = cli("seal", str(hearing), "--key", str(key))
    err = capsys.readouterr().err
    assert code == 3, err
    assert "may not seal hearings" in err and words in err, err
    assert not (hearing.parent / (hearing.name + ".sealed")).exists()
    # the court's own key seals
    good = _write(tmp_path / "secretary.p12", pki.secretary.p12())
    assert cli("seal", str(hearing), "--key", str(good)) == 0


def cli(*argv: str, **env: str) -> int:
    """`zhazba ARGV` in this process with passwords in the environment (read once per run)."""
    os.environ.update({"ZHAZBA_KEY_PASSWORD": PASSWORD, **env})
    return main(list(argv))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- the archive (real Ceph RGW) -----------------------------------------------------------------


def _archiver(tmp: Path, s3_server: Any, settings: ArchiveSettings, chain: Path | None) -> Archiver:
    creds = s3_server.credentials
    return Archiver(
        Catalog(tmp / "catalog.sqlite"), settings, lambda: make_client(settings, creds),
        ca_file=chain,
    )  # fmt: skip


def _keys(s3: Any, bucket: str) -> list[str]:
    return [o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]


@pytest.mark.parametrize("attack", ["planted", "remanifested", "resigned"])
def test_archive_refuses_a_package_that_does_not_verify(
    tmp_path: Path,
    world: dict[str, Path],
    s3_server: Any,
    s3: Any,
    settings: ArchiveSettings,
    pki: TestPKI,
    attack: str,
) -> None:
    pkg = _copy(world, "open", tmp_path)
    (pkg / "data/audio/9999.flac").write_bytes(b"planted")
    if attack != "planted":
        remanifest(pkg)
    if attack == "resigned":
        resign(pkg, pki.stranger)
    archiver = _archiver(tmp_path, s3_server, settings, world["chain"])
    archiver.queue_package(pkg)
    [result] = archiver.run_once().results
    assert result.outcome == "failed" and result.kind == "damaged_package", result
    assert "did NOT verify" in result.message
    assert _keys(s3, settings.bucket) == []  # nothing reached the archive
    assert pkg.exists()


def test_local_copy_is_deleted_only_after_the_archive_copy_verifies_in_full(
    tmp_path: Path,
    world: dict[str, Path],
    s3_server: Any,
    s3: Any,
    settings: ArchiveSettings,
    pki: TestPKI,
) -> None:
    pkg = _copy(world, "open", tmp_path)
    (pkg / "data/audio/9999.flac").write_bytes(b"not listed, never uploaded")
    (pkg / "data/audio/9999.flac").unlink()
    settings.local_retention_days = 0.0
    archiver = _archiver(tmp_path, s3_server, settings, world["chain"])
    archiver.queue_package(pkg)
    archiver.settings.local_retention_days = None
    [result] = archiver.run_once().results
    assert result.outcome == "uploaded", result
    # the court's chain changes (another root): a HEAD check still "matches", the full check not
    other = tmp_path / "other.pem"
    other.write_bytes(pki.other_root.cert_pem())
    archiver.settings.local_retention_days = 0.0
    archiver.ca_file = other
    assert archiver.delete_expired_local_copies() == []
    assert pkg.exists()
    [item] = archiver.queue.items()
    assert item.state == "queued" and "did not verify" in (item.last_error or "")
    assert "does NOT lead to a trusted root" in (item.last_error or "")
    # with the right chain the copy read back verifies, and only then the local copy goes
    archiver.ca_file = world["chain"]
    report = archiver.run_once()
    assert [r.outcome for r in report.results] == ["uploaded"]
    assert str(pkg) in report.deleted and not pkg.exists()


def test_verify_names_a_weak_key_weak_not_untrusted(
    tmp_path: Path, pki: TestPKI, world: dict[str, Path], capsys: Any
) -> None:
    key = _key_file(tmp_path, 1024, pki.intermediate, "weak1024")
    signer = RsaCadesSigner(load_pkcs12(key.read_bytes(), PASSWORD))
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    pkg = seal_hearing(hearing, signer).package  # sealed past the station's refusal
    capsys.readouterr()
    assert main(["verify", str(pkg), "--ca", CHAIN(world), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    codes = doc["signature"]["codes"]
    assert "certificate_weak_key" in codes and "untrusted_root" not in codes, codes
    assert any("RSA of 1024 bits" in p for p in doc["signature"]["problems"])


# -- signer binding: the hearing's secretary, or a journaled substitute --------------------------


SIGN_IN = ("--user", "asanova")
SIGN_IN_ENV = {"ZHAZBA_PASSWORD": "secretary-pw-1"}


def _station_with_secretary(tmp: Path, pki: TestPKI, secretary: str) -> Path:
    from app.accounts.roles import AccountStore
    from app.evidence.binding import subject_key
    from app.evidence.trust import install_chain

    station = tmp / "station"
    station.mkdir()
    with Catalog(station / "catalog.sqlite") as c:
        AccountStore(c, scrypt_n=2**12).create(
            "asanova",
            "secretary",
            password=SIGN_IN_ENV["ZHAZBA_PASSWORD"],
            display_name=secretary,
            certificate_subject=subject_key(pki.secretary.cert),
        )
        AccountStore(c, scrypt_n=2**12).create("admin", "administrator", password="admin-pw-1")
    # a court station (it has accounts) has its court chain, installed by the administrator
    install_chain(station, pki.write_chain(tmp / "station-chain.pem"), "admin")
    return station


def test_a_colleagues_key_does_not_seal_without_a_journaled_substitution(
    tmp_path: Path,
    pki: TestPKI,
    world: dict[str, Path],
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    secretary = json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))["secretary"]
    station = _station_with_secretary(tmp_path, pki, secretary)
    opened_as_recorded(station, hearing)  # as `zhazba record` does when it opens the hearing
    monkeypatch.setenv("ZHAZBA_STATION", str(station))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    colleague = _write(tmp_path / "colleague.p12", pki.colleague.p12())
    capsys.readouterr()
    assert cli("seal", str(hearing), "--key", str(colleague), *SIGN_IN, **SIGN_IN_ENV) == 4
    err = capsys.readouterr().err
    assert "NOT the hearing's secretary" in err and secretary in err, err
    assert not (hearing.parent / (hearing.name + ".sealed")).exists()
    # on a court station the sealer cannot journal his own substitution: the administrator
    # authorises it first (who, why, by whose order), then the colleague seals; verify says so
    code = cli(
        "seal", str(hearing), "--key", str(colleague), "--substitute-why",
        "the secretary fell ill", "--ordered-by", "Judge Seitkali", *SIGN_IN, **SIGN_IN_ENV,
    )  # fmt: skip
    assert code == 4 and "no administrator authorised" in capsys.readouterr().err
    cert = _write(tmp_path / "colleague.pem", pki.colleague.cert_pem())
    code = cli(
        "trust", "substitute", str(hearing), "--certificate", str(cert), "--why",
        "the secretary fell ill", "--ordered-by", "Judge Seitkali", "--user", "admin",
        ZHAZBA_PASSWORD="admin-pw-1",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    code = cli("seal", str(hearing), "--key", str(colleague), *SIGN_IN, **SIGN_IN_ENV)
    assert code == 0, capsys.readouterr().err
    records = J.read_records(hearing / "journal.jsonl")
    sub = next(r for r in records if r["kind"] == "signer_substituted")
    assert sub["data"]["why"] == "the secretary fell ill"
    assert sub["data"]["ordered_by"] == "Judge Seitkali" and sub["seq"] < records[-1]["seq"]
    capsys.readouterr()
    pkg = hearing.parent / (hearing.name + ".sealed")
    assert main(["verify", str(pkg), "--ca", CHAIN(world)]) == 0
    out = capsys.readouterr().out
    assert "INSTEAD OF the secretary" in out and f"Secretary:     {secretary}" in out


def test_a_substitution_over_a_sealed_hearing_journals_nothing(
    tmp_path: Path,
    pki: TestPKI,
    world: dict[str, Path],
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seal again with --substitute-why after the seal: refused before anything is journaled,
    so the package (which shares its files with the hearing folder) stays intact."""
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    secretary = json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))["secretary"]
    station = _station_with_secretary(tmp_path, pki, secretary)
    opened_as_recorded(station, hearing)  # as `zhazba record` does when it opens the hearing
    monkeypatch.setenv("ZHAZBA_STATION", str(station))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    own = _write(tmp_path / "secretary.p12", pki.secretary.p12())
    colleague = _write(tmp_path / "colleague.p12", pki.colleague.p12())
    assert cli("seal", str(hearing), "--key", str(own), *SIGN_IN, **SIGN_IN_ENV) == 0
    pkg = hearing.parent / (hearing.name + ".sealed")
    before = (hearing / "journal.jsonl").read_bytes()
    for key in (own, colleague):
        capsys.readouterr()
        code = cli(
            "seal", str(hearing), "--key", str(key), "--substitute-why", "a",
            "--ordered-by", "b", *SIGN_IN, **SIGN_IN_ENV,
        )  # fmt: skip
        assert code == 4
        assert "already exists" in capsys.readouterr().err
        assert (hearing / "journal.jsonl").read_bytes() == before
    capsys.readouterr()
    assert main(["verify", str(pkg), "--ca", CHAIN(world)]) == 0, capsys.readouterr().out


def test_a_reseal_by_a_colleague_of_the_same_ca_fails_on_the_station(
    tmp_path: Path,
    pki: TestPKI,
    world: dict[str, Path],
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    medium: MountedImage,
) -> None:
    """Edit a marker note, recompute the journal chain (sealed record included) and the
    manifests, sign with another clerk's key of the same CA: openssl and the chain hold."""
    pkg = _copy(world, "open", tmp_path)
    secretary = json.loads((pkg / "data/hearing.json").read_text(encoding="utf-8"))["secretary"]
    station = _station_with_secretary(tmp_path, pki, secretary)
    opened_as_recorded(station, pkg / "data")  # the station opened this hearing
    monkeypatch.setenv("ZHAZBA_STATION", str(station))
    colleague_fp = pki.colleague.cert.fingerprint(hashes.SHA256()).hex()

    def forge(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.MARKER:
            rec["data"] = {**rec["data"], "note": "words never said"}
        if rec["kind"] == J.SEALED:
            rec["data"] = {**rec["data"], "certificate_sha256": colleague_fp, "signer": "Colleague"}
        return rec

    rechain(pkg / "data/journal.jsonl", forge)
    remanifest(pkg)
    resign(pkg, pki.colleague)
    capsys.readouterr()
    assert main(["verify", str(pkg), "--ca", CHAIN(world), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert {p["code"] for p in doc["problems"]} == {"signer_not_secretary"}, doc["problems"]
    assert doc["identity"]["secretary"] == secretary
    os.environ.update(SIGN_IN_ENV)  # the station has accounts: the secretary signs in
    code, text = export(capsys, pkg, medium.mountpoint, station, "--ca", CHAIN(world), *SIGN_IN)
    assert_refused(code, text, medium, "is NOT the hearing's secretary")


# -- one key per seal: a killed seal, then another key ---------------------------------------------


def test_a_killed_seal_rerun_with_another_key_is_not_branded_re_signed(
    tmp_path: Path,
    pki: TestPKI,
    world: dict[str, Path],
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import signal
    import socket
    import sys
    import time

    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    secretary = _write(tmp_path / "secretary.p12", pki.secretary.p12())
    # a timestamp authority that never answers holds `zhazba seal` after its sealed record
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(8)
    env = {**os.environ, "ZHAZBA_KEY_PASSWORD": PASSWORD, "ZHAZBA_STATION": str(tmp_path / "st")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "seal", str(hearing), "--key", str(secretary), "--tsa",
         f"http://127.0.0.1:{hole.getsockname()[1]}/tsa"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while J.read_records(hearing / "journal.jsonl")[-1]["kind"] != J.SEALED:
            assert proc.poll() is None and time.monotonic() < deadline, "seal did not get there"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        hole.close()
        if proc.poll() is None:
            proc.kill()
    package = hearing.parent / (hearing.name + ".sealed")
    assert not package.exists()
    monkeypatch.setenv("ZHAZBA_STATION", str(tmp_path / "st"))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    colleague = _write(tmp_path / "colleague.p12", pki.colleague.p12())
    assert cli("seal", str(hearing), "--key", str(colleague), *SIGN_IN, **SIGN_IN_ENV) == 0
    kinds = [r["kind"] for r in J.read_records(hearing / "journal.jsonl")]
    assert kinds[-3:] == [J.SEALED, "seal_restarted", J.SEALED]
    capsys.readouterr()
    assert main(["verify", str(package), "--ca", CHAIN(world), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (
        doc["ok"]
        and doc["identity"]["signer"]
        == pki.colleague.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    )


def test_a_killed_seal_rerun_with_the_same_key_resumes(
    tmp_path: Path, pki: TestPKI, world: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    with J.HearingJournal(hearing / "journal.jsonl") as jr:  # what a kill leaves behind
        jr.append(
            J.SEALED,
            {
                "files": {},
                "signer": "x",
                "certificate_sha256": pki.secretary.cert.fingerprint(hashes.SHA256()).hex(),
                "package": hearing.name + ".sealed",
            },
        )
    monkeypatch.setenv("ZHAZBA_STATION", str(tmp_path / "st"))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    key = _write(tmp_path / "secretary.p12", pki.secretary.p12())
    assert cli("seal", str(hearing), "--key", str(key)) == 0
    kinds = [r["kind"] for r in J.read_records(hearing / "journal.jsonl")]
    assert "seal_restarted" not in kinds and kinds.count(J.SEALED) == 1


# -- a killed export is in the media-write log -----------------------------------------------


def test_a_killed_export_is_logged(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage
) -> None:
    """The medium is frozen (fsfreeze) so that `zhazba export` hangs on its first write; it is
    killed there. The media-write log keeps the attempt as failed, "killed"."""
    import signal
    import sqlite3
    import sys
    import time

    station = tmp_path / "st"
    subprocess.run(["fsfreeze", "--freeze", str(medium.mountpoint)], check=True)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "export", str(world["open"]), "--to",
             str(medium.mountpoint), "--station", str(station), "--ca", CHAIN(world)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        rows: list[Any] = []
        while not rows:
            assert proc.poll() is None and time.monotonic() < deadline, "export never started"
            time.sleep(0.05)
            if (station / "catalog.sqlite").exists():
                with sqlite3.connect(station / "catalog.sqlite") as db:
                    try:
                        rows = db.execute("SELECT outcome, code FROM media_writes").fetchall()
                    except sqlite3.OperationalError:
                        rows = []
        proc.send_signal(signal.SIGKILL)  # it dies once the medium thaws
    finally:
        subprocess.run(["fsfreeze", "--unfreeze", str(medium.mountpoint)], check=False)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    with Catalog(station / "catalog.sqlite") as c:
        [w] = list_media_writes(c)
    assert (w.outcome, w.code) == ("failed", "killed")
    assert "interrupted" in w.message and w.package == str(world["open"])


# -- before sealing: hearing.json against the journal, no audio the journal never named ----------


@pytest.mark.parametrize("attack", ["closed flag", "case number", "planted audio"])
def test_seal_refuses_a_hearing_changed_before_sealing(
    tmp_path: Path, pki: TestPKI, capsys: Any, monkeypatch: pytest.MonkeyPatch, attack: str
) -> None:
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0, closed_hearing=True)
    monkeypatch.setenv("ZHAZBA_STATION", str(tmp_path / "st"))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    if attack == "planted audio":
        (hearing / "audio" / "0009.flac").write_bytes((hearing / "audio/0001.flac").read_bytes())
        words = "audio/0009.flac in"
    else:
        p = hearing / "hearing.json"
        doc = json.loads(p.read_text(encoding="utf-8"))
        field = "closed_hearing" if attack == "closed flag" else "case_number"
        doc[field] = False if field == "closed_hearing" else "1-1/2026"
        p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        words = f"({field} differ from the journal)"
    before = (hearing / "journal.jsonl").read_bytes()
    key = _write(tmp_path / "secretary.p12", pki.secretary.p12())
    capsys.readouterr()
    assert cli("seal", str(hearing), "--key", str(key)) == 4
    err = capsys.readouterr().err
    assert "not sealed" in err and words in err, err
    assert (hearing / "journal.jsonl").read_bytes() == before  # nothing journaled
    assert not (hearing.parent / (hearing.name + ".sealed")).exists()


def test_a_package_under_another_hearings_name_is_shown_and_not_exported(
    tmp_path: Path, world: dict[str, Path], medium: MountedImage, capsys: Any
) -> None:
    src = world["open"]
    pkg = detached_copy(src, tmp_path / "2026-11-22_other-case_1000.sealed")
    capsys.readouterr()
    assert main(["verify", str(pkg), "--ca", CHAIN(world)]) == 0
    out = capsys.readouterr().out
    hid = src.name.removesuffix(".sealed")
    assert f"Hearing:       {hid}" in out and "Case:          " in out
    assert f"holds hearing {hid}" in out
    code, text = export(capsys, pkg, medium.mountpoint, tmp_path / "st", "--ca", CHAIN(world))
    assert_refused(code, text, medium, f"holds hearing {hid}")


# -- the same attacks through the README's openssl route: what it does and does not catch --


def _openssl_route(pkg: Path, chain: Path) -> int:
    script = (
        "set -e; openssl cms -verify -binary -purpose any -inform DER -in "
        f"tagmanifest-sha256.txt.p7s -content tagmanifest-sha256.txt -CAfile {chain} "
        "-out /dev/null; timeout 5 sha256sum -c tagmanifest-sha256.txt >/dev/null; "
        "timeout 5 sha256sum -c manifest-sha256.txt >/dev/null"
    )
    return subprocess.run(["bash", "-c", script], cwd=pkg, capture_output=True).returncode


def _planted(pkg: Path, pki: TestPKI) -> None:
    (pkg / "data/audio/9999.flac").write_bytes(b"planted")


def _remanifested(pkg: Path, pki: TestPKI) -> None:
    _planted(pkg, pki)
    remanifest(pkg)


def _opened_and_colleague_signed(pkg: Path, pki: TestPKI) -> None:
    _edit_hearing_json(pkg, courtroom="999")
    remanifest(pkg)
    resign(pkg, pki.colleague)


def _stranger_signed(pkg: Path, pki: TestPKI) -> None:
    _opened_and_colleague_signed(pkg, pki)
    resign(pkg, pki.stranger)


def _symlinked(pkg: Path, pki: TestPKI) -> None:
    target = pkg / "data/hearing.json"
    outside = pkg.parent / "hearing-copy.json"
    outside.write_bytes(target.read_bytes())
    target.unlink()
    target.symlink_to(outside)


def _fifo(pkg: Path, pki: TestPKI) -> None:
    (pkg / "data/hearing.json").unlink()
    os.mkfifo(pkg / "data/hearing.json")


def _journal_outside(pkg: Path, pki: TestPKI) -> None:
    def outside(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.SEGMENT_CLOSED and "audio/0001.flac" in rec["data"]["files"]:
            files = dict(rec["data"]["files"])
            files["../../../other.flac"] = files.pop("audio/0001.flac")
            rec["data"] = {**rec["data"], "files": files}
        return rec

    rechain(pkg / "data/journal.jsonl", outside)
    remanifest(pkg)
    resign(pkg, pki.secretary)


def _duplicate(pkg: Path, pki: TestPKI) -> None:
    m = pkg / "manifest-sha256.txt"
    first = m.read_text(encoding="utf-8").splitlines()[0]
    m.write_text(m.read_text(encoding="utf-8") + "0" * 64 + first[64:] + "\n", encoding="utf-8")
    tags = {n: _sha(pkg / n) for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")}
    (pkg / SIGNED_FILE).write_text(manifest_text(tags), encoding="utf-8")
    resign(pkg, pki.secretary)


def _fetch_txt(pkg: Path, pki: TestPKI) -> None:
    (pkg / "fetch.txt").write_text("https://example.org/x - data/x\n")


OPENSSL_ROUTE = {  # attack → does the openssl route catch it? (the README's table)
    "planted file": (_planted, False),
    "planted, manifests recomputed": (_remanifested, True),
    "edited, re-signed by a colleague of the same CA": (_opened_and_colleague_signed, False),
    "re-signed by another CA": (_stranger_signed, True),
    "listed file replaced by a link": (_symlinked, False),
    "listed file replaced by a FIFO": (_fifo, True),  # only by timing out: sha256sum hangs
    "journal names ../../../other.flac": (_journal_outside, False),
    "duplicate manifest entry": (_duplicate, True),
    "fetch.txt": (_fetch_txt, False),
}


@pytest.mark.parametrize("attack", sorted(OPENSSL_ROUTE))
def test_what_the_openssl_route_catches(
    attack: str, tmp_path: Path, world: dict[str, Path], pki: TestPKI
) -> None:
    pkg = _copy(world, "open", tmp_path)
    change, caught = OPENSSL_ROUTE[attack]
    change(pkg, pki)
    assert (_openssl_route(pkg, world["chain"]) != 0) == caught
    assert not verify_package(pkg, world["chain"]).ok  # Zhazba catches every one


def test_seal_refuses_a_fifo_in_the_hearing_instead_of_hanging(
    tmp_path: Path, pki: TestPKI, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    hearing = hearing_with_markers(tmp_path / "h", [], seconds=2.0)
    (hearing / "hearing.json").unlink()
    os.mkfifo(hearing / "hearing.json")
    monkeypatch.setenv("ZHAZBA_STATION", str(tmp_path / "st"))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    key = _write(tmp_path / "secretary.p12", pki.secretary.p12())
    capsys.readouterr()
    assert cli("seal", str(hearing), "--key", str(key)) == 4
    assert "hearing.json in" in capsys.readouterr().err
