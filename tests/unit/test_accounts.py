"""Sign-in and roles: scrypt password hashes, the permission map, and signing in as the holder of
an opened key (certificate subject → account)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.accounts import (
    PERMISSIONS,
    ROLES,
    AccountError,
    AccountStore,
    Action,
    PermissionDenied,
    allowed,
    certificate_subject_key,
    check_password,
    hash_password,
)
from app.catalog import Catalog

FAST_N = 2**12  # tests only; the station uses 2**15


def test_password_hash_is_salted_scrypt_and_checks() -> None:
    first = hash_password("Құпия сөз 1", n=FAST_N)
    second = hash_password("Құпия сөз 1", n=FAST_N)
    assert first.startswith(f"scrypt${FAST_N}$8$1$")
    assert first != second  # a fresh salt each time
    assert "Құпия" not in first
    assert check_password("Құпия сөз 1", first)
    assert not check_password("құпия сөз 1", first)
    assert not check_password("anything", "garbage")
    assert hash_password("x").split("$")[1] == str(2**15)  # the station's default cost


def test_permission_map() -> None:
    expected = {
        Action.SETTINGS: {"administrator"},
        Action.ACCOUNTS: {"administrator"},
        Action.ARCHIVE_CREDENTIALS: {"administrator"},
        Action.RECORDING: {"secretary"},
        Action.REVIEW: {"judge", "secretary"},
        Action.SELFCHECK: {"technician", "administrator"},
    }
    assert {a: set(r) for a, r in PERMISSIONS.items()} == expected
    assert all(set(r) <= set(ROLES) for r in PERMISSIONS.values())
    assert allowed("judge", Action.REVIEW) and not allowed("judge", Action.RECORDING)


def test_sign_in_with_password(tmp_path: Path) -> None:
    store = AccountStore(Catalog(tmp_path / "c.sqlite"), scrypt_n=FAST_N)
    store.create("gulnar", "secretary", password="secret-1", display_name="Омарова Г.")
    store.create("admin", "administrator", password="admin-pw")
    with pytest.raises(AccountError, match="already exists"):
        store.create("admin", "judge", password="x")
    with pytest.raises(AccountError, match="unknown role"):
        store.create("x", "clerk", password="x")

    gulnar = store.sign_in("gulnar", "secret-1")
    assert gulnar.role == "secretary" and gulnar.can(Action.RECORDING)
    with pytest.raises(PermissionDenied, match="archive_credentials is for administrator"):
        gulnar.require(Action.ARCHIVE_CREDENTIALS)
    store.sign_in("admin", "admin-pw").require(Action.ARCHIVE_CREDENTIALS)
    for name, password in (("gulnar", "wrong"), ("nobody", "secret-1")):
        with pytest.raises(AccountError, match="wrong username or password"):
            store.sign_in(name, password)
    store.set_password("gulnar", "secret-2")
    with pytest.raises(AccountError):
        store.sign_in("gulnar", "secret-1")
    store.set_disabled("gulnar", True)
    with pytest.raises(AccountError, match="disabled"):
        store.sign_in("gulnar", "secret-2")
    stored = store.catalog.query("SELECT password_hash FROM accounts WHERE username='admin'")
    assert "admin-pw" not in stored[0][0]


def certificate(name: str, iin: str | None, days: int = 30) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if iin:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, iin))
    subject = x509.Name(attrs)
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )


def test_sign_in_as_holder_of_an_opened_key(tmp_path: Path) -> None:
    store = AccountStore(Catalog(tmp_path / "c.sqlite"), scrypt_n=FAST_N)
    judge_cert = certificate("СЕЙІТҚАЛИ ӘЛИ", "IIN800101300123")
    tech_cert = certificate("Tech", None)
    assert certificate_subject_key(judge_cert) == "serialNumber=IIN800101300123"
    store.create("judge1", "judge", certificate_subject=certificate_subject_key(judge_cert))
    store.create("tech", "technician", certificate_subject=certificate_subject_key(tech_cert))

    assert store.sign_in_with_certificate(judge_cert).username == "judge1"
    assert store.sign_in_with_certificate(tech_cert).can(Action.SELFCHECK)
    # a renewed certificate of the same person (same IIN) still signs in
    assert store.sign_in_with_certificate(certificate("Other", "IIN800101300123")).role == "judge"
    with pytest.raises(AccountError, match="no account is linked"):
        store.sign_in_with_certificate(certificate("Stranger", "IIN000000000000"))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    with pytest.raises(AccountError, match="not valid now"):
        store.sign_in_with_certificate(judge_cert, now=later)
    with pytest.raises(AccountError, match="wrong username or password"):
        store.sign_in("judge1", "")  # a certificate-only account has no password
