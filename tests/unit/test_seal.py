"""Sealing a hearing: a valid BagIt bag, journal hashes reused, failure-safe, pending, TSA."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import bagit
import pytest

from app.cli.signing import register
from app.evidence.verify import verify_path
from signing import journal as J
from signing.cades import SIGNATURE_FILE, add_timestamp, has_timestamp, read_signature
from signing.keys import KeyInfo, SignOutcome
from signing.seal import (
    SealError,
    mark_seal_pending,
    package_path_for,
    pending_hearings,
    seal_hearing,
    seal_or_mark_pending,
    seal_pending,
)
from tests.support.hearing import make_hearing
from tests.support.pki import PASSWORD, TestPKI, shared_pki
from tests.support.sealing import signer_for
from tests.support.tsa import LocalTSA


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return shared_pki()


@pytest.fixture
def chain(pki: TestPKI, tmp_path: Path) -> Path:
    return pki.write_chain(tmp_path / "chain.pem")


def test_seal_makes_a_valid_bag_without_rehashing_audio(pki: TestPKI, tmp_path: Path) -> None:
    hearing = make_hearing(tmp_path / "h")
    before = {p.relative_to(hearing): p.read_bytes() for p in hearing.rglob("*") if p.is_file()}
    result = seal_hearing(hearing, signer_for(pki.secretary))
    assert result.package == package_path_for(hearing) and result.package.is_dir()
    bagit.Bag(str(result.package)).validate()  # full BagIt validation, hashes included
    assert not any(name.endswith(".flac") or name.endswith(".peaks") for name in result.hashed_now)
    assert result.hashes_from_journal >= 2
    top = sorted(p.name for p in result.package.iterdir())
    assert top == sorted(
        [
            "bag-info.txt",
            "bagit.txt",
            "data",
            "manifest-sha256.txt",
            "tagmanifest-sha256.txt",
            SIGNATURE_FILE,
        ]
    )
    for rel, content in before.items():  # the hearing is kept; only its journal grew
        now = (hearing / rel).read_bytes()
        assert now == content if rel.name != "journal.jsonl" else now.startswith(content)
    last = J.read_records(hearing / "journal.jsonl")[-1]
    assert last["kind"] == J.SEALED and last["data"]["signer"] == "ASANOVA AIGERIM"
    assert "journal.jsonl" not in last["data"]["files"] and "hearing.json" in last["data"]["files"]
    info = (result.package / "bag-info.txt").read_text(encoding="utf-8")
    for label in (
        "Court:",
        "Case-Number: ",
        "Hearing-Date:",
        "Secretary:",
        "Hearing-Start-UTC:",
        "Hearing-End-UTC:",
        "Payload-Oxum:",
    ):
        assert label in info
    assert not list(tmp_path.glob("h/.*sealing*"))


def test_refuses_unfinished_hearing_and_double_sealing(pki: TestPKI, tmp_path: Path) -> None:
    hearing = make_hearing(tmp_path / "h")
    seal_hearing(hearing, signer_for(pki.secretary))
    with pytest.raises(SealError, match="already exists"):
        seal_hearing(hearing, signer_for(pki.secretary))
    unfinished = tmp_path / "u"
    unfinished.mkdir()
    with J.HearingJournal(unfinished / "journal.jsonl") as jr:
        jr.append(J.HEARING_OPENED, {"hearing": {}})
    with pytest.raises(SealError, match="has not ended"):
        seal_hearing(unfinished, signer_for(pki.secretary))
    with pytest.raises(SealError, match="not a hearing folder"):
        seal_hearing(tmp_path, signer_for(pki.secretary))


class _FailingSigner:
    def __init__(self, info: KeyInfo) -> None:
        self.info = info

    def sign_detached(self, content: bytes, tsa_url: str | None = None) -> SignOutcome:
        raise OSError(28, "No space left on device")


def test_failure_midway_leaves_the_hearing_and_no_package(pki: TestPKI, tmp_path: Path) -> None:
    hearing = make_hearing(tmp_path / "h")
    audio = {p: p.read_bytes() for p in (hearing / "audio").iterdir()}
    with pytest.raises(OSError):
        seal_hearing(hearing, _FailingSigner(signer_for(pki.secretary).info))
    assert not package_path_for(hearing).exists()
    assert [p.name for p in hearing.parent.iterdir()] == [hearing.name]  # no temp left behind
    assert all(p.read_bytes() == b for p, b in audio.items())
    # the sealed record is already journalled; the hearing still counts as waiting, and
    # sealing again completes the package
    assert pending_hearings(hearing.parent) == [hearing]
    result = seal_hearing(hearing, signer_for(pki.secretary))
    assert pending_hearings(hearing.parent) == []
    kinds = [r["kind"] for r in J.read_records(hearing / "journal.jsonl")]
    assert kinds.count(J.SEALED) == 1 and kinds[-1] == J.SEALED
    bagit.Bag(str(result.package)).validate()


def test_hearing_ended_without_a_key_is_sealed_when_one_opens(
    pki: TestPKI, tmp_path: Path, chain: Path
) -> None:
    hearing = make_hearing(tmp_path / "hearings")
    assert seal_or_mark_pending(hearing, None) is None
    assert not mark_seal_pending(hearing)  # said once only
    assert pending_hearings(tmp_path / "hearings") == [hearing]
    results = seal_pending(tmp_path / "hearings", signer_for(pki.secretary))
    assert [r.package for r in results] == [package_path_for(hearing)]
    kinds = [r["kind"] for r in J.read_records(hearing / "journal.jsonl")]
    assert kinds[-2:] == [J.SEAL_PENDING, J.SEALED]
    assert verify_path(results[0].package, chain).ok


def test_timestamp_now_or_later(pki: TestPKI, tmp_path: Path, chain: Path) -> None:
    with LocalTSA(pki.tsa) as tsa:
        stamped = seal_hearing(make_hearing(tmp_path / "a"), signer_for(pki.secretary), tsa.url)
        assert stamped.timestamped and not stamped.timestamp_problem
        report = verify_path(stamped.package, chain)
        assert report.ok and report.signature is not None
        assert report.signature.signing_time_source == "timestamp"
        assert report.signature.timestamp_authority == "Test TSA"

        # TSA down at sealing time: sealed anyway, timestamp added later
        late = seal_hearing(
            make_hearing(tmp_path / "b"), signer_for(pki.secretary), "http://127.0.0.1:9/tsa"
        )
        assert not late.timestamped and "could not be used" in late.timestamp_problem
        assert verify_path(late.package, chain).ok
        late.package.joinpath(SIGNATURE_FILE).chmod(0o644)
        assert add_timestamp(late.package, tsa.url)
        assert not add_timestamp(late.package, tsa.url)  # only once
        assert has_timestamp(read_signature(late.package / SIGNATURE_FILE))
        report = verify_path(late.package, chain)
        assert report.ok, report.to_text()
        assert report.signature is not None and report.signature.timestamp


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="zhazba")
    register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cli_seal_and_verify(
    pki: TestPKI,
    tmp_path: Path,
    chain: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hearing = make_hearing(tmp_path / "h")
    key = tmp_path / "RSA_secretary.p12"
    key.write_bytes(pki.secretary.p12(legacy=True))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", "wrong")
    assert _cli(["seal", str(hearing), "--key", str(key)]) == 3
    assert "password is wrong" in capsys.readouterr().err
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    assert _cli(["seal", str(hearing), "--key", str(key), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["package"] == str(package_path_for(hearing.resolve()))
    assert _cli(["verify", out["package"], "--ca", str(chain), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert _cli(["verify", out["package"]]) == 1  # no --ca: who signed is not confirmed
    assert "--ca" in capsys.readouterr().out
    assert _cli(["verify", str(hearing)]) == 0  # the hearing folder itself is intact
    assert _cli(["verify", str(tmp_path / "nothing")]) == 2
    bad_ca = tmp_path / "bad.pem"
    bad_ca.write_text("not a certificate")
    assert _cli(["verify", out["package"], "--ca", str(bad_ca)]) == 2
    assert "not a certificate file" in capsys.readouterr().err
