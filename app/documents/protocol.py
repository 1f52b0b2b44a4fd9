"""The brief protocol of a hearing (Rules p. 12–13), built from the hearing's facts.

It states the court and case, who took part, when recording started and ended, that audio
recording was used and the exact package and file names that hold it, every pause with its reason
(p. 6), every technical failure (p. 9), the audio markers with corrections shown, the inventory line
for the medium that goes into the case file (p. 12) and the fingerprint of the signed journal
(p. 14). A cassation hearing keeps no protocol (p. 5): :func:`build_protocol` refuses it.
"""

from __future__ import annotations

from app.documents.details import classify
from app.documents.layout import (
    Document,
    Fields,
    Heading,
    Paragraph,
    Signature,
    Signatures,
    Spacer,
    Table,
)
from app.documents.model import DocumentError, HearingFacts, Pause
from app.documents.parts import (
    failure_table,
    group_hash,
    new_document,
    numbered_table,
    recorded_seconds,
)
from app.documents.texts import Texts
from app.hearing.markers import Marker

NBSP = "\u00a0"


def build_protocol(facts: HearingFacts, t: Texts) -> Document:
    if facts.instance == "cassation":
        raise DocumentError(t("protocol.cassation"))
    doc, v = new_document("protocol", facts, t)
    doc.add(
        Heading(t("protocol.title"), 0, "center"),
        Heading(t("protocol.subtitle"), 0, "center"),
        Spacer(3),
        Fields(
            [
                (t("protocol.court"), v["court"]),
                (t("protocol.courtroom"), v["courtroom"]),
                (t("protocol.instance"), t.term("instances", facts.instance)),
                (t("protocol.category"), v["category"]),
                (t("protocol.case_number"), v["case_number"]),
                (t("protocol.date"), v["date"]),
                (t("protocol.judge"), v["judge"]),
                (t("protocol.secretary"), v["secretary"]),
                (
                    t("protocol.kind"),
                    t("protocol.closed_yes")
                    if facts.hearing.get("closed_hearing")
                    else t("protocol.closed_no"),
                ),
            ]
        ),
    )
    if facts.chain_problem:
        code, values = classify("chain", facts.chain_problem)  # the verifier's English words
        doc.add(Paragraph(t("common.chain_problem", problem=t.detail(code, values)), bold=True))
    _participants(doc, facts, t)
    if facts.recorded:  # no recording: no times, pauses or markers of one to state
        _times(doc, facts, t)
    _audio(doc, facts, t, v)
    if facts.recorded:
        _pauses(doc, facts, t)
    _failures(doc, facts, t)
    if facts.recorded or facts.markers:
        _markers(doc, facts, t)
    if facts.recorded and facts.files:  # no recording, no medium for the case file
        _inventory(doc, facts, t, v)
    _signature(doc, facts, t)
    doc.add(
        Spacer(8),
        Signatures(
            [
                Signature(t("protocol.sign_judge"), v["judge"], t("common.sign_hint")),
                Signature(t("protocol.sign_secretary"), v["secretary"], t("common.sign_hint")),
            ]
        ),
    )
    return doc


def _inventory(doc: Document, facts: HearingFacts, t: Texts, v: dict[str, str]) -> None:
    """The medium for the case file (p. 12), named as what exists: the package, or the folder."""
    key = "protocol.inventory_line" if facts.package_exists else "protocol.inventory_line_folder"
    doc.add(
        Heading(t("protocol.inventory")),
        Paragraph(t(key, package=v["package"], count=len(facts.files))),
    )


def _participants(doc: Document, facts: HearingFacts, t: Texts) -> None:
    doc.add(Heading(t("protocol.participants")))
    if not facts.participants:
        doc.add(Paragraph(t("protocol.no_participants")))
        return
    rows = [
        [str(i), t.term("roles", p.role), p.name, "" if p.channel is None else str(p.channel)]
        for i, p in enumerate(facts.participants, start=1)
    ]
    doc.add(Table(t.lst("protocol.participant_cols"), rows, [0.06, 0.34, 0.42, 0.18]))


def _times(doc: Document, facts: HearingFacts, t: Texts) -> None:
    day = facts.get("date")
    ended = t.clock(facts.ended_utc, day) if facts.ended_utc else t("protocol.not_ended")
    doc.add(
        Heading(t("protocol.times")),
        Fields(
            [
                (t("protocol.started"), t.clock(facts.started_utc, day)),
                (t("protocol.ended"), ended),
                (t("protocol.duration"), t.span(recorded_seconds(facts))),
            ]
        ),
        Paragraph(t("common.time_note", offset=t.offset_text), italic=True, size=9),
    )
    if facts.started_utc is not None:
        recorded = t.local(facts.started_utc).date().isoformat()
        if day and recorded != day:  # the card's date is not the day the recording was made
            doc.add(
                Paragraph(
                    t("protocol.date_differs", card=t.date(day), recorded=t.date(recorded)),
                    bold=True,
                )
            )


def _audio(doc: Document, facts: HearingFacts, t: Texts, v: dict[str, str]) -> None:
    doc.add(Heading(t("protocol.audio")))
    if not facts.recorded:
        ground = facts.not_recorded_ground
        if ground and ground != "technical":
            doc.add(Paragraph(t("protocol.not_recorded_ground", ground=t.term("grounds", ground))))
            if facts.not_recorded_note:
                doc.add(Paragraph(facts.not_recorded_note))
            return
        doc.add(Paragraph(t("protocol.not_recorded")))
        return
    key = "protocol.audio_statement" if facts.package_exists else "protocol.audio_statement_folder"
    doc.add(Paragraph(t(key, package=v["package"])))
    rows = [
        [
            str(i),
            f"{f.name}\n{group_hash(f.sha256, 4)}",
            t.channels(f.channels),
            t.span(f.frames / facts.rate if facts.rate else None),
        ]
        for i, f in enumerate(facts.files, start=1)
    ]
    doc.add(Table(t.lst("protocol.file_cols"), rows, [0.06, 0.62, 0.14, 0.18]))


def _pauses(doc: Document, facts: HearingFacts, t: Texts) -> None:
    day = facts.get("date")

    def row(p: Pause) -> list[str]:
        return [
            t.term("pauses", p.reason),
            t.position(facts.hearing_seconds(p.frame)),
            t.clock(p.start_utc, day),
            t.clock(p.end_utc, day) if not p.until_end else t("protocol.pause_open"),
            t.span(p.seconds),
        ]

    numbered_table(doc, t, "pauses", facts.pauses, row, [0.05, 0.31, 0.12, 0.16, 0.16, 0.20])


def _failures(doc: Document, facts: HearingFacts, t: Texts) -> None:
    doc.add(Heading(t("protocol.failures")))
    if not facts.failures:
        doc.add(Paragraph(t("protocol.no_failures")))
        return
    doc.add(failure_table(facts, t, facts.failures))
    if facts.act_required and facts.act_made:
        doc.add(Paragraph(t("protocol.act_attached")))


def marker_subject(m: Marker, t: Texts) -> str:
    """Who speaks (and as whom), or which event; both when an event names a person."""
    who = m.speaker
    if m.role:
        role = t.term("roles", m.role)
        who = f"{who} ({role})" if who else role
    if m.type == "event" or m.event:
        event = t.term("events", m.event or "other")
        return f"{event}: {who}" if who else event
    return who


def marker_note(m: Marker, facts: HearingFacts, t: Texts) -> str:
    lines = [m.note] if m.note else []
    for a in m.amendments:
        before = "; ".join(_shown(k, v, t) or t("common.none") for k, v in a.before.items())
        lines.append(t("protocol.amended", time=t.clock(a.when, facts.get("date")), before=before))
    return "\n".join(lines)


def _shown(field: str, value: str, t: Texts) -> str:
    if field == "event" and value:
        return t.term("events", value)
    if field == "role" and value:
        return t.term("roles", value)
    return value


def _markers(doc: Document, facts: HearingFacts, t: Texts) -> None:
    day = facts.get("date")

    def row(m: Marker) -> list[str]:
        return [
            t.position(facts.hearing_seconds(m.frame if m.placed else None)),
            t.clock(m.when, day),
            marker_subject(m, t),
            marker_note(m, facts, t),
        ]

    numbered_table(doc, t, "markers", facts.markers, row, [0.06, 0.13, 0.13, 0.33, 0.35])


def _hash_line(doc: Document, label: str, digest: str) -> None:
    """A label, then the hash on a line of its own that never wraps (no-break spaces)."""
    doc.add(
        Paragraph(f"{label}:", align="left"),
        Paragraph(group_hash(digest).replace(" ", NBSP), align="left", size=9),
    )


def _signature(doc: Document, facts: HearingFacts, t: Texts) -> None:
    doc.add(Heading(t("protocol.signature")))
    seal = facts.seal
    if seal is None:
        doc.add(Paragraph(t("protocol.not_sealed")))
        _hash_line(doc, t("protocol.journal_head"), facts.journal_head)
        return
    # Named as the signature names them: the key's holder, who may not be the hearing's
    # secretary; whether the package reached the server is not in the journal, so not said.
    doc.add(
        Paragraph(
            t("protocol.sealed", signer=seal.signer, time=t.stamp(seal.utc))
            if seal.signer
            else t("protocol.sealed_unnamed", time=t.stamp(seal.utc))
        )
    )
    _hash_line(doc, t("protocol.seal_record"), seal.record_hash)
    if seal.certificate_sha256:
        _hash_line(doc, t("protocol.seal_certificate"), seal.certificate_sha256)
    if seal.signature_sha256:
        _hash_line(doc, t("protocol.seal_signature"), seal.signature_sha256)
