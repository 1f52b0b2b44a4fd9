"""The one document model that both renderers (PDF through Qt, DOCX through python-docx) draw.

A :class:`Document` is a page size and a list of blocks: headings, paragraphs, label/value
fields, tables, signature lines and spacers. Builders (protocol, act, forms, envelope) produce
documents from the hearing's facts and the language's texts; renderers know nothing about
hearings, only about these blocks, so a PDF and a DOCX of the same document say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify"]

# The documents' typeface (assets/fonts/NotoSerif-*.ttf): covers every Kazakh letter.
FONT_FAMILY = "Noto Serif"
FONT_FILES = "NotoSerif-*.ttf"


@dataclass(frozen=True)
class Page:
    """Page size and margins in millimetres."""

    width: float = 210.0
    height: float = 297.0
    top: float = 20.0
    bottom: float = 20.0
    left: float = 30.0  # Kazakh office-work custom: a wide left margin for binding
    right: float = 15.0
    name: str = "A4"


A4 = Page()
# The envelope label: DL (220 × 110 mm), landscape, the size of a standard DL envelope.
DL_ENVELOPE = Page(220.0, 110.0, 10.0, 10.0, 12.0, 12.0, "DL")


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: document title, 1: section, 2: sub-section
    align: Align = "left"


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    align: Align = "justify"
    size: float | None = None  # points; None: the document's base size
    indent: float = 0.0  # left indent in millimetres (the addressee block of a form)


@dataclass(frozen=True)
class Fields:
    """Label/value rows without borders (court, case number, date…)."""

    rows: list[tuple[str, str]]
    label_width: float = 0.35  # share of the text width


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    size: float | None = None


@dataclass(frozen=True)
class Signature:
    """A signature line: who signs, a line to sign on, the printed name (may be blank)."""

    role: str
    name: str = ""
    hint: str = ""  # printed under the line, e.g. "(подпись)"


@dataclass(frozen=True)
class Signatures:
    lines: list[Signature]


@dataclass(frozen=True)
class Spacer:
    mm: float = 4.0


Block = Heading | Paragraph | Fields | Table | Signatures | Spacer


@dataclass
class Document:
    kind: str
    lang: str
    title: str  # the file's metadata title
    page: Page = A4
    base_size: float = 11.0
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""  # printed at the foot of each page, with the page label
    page_label: str = "{n} / {m}"  # "page N of M" in the document's language

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def plain_text(self) -> str:
        """Every word of the document, for tests and for a quick look without a renderer."""
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, Heading | Paragraph):
                out.append(b.text)
            elif isinstance(b, Fields):
                out.extend(f"{k} {v}" for k, v in b.rows)
            elif isinstance(b, Table):
                out.append(" | ".join(b.headers))
                out.extend(" | ".join(r) for r in b.rows)
            elif isinstance(b, Signatures):
                out.extend(f"{s.role} {s.name}" for s in b.lines)
        return "\n".join(out)
