"""An audit anchor is checked against the catalog before it goes to the archive, else set aside.

The outbox (``<station>/anchors/audit-log/``) is a folder the station's OS account can write. An
anchor dropped there by hand would otherwise be uploaded under a COMPLIANCE lock that nobody can
lift, and a false head at an early seq would refuse every later sign-in for good. So before an
audit anchor is sent (:meth:`app.anchoring.upload.AnchorSender.send`), :func:`vet` checks that
its file name is its seq and head, that its station id is this station's, and that its seq, head
and record HMAC are those of the chain recomputed from the catalog at that seq. One that is not
is moved to ``<station>/anchors/quarantine/audit-log/`` (never uploaded, never deleted: it is
evidence) and a warning says so; ``zhazba anchors check-audit`` reports how many are there.
"""

from __future__ import annotations

import hmac
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, msg

log = logging.getLogger(__name__)

QUARANTINE = "quarantine"


class Quarantined(Exception):
    """An audit anchor that does not match the log was set aside; ``args[0]`` says so."""


def station_of(path: Path) -> Path:
    """The station folder of an anchor at ``<station>/anchors/audit-log/NAME``."""
    return Path(path).parent.parent.parent


def quarantine_folder(station: Path) -> Path:
    from app.anchoring.audit_anchor import STREAM
    from app.anchoring.wiring import OUTBOX_FOLDER

    return Path(station) / OUTBOX_FOLDER / QUARANTINE / STREAM


def quarantined(station: Path) -> list[Path]:
    return sorted(quarantine_folder(station).glob("*.json"))


def why_not(path: Path, anchor: dict[str, Any]) -> str | None:
    """Why the audit anchor at ``path`` is not the log's (None: it is)."""
    from app.anchoring.audit_anchor import _NAME, anchor_name, chain, station_id

    station = station_of(path)
    try:
        audit = anchor["audit"]
        seq, head, record = int(audit["seq"]), str(audit["sha256"]), str(audit["hash"])
    except (KeyError, TypeError, ValueError):
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors", "it has no seq, head and record hash"))
    if not _NAME.match(path.name) or path.name != anchor_name(seq, head) or seq < 1:
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors", "its name is not its seq and head"))
    if str(anchor.get("station")) != station_id(station):
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors", "it names another station"))
    uri = (station / "catalog.sqlite").resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True)
    try:
        heads = chain(db, upto=seq)
    finally:
        db.close()
    if len(heads) < seq:
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors", "the audit log has no record {seq}"),
                   seq=seq)  # fmt: skip
    if not (hmac.compare_digest(heads[seq - 1][0], head)
            and hmac.compare_digest(heads[seq - 1][1], record)):  # fmt: skip
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
                   "record {seq} of the audit log has another head"), seq=seq)  # fmt: skip
    return None


def vet(path: Path, anchor: dict[str, Any]) -> None:
    """Raise :class:`Quarantined` (having moved the file aside) when the anchor is not the log's."""
    problem = why_not(path, anchor)
    if problem is None:
        return
    folder = quarantine_folder(station_of(path))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.replace(path, folder / path.name)
    line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "the audit anchor {name} in the outbox is not this station's audit log ({problem}): it "
        "was not sent and was moved to {folder}; someone wrote it there by hand"),
        name=path.name, problem=problem, folder=str(folder))  # fmt: skip
    log.warning("%s", line)
    raise Quarantined(line)
