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

import app.accounts.passwords
from app.accounts.roles import (
    LOCKOUT_FIRST,
    LOCKOUT_MAX,
    LOCKOUT_THRESHOLD,
    PERMISSIONS,
    ROLES,
    AccountError,
    AccountLocked,
    AccountStore,
    Action,
    PermissionDenied,
    allowed,
    certificate_subject_key,
    check_password,
    hash_password,
    lock_duration,
)
from app.catalog.store import Catalog

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
        Action.ARCHIVE: {"secretary", "administrator"},
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


# ---------------------------------------------------------------------- password lockout
T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


class Clock:
    """The store's clock, moved by hand: no sleeping."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def locked_store(tmp_path: Path, clock: Clock) -> AccountStore:
    store = AccountStore(Catalog(tmp_path / "c.sqlite"), scrypt_n=FAST_N, clock=clock)
    if store.get("gulnar") is None:
        store.create("gulnar", "secretary", password="secret-1")
        store.create("admin", "administrator", password="admin-pw")
    return store


def fail(store: AccountStore, times: int, username: str = "gulnar") -> None:
    for _ in range(times):
        with pytest.raises(AccountError):
            store.sign_in(username, "wrong")


def test_lockout_constants_and_doubling() -> None:
    assert LOCKOUT_THRESHOLD == 5
    assert LOCKOUT_FIRST.total_seconds() == 5 * 60
    assert LOCKOUT_MAX.total_seconds() == 60 * 60
    assert [lock_duration(n) for n in range(5)] == [None] * 5
    minutes = [lock_duration(n) // dt.timedelta(minutes=1) for n in range(5, 12)]  # type: ignore[operator]
    assert minutes == [5, 10, 20, 40, 60, 60, 60]
    assert lock_duration(10_000) == LOCKOUT_MAX


def test_five_wrong_passwords_lock_the_account_for_five_minutes(tmp_path: Path) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    for _ in range(1, LOCKOUT_THRESHOLD):
        with pytest.raises(AccountError, match="wrong username or password") as e:
            store.sign_in("gulnar", "wrong")
        assert not isinstance(e.value, AccountLocked)
        clock.advance(seconds=10)
    with pytest.raises(AccountLocked) as locked:  # the fifth locks, and says so
        store.sign_in("gulnar", "wrong")
    assert locked.value.until == clock.now + dt.timedelta(minutes=5)
    assert locked.value.minutes == 5
    message = str(locked.value)
    assert "locked after too many wrong passwords" in message
    assert locked.value.until.astimezone().strftime("%H:%M") in message
    assert "wait, or ask an administrator to unlock it" in message
    assert "disabled" not in message  # the dialog tells a disabled account by that word
    assert store.locked_until("gulnar") == locked.value.until
    assert store.locked_until("admin") is None
    store.sign_in("admin", "admin-pw")  # other accounts are not affected

    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AccountLocked) as still:  # the right password, still refused
        store.sign_in("gulnar", "secret-1")
    assert still.value.minutes == 1 and "secret-1" not in str(still.value)
    clock.advance(seconds=1)
    assert store.locked_until("gulnar") is None
    assert store.sign_in("gulnar", "secret-1").username == "gulnar"


def test_a_locked_account_refuses_right_and_wrong_passwords_alike(tmp_path: Path) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    fail(store, LOCKOUT_THRESHOLD)
    clock.advance(minutes=1)
    refusals = []
    for password in ("secret-1", "wrong"):
        with pytest.raises(AccountLocked) as e:
            store.sign_in("gulnar", password)
        refusals.append((type(e.value), str(e.value), e.value.until))
    assert refusals[0] == refusals[1]
    # attempts while locked neither lengthen the lock nor count as more wrong passwords
    clock.advance(minutes=4)
    assert store.sign_in("gulnar", "secret-1").role == "secretary"


def test_each_wrong_password_after_a_lock_doubles_it_up_to_an_hour(tmp_path: Path) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    fail(store, LOCKOUT_THRESHOLD)
    seen = []
    for _ in range(6):
        clock.now = store.locked_until("gulnar") or clock.now  # wait the lock out
        with pytest.raises(AccountLocked) as e:
            store.sign_in("gulnar", "wrong")
        seen.append(e.value.minutes)
    assert seen == [10, 20, 40, 60, 60, 60]
    clock.advance(hours=1)
    store.sign_in("gulnar", "secret-1")  # a success resets the count...
    fail(store, LOCKOUT_THRESHOLD - 1)  # ...so four wrong passwords do not lock again
    assert store.locked_until("gulnar") is None
    with pytest.raises(AccountLocked) as e:
        store.sign_in("gulnar", "wrong")
    assert e.value.minutes == 5  # and the next lock is the first one again


def test_a_success_resets_the_count(tmp_path: Path) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    for _ in range(3):
        fail(store, LOCKOUT_THRESHOLD - 1)
        store.sign_in("gulnar", "secret-1")
    assert store.locked_until("gulnar") is None
    assert store.catalog.query("SELECT * FROM sign_in_failures") == []


def test_the_lock_survives_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    first = locked_store(tmp_path, clock)
    fail(first, LOCKOUT_THRESHOLD - 2)
    first.catalog.close()
    second = locked_store(tmp_path, clock)  # the program restarted: the count is kept
    fail(second, 1)
    with pytest.raises(AccountLocked):
        second.sign_in("gulnar", "wrong")
    until = second.locked_until("gulnar")
    second.catalog.close()
    clock.advance(minutes=2)
    third = locked_store(tmp_path, clock)
    assert third.locked_until("gulnar") == until
    with pytest.raises(AccountLocked):
        third.sign_in("gulnar", "secret-1")


def test_a_clock_set_back_does_not_end_the_lock(tmp_path: Path) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    fail(store, LOCKOUT_THRESHOLD)
    clock.advance(days=-1)  # set back a day: "before" the failures
    with pytest.raises(AccountLocked) as e:
        store.sign_in("gulnar", "secret-1")
    assert e.value.until == clock.now + LOCKOUT_FIRST  # in force for its whole length from now
    assert e.value.minutes == 5  # and not for a day
    clock.advance(minutes=3)
    with pytest.raises(AccountLocked):
        store.sign_in("gulnar", "secret-1")
    clock.advance(minutes=2)
    assert store.sign_in("gulnar", "secret-1").username == "gulnar"
    # the clock going back between failures does not reset the count either
    fail(store, 3)
    clock.advance(hours=-2)
    fail(store, 1)
    with pytest.raises(AccountLocked):
        store.sign_in("gulnar", "wrong")


def test_an_unknown_name_looks_like_a_wrong_password_and_locks_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    calls: list[str] = []
    real = app.accounts.passwords._scrypt

    def counting(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        calls.append(password)
        return real(password, salt, n, r, p)

    monkeypatch.setattr(app.accounts.passwords, "_scrypt", counting)
    messages = {}
    for name in ("gulnar", "nobody"):
        calls.clear()
        for _ in range(LOCKOUT_THRESHOLD - 1):
            with pytest.raises(AccountError) as e:
                store.sign_in(name, "wrong")
        assert len(calls) == LOCKOUT_THRESHOLD - 1  # one scrypt per attempt, known or not
        with pytest.raises(AccountLocked) as locked:
            store.sign_in(name, "wrong")
        messages[name] = (str(e.value), str(locked.value).replace(name, "NAME"))
        calls.clear()
        with pytest.raises(AccountLocked):
            store.sign_in(name, "wrong")
        assert len(calls) == 1  # a locked name costs a scrypt too
    assert messages["gulnar"] == messages["nobody"]
    assert messages["gulnar"][0] == "wrong username or password"
    with pytest.raises(AccountError, match="no account 'ghost'"):
        store.unlock("ghost")
    assert store.unlock("nobody")  # the counted unknown name can be cleared too


def test_an_administrator_unlocks_and_the_audit_trail_records_it(tmp_path: Path) -> None:
    clock = Clock()
    store = locked_store(tmp_path, clock)
    fail(store, LOCKOUT_THRESHOLD)
    with pytest.raises(AccountLocked):
        store.sign_in("gulnar", "secret-1")
    assert store.unlock("gulnar", by="admin") is True
    assert store.locked_until("gulnar") is None
    assert store.sign_in("gulnar", "secret-1").username == "gulnar"
    assert store.unlock("gulnar") is False  # nothing to lift
    fail(store, LOCKOUT_THRESHOLD - 1)  # the count started again from zero
    assert store.locked_until("gulnar") is None
    events = store.events(limit=100)
    assert [e.event for e in events] == (
        ["failed"] * 5 + ["locked", "refused_locked", "unlocked"] + ["failed"] * 4
    )
    assert all(e.username == "gulnar" for e in events)
    assert events[0].utc == "2026-11-22T09:00:00.000000Z"
    assert events[4].detail == "wrong password 5 in a row"
    assert events[5].detail == "for 5 min, until 2026-11-22T09:05:00.000000Z"
    assert events[7].detail == "was locked, 5 wrong passwords; by admin"
    assert [e.event for e in store.events(limit=2)] == ["failed", "failed"]


def test_certificate_sign_in_is_not_locked_out_but_disabled_is_refused(tmp_path: Path) -> None:
    clock = Clock(dt.datetime.now(dt.UTC))
    store = AccountStore(Catalog(tmp_path / "c.sqlite"), scrypt_n=FAST_N, clock=clock)
    cert = certificate("СЕЙІТҚАЛИ ӘЛИ", "IIN800101300123")
    store.create(
        "judge1", "judge", password="pw", certificate_subject=certificate_subject_key(cert)
    )
    fail(store, LOCKOUT_THRESHOLD, "judge1")
    with pytest.raises(AccountLocked):
        store.sign_in("judge1", "pw")
    assert store.sign_in_with_certificate(cert).username == "judge1"
    store.set_disabled("judge1", True)
    with pytest.raises(AccountError, match="disabled"):
        store.sign_in_with_certificate(cert)
