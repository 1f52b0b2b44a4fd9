"""Hearing documents: brief protocol, act of failure, incident report, copy forms, envelope.

Everything starts from the hearing folder: :mod:`.model` reads ``hearing.json`` and the journal
into facts, the builders (:mod:`.protocol`, :mod:`.failure`, :mod:`.forms`) turn facts and the
language's texts (:mod:`.texts`, ``assets/templates``) into one :class:`.layout.Document`, and one
of two renderers writes it: PDF through Qt (:mod:`.render_pdf`) or DOCX (:mod:`.render_docx`).
:func:`make_document` is the single entry point the CLI and the UI use.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from app.documents.failure import build_act, build_incident_report
from app.documents.forms import build_application, build_envelope
from app.documents.layout import Document
from app.documents.model import DocumentError, HearingFacts, load_hearing
from app.documents.parts import mark_simulated
from app.documents.protocol import build_protocol
from app.documents.texts import LANGUAGES, Texts
from audio.durable import replacing

KINDS = ("protocol", "act", "incident", "application", "envelope")
FORMATS = ("pdf", "docx")

__all__ = [
    "FORMATS",
    "KINDS",
    "LANGUAGES",
    "DocumentError",
    "build_document",
    "default_path",
    "load_hearing",
    "make_document",
]


def build_document(
    kind: str, facts: HearingFacts, lang: str, *, applicant: str = "", today: dt.date | None = None
) -> Document:
    """The document model of ``kind`` for this hearing in ``lang`` (no file is written)."""
    t = Texts.for_hearing(lang, facts)
    builders: dict[str, Callable[[], Document]] = {
        "protocol": lambda: build_protocol(facts, t),
        "act": lambda: build_act(facts, t),
        "incident": lambda: build_incident_report(facts, t, today),
        "application": lambda: build_application(facts, t, applicant),
        "envelope": lambda: build_envelope(facts, t),
    }
    if kind not in builders:
        raise DocumentError(f"unknown document {kind!r}; one of: {', '.join(KINDS)}")
    doc = builders[kind]()
    mark_simulated(doc, facts, t)  # SIMULATED — NOT EVIDENCE, in every document (#16)
    doc.page_label = t("common.page", n="{n}", m="{m}")
    return doc


def default_path(facts: HearingFacts, kind: str, lang: str, fmt: str) -> Path:
    """Where a document goes unless told otherwise.

    Before sealing: ``<hearing>/protocol/<kind>-<lang>.<fmt>``, so the documents go into the
    package. Once sealed, the hearing folder shares its files with the package and must not
    change, so documents go beside it, into ``<hearing>.documents/``.
    """
    name = f"{kind}-{lang}.{fmt}"
    if facts.seal is None and facts.package is None:
        return facts.folder / "protocol" / name
    base = facts.package_path.name.removesuffix(".sealed")
    return facts.package_path.with_name(f"{base}.documents") / name


def make_document(
    kind: str,
    folder: str | Path,
    lang: str,
    fmt: str,
    out: str | Path | None = None,
    *,
    applicant: str = "",
) -> Path:
    """Read the hearing in ``folder``, build the document and write it; returns the file written."""
    if fmt not in FORMATS:
        raise DocumentError(f"unknown format {fmt!r}; use pdf or docx")
    facts = load_hearing(folder)
    doc = build_document(kind, facts, lang, applicant=applicant)
    path = Path(out) if out else default_path(facts, kind, lang, fmt)
    sealed_dirs = [facts.folder.resolve()] if facts.seal or facts.package else []
    if facts.package is not None:
        sealed_dirs.append(facts.package.resolve())
    if any(path.resolve().is_relative_to(d) for d in sealed_dirs):
        raise DocumentError(
            f"{path} is inside a sealed hearing; nothing may be added to it (Rules p. 19). "
            "Write the document elsewhere with --out."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed into place: a file that shares its inode with a
    # sealed package (a hard link) is replaced, never overwritten in place.
    try:
        with replacing(path) as tmp:
            if fmt == "pdf":
                from app.documents.render_pdf import render_pdf  # Qt only when a PDF is asked for

                render_pdf(doc, tmp)
            else:
                from app.documents.render_docx import render_docx

                render_docx(doc, tmp)
            _require_complete(tmp, fmt, path)
    except OSError as e:
        full = " (free space on that drive, or write elsewhere with --out)" if e.errno == 28 else ""
        raise DocumentError(f"cannot write {path}: {e.strerror or e}{full}") from e
    return path


def _require_complete(tmp: Path, fmt: str, path: Path) -> None:
    """Refuse a document the renderer left empty or cut short (Qt's PDF writer says nothing when
    the drive fills up): on disk, synced, and whole (a PDF's end marker, a DOCX's zip)."""
    import zipfile

    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
        size = os.fstat(f.fileno()).st_size
        f.seek(max(0, size - 1024))
        tail = f.read()
    whole = size > 0 and (b"%%EOF" in tail if fmt == "pdf" else zipfile.is_zipfile(tmp))
    if not whole:
        raise DocumentError(
            f"cannot write {path}: the drive is full or the file came out cut short; nothing "
            "was written. Free space on that drive, or write elsewhere with --out"
        )
