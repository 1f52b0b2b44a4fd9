"""What the signer binding of a verified package was checked against, in the report.

On a court station (:mod:`app.evidence.register`) the package's claims are compared with the
station's own record of the hearing (:func:`app.evidence.binding.station_findings`); a package
the station never opened, or one verified elsewhere, is bound only as far as the package itself
tells, and the report says so (``binding.source``: ``station``, ``archive anchors`` when the
court archive holds the anchor of the journal's first record, or ``package``).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from app.evidence.audio_origin import NOT_TIED, OFF_STATION, check_package_audio
from app.evidence.binding import SIGNER_SUBSTITUTED, signer_finding, station_findings
from app.evidence.register import RegisterError, said
from audio.text import QT_TRANSLATE_NOOP, msg

_v = partial(msg, "Verifier")


def check_binding(
    report: Any, info: dict[str, Any], records: list[dict[str, Any]], registry: Any
) -> None:
    """Add the signer binding's findings to a :class:`app.evidence.verify.VerificationReport`,
    and say in ``report.binding`` (and a note) what the binding was checked against."""
    sig = report.signature
    hearing = str(info.get("id") or "")
    if registry is not None and getattr(registry, "court", False):
        report.binding = {"source": "station"}
        try:
            opened = next((r for r in records if r.get("kind") == "hearing_opened"), {})
            record = registry.record(hearing, str(opened.get("hash", "")))
        except RegisterError as e:
            _register_altered(report, e)
            return
        if record.opening is None:  # a package this station never opened (from elsewhere)
            report.binding = {"source": "package", "station": "not opened on this station"}
            report.notes.append(NOT_OPENED_HERE)
            _package_only(report, info, records, registry)
            return
        problems, notes = station_findings(
            record, info, records, sig.signer_subject, sig.signer_certificate_sha256, sealed=True
        )
        for code, text in problems:
            report.problem(code, text)
        report.notes += notes
        if record.opening.get("audio_tied") or record.untied_after_tie:
            _audio_origin(report, registry, hearing, info, records)
        else:  # opened before the station tied audio to its hearings
            report.notes.append(_v(NOT_TIED))
        if record.opening is not None:
            report.binding.update(
                secretary=record.opening.get("secretary"),
                closed_hearing=bool(record.opening.get("closed_hearing")),
                account=record.opening.get("account"),
            )
        return
    _package_only(report, info, records, registry)
    report.binding = {"source": "package"}


def _register_altered(report: Any, e: RegisterError) -> None:
    report.problem("register_altered", _v(QT_TRANSLATE_NOOP(
        "Verifier",
        "this station's record of its hearings cannot be trusted: {why}. Restore the "
        "catalog from a backup",
    ), why=said(e)))  # fmt: skip


def _audio_origin(
    report: Any, registry: Any, hearing: str, info: dict[str, Any], records: list[dict[str, Any]]
) -> None:
    """Each audio file against the station's record of the hearing's recorded segments."""
    try:
        check_package_audio(report, registry.station, hearing, info, records)
    except RegisterError as e:
        _register_altered(report, e)


def _package_only(
    report: Any, info: dict[str, Any], records: list[dict[str, Any]], registry: Any
) -> None:
    """The binding as far as the package itself can tell (no station record of the hearing)."""
    code, found = signer_finding(
        str(info.get("secretary", "")), report.signature.signer_subject, None, records
    )
    if code:
        report.problem(code, found)
    else:
        report.notes.append(found)
    report.notes.append(PACKAGE_ONLY)
    report.notes.append(_v(OFF_STATION))
    for r in records:
        if r.get("kind") == SIGNER_SUBSTITUTED:
            report.notes.append(_v(QT_TRANSLATE_NOOP(
                "Verifier",
                "the journal says the hearing was sealed by a substitute; whether an "
                "administrator authorised it can be checked only on the station that recorded it",
            )))  # fmt: skip
            break


def anchored_binding(report: Any) -> None:
    """Off the station's record: when the court archive holds the anchor of the journal's
    ``hearing_opened`` record and the journal agrees with every anchor, the secretary and the
    closed flag are what the station recorded; say so in place of "nothing outside the package"."""
    if report.binding.get("source") != "package" or not report.anchors.get("opening_in_archive"):
        return
    if "anchor_journal_mismatch" in report.codes() or not report.journal_ok:
        return
    report.binding = {**report.binding, "source": "archive anchors"}
    report.notes = [ANCHORED if n == PACKAGE_ONLY else n for n in report.notes]


ANCHORED = _v(
    QT_TRANSLATE_NOOP(
        "Verifier",
        "binding checked against: the live anchors in the court archive. The secretary's name and "
        "the closed flag are what the station recorded when the hearing was opened; whether the "
        "signer's certificate is that secretary's is not proven without the station's record",
    )
)


NOT_OPENED_HERE = _v(
    QT_TRANSLATE_NOOP(
        "Verifier",
        "this hearing was not opened on this station (its audit log has no record of it), so who "
        "its secretary is cannot be confirmed here; nothing is given out from this station",
    )
)
PACKAGE_ONLY = _v(
    QT_TRANSLATE_NOOP(
        "Verifier",
        "binding checked against: nothing outside the package (no station record). Only 'signed "
        "by a holder of a court certificate' is proven; the secretary's name and the closed flag "
        "are the package's own claim",
    )
)
