"""The verification report in the court's language (Rules p. 22: what the archivist reads).

:meth:`app.evidence.report.VerificationReport.to_text` is the English report; :func:`report_text`
writes the same report in Kazakh or Russian: its frame (headings, VALID / NOT VALID, the result)
from the documents' texts (``[verify]`` in ``assets/templates/<lang>.toml``), and every finding —
the verifier's translatable messages — through the window's translations
(:func:`app.translations.translate`). Times are the court's local time, as in the documents.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.documents.texts import LANGUAGES, Texts
from app.evidence.report import VerificationReport
from app.evidence.signature import SignatureCheck
from app.translations import translate


def _when(value: Any, t: Texts) -> str:
    """An ISO time from the signature as the court's local time; anything else as it is."""
    if isinstance(value, dt.datetime):
        moment = value
    else:
        try:
            text = str(value).strip().replace("Z", "+00:00")
            text = text.removesuffix(" UTC") + ("+00:00" if text.endswith(" UTC") else "")
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return t.stamp(moment)


def identity_lines(ident: dict[str, Any], t: Texts) -> list[str]:
    """Which hearing the package is and who signed it, as the English report's head says it:
    case, hearing id and date, court and courtroom, secretary, signer, files and length."""
    seconds = ident.get("seconds")
    closed = t("verify.identity.closed") if ident.get("closed_hearing") else ""
    lines = [
        t("verify.identity.case", case=ident.get("case_number", "")) + closed,
        t(
            "verify.identity.hearing",
            id=ident.get("hearing_id", ""),
            date=t.date(ident.get("date", "")),
        ),
        t(
            "verify.identity.court",
            court=ident.get("court", ""),
            courtroom=ident.get("courtroom", ""),
        ),
        t("verify.identity.secretary", secretary=ident.get("secretary", "")),
    ]
    if "signer" in ident:
        signer = ident.get("signer") or t("verify.identity.signer_none")
        lines.append(t("verify.identity.signer", signer=signer))
    duration = (
        t("verify.identity.duration", d=t.span(float(seconds)))
        if isinstance(seconds, float | int)
        else ""
    )
    lines.append(t("verify.identity.recording", files=ident.get("files", 0), duration=duration))
    return [*lines, ""]


def _signature_lines(s: SignatureCheck, t: Texts, lang: str, allowed: frozenset[str]) -> list[str]:
    """The signature's part; a problem the caller accepts (``allowed``: no root was installed,
    so who signed is unconfirmed) is said as such, not as an invalid signature."""
    codes = list(s.codes or [])
    accepted = bool(codes) and set(codes) <= allowed and s.present and s.intact and s.valid
    if s.ok:
        head = t("verify.signature_ok")
    else:
        head = t("verify.signature_untrusted" if accepted else "verify.signature_bad")
    lines = [head]
    if s.signer:
        lines.append(t("verify.signed_by", signer=s.signer, issuer=s.issuer))
        lines.append(
            t(
                "verify.certificate",
                start=_when(s.certificate_valid_from, t),
                end=_when(s.certificate_valid_to, t),
            )
        )
        lines.append(t("verify.signing_time", time=_when(s.signing_time, t)))
        stamp = (
            t("verify.stamp_by", time=_when(s.timestamp, t), tsa=s.timestamp_authority)
            if s.timestamp
            else t("verify.stamp_none")
        )
        lines.append(t("verify.timestamp", stamp=stamp))
    problems = s.problems or []
    for i, p in enumerate(problems):
        mark = f"{t('verify.note')}:" if i < len(codes) and codes[i] in allowed else "!"
        lines.append(f"  {mark} {translate(p, lang)}")
    lines += [f"  {t('verify.note')}: {translate(n, lang)}" for n in s.notes or []]
    return [*lines, ""]


def report_text(
    report: VerificationReport, lang: str, allowed: frozenset[str] = frozenset()
) -> str:
    """The report in ``lang`` (kk, ru); English (``to_text``) for any other language.
    ``allowed``: problems the caller accepts (the gate's: no root installed), said as notes."""
    if lang not in LANGUAGES:
        return report.to_text()
    from app.hearing.court_time import zone, zone_name

    t = Texts(lang, zone(zone_name()))  # the court's clock, as in the documents
    kind = t("verify.kind_package" if report.kind == "sealed package" else "verify.kind_folder")
    lines = [t("verify.title", kind=kind, path=report.path), ""]
    if any(n.startswith("SIMULATED") for n in report.notes):  # verify.py _mark_simulated
        lines[1:1] = [t("simulated.verify")]
    if report.identity:
        lines += identity_lines(report.identity_summary(), t)
    if report.signature is not None:
        lines += _signature_lines(report.signature, t, lang, allowed)
    mb = f"{report.bytes_checked / 1e6:.1f}".replace(".", ",")  # the decimal comma of kk, ru
    lines.append(t("verify.files", n=report.files_checked, mb=mb))
    chain = t("verify.chain_ok" if report.journal_ok else "verify.chain_bad")
    lines.append(t("verify.journal", n=report.journal_records, chain=chain))
    lines.append(t("verify.segments", n=report.segments_checked))
    lines += [f"  ! {translate(a.description, lang)}" for a in report.audio_changes]
    lines.append("")
    for p in report.problems:
        label = t("verify.note" if p.code in allowed else "verify.problem")
        lines.append(f"{label}: {translate(p.message, lang)}")
    lines += [f"{t('verify.note')}: {translate(n, lang)}" for n in report.notes]
    lines.append("")
    codes = report.codes()
    if report.ok:
        result = t("verify.ok_sealed" if report.kind == "sealed package" else "verify.ok")
    elif not codes - allowed and report.kind == "sealed package":
        result = t("verify.ok_untrusted")  # everything holds; who signed is not confirmed
    else:
        result = t("verify.not_intact")
    lines.append(f"{t('verify.result')}: {result}")
    return "\n".join(lines)
