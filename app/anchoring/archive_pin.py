"""The court archive a station anchored its audit log in is pinned: a move is an act, not an edit.

The audit-anchor check (:mod:`app.anchoring.audit_anchor`) can only say what the archive it is
pointed at holds. Were ``settings.json``'s ``archive`` section deleted, or its prefix pointed at an
empty place, a rolled-back catalog would pass as "no archive" or "nothing anchored yet". So once
the archive holds an audit anchor of this station, the location — endpoint, bucket, prefix — and
the station id are *pinned*: written into ``had-archive.json`` beside ``had-accounts.json``
(:mod:`app.accounts.marker`) and into the audit log itself (event ``archive pinned``, whose
record is then anchored like every other). A station pinned (by the marker, or by the newest such
record of its log) that now names no archive, another place, or has another station id, is
refused at sign-in with one line: an administrator restores the archive settings, or moves the
archive deliberately with ``zhazba archive configure``, which re-pins and is audited
(:func:`repin`). A station that never anchored is not concerned.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, msg

log = logging.getLogger(__name__)

PIN_EVENT = "archive pinned"
_KEYS = ("endpoint", "bucket", "prefix", "station")


def location(settings: Any, station: str) -> dict[str, str]:
    """The pinned facts of an archive for a station id."""
    return {"endpoint": str(settings.endpoint).rstrip("/"), "bucket": str(settings.bucket),
            "prefix": str(settings.prefix).strip("/"), "station": station}  # fmt: skip


def logged_pin(catalog: Any) -> dict[str, str] | None:
    """The newest ``archive pinned`` record of the audit log (None: none)."""
    rows = catalog.query(
        "SELECT detail FROM account_audit WHERE event = ? ORDER BY id DESC LIMIT 1", (PIN_EVENT,)
    )
    if not rows:
        return None
    try:
        doc = json.loads(rows[0]["detail"])
        return {k: str(doc[k]) for k in _KEYS}
    except (ValueError, KeyError, TypeError):
        return dict.fromkeys(_KEYS, "?")  # a damaged pin pins nowhere: fail closed


def pinned(station: Path, catalog: Any) -> dict[str, str] | None:
    from app.accounts.marker import read_archive_marker

    return read_archive_marker(station) or logged_pin(catalog)


def current(station: Path) -> dict[str, str] | None:
    """The location settings.json names now with this station's id (None: no archive)."""
    from app.anchoring.audit_anchor import archive_configured, station_id
    from app.archive.settings import load_archive_settings

    if not archive_configured(station):
        return None
    settings = load_archive_settings(Path(station) / "settings.json")
    try:
        who = station_id(station)
    except Exception:  # noqa: BLE001 - an unreadable station.key is no id: it cannot match
        who = "?"
    return location(settings, who)


def _where(place: dict[str, str]) -> str:
    return f"{place['endpoint']} {place['bucket']}/{place['prefix']} (station {place['station']})"


def pin_problem(station: Path, catalog: Any) -> str | None:
    """Why the station's archive settings or id are not those it anchored with (None: they
    are, or it never anchored)."""
    found = pin_state(station, catalog)
    return None if found is None else found[1]


def pin_state(station: Path, catalog: Any) -> tuple[str, str] | None:
    """(what differs: ``none``, ``place`` or ``station``; the line) — None when nothing does."""
    pin = pinned(station, catalog)
    if pin is None:
        return None
    now = current(station)
    if now == pin:
        return None
    settings = str(Path(station) / "settings.json")
    if now is None:
        return "none", msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
            "this station anchored its audit log in the court archive {pinned}, but {settings} "
            "names no archive now, so the audit log cannot be checked. An administrator restores "
            "the archive settings; a deliberate move of the archive is made with `zhazba archive "
            "configure` by an administrator"), pinned=_where(pin), settings=settings)  # fmt: skip
    if {**now, "station": pin["station"]} == pin:
        return "station", msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
            "this station anchored its audit log as station {pinned}, but its station.key makes "
            "it station {now}: the station secret was replaced. An administrator restores "
            "station.key from its backup; a deliberate new secret is pinned with `zhazba "
            "archive configure` by an administrator"),
            pinned=pin["station"], now=now["station"])  # fmt: skip
    return "place", msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "this station anchored its audit log in the court archive {pinned}, but {settings} "
        "names {now} now. An administrator restores the archive settings; a deliberate move of "
        "the archive is made with `zhazba archive configure` by an administrator"),
        pinned=_where(pin), settings=settings, now=_where(now))  # fmt: skip


def pin(station: Path, catalog: Any, by: str = "") -> None:
    """Pin the archive settings.json names now: the marker, and a record in the audit log when
    the log's newest pin is another (the record is anchored in its turn)."""
    from app.accounts.audit import AccountSeal
    from app.accounts.marker import write_archive_marker

    now = current(station)
    if now is None:
        return
    write_archive_marker(station, now)
    if logged_pin(catalog) != now:
        detail = json.dumps(now, sort_keys=True, separators=(",", ":"))
        AccountSeal(catalog).log_alone("", PIN_EVENT, detail, by)


def repin(station: Path, catalog: Any, by: str) -> bool:
    """After `zhazba archive configure`: a station that was pinned is pinned to the archive
    settings name now (audited, by ``by``). Whether it was pinned."""
    if pinned(station, catalog) is None:
        return False
    pin(station, catalog, by)
    return True


def strangers(check: Any, others: list[str]) -> Any:
    """A check that found no anchor of this station while other station ids hold audit anchors
    under the prefix: said loudly (a prefix shared by several stations looks the same, so it is
    a warning, never a refusal). ``check`` is returned, its line extended."""
    from app.anchoring.audit_anchor import AuditCheck

    line = msg("Anchors", QT_TRANSLATE_NOOP("Anchors",
        "{line}. WARNING: the court archive holds audit anchors of other station ids under this "
        "prefix ({others}) and none of this one: unless those are other stations sharing the "
        "prefix, this station's secret and audit log were replaced; tell the archive's "
        "operators"), line=check.line, others=", ".join(others))  # fmt: skip
    return AuditCheck(check.state, line, check.seq, check.anchored_utc, check.anchors,
                      check.local, check.queued, {**check.details, "others": others})  # fmt: skip
