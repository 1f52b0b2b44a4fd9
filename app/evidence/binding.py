"""Signer binding: a hearing is sealed by its own secretary's key, or by a journaled substitute.

The administrator links each secretary's account to the certificate issued to them (``zhazba
account add … --certificate-subject "serialNumber=IIN…"``: the IIN in the certificate's
serialNumber, or its full subject). A key from the same court CA that belongs to someone else
(another clerk) must not seal the hearing: sealing refuses it, and the verification on the
station fails on it — unless a ``signer_substituted`` record was journaled *before* the seal,
saying who signs instead, why, and on whose order (:func:`journal_substitution`).

:func:`registered_subjects` reads the station's accounts (read-only) for the hearing's secretary
named in hearing.json (by display name or user name). :func:`signer_finding` is the decision,
shared by sealing and verification.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.evidence.register import (
    RegisterError,
    StationRecord,
    court_mode,
    refusal,
    said,
    station_record,
)
from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing import journal as J

_v = partial(msg, "Verifier")
SIGNER_SUBSTITUTED = "signer_substituted"


def subject_key(cert: x509.Certificate) -> str:
    """The same key as :func:`app.accounts.roles.certificate_subject_key`: serialNumber (IIN), else
    the RFC 4514 subject."""
    serial = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if serial:
        return f"serialNumber={serial[0].value!s}"
    return cert.subject.rfc4514_string()


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


class StationRegistry:
    """The station's view of who may seal what: called with a secretary's name it gives the
    certificate subjects registered for that name (stations without the hearing's record); in
    court mode (:func:`app.evidence.register.court_mode`) :meth:`record` gives the station's own
    record of one hearing, which is what binding is then checked against."""

    def __init__(self, catalog_path: Path) -> None:
        self.catalog_path = Path(catalog_path)
        self.station = self.catalog_path.parent
        self.court = court_mode(self.station)

    def __call__(self, secretary: str) -> list[str]:
        try:
            db = sqlite3.connect(f"file:{self.catalog_path}?mode=ro", uri=True)
        except sqlite3.Error:
            return []
        try:
            rows = db.execute(
                "SELECT username, display_name, certificate_subject FROM accounts "
                "WHERE role = 'secretary' AND certificate_subject IS NOT NULL"
            ).fetchall()
        except sqlite3.Error:
            return []
        finally:
            db.close()
        want = _norm(secretary)
        return [str(subj) for user, shown, subj in rows if want in (_norm(user), _norm(shown))]

    def record(self, hearing: str, opened_hash: str = "") -> StationRecord:
        return station_record(self.station, hearing, opened_hash)


Registry = StationRegistry


def station_registry(catalog_path: Path) -> StationRegistry | None:
    """The accounts of the station's catalog as a registry (None when there is no catalog and
    the station never was a court station: a court station's missing record fails closed)."""
    from app.evidence.station_state import was_court_station

    try:
        if not Path(catalog_path).is_file() and not was_court_station(Path(catalog_path).parent):
            return None
    except PermissionError:  # another account's station
        return None
    return StationRegistry(catalog_path)


def substitution_for(records: list[dict[str, Any]], signer_subject: str) -> dict[str, Any] | None:
    """The journaled substitution naming this signer, made before the seal (None if none)."""
    for r in records:
        if r.get("kind") == J.SEALED:
            break
        data = r.get("data") or {}
        if (
            r.get("kind") == SIGNER_SUBSTITUTED
            and data.get("certificate_subject") == signer_subject
        ):
            return dict(data)
    return None


def signer_finding(
    secretary: str,
    signer_subject: str,
    registry: Registry | None,
    records: list[dict[str, Any]],
) -> tuple[str, str]:
    """("", note) when the signer may seal this hearing, else (code, message)."""
    registered = registry(secretary) if registry and secretary else []
    if not registered:
        return "", _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "no certificate is registered on this station for the secretary {secretary}, so "
                "the signer could not be matched to the secretary",
            ),
            secretary=secretary or "?",
        )
    if signer_subject in registered:
        return "", _v(QT_TRANSLATE_NOOP("Verifier", "the signer is the hearing's secretary"))
    sub = substitution_for(records, signer_subject)
    if sub is not None:
        return "", _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "signed by {who} INSTEAD OF the secretary {secretary}: a substitution was "
                "journaled ({why}; ordered by {ordered_by})",
            ),
            who=str(sub.get("who", "")),
            secretary=secretary,
            why=str(sub.get("why", "")),
            ordered_by=str(sub.get("ordered_by", "")),
        )
    return "signer_not_secretary", _v(
        QT_TRANSLATE_NOOP(
            "Verifier",
            "the package is signed by {signer}, who is NOT the hearing's secretary {secretary}, "
            "and no substitution was journaled before the seal",
        ),
        signer=signer_subject,
        secretary=secretary,
    )


def _matches(registered: list[str], cert_subject: str, cert_sha256: str) -> bool:
    """A registered entry is a subject key, or ``sha256:<fingerprint>`` (bound to one key)."""
    return cert_subject in registered or f"sha256:{cert_sha256}" in registered


def _card_and_substitutions(
    record: StationRecord,
    opening: dict[str, Any],
    info: dict[str, Any],
    records: list[dict[str, Any]],
) -> list[tuple[str, Msg]]:
    """The hearing card against the opening record; journaled substitutions against the
    administrator's authorisations."""
    problems: list[tuple[str, Msg]] = []
    opened = next((r for r in records if r.get("kind") == J.HEARING_OPENED), None)
    card = info or {}
    changed = [
        k for k in ("secretary", "closed_hearing", "case_number")
        if (bool(card.get(k)) if k == "closed_hearing" else str(card.get(k, "")))
        != opening.get(k)
    ]  # fmt: skip
    if opened is None or (opened.get("hash") != opening.get("opened_hash") and not changed):
        problems.append(("hearing_register_mismatch", _v(QT_TRANSLATE_NOOP(
            "Verifier",
            "the journal's opening record is not the one this station recorded when hearing "
            "{hearing} was opened (secretary {secretary}, closed: {closed}, case {case}): "
            "another opening was put in its place",
        ), hearing=record.hearing, secretary=str(opening.get("secretary", "")),
            closed=str(bool(opening.get("closed_hearing"))),
            case=str(opening.get("case_number", "")))))  # fmt: skip
    elif opened.get("hash") != opening.get("opened_hash") or changed:
        problems.append(("hearing_register_mismatch", _v(QT_TRANSLATE_NOOP(
            "Verifier",
            "the hearing card differs from what this station recorded when the hearing was "
            "opened (secretary {secretary}, closed: {closed}, case {case}): it was rewritten",
        ), secretary=str(opening.get("secretary", "")),
            closed=str(bool(opening.get("closed_hearing"))),
            case=str(opening.get("case_number", "")))))  # fmt: skip
    authorised = {str(s.get("certificate_sha256")) for s in record.substitutions}
    for r in records:
        data = r.get("data") or {}
        if r.get("kind") == SIGNER_SUBSTITUTED and data.get("certificate_sha256") not in authorised:
            problems.append(("substitution_unauthorised", _v(QT_TRANSLATE_NOOP(
                "Verifier",
                "the journal says {who} sealed instead of the secretary, but no administrator "
                "authorised that on this station: the substitution record is forged",
            ), who=str(data.get("who", "?")))))  # fmt: skip
    return problems


def _opening_not_zhazbas(record: StationRecord, opening: dict[str, Any]) -> list[tuple[str, Msg]]:
    """An opening Zhazba never writes: without the audio tie after the station began tying
    audio, or naming a secretary who is not the account it binds the hearing to."""
    secretary = str(opening.get("secretary", ""))
    if record.untied_after_tie:
        return [("hearing_register_mismatch", _v(UNTIED, hearing=record.hearing))]
    names = {" ".join(n.split()).casefold() for n in record.names}
    if opening.get("account") and names and " ".join(secretary.split()).casefold() not in names:
        text = _v(NOT_ACCOUNT, secretary=secretary, account=str(opening.get("account")))
        return [("hearing_register_mismatch", text)]
    return []


UNTIED = QT_TRANSLATE_NOOP(
    "Verifier",
    "this station's record of the opening of hearing {hearing} does not tie its audio, yet it was "
    "written after the station began tying every hearing's audio: Zhazba did not write it",
)
NOT_ACCOUNT = QT_TRANSLATE_NOOP(
    "Verifier",
    "the hearing's secretary {secretary} is not the account {account} this station's record "
    "binds the hearing to: Zhazba did not write that record",
)


def station_findings(
    record: StationRecord,
    info: dict[str, Any],
    records: list[dict[str, Any]],
    signer_subject: str,
    signer_sha256: str,
    sealed: bool,
) -> tuple[list[tuple[str, Msg]], list[Msg]]:
    """Court mode: the package's claims against the station's own record of the hearing.

    Returns (problems, notes). ``sealed``: a package (the seal's certificate is pinned)."""
    problems: list[tuple[str, Msg]] = []
    notes: list[Msg] = []
    opening = record.opening
    if opening is None:
        problems.append(("hearing_not_registered", _v(QT_TRANSLATE_NOOP(
            "Verifier",
            "this hearing was not opened on this station (its audit log has no record of it), "
            "so who its secretary is cannot be confirmed",
        ))))  # fmt: skip
        return problems, notes
    problems += _card_and_substitutions(record, opening, info, records)
    problems += _opening_not_zhazbas(record, opening)
    authorised = {str(s.get("certificate_sha256")) for s in record.substitutions}
    secretary = str(opening.get("secretary", ""))
    if sealed and record.sealed_by:
        own = signer_sha256 in record.sealed_by
    else:
        own = _matches(record.certificates, signer_subject, signer_sha256)
    if own and not (sealed and record.sealed_by and signer_sha256 in authorised):
        notes.append(_v(QT_TRANSLATE_NOOP(
            "Verifier",
            "the signer is the hearing's secretary {secretary}, as this station recorded when "
            "the hearing was opened and sealed",
        ), secretary=secretary))  # fmt: skip
    elif signer_sha256 in authorised:
        sub = next(s for s in record.substitutions if s.get("certificate_sha256") == signer_sha256)
        notes.append(_v(QT_TRANSLATE_NOOP(
            "Verifier",
            "signed by {who} INSTEAD OF the secretary {secretary}: a substitution was "
            "journaled ({why}; ordered by {ordered_by}), authorised on this station by {by}",
        ), who=str(sub.get("who", "")), secretary=secretary, why=str(sub.get("why", "")),
            ordered_by=str(sub.get("ordered_by", "")), by=str(sub.get("by", ""))))  # fmt: skip
    else:
        problems.append(("signer_not_secretary", _v(QT_TRANSLATE_NOOP(
            "Verifier",
            "the package is signed by {signer}, who is NOT the hearing's secretary {secretary} "
            "as this station recorded it, and no administrator authorised a substitution",
        ), signer=signer_subject, secretary=secretary)))  # fmt: skip
    return problems, notes


def refuse_wrong_signer(
    hearing: Path, cert: x509.Certificate, registry: StationRegistry | None
) -> None:
    """Before sealing: SealError when the key is not the hearing's secretary's and no
    substitution was journaled (court mode: authorised by the administrator)."""
    from signing.seal_checks import SealError, read_hearing_json

    info = read_hearing_json(hearing)
    records = J.read_records(hearing / "journal.jsonl")
    if registry is not None and registry.court:
        try:
            opened = next((r for r in records if r["kind"] == J.HEARING_OPENED), {})
            record = registry.record(str(info.get("id") or hearing.name), opened.get("hash", ""))
        except RegisterError as e:
            raise SealError(refusal("register_altered", why=said(e))) from e
        problems, _ = station_findings(
            record, info, records, subject_key(cert), _fingerprint(cert), sealed=False
        )
        if problems:
            code, text = problems[0]
            raise SealError(refusal(code, why=text))
        if record.opening is not None and (
            record.opening.get("audio_tied") or record.untied_after_tie
        ):
            _refuse_foreign_audio(registry, record.hearing, hearing, info, records)
        return
    code, message = signer_finding(
        str(info.get("secretary", "")), subject_key(cert), registry, records
    )
    if code:
        raise SealError(refusal(code, why=message))


def _refuse_foreign_audio(
    registry: StationRegistry,
    hearing_id: str,
    hearing: Path,
    info: dict[str, Any],
    records: list[dict[str, Any]],
) -> None:
    """Every audio file was recorded in this hearing on this station (app/evidence/audio_origin)."""
    from app.evidence.audio_origin import refuse_foreign_audio
    from signing.seal_checks import SealError

    try:
        found = refuse_foreign_audio(registry.station, hearing_id, hearing, info, records)
    except RegisterError as e:
        raise SealError(refusal("register_altered", why=said(e))) from e
    if found is not None:
        raise SealError(refusal("audio_not_this_hearing", why=found[1]))


def authorised_substitution(
    registry: StationRegistry | None, hearing: Path, cert: x509.Certificate
) -> dict[str, Any] | None:
    """Court mode: the administrator's authorisation for ``cert`` to seal this hearing."""
    if registry is None or not registry.court:
        return None
    from signing.seal_checks import read_hearing_json

    hearing_id = str(read_hearing_json(hearing).get("id") or hearing.name)
    fp = _fingerprint(cert)
    subs = registry.record(hearing_id).substitutions
    return next((s for s in subs if s.get("certificate_sha256") == fp), None)


def journal_substitution(
    hearing: Path, cert: x509.Certificate, who: str, why: str, ordered_by: str, secretary: str
) -> None:
    """Journal that ``who`` seals instead of ``secretary`` (before the seal)."""
    if not (who.strip() and why.strip() and ordered_by.strip()):
        raise ValueError("a substitution needs who signs, why, and on whose order")
    with J.HearingJournal(hearing / "journal.jsonl") as jr:
        jr.append(
            SIGNER_SUBSTITUTED,
            {
                "who": who.strip(),
                "why": why.strip(),
                "ordered_by": ordered_by.strip(),
                "secretary": secretary,
                "certificate_subject": subject_key(cert),
                "certificate_sha256": _fingerprint(cert),
            },
        )


def _fingerprint(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives import hashes

    return cert.fingerprint(hashes.SHA256()).hex()
