"""Copy application forms (Rules Appendices 1 and 2) and the envelope label for the medium (p. 15).

The form follows the Rules' wording line by line and is pre-filled from the hearing: the judge
and court it is addressed to, the hearing date, the case number and category. Which form applies
is decided by p. 31: criminal cases get Appendix 1 (audio and video copy), civil, administrative and
administrative-offence cases get Appendix 2 (audio copy only); a closed hearing gets no copy at all
(p. 32), so no form is produced. The envelope label is sized for a DL envelope (220 × 110 mm).
"""

from __future__ import annotations

from app.documents.layout import (
    DL_ENVELOPE,
    Document,
    Fields,
    Heading,
    Paragraph,
    Signature,
    Signatures,
    Spacer,
)
from app.documents.model import DocumentError, HearingFacts
from app.documents.parts import case_values, group_hash
from app.documents.texts import Texts

BLANK = "_" * 36
ADDRESSEE_INDENT = 80.0  # mm: the addressee block sits in the right half, as in the Rules' form


def form_number(facts: HearingFacts) -> int:
    """Appendix 1 for criminal cases, Appendix 2 for the rest (Rules p. 31)."""
    return 1 if facts.get("category") == "criminal" else 2


def build_application(
    facts: HearingFacts, t: Texts, applicant: str = "", address: str = ""
) -> Document:
    if facts.hearing.get("closed_hearing"):
        raise DocumentError(t("form.closed"))
    n = form_number(facts)
    v = case_values(facts, t)
    doc = Document("application", t.lang, t(f"form.title{n}"))
    doc.footer = t("form.footer", **v)
    small = 9.0

    def addressee(text: str, hint: str) -> None:
        doc.add(
            Paragraph(text, align="left", indent=ADDRESSEE_INDENT),
            Paragraph(hint, italic=True, align="left", size=small, indent=ADDRESSEE_INDENT),
        )

    doc.add(
        Paragraph(t(f"form.appendix{n}"), align="left", size=small, indent=ADDRESSEE_INDENT),
        Paragraph(t("form.form_word"), align="left", size=small, indent=ADDRESSEE_INDENT),
        Spacer(4),
    )
    addressee(f"{t('form.to')} {v['judge']}, {v['court']}", t("form.to_hint"))
    addressee(f"{t('form.from')} {applicant or BLANK}", t("form.from_hint"))
    addressee(address or BLANK, t("form.address_hint"))
    doc.add(
        Spacer(4),
        Heading(t(f"form.title{n}"), 0, "center"),
        Spacer(2),
        Paragraph(
            t(
                f"form.ask{n}",
                date=t.date_words(facts.get("date")),
                case_number=v["case_number"],
                category=v["category"],
            )
        ),
        Paragraph(t("form.how"), italic=True, size=small),
        Paragraph(t("form.oblige")),
        Paragraph(t(f"form.oblige1_{n}")),
        Paragraph(t("form.oblige2")),
        Spacer(2),
        Paragraph(t("common.blank_date"), align="left"),
        Paragraph(BLANK, align="left"),
        Spacer(2),
        Paragraph(t("form.warned")),
        Paragraph(t("form.medium")),
        Paragraph(t("form.formatted")),
        Spacer(4),
        Signatures([Signature(t("form.date_hint"), "", t("form.sign_hint"))]),
    )
    return doc


def build_envelope(facts: HearingFacts, t: Texts) -> Document:
    if not (facts.recorded and facts.files):
        raise DocumentError(t("envelope.nothing"))  # no recording, no medium to put in it
    v = case_values(facts, t)
    doc = Document("envelope", t.lang, t("envelope.title"), page=DL_ENVELOPE, base_size=12.0)
    holder = t("envelope.package" if facts.package_exists else "envelope.folder")
    doc.add(
        Paragraph(v["court"], align="center", size=9),
        Heading(t("envelope.title"), 2, "center"),
        Paragraph(
            f"{t('envelope.case_number')} {v['case_number']}", bold=True, align="center", size=16
        ),
        Fields(
            [
                (t("envelope.date"), v["date"]),
                (t("envelope.secretary"), v["secretary"]),
                (holder, v["package"]),
            ],
            label_width=0.42,
        ),
        Spacer(5),
        Signatures([Signature(t("envelope.signature"), v["secretary"], t("common.sign_hint"))]),
    )
    if facts.seal is not None:
        digest = group_hash(facts.seal.record_hash).replace(" ", "\u00a0")  # never wraps
        doc.add(Paragraph(f"SHA-256: {digest}", size=7, align="center"))
    return doc
