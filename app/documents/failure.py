"""The act of technical failure (Rules p. 17–18) and the incident report for p. 9.

The act is drawn up when the journal shows that recording was impossible for a while (device
lost, input overflow, an error, a crash) or that it did not happen at all; it lists what failed,
when, for how long and on which channels, and carries signature lines for the secretary and the
court administrator (first instance) or the department staff (appeal). The incident report tells
the court administrator, after the hearing, about every technical problem the journal holds,
including those that do not call for an act (a failed pre-hearing check, a silent microphone).
"""

from __future__ import annotations

import datetime as dt

from app.documents.layout import Document, Heading, Paragraph, Signature, Signatures, Spacer
from app.documents.model import DocumentError, HearingFacts
from app.documents.parts import failure_table, lost_seconds, new_document, recorded_files
from app.documents.texts import Texts


def build_act(facts: HearingFacts, t: Texts) -> Document:
    failures = [f for f in facts.failures if f.act_required]
    if not failures:
        raise DocumentError(t("act.nothing"))
    doc, v = new_document("act", facts, t)
    doc.add(
        Heading(t("act.title"), 0, "center"),
        Paragraph(t("act.subtitle"), bold=True, align="center"),
        Spacer(3),
        Paragraph(t("act.place_date", **v), align="left"),
        Paragraph(v["date"], align="right"),
        Spacer(2),
    )
    not_recorded = any(f.kind == "not_recorded" for f in failures)
    doc.add(Paragraph(t("act.intro_not_recorded" if not_recorded else "act.intro_failed", **v)))
    doc.add(
        failure_table(facts, t, failures),
        Paragraph(t("common.time_note", offset=t.offset_text), italic=True, size=9),
    )
    total, bounded = lost_seconds(failures)
    if not not_recorded:
        doc.add(Paragraph(t("act.total", total=t.span(total, bounded))))
    if facts.recorded and facts.files:
        doc.add(Paragraph(recorded_files(facts, t)))
    doc.add(Paragraph(t("act.attached")), Spacer(10))
    staff = t.lst("act.first" if facts.instance == "first" else "act.appeal")
    lines = [Signature(t("act.secretary"), v["secretary"], t("common.sign_hint"))]
    blank_name = f"{'_' * 24}\n{t('common.name_hint')}"
    lines += [Signature(role, blank_name, t("common.sign_hint")) for role in staff]
    doc.add(Signatures(lines))
    return doc


def build_incident_report(facts: HearingFacts, t: Texts, today: dt.date | None = None) -> Document:
    if not facts.failures:
        raise DocumentError(t("incident.nothing"))
    doc, v = new_document("incident", facts, t)
    today = today or dt.datetime.now(t.tz).date()
    doc.add(
        Paragraph(t("incident.to"), align="right"),
        Paragraph(v["court"], align="right"),
        Paragraph(t("incident.from", **v), align="right"),
        Spacer(8),
        Heading(t("incident.title"), 0, "center"),
        Paragraph(t("incident.subtitle"), bold=True, align="center"),
        Spacer(3),
        Paragraph(t("incident.body", **v)),
        failure_table(facts, t, facts.failures),
        Paragraph(t("common.time_note", offset=t.offset_text), italic=True, size=9),
    )
    if facts.recorded:
        doc.add(Paragraph(recorded_files(facts, t)))
    else:
        doc.add(Paragraph(t("incident.not_recorded")))
    # Each statement only when the journal (or the act beside it) shows it happened; otherwise
    # a line for the secretary to fill in by hand.
    if facts.judge_informed_utc is not None:  # to the minute, as the secretary gives it
        told = t.clock(facts.judge_informed_utc, facts.get("date"))[:-3]
        doc.add(Paragraph(t("incident.reported", time=told)))
    else:
        doc.add(Paragraph(t("incident.reported_blank")))
    if facts.continued_after_failure:
        doc.add(Paragraph(t("incident.continued")))
    if facts.act_required and facts.act_made:
        doc.add(Paragraph(t("incident.act_made")))
    doc.add(
        Paragraph(t("incident.request")),
        Spacer(10),
        Paragraph(t("incident.date_line", date=today.strftime("%d.%m.%Y")), align="left"),
        Spacer(4),
        Signatures([Signature(t("incident.signer"), v["secretary"], t("common.sign_hint"))]),
    )
    return doc
