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
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J

_v = partial(msg, "Verifier")
SIGNER_SUBSTITUTED = "signer_substituted"
Registry = Callable[[str], list[str]]  # secretary's name → certificate subjects registered


def subject_key(cert: x509.Certificate) -> str:
    """The same key as :func:`app.accounts.roles.certificate_subject_key`: serialNumber (IIN), else
    the RFC 4514 subject."""
    serial = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if serial:
        return f"serialNumber={serial[0].value!s}"
    return cert.subject.rfc4514_string()


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def station_registry(catalog_path: Path) -> Registry | None:
    """The accounts of the station's catalog as a registry (None when there is no catalog)."""
    try:
        if not catalog_path.is_file():
            return None
    except PermissionError:  # another account's station
        return None

    def lookup(secretary: str) -> list[str]:
        try:
            db = sqlite3.connect(f"file:{catalog_path}?mode=ro", uri=True)
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

    return lookup


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


def refuse_wrong_signer(hearing: Path, cert: x509.Certificate, registry: Registry | None) -> None:
    """Before sealing: SealError when the key is not the hearing's secretary's and no
    substitution was journaled."""
    from signing.seal_checks import SealError, read_hearing_json

    info = read_hearing_json(hearing)
    records = J.read_records(hearing / "journal.jsonl")
    code, message = signer_finding(
        str(info.get("secretary", "")), subject_key(cert), registry, records
    )
    if code:
        raise SealError(
            f"{message}. Seal with the secretary's own key, or journal a substitution first "
            "(`zhazba seal DIR --key FILE --substitute-why WHY --ordered-by WHO`)."
        )


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
