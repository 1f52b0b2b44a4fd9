"""Keeping things whole across page breaks, found in a laid-out ``QTextDocument`` (QtGui only).

Qt's rich text breaks pages by lines only: a table row, a signature block, a paragraph or a
heading may end up split, or a heading alone at a page's foot. :mod:`.render_pdf` lays a
document out, asks these functions what the layout split — each answer names a *unit*
(``h<i>`` heading, ``p<i>`` paragraph, ``t<i>r<r>`` table row, ``s<i>`` signature block, by the
block's index in the :class:`~.layout.Document`) — starts that unit on a new page, and lays the
document out again until nothing is split. Nothing here knows about hearings.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextTable

DPI = 300  # the renderer's resolution (app/documents/render_pdf.py)
HEADING_ANCHOR = "zhazba-heading-"
PARAGRAPH_ANCHOR = "zhazba-paragraph-"
ROW_FOOT_MM = 5.0  # below a table row's text: its padding, border and the table's margin


def units_to_move(text: QTextDocument, units: list[str], page_height: float) -> list[str]:
    """Table rows and signature blocks that the layout split across two pages, in order.

    ``units`` names each table of the document in order (see :func:`to_html`); a row is split
    when its cells' text starts on one page and ends on the next."""
    layout = text.documentLayout()
    found: list[str] = []

    def page(y: float) -> int:
        return int(y // page_height)

    tables = [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for table, unit in zip(tables, units, strict=False):
        if not unit:
            continue
        if unit.startswith("s"):  # the signature block: all of it on one page
            rect = layout.frameBoundingRect(table)
            split = page(rect.top()) != page(rect.bottom() - 1) and rect.height() < page_height
            # moved to the next page by Qt itself: its bottom-aligned cells would still be
            # painted at the foot of the page before, so the move is made explicit
            moved = page(rect.top()) > 0 and rect.top() % page_height < ROW_FOOT_MM / 25.4 * DPI
            if split or moved:
                found.append(unit)
            continue
        block, _, first = unit[1:].partition("r")
        above = None  # the page of the row above (the header's, first)
        for row in range(table.rows()):  # row 0 is the header
            tops, bottoms = [], []
            for col in range(table.columns()):
                cell = table.cellAt(row, col)
                tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
            # the cell's padding and border lie below its text: they must fit too
            top, bottom = page(min(tops)), page(max(bottoms) + ROW_FOOT_MM / 25.4 * DPI)
            # split, or moved to the next page by Qt (away from its header): break before it;
            # the first row goes with the header
            if row and (top != bottom or top != above):
                found.append(f"t{block}r{int(first) + max(0, row - 1)}")
                break
            above = top
    return found


def headings_to_move(text: QTextDocument, page_height: float, room: float) -> list[str]:
    """Section headings that sit at the foot of a page with too little of their section under
    them, in document order (Word's "keep with next", which Qt's rich text does not have)."""
    layout = text.documentLayout()
    found: list[str] = []
    block = text.begin()
    while block.isValid():
        it = block.begin()
        if not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(HEADING_ANCHOR):
                    top = layout.blockBoundingRect(block).top() % page_height
                    index = int(name.removeprefix(HEADING_ANCHOR))
                    if top > page_height - room and index:
                        found.append(f"h{index}")
        block = block.next()
    return found


def blocks_to_move(text: QTextDocument, page_height: float) -> list[str]:
    """Headings and paragraphs whose lines lie on two pages, in document order.

    Qt paints a page by drawing every block whose lines' rectangle meets it, clipped: a block
    that straddles a page break is painted on both pages, and the clipped half stays in the
    PDF's text (a search, a copy or pdftotext finds the line twice). Each such block is moved
    whole onto the next page (shorter than a page: always, in these documents)."""
    text.documentLayout().documentSize()  # laid out lazily: all of it, now
    found: list[str] = []
    block = text.begin()
    while block.isValid():
        it = block.begin()
        names = [] if it.atEnd() else it.fragment().charFormat().anchorNames()
        for name in names:
            for prefix, kind in ((PARAGRAPH_ANCHOR, "p"), (HEADING_ANCHOR, "h")):
                if not name.startswith(prefix):
                    continue
                lines = block.layout()
                rect = lines.boundingRect().translated(lines.position())
                first, last = rect.top() // page_height, (rect.bottom() - 1) // page_height
                if first != last and rect.height() < page_height:
                    found.append(f"{kind}{int(name.removeprefix(prefix))}")
        block = block.next()
    return found
