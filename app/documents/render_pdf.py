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
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
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
DPI = 300
FOOTER_MM = 8.0
HEADING_ANCHOR = "zhazba-heading-"
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


def _para(p: Paragraph, base: float) -> str:
    style = [
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
    return f'<p align="{p.align}" style="{";".join(style)}">{_text(p.text)}</p>'


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


def _table(t: Table, base: float) -> str:
    size = t.size or base - 1.5
    pad = _px(1.0)
    head = "".join(
        f'<th width="{w * 100:.0f}%" align="left" bgcolor="#e8e8e8">{_text(c)}</th>'
        for c, w in zip(t.headers, t.widths, strict=True)
    )
    body = "".join(
        "<tr>" + "".join(f'<td valign="top">{_text(c)}</td>' for c in row) + "</tr>"
        for row in t.rows
    )
    return (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="{pad}" '
        f'style="border-collapse:collapse;border-color:#000;font-size:{size}pt;'
        f'margin-top:{_px(1)}px;margin-bottom:{_px(2)}px">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


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
    if isinstance(b, Table):
        return _table(b, base)
    if isinstance(b, Fields):
        return _fields(b, base)
    if isinstance(b, Signatures):
        return _signatures(b, base)
    if isinstance(b, Spacer):
        return f'<p style="margin:0;font-size:1pt;line-height:{_px(b.mm)}px">&nbsp;</p>'
    raise TypeError(f"unknown block {b!r}")


def to_html(doc: Document, breaks: frozenset[int] = frozenset()) -> str:
    """Rich text for QTextDocument; ``breaks``: indexes of headings that start a new page."""
    parts = [
        _heading(b, doc.base_size, i, i in breaks)
        if isinstance(b, Heading)
        else _block(b, doc.base_size)
        for i, b in enumerate(doc.blocks)
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def _headings_to_move(text: QTextDocument, page_height: float, room: float) -> list[int]:
    """Section headings that sit at the foot of a page with too little of their section under
    them, in document order (Word's "keep with next", which Qt's rich text does not have)."""
    layout = text.documentLayout()
    found: list[int] = []
    block = text.begin()
    while block.isValid():
        it = block.begin()
        if not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(HEADING_ANCHOR):
                    top = layout.blockBoundingRect(block).top() % page_height
                    if top > page_height - room:
                        found.append(int(name.removeprefix(HEADING_ANCHOR)))
        block = block.next()
    return found


def _laid_out(doc: Document, writer: QPdfWriter, font: QFont, body: QSizeF) -> QTextDocument:
    """The document laid out on pages, headings kept with their sections."""
    room = round(KEEP_WITH_NEXT_MM / 25.4 * DPI)
    breaks: frozenset[int] = frozenset()
    while True:
        text = QTextDocument()
        text.documentLayout().setPaintDevice(writer)
        text.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never split a word; hashes are grouped
        text.setDefaultTextOption(option)
        text.setDocumentMargin(0)
        text.setHtml(to_html(doc, breaks))
        text.setPageSize(body)
        # One heading at a time: moving one shifts everything after it.
        new = [i for i in _headings_to_move(text, body.height(), room) if i not in breaks and i]
        if not new:
            return text
        breaks = breaks | {new[0]}


def render_pdf(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as a PDF at ``path``."""
    family = _ensure_qt()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pg = doc.page
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(doc.title)
    writer.setCreator("Zhazba")
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
    if not writer.setPageLayout(layout):
        raise DocumentError(f"the PDF writer refused the page layout {pg}")

    font = QFont(family, round(doc.base_size))
    # No ligatures: "ff" in a hash or file name must stay two letters when copied from the PDF.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    paint = writer.pageLayout().paintRectPixels(DPI)
    footer_px = round(FOOTER_MM / 25.4 * DPI) if doc.footer else 0
    body = QSizeF(paint.width(), paint.height() - footer_px)
    text = _laid_out(doc, writer, font, body)
    pages = text.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise DocumentError(f"cannot write the PDF {path}: check that the folder is writable")
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * body.height())
            text.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
            painter.restore()
            if doc.footer:
                painter.setFont(QFont(family, 8))
                label = doc.page_label.format(n=i + 1, m=pages)
                painter.drawText(
                    QRectF(0, body.height(), body.width(), footer_px),
                    int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft),
                    doc.footer,
                )
                painter.drawText(
                    QRectF(0, body.height(), body.width(), footer_px),
                    int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                    label,
                )
    finally:
        painter.end()
    return path
