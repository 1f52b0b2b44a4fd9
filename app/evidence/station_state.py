"""Whether this station is a court station, even when its record was taken away (fail closed).

A court station keeps its record of every hearing (:mod:`app.evidence.register`) in
``catalog.sqlite`` and the court's chain in ``trust/``. Deleting the catalog, emptying its
accounts or removing ``trust/`` must never turn it back into a demo station where a re-signed
package "holds". So when a station is first seen with accounts, or the court chain is installed,
a 0600 marker is written beside ``station.key`` in the 0700 station folder: ``had-accounts.json``
(the same file the sign-in side writes, app/accounts/marker.py) or ``court-station.json``. While
either is there, :func:`record_problem` names what is missing or damaged, and everything that
relies on the station's record — verification, sealing, the gate before anything leaves —
refuses. To really start a station over without accounts, its owner deletes the markers by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from functools import partial
from pathlib import Path

from audio.text import QT_TRANSLATE_NOOP, Msg, msg

ACCOUNTS_MARKER = "had-accounts.json"
COURT_MARKER = "court-station.json"
_e = partial(msg, "Evidence")


def was_court_station(station: Path | None) -> bool:
    """Whether a marker says this station has been a court station (an unreadable one counts)."""
    if station is None:
        return False
    return any(os.path.lexists(Path(station) / n) for n in (ACCOUNTS_MARKER, COURT_MARKER))


def mark_court_station(station: Path, name: str = COURT_MARKER) -> None:
    """Write the marker ``name`` once (0600), renamed into place so it is never half written."""
    path = Path(station) / name
    if os.path.lexists(path) or not Path(station).is_dir():
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps({"court_station": True, "first_seen_utc": stamp}) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:  # a station folder this account may not write: nothing to mark
        tmp.unlink(missing_ok=True)


def account_count(catalog: Path) -> int | None:
    """How many accounts the catalog holds (None: it is not there or cannot be read)."""
    try:
        if not catalog.is_file():
            return None
        db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return int(db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        db.close()


def record_problem(station: Path) -> Msg | None:
    """Why the record of a court station cannot be relied on (None: it is there, or the station
    was never a court station). Names the file: missing, unreadable or damaged, or emptied. (A
    missing court chain is :func:`app.evidence.trust.installed_chain`'s to refuse: recording
    goes on without it, sealing and giving out do not.)"""
    if not was_court_station(station):
        return None
    catalog = Path(station) / "catalog.sqlite"
    if not os.path.lexists(catalog):
        return _e(MISSING, file=str(catalog))
    count = account_count(catalog)
    if count is None:
        return _e(DAMAGED, file=str(catalog))
    if count == 0:
        return _e(EMPTIED, file=str(catalog))
    return None


MISSING = QT_TRANSLATE_NOOP(
    "Evidence",
    "this court station's record {file} is missing, so the signer binding is NOT proven and "
    "nothing is given out. Restore the catalog from a backup and tell the court administrator",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Evidence",
    "this court station's record {file} is damaged or cannot be read, so the signer binding is "
    "NOT proven and nothing is given out. Restore the catalog from a backup and tell the court "
    "administrator",
)
EMPTIED = QT_TRANSLATE_NOOP(
    "Evidence",
    "the accounts in this court station's record {file} were deleted outside Zhazba, so the "
    "signer binding is NOT proven and nothing is given out. Restore the catalog from a backup "
    "and tell the court administrator",
)
