"""Printing a hearing document on a printer, laid out exactly as its PDF (Qt's QPrinter).

The documents dialog (:mod:`ui.copies.documents_dialog`) prints through here: the same
:func:`~app.documents.render_pdf.paint_pages` that writes the PDF paints on the printer, so what
comes out of the printer is page for page the PDF that goes into the package.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from app.documents.layout import Document
from app.documents.render_pdf import DPI, paint_pages


def printer_for_documents() -> QPrinter:
    """A printer at the documents' resolution (the layout is computed at that resolution)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(DPI)
    return printer


def print_document(doc: Document, printer: QPrinter) -> None:
    """Print ``doc`` on ``printer`` (chosen in a print dialog, or a PDF printer in tests)."""
    printer.setResolution(DPI)
    printer.setDocName(doc.title)
    printer.setCreator("Zhazba")
    paint_pages(doc, printer, f"the printer {printer.printerName() or '(PDF)'} refused the job")
