"""Pieces several documents share: the hearing's values for text templates, the failure table.

The protocol, the act and the incident report all list technical failures and name the case the
same way; building those pieces once keeps the three documents word for word consistent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from app.documents.layout import Document, Heading, Paragraph, Table
from app.documents.model import Failure, HearingFacts
from app.documents.texts import Texts

T = TypeVar("T")


def case_values(facts: HearingFacts, t: Texts) -> dict[str, str]:
    """Values every template may use: {court}, {case_number}, {case_by}, {date}, {judge}…"""
    category = facts.get("category")
    return {
        "court": facts.get("court"),
        "courtroom": facts.get("courtroom"),
        "case_number": facts.get("case_number"),
        "category": t.term("categories", category),
        "case_by": t.term("case_by", category),
        "date": t.date(facts.get("date")),
        "judge": facts.get("judge"),
        "secretary": facts.get("secretary"),
        "package": facts.recording_name,  # the package only once it exists
    }


def new_document(kind: str, facts: HearingFacts, t: Texts) -> tuple[Document, dict[str, str]]:
    """A document of ``kind`` (protocol, act, incident) with its title and footer from the texts
    of that kind, and the case values its templates use."""
    v = case_values(facts, t)
    doc = Document(kind, t.lang, f"{t(kind + '.title')} {t(kind + '.subtitle')}")
    doc.footer = t(kind + ".footer", **v)
    return doc, v


def numbered_table(
    doc: Document,
    t: Texts,
    key: str,
    items: Sequence[T],
    row: Callable[[T], list[str]],
    widths: list[float],
) -> None:
    """A heading ``protocol.<key>``, then either the line ``protocol.no_<key>`` or a table whose
    columns are ``protocol.<singular>_cols`` and whose rows are numbered from 1."""
    doc.add(Heading(t(f"protocol.{key}")))
    if not items:
        doc.add(Paragraph(t(f"protocol.no_{key}")))
        return
    rows = [[str(i), *row(item)] for i, item in enumerate(items, start=1)]
    doc.add(Table(t.lst(f"protocol.{key[:-1]}_cols"), rows, widths))


def group_hash(hex_digest: str, per_line: int = 0) -> str:
    """A SHA-256 in groups of eight, easy to read aloud and to compare on paper."""
    groups = [hex_digest[i : i + 8] for i in range(0, len(hex_digest), 8)]
    if not per_line:
        return " ".join(groups)
    return "\n".join(" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def failure_table(facts: HearingFacts, t: Texts, failures: list[Failure]) -> Table:
    """One row per failure: what (details underneath), when on the recording and on the clock,
    how long, which channels."""
    day = facts.get("date")
    rows = []
    for i, f in enumerate(failures, start=1):
        what = t.term("failures", f.kind)
        detail = t.detail(f.code, f.values)  # never the engine's English words
        if detail:
            what = f"{what}\n{detail}"
        end = f.end_utc
        rows.append(
            [
                str(i),
                what,
                t.position(facts.hearing_seconds(f.frame)),
                t.clock(f.start_utc, day),
                t.clock(end, day) if end is not None else t("common.none"),
                t.span(f.seconds, f.upper_bound),
                t.channels(f.channels),
            ]
        )
    widths = [0.05, 0.25, 0.12, 0.13, 0.13, 0.18, 0.14]
    return Table(t.lst("common.failure_cols"), rows, widths)


def recorded_seconds(facts: HearingFacts) -> float:
    return facts.total_frames / facts.rate if facts.rate else 0.0


def recorded_files(facts: HearingFacts, t: Texts) -> str:
    """What recording was kept: the package, how many files, how long."""
    return t(
        "common.recorded_files" if facts.package_exists else "common.recorded_files_folder",
        package=facts.recording_name,
        count=len(facts.files),
        duration=t.span(recorded_seconds(facts)),
    )


def lost_seconds(failures: list[Failure]) -> tuple[float, bool]:
    """Sum of the known spans without recording, and whether any of them is only an upper bound."""
    total = sum(f.seconds or 0.0 for f in failures if f.act_required)
    bounded = any(f.upper_bound for f in failures if f.act_required)
    return total, bounded


def simulated(facts: HearingFacts) -> bool:
    """Whether the hearing was recorded from a simulated source (as app/hearing/simulated.py
    marks it in hearing.json)."""
    audio = facts.hearing.get("audio")
    return isinstance(audio, dict) and audio.get("simulated") is True


def mark_simulated(doc: Document, facts: HearingFacts, t: Texts) -> None:
    """A hearing recorded from a simulated source is never evidence: every document of it says
    so first, and again at the foot of every page (a page taken out of it still says so)."""
    if not simulated(facts):
        return
    doc.blocks.insert(0, Paragraph(t("simulated.notice"), bold=True, align="center"))
    mark = t("simulated.mark")  # short: the foot also holds the page number
    doc.footer = f"{mark} · {doc.footer}" if doc.footer else mark
