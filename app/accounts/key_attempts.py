"""Wrong passwords for a signing key file, counted and locked like account sign-in (Rules p. 20).

A PKCS#12 key file is protected by its password alone; without a limit, anyone who has the file
on the station could try passwords at the window or with ``zhazba seal`` as fast as the machine
decrypts. Wrong passwords are counted per key file (by the SHA-256 of its bytes, so renaming or
copying the file does not reset the count) and per kind of source (the window; the command
line, every terminal together), in the catalog's
``sign_in_failures`` under ``key:<first 16 hex digits>``, with the same thresholds and doubling
as :mod:`app.accounts.roles`: 5 wrong passwords lock the file for 5 minutes, then 10, 20, up to an
hour. While locked, the password is not tried at all. An administrator lifts the lock with
``zhazba account unlock key:<id>`` (the id is in the message), or it runs out.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from pathlib import Path

from app.accounts.rules import SOURCE_SEPARATOR, _locked_until, _stamp, counted_source
from app.catalog.store import Catalog
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.keys import KeyInfo, KeyProblem, OpenedKey, open_key_file

WRONG_PASSWORD = "the password is wrong"


class KeyLocked(KeyProblem):
    """Too many wrong passwords for this key file: not tried until the lock runs out."""


def key_id(data: bytes) -> str:
    return "key:" + hashlib.sha256(data).hexdigest()[:16]


def open_key_counted(
    catalog: Catalog, path: str | Path, password: str, *, source: str = ""
) -> tuple[OpenedKey, KeyInfo]:
    """:func:`signing.keys.open_key_file`, refused while the key file is locked after wrong
    passwords; a wrong password is counted, a right one clears the count."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return open_key_file(path, password)  # it says what is wrong with the file
    name = key_id(data)
    kind = counted_source(source)  # every terminal together: a fresh pty resets nothing
    counter = f"{name}{SOURCE_SEPARATOR}{kind}" if kind else name
    now = _dt.datetime.now(_dt.UTC)
    row = catalog.query(
        "SELECT failures, last_failure_utc FROM sign_in_failures WHERE username = ?", (counter,)
    )
    until = _locked_until(int(row[0]["failures"]), row[0]["last_failure_utc"], now) if row else None
    if until is not None:
        local = until.astimezone().strftime("%H:%M")
        raise KeyLocked(
            msg(
                "Accounts",
                QT_TRANSLATE_NOOP(
                    "Accounts",
                    "too many wrong passwords for the key file {file}: it is locked until "
                    "{until}; wait, or ask an administrator (`zhazba account unlock {name}`)",
                ),
                file=Path(path).name,
                until=local,
                name=name,
            )
        )
    try:
        opened = open_key_file(path, password)
    except KeyProblem as e:
        if WRONG_PASSWORD in str(e):
            with catalog.transaction() as db:
                failures = (int(row[0]["failures"]) if row else 0) + 1
                db.execute(
                    "INSERT INTO sign_in_failures (username, failures, last_failure_utc) "
                    "VALUES (?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
                    "failures = excluded.failures, last_failure_utc = excluded.last_failure_utc",
                    (counter, failures, _stamp(now)),
                )
                db.execute(
                    "INSERT INTO account_events (utc, username, event, detail) "
                    "VALUES (?, ?, 'failed', ?)",
                    (_stamp(now), name, f"wrong key password {failures} in a row ({source})"),
                )
        raise
    if row:
        with catalog.transaction() as db:
            db.execute("DELETE FROM sign_in_failures WHERE username = ?", (counter,))
    return opened
