"""Key password attempts are limited like account sign-in, and wrong passwords for a name are
counted per source, so the administrator cannot be locked out everywhere (issue #16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.accounts.key_attempts import KeyLocked, key_id, open_key_counted
from app.accounts.roles import AccountLocked, AccountStore
from app.catalog.store import Catalog
from app.station import Station
from signing.keys import KeyProblem
from tests.support.pki import PASSWORD, shared_pki


def test_five_wrong_key_passwords_lock_the_key_file(tmp_path: Path) -> None:
    key = tmp_path / "sec.p12"
    key.write_bytes(shared_pki().secretary.p12())
    station = Station(tmp_path / "station")
    for _ in range(5):
        with pytest.raises(KeyProblem, match="password is wrong"):
            station.open_key(key, "guess", seal_waiting=False)
    with pytest.raises(KeyLocked, match=r"locked until .*zhazba account unlock key:"):
        station.open_key(key, PASSWORD, seal_waiting=False)  # the right one: not even tried
    copy = tmp_path / "renamed.p12"  # renaming the file does not reset the count
    copy.write_bytes(key.read_bytes())
    with pytest.raises(KeyLocked):
        station.open_key(copy, PASSWORD, seal_waiting=False)
    with station.catalog() as catalog:  # another source (a terminal) has its own count
        opened, info = open_key_counted(catalog, key, PASSWORD, source="command line")
        assert info.holder
        AccountStore(catalog).unlock(key_id(key.read_bytes()), by="admin")
    info, _ = station.open_key(key, PASSWORD, seal_waiting=False)
    assert station.signer is not None


def test_locking_the_administrator_at_the_window_leaves_the_terminal(tmp_path: Path) -> None:
    with Catalog(tmp_path / "catalog.sqlite") as catalog:
        AccountStore(catalog, scrypt_n=2**10).create("admin", "administrator", password="pw")
        window = AccountStore(catalog, source="window")
        for _ in range(4):
            with pytest.raises(Exception, match="wrong username or password"):
                window.sign_in("admin", "guess")
        with pytest.raises(AccountLocked):
            window.sign_in("admin", "guess")
        with pytest.raises(AccountLocked):
            window.sign_in("admin", "pw")
        terminal = AccountStore(catalog, source="command line, uid 1000, /dev/pts/1")
        assert terminal.sign_in("admin", "pw").username == "admin"
        assert terminal.locked_until("admin") is not None  # shown: locked at the window
        assert terminal.unlock("admin", by="admin")
        assert window.sign_in("admin", "pw").username == "admin"
        assert terminal.locked_until("admin") is None
