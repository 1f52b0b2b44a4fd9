"""Opening the secretary's key: modern and legacy PKCS#12, refusals with clear messages, GOST."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from signing.cades import RsaCadesSigner
from signing.keys import KeyProblem, Signer, load_pkcs12, open_key_file
from tests.support.pki import PASSWORD, TestPKI, shared_pki


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return shared_pki()


def _write(tmp_path: Path, data: bytes, name: str = "RSA_test.p12") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("legacy", [False, True], ids=["aes-pbkdf2", "3des-sha1"])
def test_opens_modern_and_legacy_key_files(pki: TestPKI, tmp_path: Path, legacy: bool) -> None:
    opened, info = open_key_file(_write(tmp_path, pki.secretary.p12(legacy=legacy)), PASSWORD)
    assert info.holder == "ASANOVA AIGERIM"
    assert info.issuer == "Test NCA Issuing (RSA)"
    assert "nonRepudiation" in info.key_usage and "digitalSignature" in info.key_usage
    assert info.not_before < dt.datetime.now(dt.UTC) < info.not_after
    assert not info.warnings
    assert [c.subject for c in opened.chain] == [
        pki.intermediate.cert.subject,
        pki.root.cert.subject,
    ]
    assert "ASANOVA" in info.describe()


def test_opens_openssl_legacy_rc2_file(pki: TestPKI, tmp_path: Path) -> None:
    data = pki.secretary.p12_openssl_legacy(tmp_path)
    if data is None:
        pytest.skip("this openssl cannot write RC2 (legacy provider missing)")
    _, info = open_key_file(_write(tmp_path, data), PASSWORD)
    assert info.holder == "ASANOVA AIGERIM"


def test_wrong_password_is_named(pki: TestPKI, tmp_path: Path) -> None:
    with pytest.raises(KeyProblem, match="password is wrong"):
        open_key_file(_write(tmp_path, pki.secretary.p12()), "not-the-password")


def test_missing_and_garbage_files(tmp_path: Path) -> None:
    with pytest.raises(KeyProblem, match="does not exist"):
        open_key_file(tmp_path / "nope.p12", PASSWORD)
    with pytest.raises(KeyProblem, match="not a readable PKCS#12"):
        open_key_file(_write(tmp_path, b"-----BEGIN CERTIFICATE-----\n"), PASSWORD)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("expired", "expired on .*obtain a new key"),
        ("not_yet_valid", "not valid yet.*date and time"),
        ("no_signing", "not a signing certificate.*keyEncipherment.*signing key file"),
    ],
)
def test_refuses_unfit_certificates(pki: TestPKI, tmp_path: Path, who: str, expected: str) -> None:
    with pytest.raises(KeyProblem, match=expected):
        open_key_file(_write(tmp_path, getattr(pki, who).p12()), PASSWORD)


def test_warns_thirty_days_before_expiry(pki: TestPKI, tmp_path: Path) -> None:
    _, info = open_key_file(_write(tmp_path, pki.expiring_soon.p12()), PASSWORD)
    assert len(info.warnings) == 1 and "expires in" in info.warnings[0]
    assert "WARNING" in info.describe()


def _gostify(data: bytes) -> bytes:
    """Replace the rsaEncryption OID by a GOST R 34.10-2012 OID of the same length."""
    rsa_oid = bytes.fromhex("06092a864886f70d010101")
    gost_oid = bytes.fromhex("06092a8503070102010101")  # 1.2.643.7.1.2.1.1.1
    assert rsa_oid in data
    return data.replace(rsa_oid, gost_oid)


def test_gost_key_is_recognised(pki: TestPKI, tmp_path: Path) -> None:
    clear = pkcs12.serialize_key_and_certificates(
        b"gost", pki.secretary.key, pki.secretary.cert, None, serialization.NoEncryption()
    )
    with pytest.raises(KeyProblem, match="GOST key.*NCALayer"):
        open_key_file(_write(tmp_path, _gostify(clear)), PASSWORD)


def test_rsa_signer_satisfies_the_signer_protocol(pki: TestPKI) -> None:
    signer = RsaCadesSigner(load_pkcs12(pki.secretary.p12(), PASSWORD))
    assert isinstance(signer, Signer)
    assert "ASANOVA" in repr(load_pkcs12(pki.secretary.p12(), PASSWORD))
    assert "PRIVATE" not in repr(signer.info)


def test_signing_layer_never_loads_qt() -> None:
    code = (
        "import sys, signing.keys, signing.cades, signing.seal, signing.journal;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0
