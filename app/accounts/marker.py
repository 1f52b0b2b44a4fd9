"""A station that has ever had accounts never runs without them: the marker outside the catalog.

The accounts live in the catalog (``catalog.sqlite``). Deleting that file — by accident, or to get
round sign-in — would make the station look like a first set-up, where nobody is asked to sign
in. So when the first account is made (and whenever a command finds accounts on a station from
before this marker), ``had-accounts.json`` is written beside ``station.key`` in the 0700 station
folder, mode 0600. While it is there, a missing catalog is refused by
:class:`app.catalog.store.Catalog` (it never makes a fresh, empty one), by the command line
(code 7) and by the window, with the file and the remedy: restore the catalog from a backup.
``zhazba catalog rebuild`` brings back the hearings from their folders but never the accounts,
so it is refused too. To really start the station over without accounts, its owner deletes
``had-accounts.json`` by hand as well: a deliberate act, never an accident.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from audio.text import QT_TRANSLATE_NOOP, Msg, msg

MARKER_NAME = "had-accounts.json"


class CatalogMissing(Exception):
    """The station had accounts but its catalog is gone; ``args[0]`` says what to do."""


def marker_path(station: Path) -> Path:
    return Path(station) / MARKER_NAME


def had_accounts(station: Path) -> bool:
    """Whether the marker is there (an unreadable or damaged marker counts: fail closed)."""
    return os.path.lexists(marker_path(station))


def mark_accounts(station: Path) -> None:
    """Write the marker once (0600), renamed into place so it is never half written."""
    path = marker_path(station)
    if os.path.lexists(path):
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps({"accounts": True, "first_seen_utc": stamp}) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def missing_catalog(catalog_path: Path) -> Msg | None:
    """Why the station may not run: it had accounts and ``catalog_path`` is gone (else None)."""
    catalog_path = Path(catalog_path)
    if os.path.lexists(catalog_path) or not had_accounts(catalog_path.parent):
        return None
    return msg(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli",
            "the station catalog {catalog} is missing, but this station has accounts ({marker}); "
            "nothing was done. Restore the catalog from a backup — `zhazba catalog rebuild` "
            "brings back the hearings but not the accounts, so sign-in would be off",
        ),
        catalog=str(catalog_path),
        marker=str(marker_path(catalog_path.parent)),
    )


def require_catalog(catalog_path: Path) -> None:
    """Raise :class:`CatalogMissing` when the station had accounts and the catalog is gone."""
    problem = missing_catalog(catalog_path)
    if problem is not None:
        raise CatalogMissing(problem)


def accounts_gone(catalog_path: Path) -> Msg | None:
    """Why a station that had accounts may not run now — its catalog is missing, or every
    account row was deleted outside Zhazba — else None. For the window, which (unlike a
    command) opens before anyone is asked for anything."""
    catalog_path = Path(catalog_path)
    missing = missing_catalog(catalog_path)
    if missing is not None or not os.path.lexists(catalog_path):
        return missing
    from app.accounts.roles import AccountStore
    from app.catalog.store import Catalog

    with Catalog(catalog_path) as catalog:
        store = AccountStore(catalog)
        if store.count() > 0:
            mark_accounts(catalog_path.parent)  # a station from before the marker gets it now
            return None
        if not (store.seal.accounts_vanished() or had_accounts(catalog_path.parent)):
            return None
    return msg(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli",
            "the accounts in {catalog} were deleted outside Zhazba (this station has had "
            "accounts); nothing was done. Restore the catalog from a backup",
        ),
        catalog=str(catalog_path),
    )


ARCHIVE_MARKER_NAME = "had-archive.json"


def archive_marker_path(station: Path) -> Path:
    return Path(station) / ARCHIVE_MARKER_NAME


def read_archive_marker(station: Path) -> dict[str, str] | None:
    """Where the station anchored its audit log (``had-archive.json``), None when it never
    did. A marker that cannot be read counts as a pin to nowhere: fail closed."""
    path = archive_marker_path(station)
    if not os.path.lexists(path):
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return {k: str(doc[k]) for k in ("endpoint", "bucket", "prefix", "station")}
    except (OSError, ValueError, KeyError, TypeError):
        return {"endpoint": "?", "bucket": "?", "prefix": "?", "station": "?"}


def write_archive_marker(station: Path, location: dict[str, str]) -> None:
    """Write (or replace) ``had-archive.json`` (0600), renamed into place."""
    path = archive_marker_path(station)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps({**location, "pinned_utc": stamp}, sort_keys=True) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
