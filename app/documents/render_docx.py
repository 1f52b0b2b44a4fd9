"""DOCX rendering of a :class:`~app.documents.layout.Document` through python-docx.

The same blocks the PDF renderer draws become Word paragraphs and tables with the same page size
and margins, so a secretary who must correct a protocol by hand edits the very text the PDF shows.
The text font is Noto Serif (every Kazakh letter), set for Latin, Cyrillic and complex scripts; a
Word without that font substitutes one, which is why the PDF, with its embedded font, is the
document of record.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.table import Table as DocxTable
from docx.table import _Cell, _Row
from docx.text.font import Font
from docx.text.paragraph import Paragraph as DocxParagraph

from app.documents.layout import (
    FONT_FAMILY,
    Block,
    Document,
    Fields,
    Heading,
    Paragraph,
    Signatures,
    Spacer,
    Table,
)

LANG_TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _set_font(font: Font, size: float) -> None:
    font.name = FONT_FAMILY
    font.size = Pt(size)
    rpr = font.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT_FAMILY)


def _write(
    par: DocxParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> None:
    for i, line in enumerate(text.split("\n")):
        run = par.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            run.add_break()


def _spacing(par: DocxParagraph, before: float = 0.8, after: float = 1.2) -> None:
    fmt = par.paragraph_format
    fmt.space_before = Mm(before)
    fmt.space_after = Mm(after)


def _cell(
    cell: _Cell, text: str, *, bold: bool = False, size: float | None = None, align: str = "left"
) -> None:
    par = cell.paragraphs[0]
    par.alignment = ALIGN[align]
    _spacing(par, 0.3, 0.3)
    _write(par, text, bold=bold, size=size)


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _keep_rows(table: DocxTable, *, together: bool = False) -> None:
    """No row breaks across pages (Word's "cantSplit"); ``together``: the whole table stays on
    one page, every paragraph but the last kept with the next (the signature block)."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    if together:
        pars = [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
        for par in pars[:-1]:
            par.paragraph_format.keep_with_next = True


def _widths(table: DocxTable, widths_mm: list[float]) -> None:
    """Column widths in the grid and in every cell: Word reads one, LibreOffice the other."""
    for col, w in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(w)
        for cell in col.cells:
            cell.width = Mm(w)


def _table(out: DocxDocument, t: Table, width_mm: float, base: float) -> None:
    size = t.size or base - 1.5
    table = out.add_table(rows=1, cols=len(t.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, t.headers, strict=True):
        _cell(cell, text, bold=True, size=size)
        _shade(cell, "E8E8E8")
    _repeat_header(table.rows[0])
    for row in t.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _cell(cell, text, size=size)
    _keep_rows(table)
    _widths(table, [width_mm * w for w in t.widths])


def _plain_table(
    out: DocxDocument,
    rows: list[list[tuple[str, bool, str]]],
    widths: list[float],
    width_mm: float,
    size: float,
) -> DocxTable:
    """A borderless table: each cell is (text, bold, align)."""
    table = out.add_table(rows=0, cols=len(widths))
    table.autofit = False
    for row in rows:
        cells = table.add_row().cells
        for cell, (text, bold, align) in zip(cells, row, strict=True):
            _cell(cell, text, bold=bold, size=size, align=align)
    _widths(table, [width_mm * w for w in widths])
    return table


def _block(out: DocxDocument, b: Block, width_mm: float, base: float) -> None:
    if isinstance(b, Heading):
        par = out.add_paragraph()
        par.alignment = ALIGN[b.align]
        _spacing(par, {0: 0.5, 1: 4.0, 2: 2.0}.get(b.level, 2.0), 1.5)
        par.paragraph_format.keep_with_next = True
        _write(par, b.text, bold=True, size={0: base + 3, 1: base + 0.5, 2: base + 1}[b.level])
    elif isinstance(b, Paragraph):
        par = out.add_paragraph()
        par.alignment = ALIGN[b.align]
        _spacing(par)
        if b.indent:
            par.paragraph_format.left_indent = Mm(b.indent)
        _write(par, b.text, bold=b.bold, italic=b.italic, size=b.size)
    elif isinstance(b, Table):
        _table(out, b, width_mm, base)
        _spacing(out.add_paragraph(), 0, 0)
    elif isinstance(b, Fields):
        rows = [[(k, False, "left"), (v, True, "left")] for k, v in b.rows]
        _plain_table(out, rows, [b.label_width, 1 - b.label_width], width_mm, base)
    elif isinstance(b, Signatures):
        rows = [
            [(s.role, False, "left"), ("", False, "center"), (s.name, False, "left")]
            for s in b.lines
        ]
        table = _plain_table(out, rows, [0.34, 0.24, 0.42], width_mm, base)
        for row, s in zip(table.rows, b.lines, strict=True):
            par = row.cells[1].paragraphs[0]
            _write(par, "____________________\n", size=base)
            _write(par, s.hint, size=base - 3)
        _keep_rows(table, together=True)
    elif isinstance(b, Spacer):
        par = out.add_paragraph()
        _spacing(par, 0, 0)
        par.paragraph_format.line_spacing = Mm(max(b.mm, 1.0))
        par.add_run("").font.size = Pt(1)
    else:
        raise TypeError(f"unknown block {b!r}")


def _footer(par: DocxParagraph, text: str, page_label: str, width_mm: float) -> None:
    """Footer text on the left, "page N of M" (Word fields) on the right."""
    stops = par.paragraph_format.tab_stops
    for inherited in (Twips(4680), Twips(9360)):  # the template's Footer style: centre, right
        stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    _write(par, f"{text}\t", size=8)
    for piece in re.split(r"(\{n\}|\{m\})", page_label):
        if piece in ("{n}", "{m}"):
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE" if piece == "{n}" else "NUMPAGES")
            run = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "16")  # half-points: 8 pt, as the text beside it
            rpr.append(size)
            shown = OxmlElement("w:t")
            shown.text = "1"
            run.extend([rpr, shown])
            field.append(run)
            par._p.append(field)
        elif piece:
            _write(par, piece, size=8)


def render_docx(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as a DOCX at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = new_docx()
    pg = doc.page
    section = out.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if pg.width > pg.height else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(pg.width), Mm(pg.height)
    section.top_margin, section.bottom_margin = Mm(pg.top), Mm(pg.bottom)
    section.left_margin, section.right_margin = Mm(pg.left), Mm(pg.right)
    normal = out.styles["Normal"]
    _set_font(normal.font, doc.base_size)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    normal.paragraph_format.line_spacing = 1.0  # the template's 1.15 would not match the PDF
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANG_TAGS.get(doc.lang, doc.lang))  # spelling and hyphenation
    normal.element.get_or_add_rPr().append(lang)
    out.core_properties.title = doc.title
    out.core_properties.author = "Zhazba"
    width_mm = pg.width - pg.left - pg.right
    if doc.footer:
        _footer(section.footer.paragraphs[0], doc.footer, doc.page_label, width_mm)
    for b in doc.blocks:
        _block(out, b, width_mm, doc.base_size)
    out.save(str(path))
    return path
