"""PDF rendering of a :class:`~app.documents.layout.Document` through Qt (QtGui only).

The document's blocks become rich text for a ``QTextDocument`` laid out on the page size of a
``QPdfWriter``; pages are painted one by one with a footer ("page N of M"). The fonts come from
``assets/fonts`` (Noto Serif, which covers every Kazakh letter) and are registered with
``QFontDatabase.addApplicationFont``, so the PDF embeds them and never depends on the fonts a
machine happens to have. Qt needs a ``QGuiApplication``; when none exists one is created on the
offscreen platform, so this works on a headless station and in tests.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from app.documents.keep_together import (
    DPI,
    HEADING_ANCHOR,
    PARAGRAPH_ANCHOR,
    blocks_to_move,
    headings_to_move,
    units_to_move,
)
from app.documents.layout import (
    FONT_FAMILY,
    FONT_FILES,
    Block,
    Document,
    Fields,
    Heading,
    Paragraph,
    Signatures,
    Spacer,
    Table,
)
from app.documents.model import DocumentError

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FOOTER_MM = 8.0
KEEP_WITH_NEXT_MM = 25.0  # a section heading needs this much page under it, or moves on

# Qt objects that must outlive a call: the application created here (if any) and the font family.
_qt: dict[str, object] = {}


def prepare() -> None:
    """Register the bundled fonts now. Call it on the GUI thread before documents are rendered
    on a worker thread (the station seals a hearing off the GUI thread)."""
    _ensure_qt()


def _ensure_qt() -> str:
    """Make sure a QGuiApplication exists and the bundled fonts are loaded; return the family."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _qt["app"] = QGuiApplication([])
    family = _qt.get("family")
    if isinstance(family, str):
        return family
    families: set[str] = set()
    for ttf in sorted(FONTS.glob(FONT_FILES)):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            raise DocumentError(f"cannot load the font {ttf}; reinstall the station's assets")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY not in families:
        raise DocumentError(
            f"the font {FONT_FAMILY} is missing from {FONTS}; reinstall the station's assets"
        )
    _qt["family"] = FONT_FAMILY
    return FONT_FAMILY


def _px(mm: float) -> int:
    """Millimetres in rich-text pixels, which Qt measures at 96 per inch whatever the device."""
    return max(0, round(mm / 25.4 * 96))


def _text(value: str) -> str:
    return "<br/>".join(html.escape(line) for line in value.split("\n"))


def _para(p: Paragraph, base: float, index: int | None = None, page_break: bool = False) -> str:
    """A paragraph; with ``index``, an anchor finds it again in the laid-out document (a
    paragraph that would straddle two pages is moved whole onto the next, see
    :func:`app.documents.keep_together.blocks_to_move`)."""
    style = ["page-break-before:always"] if page_break else []
    style += [
        f"font-size:{p.size or base}pt",
        f"margin-top:{_px(0.8)}px",
        f"margin-bottom:{_px(1.2)}px",
    ]
    if p.bold:
        style.append("font-weight:bold")
    if p.italic:
        style.append("font-style:italic")
    if p.indent:
        style.append(f"margin-left:{_px(p.indent)}px")
    anchor = f'<a name="{PARAGRAPH_ANCHOR}{index}"></a>' if index is not None and p.text else ""
    return f'<p align="{p.align}" style="{";".join(style)}">{anchor}{_text(p.text)}</p>'


def _heading(h: Heading, base: float, index: int, page_break: bool) -> str:
    size = {0: base + 3, 1: base + 0.5, 2: base + 1}.get(h.level, base)
    top = {0: 0.5, 1: 4.0, 2: 2.0}.get(h.level, 2.0)
    brk = "page-break-before:always;" if page_break else ""
    # The anchor finds the heading again in the laid-out document (see _headings_to_move).
    return (
        f'<p align="{h.align}" style="{brk}font-size:{size}pt;font-weight:bold;'
        f'margin-top:{_px(top)}px;margin-bottom:{_px(1.5)}px">'
        f'<a name="{HEADING_ANCHOR}{index}"></a>{_text(h.text)}</p>'
    )


def _table(t: Table, base: float, index: int, breaks: frozenset[str]) -> tuple[str, list[str]]:
    """A table; where a row would be split across pages (``t<index>r<row>`` in ``breaks``, see
    :func:`_units_to_move`) the table ends, and goes on on the next page under its header again,
    so no row (and no hash in it) is ever split. Returns the HTML and, for each table made,
    its unit: ``t<index>r<first row>``."""
    size = t.size or base - 1.5
    pad = _px(1.0)
    head = (
        "<tr>"
        + "".join(
            f'<td width="{w * 100:.0f}%" align="left" bgcolor="#e8e8e8"><b>{_text(c)}</b></td>'
            for c, w in zip(t.headers, t.widths, strict=True)
        )
        + "</tr>"
    )

    def one(rows: str, brk: str) -> str:
        return (
            f'<table width="100%" border="1" cellspacing="0" cellpadding="{pad}" '
            f'style="{brk}border-collapse:collapse;border-color:#000;font-size:{size}pt;'
            f'margin-top:{_px(1)}px;margin-bottom:{0 if "after" in brk else _px(2)}px">'
            f"{rows}</table>"
        )

    parts: list[str] = []
    units: list[str] = [f"t{index}r0"]
    # Qt puts an empty line after a table: a part ends with a page break *after* it, or that
    # line would fall onto the new page and push the next part a page further.
    body = head
    brk = "page-break-before:always;" if f"t{index}r0" in breaks else ""
    for r, row in enumerate(t.rows):
        unit = f"t{index}r{r}"
        if r and unit in breaks:
            parts.append(one(body, brk + "page-break-after:always;"))
            units.append(unit)
            body, brk = head, ""
        body += (
            "<tr>"
            + "".join(
                f'<td width="{w * 100:.0f}%" valign="top">{_text(c)}</td>'
                for c, w in zip(row, t.widths, strict=True)
            )
            + "</tr>"
        )
    parts.append(one(body, brk))
    return "".join(parts), units


def _page_break() -> str:
    return '<p style="page-break-before:always;margin:0;font-size:1pt">&nbsp;</p>'


def _fields(f: Fields, base: float) -> str:
    lw = round(f.label_width * 100)
    rows = "".join(
        f'<tr><td width="{lw}%" valign="top">{_text(k)}</td>'
        f'<td width="{100 - lw}%" valign="top"><b>{_text(v)}</b></td></tr>'
        for k, v in f.rows
    )
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="{_px(0.6)}" '
        f'style="font-size:{base}pt">{rows}</table>'
    )


def _signatures(s: Signatures, base: float) -> str:
    rows = "".join(
        f'<tr><td width="34%" valign="bottom">{_text(line.role)}</td>'
        f'<td width="24%" align="center" valign="bottom">____________________<br/>'
        f'<span style="font-size:{base - 3}pt">{_text(line.hint)}</span></td>'
        f'<td width="42%" valign="bottom">{_text(line.name)}</td></tr>'
        for line in s.lines
    )
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="{_px(1.5)}" '
        f'style="font-size:{base}pt">{rows}</table>'
    )


def _block(b: Block, base: float) -> str:
    if isinstance(b, Paragraph):
        return _para(b, base)
    if isinstance(b, Fields):
        return _fields(b, base)
    if isinstance(b, Signatures):
        return _signatures(b, base)
    if isinstance(b, Spacer):
        return f'<p style="margin:0;font-size:1pt;line-height:{_px(b.mm)}px">&nbsp;</p>'
    raise TypeError(f"unknown block {b!r}")


def to_html(doc: Document, breaks: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """Rich text for QTextDocument, and the keep-together unit of each table in it, in order
    ("" for a table that may break). ``breaks``: units that start a new page — headings
    (``h<i>``), paragraphs (``p<i>``), table rows (``t<i>r<r>``) and signature blocks
    (``s<i>``)."""
    parts: list[str] = []
    units: list[str] = []
    for i, b in enumerate(doc.blocks):
        if isinstance(b, Heading):
            parts.append(_heading(b, doc.base_size, i, f"h{i}" in breaks))
        elif isinstance(b, Table):
            html_, table_units = _table(b, doc.base_size, i, breaks)
            parts.append(html_)
            units.extend(table_units)
        elif isinstance(b, Paragraph):
            parts.append(_para(b, doc.base_size, i, f"p{i}" in breaks))
        elif isinstance(b, Signatures):
            if f"s{i}" in breaks:
                parts.append(_page_break())
            parts.append(_signatures(b, doc.base_size))
            units.append(f"s{i}")
        else:
            parts.append(_block(b, doc.base_size))
            if isinstance(b, Fields):
                units.append("")
    return "<html><body>" + "".join(parts) + "</body></html>", units


def _laid_out(doc: Document, writer: QPagedPaintDevice, font: QFont, body: QSizeF) -> QTextDocument:
    """The document laid out on pages: headings kept with their sections, table rows and the
    signature block never split (each fix moves one unit to the next page; then again)."""
    room = round(KEEP_WITH_NEXT_MM / 25.4 * DPI)
    breaks: frozenset[str] = frozenset()
    while True:
        text = QTextDocument()
        text.documentLayout().setPaintDevice(writer)
        text.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never split a word; hashes are grouped
        text.setDefaultTextOption(option)
        text.setDocumentMargin(0)
        html_, units = to_html(doc, breaks)
        text.setHtml(html_)
        text.setPageSize(body)
        # One unit at a time, the first in the document: moving one shifts everything after it.
        found = (
            headings_to_move(text, body.height(), room)
            + blocks_to_move(text, body.height())
            + units_to_move(text, units, body.height())
        )
        new = [u for u in found if u not in breaks]
        if not new:
            return text
        breaks = breaks | {min(new, key=lambda u: _order(doc, u))}


def _order(doc: Document, unit: str) -> tuple[int, int]:
    """Where a unit sits in the document: (block index, row)."""
    block, _, row = unit[1:].partition("r")
    return int(block), int(row or 0)


def render_pdf(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as a PDF at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(doc.title)
    writer.setCreator("Zhazba")
    paint_pages(doc, writer, f"cannot write the PDF {path}: check that the folder is writable")
    return path


def paint_pages(doc: Document, device: QPagedPaintDevice, refused: str) -> None:
    """Lay ``doc`` out on ``device``'s pages and paint them: a PDF writer, or a printer
    (:mod:`.render_print`); ``refused`` is the message when the device cannot be painted on."""
    family = _ensure_qt()  # the device's resolution is DPI (set by the caller)
    pg = doc.page
    landscape = pg.width > pg.height
    size = QPageSize(
        QSizeF(min(pg.width, pg.height), max(pg.width, pg.height)),
        QPageSize.Unit.Millimeter,
        pg.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    layout = QPageLayout(
        size,
        orientation,
        QMarginsF(pg.left, pg.top, pg.right, pg.bottom),
        QPageLayout.Unit.Millimeter,
    )
    if not device.setPageLayout(layout):
        raise DocumentError(f"the page layout {pg} was refused: {refused}")

    font = QFont(family, round(doc.base_size))
    # No ligatures: "ff" in a hash or file name must stay two letters when copied from the PDF.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    paint = device.pageLayout().paintRectPixels(DPI)
    footer_px = round(FOOTER_MM / 25.4 * DPI) if doc.footer else 0
    body = QSizeF(paint.width(), paint.height() - footer_px)
    text = _laid_out(doc, device, font, body)
    pages = text.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise DocumentError(refused)
    try:
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            painter.translate(0, -i * body.height())
            # Qt draws every block that touches the rectangle, edges included: a block that
            # starts exactly at the next page's top would be drawn (clipped, but its text in
            # the PDF) on this page too, so the rectangle stays a pixel inside the page.
            page_rect = QRectF(0, i * body.height() + 1, body.width(), body.height() - 2)
            text.drawContents(painter, page_rect)
            painter.restore()
            if doc.footer:
                painter.setFont(QFont(family, 8))
                label = doc.page_label.format(n=i + 1, m=pages)
                foot = QRectF(0, body.height(), body.width(), footer_px)
                bottom = Qt.AlignmentFlag.AlignBottom
                painter.drawText(foot, int(bottom | Qt.AlignmentFlag.AlignLeft), doc.footer)
                painter.drawText(foot, int(bottom | Qt.AlignmentFlag.AlignRight), label)
    finally:
        painter.end()
