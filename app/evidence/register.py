"""The station's own record of each hearing: what an insider cannot rewrite with his own key.

A package proves only "signed by a holder of a court certificate" on its own: hearing.json, the
journal and bag-info are all the signer's to write. Who the secretary is, whether the hearing is
closed, which certificate sealed it and which substitution the administrator allowed are
therefore also written, when they happen, into the station's account audit log
(:mod:`app.accounts.audit`: HMAC-chained under the station secret, with a tagged head, so a record
cannot be altered, removed or cut off without ``verify()`` finding it):

- ``hearing_opened`` — when the hearing is opened: its id, the SHA-256 ``hash`` of the journal's
  ``hearing_opened`` record (which holds the whole hearing card), the secretary, the account
  bound to them (the secretary account of that name), who was signed in, the closed flag and
  the case number;
- ``hearing_sealed`` — the SHA-256 fingerprint of the certificate that sealed it;
- ``signer_substitution`` — an administrator's authorisation for another certificate (by its
  fingerprint) to seal one hearing, with why and on whose order (``zhazba trust substitute``);
- ``trust_installed`` — the SHA-256 of the court chain file ``zhazba trust install`` wrote.

:func:`station_record` reads them back for one hearing, after checking the whole log. A station
*in court mode* (it has accounts) relies on these, never on what the package says.

Limits: whoever can read ``station.key`` (the station's own OS account, root) can forge this log
too; the live anchors in the court archive (Object Lock) are then the record beyond his reach.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing import journal as J

OPENED = "hearing_opened"
SEALED = "hearing_sealed"
SUBSTITUTION = "signer_substitution"
TRUST = "trust_installed"
TIE_ENABLED = "audio_tie_enabled"  # from here on every opening ties its audio (once per station)
_EVENTS = (OPENED, SEALED, SUBSTITUTION, TRUST, TIE_ENABLED)


class RegisterError(Exception):
    """The station's record cannot be trusted or read; the message says why and what to do."""


def said(e: Exception) -> str:
    """The message of ``e``, kept translatable when it is a :class:`Msg`."""
    return e.args[0] if e.args and isinstance(e.args[0], Msg) else str(e)


@dataclass
class StationRecord:
    """What the station's audit log says about one hearing."""

    hearing: str
    opening: dict[str, Any] | None = None
    sealed_by: list[str] = field(default_factory=list)  # certificate SHA-256 fingerprints
    substitutions: list[dict[str, Any]] = field(default_factory=list)
    certificates: list[str] = field(default_factory=list)  # the account's registered subjects
    names: list[str] = field(default_factory=list)  # the account's user and display name
    # an opening without ``audio_tied`` logged after ``audio_tie_enabled``: not Zhazba's
    untied_after_tie: bool = False


def catalog_path(station: Path) -> Path:
    return Path(station) / "catalog.sqlite"


def court_mode(station: Path | None) -> bool:
    """Whether the station is a court station: it has accounts, or a marker says it had them
    (:mod:`app.evidence.station_state`; a deleted, damaged or emptied catalog does not make it
    a demo station again)."""
    from app.evidence.station_state import (
        ACCOUNTS_MARKER,
        account_count,
        mark_court_station,
        was_court_station,
    )

    if station is None:
        return False
    if account_count(catalog_path(station)):
        mark_court_station(Path(station), ACCOUNTS_MARKER)
        return True
    return was_court_station(Path(station))


def _log(station: Path, username: str, event: str, detail: dict[str, Any], by: str = "") -> None:
    from app.accounts.audit import AccountSeal
    from app.catalog.store import Catalog

    with Catalog(catalog_path(station)) as catalog:
        AccountSeal(catalog).log_alone(
            username, event, json.dumps(detail, sort_keys=True, ensure_ascii=False), by
        )


def _secretary_account(station: Path, secretary: str) -> str:
    want = " ".join(secretary.split()).casefold()
    db = sqlite3.connect(f"file:{catalog_path(station)}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT username, display_name FROM accounts WHERE role = 'secretary'"
        ).fetchall()
    finally:
        db.close()
    for user, shown in rows:
        if want in (
            " ".join(str(user).split()).casefold(),
            " ".join(str(shown).split()).casefold(),
        ):
            return str(user)
    return ""


def record_opening(station: Path, folder: Path, signed_in: str = "") -> bool:
    """Write the hearing's opening into the station's audit log (court mode only; True if so).

    Called right after the hearing folder and its first journal record were made."""
    if not court_mode(station):
        return False
    records = J.read_records(Path(folder) / "journal.jsonl")
    opened = next((r for r in records if r["kind"] == J.HEARING_OPENED), None)
    if opened is None:
        raise RegisterError(_e(NO_OPENING, folder=str(folder)))
    card = opened["data"].get("hearing") or {}
    known = station_record(station, str(card.get("id") or Path(folder).name), opened["hash"])
    from app.evidence.audio_origin import watch

    if (known.opening or {}).get("opened_hash") == opened["hash"]:
        watch(station, folder, known.hearing)
        return True  # recorded already
    if known.opening is not None:  # an id is never reused: a second opening is an impostor
        raise RegisterError(_e(ID_TAKEN, hearing=known.hearing))
    secretary = str(card.get("secretary", ""))
    # bound to the secretary account of the name the card gives (by user or display name), never
    # simply to whoever is signed in: a colleague who opened a hearing naming another secretary
    # must not be able to seal it with his own key; who was signed in is kept as "opened_by"
    account = _secretary_account(station, secretary)
    detail = {
        "hearing": str(card.get("id") or Path(folder).name),
        "opened_hash": opened["hash"],
        "secretary": secretary,
        "account": account,
        "opened_by": signed_in,
        "closed_hearing": bool(card.get("closed_hearing", False)),
        "case_number": str(card.get("case_number", "")),
        "audio_tied": True,  # its audio goes on the record too (app/evidence/audio_origin.py)
    }
    if not any(event == TIE_ENABLED for event, _d, _by in _events(station)):
        _log(station, "", TIE_ENABLED, {"hearing": detail["hearing"]}, signed_in)
    _log(station, account, OPENED, detail, signed_in)
    watch(
        station, folder, detail["hearing"]
    )  # from now on each closed segment goes into the record too
    return True


def opened_ids(station: Path) -> set[str]:
    """Every hearing id this station's record has seen opened (empty off a court station)."""
    if not court_mode(station):
        return set()
    return {str(d.get("hearing")) for event, d, _by in _events(station) if event == OPENED}


def id_taken_check(station: Path) -> Callable[[str], bool]:
    """For a new hearing's folder name: True for an id the station record has already seen,
    so that session creation takes the next suffix (a record that cannot be read is refused
    later by :func:`record_opening`, loudly)."""
    try:
        known = opened_ids(station)
    except RegisterError:
        known = set()
    return known.__contains__


def record_sealed(station: Path, hearing: str, certificate_sha256: str, signer: str) -> None:
    if court_mode(station):
        detail = {"hearing": hearing, "certificate_sha256": certificate_sha256, "signer": signer}
        _log(station, signer, SEALED, detail)


def authorise_substitution(
    station: Path, hearing: str, certificate_sha256: str, who: str, why: str, ordered_by: str,
    by: str,
) -> None:  # fmt: skip
    detail = {
        "hearing": hearing,
        "certificate_sha256": certificate_sha256,
        "who": who,
        "why": why,
        "ordered_by": ordered_by,
    }
    _log(station, who, SUBSTITUTION, detail, by)


def record_trust(station: Path, sha256: str, by: str) -> None:
    from app.evidence.station_state import mark_court_station

    if catalog_path(station).is_file():
        _log(station, by, TRUST, {"sha256": sha256}, by)
        if court_mode(station):
            mark_court_station(Path(station))


def _events(
    station: Path, kinds: tuple[str, ...] = _EVENTS
) -> list[tuple[str, dict[str, Any], str]]:
    """(event, detail, by) of this module's events (or ``kinds``), after checking the whole
    audit log (once while the catalog is unchanged: one verification reads it three times)."""
    from app.evidence.station_state import record_problem

    missing = record_problem(Path(station))
    if missing is not None:  # never a fresh, empty catalog in place of a court station's record
        raise RegisterError(missing)
    stamp = _stamp(station)
    cached = _CHECKED.get(str(catalog_path(station)))
    if cached is None or cached[0] != stamp or stamp is None:
        cached = (stamp, _checked_rows(station))
        _CHECKED.clear()
        _CHECKED[str(catalog_path(station))] = cached
    return [e for e in cached[1] if e[0] in kinds]


_CHECKED: dict[str, tuple[Any, list[tuple[str, dict[str, Any], str]]]] = {}


def _stamp(station: Path) -> tuple[tuple[int, int, int], ...] | None:
    """The catalog's and its WAL's inode, size and change time (None: cannot be told)."""
    out = []
    for name in (catalog_path(station), Path(f"{catalog_path(station)}-wal")):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            out.append((0, 0, 0))
            continue
        except OSError:
            return None
        # an empty WAL holds nothing (a read-only connection may leave one for a moment)
        out.append((st.st_ino, st.st_size, st.st_mtime_ns) if st.st_size else (0, 0, 0))
    return tuple(out)


def _checked_rows(station: Path) -> list[tuple[str, dict[str, Any], str]]:
    from app.accounts.audit import AccountSeal
    from app.accounts.secrets import SecretsError
    from app.catalog.store import Catalog, CatalogError
    from app.evidence.audio_origin import KINDS

    kinds = (*_EVENTS, *KINDS)
    try:
        with Catalog(catalog_path(station)) as catalog:
            seal = AccountSeal(catalog)
            problems = seal.verify()
            rows = catalog.query(
                "SELECT event, detail, by_user FROM account_audit WHERE event IN "
                f"({', '.join('?' * len(kinds))}) ORDER BY id",
                kinds,
            )
    except (OSError, sqlite3.Error, CatalogError, SecretsError) as e:
        raise RegisterError(_e(UNREADABLE, why=str(e))) from e
    if problems:
        raise RegisterError(_e(ALTERED, why=problems[0]))
    out = []
    for r in rows:
        try:
            detail = json.loads(r["detail"])
        except ValueError:
            continue
        if isinstance(detail, dict):
            out.append((str(r["event"]), detail, str(r["by_user"])))
    return out


def station_record(station: Path, hearing: str, opened_hash: str = "") -> StationRecord:
    """What the station recorded about ``hearing`` (RegisterError if the log was altered); of
    two openings of one id, the one whose ``opened_hash`` is given, else the first."""
    rec = StationRecord(hearing)
    tied = False
    for event, detail, by in _events(station):
        tied = tied or event == TIE_ENABLED
        if detail.get("hearing") != hearing or event == TIE_ENABLED:
            continue
        if event == OPENED and (
            rec.opening is None or (opened_hash and detail.get("opened_hash") == opened_hash)
        ):  # of two hearings given the same id: the one this journal opens
            rec.opening = detail
            rec.untied_after_tie = tied and not detail.get("audio_tied")
        elif event == SEALED:
            rec.sealed_by.append(str(detail.get("certificate_sha256", "")))
        elif event == SUBSTITUTION:
            rec.substitutions.append({**detail, "by": by})
    account = (rec.opening or {}).get("account")
    if account:
        rec.certificates, rec.names = _registered(station, str(account))
    return rec


def _registered(station: Path, account: str) -> tuple[list[str], list[str]]:
    """The certificate subjects (or ``sha256:`` fingerprints) registered for ``account``, and
    its user and display name, from a row whose seal holds (RegisterError when it was changed
    outside Zhazba)."""
    from app.accounts.audit import AccountSeal
    from app.catalog.store import Catalog

    with Catalog(catalog_path(station)) as catalog:
        rows = catalog.query("SELECT * FROM accounts WHERE username = ?", (account,))
        if rows and not AccountSeal(catalog).intact(rows[0]):
            raise RegisterError(_e(ACCOUNT_ALTERED, account=account))
    names = [str(n) for r in rows for n in (r["username"], r["display_name"]) if n]
    return [str(r["certificate_subject"]) for r in rows if r["certificate_subject"]], names


def installed_trust_hash(station: Path) -> str | None:
    """The SHA-256 of the chain the last ``zhazba trust install`` wrote (None: never)."""
    last = None
    for event, detail, _by in _events(station):
        if event == TRUST:
            last = str(detail.get("sha256", ""))
    return last


_e = partial(msg, "Evidence")
ID_TAKEN = QT_TRANSLATE_NOOP(
    "Evidence",
    "the hearing id {hearing} was already opened on this station with other details; an id is "
    "never given to a second hearing, so this opening is refused. Start the hearing again (it "
    "gets a new id) and tell the court administrator",
)
NO_OPENING = QT_TRANSLATE_NOOP(
    "Evidence", "the hearing folder {folder} has no opening record in its journal"
)
UNREADABLE = QT_TRANSLATE_NOOP("Evidence", "the station's audit log cannot be read ({why})")
ALTERED = QT_TRANSLATE_NOOP(
    "Evidence", "the station's audit log was altered outside Zhazba ({why})"
)
ACCOUNT_ALTERED = QT_TRANSLATE_NOOP(
    "Evidence", "the account '{account}' was changed outside Zhazba"
)
_REFUSALS = {
    "register_altered": QT_TRANSLATE_NOOP(
        "Evidence",
        "Not sealed: this station's record of the hearing cannot be trusted ({why}). Ask the "
        "court administrator to restore the catalog from a backup.",
    ),
    "hearing_not_registered": QT_TRANSLATE_NOOP(
        "Evidence",
        "Not sealed: {why}. Only hearings opened on this station are sealed here; report it to "
        "the court administrator.",
    ),
    "hearing_register_mismatch": QT_TRANSLATE_NOOP(
        "Evidence",
        "Not sealed: {why}. Report it to the court administrator.",
    ),
    "substitution_unauthorised": QT_TRANSLATE_NOOP(
        "Evidence",
        "Not sealed: {why}. Ask the court administrator to authorise the substitution with "
        "`zhazba trust substitute`.",
    ),
    "audio_not_this_hearing": QT_TRANSLATE_NOOP(
        "Evidence",
        "Not sealed: {why}. Only audio recorded in this hearing on this station is sealed with "
        "it; report it to the court administrator.",
    ),
    "signer_not_secretary": QT_TRANSLATE_NOOP(
        "Evidence",
        "Not sealed: {why}. Seal with the secretary's own key, or ask the court administrator "
        "to authorise a substitution (`zhazba trust substitute`).",
    ),
}


def refusal(code: str, **params: Any) -> Msg:
    """One translatable line: what is wrong with sealing, and what to do."""
    return _e(_REFUSALS.get(code, _REFUSALS["signer_not_secretary"]), **params)
