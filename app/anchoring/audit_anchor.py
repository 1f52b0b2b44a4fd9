"""Audit anchors: the head of the station's account audit log published in the court archive.

The audit log (:mod:`app.accounts.audit`: account and role changes, the station record of
hearings) is chained with an HMAC under ``station.key``, so whoever can read that key (root, the
station's account) can rewrite it and recompute the chain, and putting back an older copy of the
whole catalog looks the same as restoring a backup. An *audit anchor* pins the log down outside
the station: each time the log grows (after the transaction commits, never before) the station
writes ``{"format": "zhazba-audit-anchor/1", "station": <station id>, "audit": {"seq": N,
"sha256": <chain head>, "hash": <record N's HMAC>}, "made_utc": …}`` into its durable outbox
(``<station>/anchors/audit-log/NNNNNNNNNN-<sha256>.json``) and the anchor sender
(:mod:`app.anchoring.upload`, the same as for hearing anchors) puts it into the archive under
``<prefix>/anchors/audit-log/<station id>/`` with an Object Lock COMPLIANCE retention. The chain
head is key-free: SHA-256 over every record in order (:func:`chain`), so anyone holding the
catalog can recompute it, and the object's name carries seq and head so a check needs only a
listing.

:func:`check_audit` lists the station's audit anchors in the archive and compares *every* one with
the local log (not only the newest: after a rollback new changes anchor a second head at the same
seq, which must not hide the first): a log shorter than an anchored seq was rolled back; a log
whose head at an anchored seq differs was rewritten (or rolled back and written on). Either fails
sign-in closed (:mod:`app.cli.signin`). No archive, no credentials or an archive that does not
answer: the log is *not checked* — said so, never claimed — and the anchors stay queued. Once
the archive holds this station's anchors its location and id are pinned
(:mod:`app.anchoring.archive_pin`): removed or moved settings, or a new station.key, are refused
(``unpinned``); an outbox anchor that is not the log's is quarantined before upload
(:mod:`app.anchoring.audit_vet`). Format: ``docs/FORMATS.md``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import logging
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.anchoring.anchors import anchor_bytes, write_private
from audio.text import QT_TRANSLATE_NOOP, msg

log = logging.getLogger(__name__)

FORMAT = "zhazba-audit-anchor/1"
STREAM = "audit-log"  # the outbox folder and the archive folder under anchors/
GENESIS = "0" * 64
_NAME = re.compile(r"^(\d{10})-([0-9a-f]{64})\.json$")
_FIELDS = "utc, username, event, detail, by_user, hash"


def chain(
    db: sqlite3.Connection, start: tuple[int, str] = (0, GENESIS), upto: int = -1
) -> list[tuple[str, str]]:
    """(SHA-256 chain head, record HMAC) after each record of the audit log, in order; from
    ``start`` (seq, head after it) on when given; up to record ``upto`` when given."""
    out: list[tuple[str, str]] = []
    seq, head = start
    query = f"SELECT {_FIELDS} FROM account_audit ORDER BY id LIMIT ? OFFSET ?"
    count = upto if upto < 0 else upto - seq
    for row in db.execute(query, (count, seq)):  # the content only: a re-keyed log keeps heads
        text = json.dumps(
            ["zhazba audit", head, *row[:5]], ensure_ascii=False, separators=(",", ":")
        )
        head = hashlib.sha256(text.encode("utf-8")).hexdigest()
        out.append((head, str(row[5])))
    return out


def current_head(station: Path, db: sqlite3.Connection) -> tuple[int, str, str] | None:
    """(seq, head, record HMAC) of the log now (None: empty). Continued from the newest anchor
    in the outbox when its record's HMAC is still the same (its chain covers every record
    before), else computed from the first record: an append costs what came since. The check
    (:func:`check_audit`) always recomputes the whole chain."""
    known = _newest_in_outbox(station)
    if known is not None:
        seq, head, record_hash = known
        row = db.execute(
            "SELECT hash FROM account_audit ORDER BY id LIMIT 1 OFFSET ?", (seq - 1,)
        ).fetchone()
        if row is not None and hmac.compare_digest(str(row[0]), record_hash):
            tail = chain(db, (seq, head))
            return (seq + len(tail), *tail[-1]) if tail else known
    heads = chain(db)
    return (len(heads), *heads[-1]) if heads else None


def _newest_in_outbox(station: Path) -> tuple[int, str, str] | None:
    names = sorted(outbox_folder(station).glob("[0-9]*.json"))
    if not names or not _NAME.match(names[-1].name):
        return None
    try:
        audit = json.loads(names[-1].read_bytes())["audit"]
        return int(audit["seq"]), str(audit["sha256"]), str(audit["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def station_id(station: Path) -> str:
    """The station's id, as ``app.cli.hearing_station.station_id`` makes it (from station.key)."""
    from app.accounts.secrets import load_station_key

    key = load_station_key(Path(station) / "station.key")
    return hmac.new(key, b"zhazba station id", hashlib.sha256).hexdigest()[:16]


def anchor_name(seq: int, head: str) -> str:
    return f"{seq:010d}-{head}.json"


def audit_prefix(settings: Any, station: str) -> str:
    """Where a station's audit anchors live in the bucket."""
    from app.anchoring.upload import ANCHOR_FOLDER

    parts = [settings.prefix.strip("/"), ANCHOR_FOLDER, STREAM, station]
    return "/".join(p for p in parts if p) + "/"


def outbox_folder(station: Path) -> Path:
    from app.anchoring.wiring import outbox_for

    return outbox_for(station).folder(STREAM)


def write_anchor(station: Path, db: sqlite3.Connection) -> Path | None:
    """The anchor of the log's head as it is now in the outbox (None: the log is empty)."""
    now = current_head(station, db)
    if now is None:
        return None
    seq, head, record_hash = now
    folder = outbox_folder(station)
    path = folder / anchor_name(seq, head)
    if path.exists():
        return path
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    anchor = {
        "format": FORMAT,
        "station": station_id(station),
        "audit": {"seq": seq, "sha256": head, "hash": record_hash},
        "made_utc": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }
    write_private(path, anchor_bytes(anchor))
    return path


def anchor_after_commit(catalog: Any) -> None:
    """The hook :mod:`app.accounts.audit` registers: after the commit, anchor the new head and
    send it in the background (nothing waits for the archive; a command that ends waits for it
    at most :data:`SEND_WAIT_SECONDS` as it exits, else the anchor stays queued)."""
    station = Path(catalog.path).parent
    try:
        with catalog.transaction() as db:  # a consistent read of the committed log
            path = write_anchor(station, db)
    except Exception as e:  # noqa: BLE001 - the change is made; the next check anchors it
        log.warning("audit anchor not written: %s", e)
        return
    if path is not None:
        from app.anchoring.audit_send import send_soon

        send_soon(station)


@dataclass
class AuditCheck:
    """The audit log against the archive: ``state`` is intact, rolled_back, rewritten, replaced
    (station.key), unanchored (nothing in the archive yet) or not_checked; ``line`` says it."""

    state: str
    line: str
    seq: int = 0
    anchored_utc: str = ""
    anchors: int = 0
    local: int = 0
    queued: int = 0
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def refused(self) -> bool:
        return self.state in ("rolled_back", "rewritten", "replaced", "unpinned")


Heads = list[tuple[int, str, str]]  # (seq, head, the archive's time)


def anchored_heads(sender: Any, station: str) -> tuple[Heads, dict[str, Heads]]:
    """The audit anchors of ``station`` in the archive, and those of the other station ids that
    left audit anchors under the same prefix (a shared prefix, or station.key replaced)."""
    sender.prepare()
    mine = audit_prefix(sender.settings, station)
    everyone = mine[: -len(station) - 1]
    found: dict[str, Heads] = {}
    pages = sender._client.get_paginator("list_objects_v2")
    for page in pages.paginate(Bucket=sender.settings.bucket, Prefix=everyone):
        for item in page.get("Contents", []):
            who, _, name = str(item["Key"])[len(everyone) :].partition("/")
            named = _NAME.match(name)
            if named:
                when = item["LastModified"].astimezone(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
                found.setdefault(who, []).append((int(named.group(1)), named.group(2), when))
    return found.pop(station, []), found


def ours(heads: list[tuple[str, str]], others: dict[str, Heads]) -> dict[str, Heads]:
    """The other ids whose anchors pin a head of *this* log (same seq, same key-free head): the
    log was anchored under another station secret. Another station's log matches none."""
    n = len(heads)
    return {
        who: anchors
        for who, anchors in others.items()
        if any(1 <= seq <= n and heads[seq - 1][0] == head for seq, head, _ in anchors)
    }


def replaced(others: list[str], found: AuditCheck) -> AuditCheck:
    """No anchor of this station, but this log's under another id: station.key (whence the id)
    was replaced; ``found`` is the log against those anchors (rolled back, rewritten, or not)."""
    line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "the station secret was replaced: the court archive holds audit anchors of this "
        "station's audit log made under another station secret ({others}), none under this "
        "one; against them: {found}"), others=", ".join(others), found=found.line)  # fmt: skip
    return AuditCheck("replaced", line, found.seq, found.anchored_utc, found.anchors, found.local,
                      details={"others": others, "found": found.state})  # fmt: skip


def compare(heads: list[tuple[str, str]], anchored: list[tuple[int, str, str]]) -> AuditCheck:
    """The local chain heads against the anchored ones (pure)."""
    n = len(heads)
    beyond = [a for a in anchored if a[0] > n]
    if beyond:
        seq, _, when = max(beyond)
        line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
            "the audit log was rolled back: it ends at record {local}, but the court archive "
            "anchored record {seq} on {when}"), local=n, seq=seq, when=when)  # fmt: skip
        return AuditCheck("rolled_back", line, seq, when, len(anchored), n)
    anchored = [a for a in anchored if a[0] >= 1]
    differ = [a for a in anchored if not hmac.compare_digest(heads[a[0] - 1][0], a[1])]
    if differ:
        seq, _, when = min(differ)
        line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
            "the audit log was rewritten at record {seq}: it differs from the record the court "
            "archive anchored on {when}"), seq=seq, when=when)  # fmt: skip
        return AuditCheck("rewritten", line, seq, when, len(anchored), n)
    if not anchored:
        line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
            "the court archive holds no audit anchor of this station yet: the audit log could "
            "not be checked; its head (record {local}) is anchored now"), local=n)  # fmt: skip
        return AuditCheck("unanchored", line, local=n)
    seq, _, when = max(anchored)
    line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "the audit log holds every head the court archive anchored (the newest: record {seq} "
        "of {local}, anchored {when})"), seq=seq, local=n, when=when)  # fmt: skip
    return AuditCheck("intact", line, seq, when, len(anchored), n)


def not_checked(why: str, local: int, queued: int) -> AuditCheck:
    line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "the audit log could NOT be checked against the court archive ({why}); {queued} audit "
        "anchors are queued"), why=why, queued=queued)  # fmt: skip
    return AuditCheck("not_checked", line, local=local, queued=queued)


def check_audit(catalog: Any) -> AuditCheck:
    """Compare the catalog's audit log with every audit anchor of this station in the archive;
    when it holds, anchor the head if it is not yet, and send what is queued."""
    from app.anchoring.archive_pin import pin_state

    station = Path(catalog.path).parent
    moved = pin_state(station, catalog)
    if moved is not None and moved[0] != "station":  # another archive, or none: it says nothing
        return AuditCheck("unpinned", moved[1])
    result = _check_audit(catalog, station, send=moved is None)
    if moved is not None and not result.refused:  # another id whose anchors do not say it
        return AuditCheck("unpinned", moved[1], local=result.local)
    return result


def _check_audit(catalog: Any, station: Path, send: bool) -> AuditCheck:
    with catalog.transaction() as db:
        heads = chain(db)
    try:  # queued: were the log rolled back, it is one more head; the older ones still hold
        with catalog.transaction() as db:
            write_anchor(station, db)
    except Exception as e:  # noqa: BLE001 - e.g. station.key unreadable: said, not hidden
        log.warning("audit anchor not written: %s", e)
    from app.anchoring.audit_send import AuditOutbox, sender_for

    queued = len(AuditOutbox(station / "anchors").pending())
    try:
        sender = sender_for(station)
    except Exception as e:  # noqa: BLE001 - unreadable secrets: said, not hidden
        sender = str(e)
    if isinstance(sender, str):
        return not_checked(sender, len(heads), queued)
    try:
        anchored, others = anchored_heads(sender, station_id(station))
    except Exception as e:  # noqa: BLE001 - the archive does not answer: not checked
        from app.archive.s3 import explain

        return not_checked(str(explain(e, sender.settings)), len(heads), queued)
    before = ours(heads, others)  # anchors of this log under an earlier station id
    result = compare(heads, anchored + [a for v in before.values() for a in v])
    if before and not anchored:
        result = replaced(sorted(before), result)
    elif others and not anchored:  # a new id, other ids there: a new key and a re-chained log?
        from app.anchoring.archive_pin import strangers

        result = strangers(result, sorted(others))
    if not result.refused and queued and send:
        sender.send_pending()
        result.queued = len(sender.outbox.pending())
        result.details["quarantined"] = sender.quarantined
    if not result.refused and (result.anchors or (queued and not result.queued)):
        from app.anchoring.archive_pin import pin, pinned

        if pinned(station, catalog) is None:  # the archive holds this log now: pinned
            pin(station, catalog)
    return result


def archive_configured(station: Path) -> bool:
    """Whether the station's settings name a court archive (damaged settings: raised)."""
    from app.archive.settings import settings_section

    return bool(settings_section(Path(station) / "settings.json", "archive"))


def audit_gate(catalog: Any) -> AuditCheck | None:
    """What sign-in asks: :func:`check_audit` when an archive is configured; when none is, a
    refusal if the station had pinned one (:mod:`app.anchoring.archive_pin`), else None."""
    station = Path(catalog.path).parent
    if archive_configured(station):
        return check_audit(catalog)
    from app.anchoring.archive_pin import pin_problem

    moved = pin_problem(station, catalog)
    return None if moved is None else AuditCheck("unpinned", moved)


def startup_check(catalog_path: Path, open_catalog: Any) -> AuditCheck | None:
    """:func:`audit_gate` at station start (None: no court archive is configured or pinned)."""
    from app.accounts.marker import archive_marker_path

    station = Path(catalog_path).parent
    if not archive_configured(station) and not Path(catalog_path).exists():
        if archive_marker_path(station).exists():  # pinned, yet no archive and no catalog
            from app.anchoring.archive_pin import pin_problem

            return AuditCheck("unpinned", pin_problem(station, _NoLog()) or "")
        return None
    with open_catalog() as catalog:
        return audit_gate(catalog)


class _NoLog:
    """A catalog with an empty audit log (there is no catalog)."""

    def query(self, *_args: Any) -> list[Any]:
        return []


def refusal(check: AuditCheck, catalog_path: Path) -> str:
    """The one line that refuses sign-in after a failed check."""
    if check.state == "unpinned":
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors", "not signed in: {problem} (nothing "
                                                "was done)"), problem=check.line)  # fmt: skip
    return msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "not signed in: {problem}; the station catalog {path} is not the one the archive knows. "
        "Call the administrator: restore the newest backup of the catalog (nothing was done)"),
        problem=check.line, path=str(catalog_path))  # fmt: skip
