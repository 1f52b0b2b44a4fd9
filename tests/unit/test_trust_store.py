"""The station's trust store (`zhazba trust`) and the keys the station refuses to seal with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.hashes import SHA256

from app.cli.commands import main
from app.station import Station
from signing.keys import KeyProblem
from tests.support.pki import PASSWORD, TestPKI, make_pki


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


def test_install_and_show_the_court_chain(tmp_path: Path, pki: TestPKI, capsys: Any) -> None:
    station = tmp_path / "station"
    assert main(["trust", "show", "--station", str(station)]) == 1
    assert "no court certificate chain is installed" in capsys.readouterr().out
    chain = pki.write_chain(tmp_path / "chain.pem")
    assert main(["trust", "install", str(chain), "--station", str(station), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    installed = Path(doc["installed"])
    assert installed == station / "trust" / "court-ca.pem" and len(doc["certificates"]) == 2
    assert installed.stat().st_mode & 0o222 == 0  # read-only
    assert main(["trust", "show", "--station", str(station)]) == 0
    out = capsys.readouterr().out
    assert "Test NCA Root (RSA)" in out and pki.root.cert.fingerprint(SHA256()).hex() in out


def test_a_secretary_certificate_is_not_a_trust_root(
    tmp_path: Path, pki: TestPKI, capsys: Any
) -> None:
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(pki.secretary.cert_pem())
    assert main(["trust", "install", str(leaf), "--station", str(tmp_path / "s")]) == 2
    assert "is not a certification authority's certificate" in capsys.readouterr().err
    inter = tmp_path / "inter.pem"
    inter.write_bytes(pki.intermediate.cert_pem())
    assert main(["trust", "install", str(inter), "--station", str(tmp_path / "s")]) == 2
    assert "holds no root certificate" in capsys.readouterr().err


def test_the_window_refuses_to_open_keys_that_may_not_seal(tmp_path: Path, pki: TestPKI) -> None:
    station = Station(tmp_path / "station", tmp_path / "hearings")
    chain = pki.write_chain(tmp_path / "chain.pem")
    assert main(["trust", "install", str(chain), "--station", str(station.folder)]) == 0
    stranger = tmp_path / "stranger.p12"
    stranger.write_bytes(pki.stranger.p12())
    with pytest.raises(KeyProblem, match="does not lead to the court's trusted roots"):
        station.open_key(stranger, PASSWORD)
    assert station.signer is None
    own = tmp_path / "own.p12"
    own.write_bytes(pki.secretary.p12())
    info, _ = station.open_key(own, PASSWORD)
    assert station.signer is not None and info.holder
