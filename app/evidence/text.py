"""The verification report in the court's language (Rules p. 22: what the archivist reads).

:meth:`app.evidence.verify.VerificationReport.to_text` is the English report; :func:`report_text`
writes the same report in Kazakh or Russian: its frame (headings, VALID / NOT VALID, the result)
from the documents' texts (``[verify]`` in ``assets/templates/<lang>.toml``), and every finding —
the verifier's translatable messages — through the window's translations
(:func:`app.translations.translate`). Times are the court's local time, as in the documents.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.documents.texts import LANGUAGES, Texts
from app.evidence.verify import VerificationReport
from app.translations import translate


def _when(value: Any, t: Texts) -> str:
    """An ISO time from the signature as the court's local time; anything else as it is."""
    if isinstance(value, dt.datetime):
        moment = value
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return t.stamp(moment)


def _identity_lines(ident: dict[str, Any], t: Texts) -> list[str]:
    """Which hearing this is and who sealed it, as the English report's head says it."""
    closed = t("verify.id_closed") if ident.get("closed_hearing") else ""
    lines = [
        t("verify.id_case", case=ident.get("case_number")) + closed,
        t("verify.id_hearing", hearing=ident.get("hearing_id"), date=ident.get("date")),
        t("verify.id_court", court=ident.get("court"), courtroom=ident.get("courtroom")),
        t("verify.id_secretary", secretary=ident.get("secretary")),
    ]
    if "signer" in ident:
        lines.append(t("verify.id_signer", signer=ident.get("signer") or t("verify.id_none")))
    seconds = ident.get("seconds")
    recording = t("verify.id_recording", files=ident.get("files"))
    if isinstance(seconds, float | int):
        recording += t("verify.id_seconds", seconds=f"{seconds:.1f}")
    return [*lines, recording, ""]


def report_text(report: VerificationReport, lang: str) -> str:
    """The report in ``lang`` (kk, ru); English (``to_text``) for any other language."""
    if lang not in LANGUAGES:
        return report.to_text()
    t = Texts(lang)
    kind = t("verify.kind_package" if report.kind == "sealed package" else "verify.kind_folder")
    lines = [t("verify.title", kind=kind, path=report.path), ""]
    if report.identity:
        lines += _identity_lines(report.identity_summary(), t)
    s = report.signature
    if s is not None:
        lines.append(t("verify.signature_ok" if s.ok else "verify.signature_bad"))
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
        lines += [f"  ! {translate(p, lang)}" for p in s.problems or []]
        lines += [f"  {t('verify.note')}: {translate(n, lang)}" for n in s.notes or []]
        lines.append("")
    lines.append(t("verify.files", n=report.files_checked, mb=f"{report.bytes_checked / 1e6:.1f}"))
    chain = t("verify.chain_ok" if report.journal_ok else "verify.chain_bad")
    lines.append(t("verify.journal", n=report.journal_records, chain=chain))
    lines.append(t("verify.segments", n=report.segments_checked))
    lines += [f"  ! {translate(a.description, lang)}" for a in report.audio_changes]
    lines.append("")
    lines += [f"{t('verify.problem')}: {translate(p.message, lang)}" for p in report.problems]
    lines += [f"{t('verify.note')}: {translate(n, lang)}" for n in report.notes]
    lines.append("")
    if report.ok:
        result = t("verify.ok_sealed" if report.kind == "sealed package" else "verify.ok")
    else:
        result = t("verify.not_intact")
    lines.append(f"{t('verify.result')}: {result}")
    return "\n".join(lines)
