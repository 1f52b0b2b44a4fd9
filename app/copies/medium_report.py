"""The verification report written onto the medium beside a copy (Rules p. 21–22, 31).

The archivist who checks the case file (p. 22), or the participant who received a copy, reads
on the medium itself what the station checked when it wrote the copy, and the result, in the
court's language: ``verification-kk.txt`` and/or ``verification-ru.txt``. Each names the
package (case, hearing id and date, court, secretary, signer, files and length), says what was
checked — for the case-file copy, the copy read back from the medium and then verified in full
there (signature, manifests, journal chain, every audio file against the journal); for a
participant's copy, the signed package verified in full before the copy was made, and every
file of the copy read back and compared with ``SHA256SUMS.txt`` — and ends with the verdict.

The report is written only after the copy verified (a copy that did not is refused, and the
medium says so in ``INCOMPLETE-COPY.txt``), so it never claims a result the station did not see.
Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt

from app.documents.texts import LANGUAGES, Texts
from app.evidence.text import report_text
from app.evidence.verify import VerificationReport

REPORT_FILE = "verification-{lang}.txt"


def report_languages(lang: str) -> tuple[str, ...]:
    """The reader's language (kk or ru); both when the copy was asked in another (en)."""
    return (lang,) if lang in LANGUAGES else LANGUAGES


def _texts(lang: str) -> Texts:
    from app.hearing.court_time import zone, zone_name

    return Texts(lang, zone(zone_name()))


def _file(lines: list[str]) -> bytes:
    """UTF-8 with a byte-order mark and CR LF: any Windows Notepad shows the Cyrillic right."""
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def copy_reports(
    kind: str,
    report: VerificationReport,
    lang: str,
    *,
    folder: str,
    medium: str,
    allowed: frozenset[str] = frozenset(),
    files: int = 0,
    checksum: str = "",
    now: dt.datetime | None = None,
) -> dict[str, bytes]:
    """The report files beside a copy, one per reader's language. For the case-file copy
    (``kind`` "case-file") ``report`` is the verification of the copy read back from the
    medium; for a participant's copy ("participant") it is the verification of the signed
    package the copy was made from, followed by the check of the copy's ``files`` against
    SHA256SUMS.txt (whose SHA-256 is ``checksum``)."""
    now = now or dt.datetime.now(dt.UTC)
    suffix = "case" if kind == "case-file" else "participant"
    out: dict[str, bytes] = {}
    for code in report_languages(lang):
        t = _texts(code)
        lines = [
            t(f"medium_report.title_{suffix}"),
            "",
            t("medium_report.checked", time=t.stamp(now)),
            t("medium_report.copy", folder=folder, medium=medium),
            t(f"medium_report.what_{suffix}"),
            "",
        ]
        if kind == "case-file":
            lines.append(report_text(report, code, allowed))
        else:
            lines += [
                t("medium_report.source"),
                report_text(report, code, allowed),
                "",
                t("medium_report.participant_files", n=files, checksum=checksum),
            ]
        out[REPORT_FILE.format(lang=code)] = _file(lines)
    return out
