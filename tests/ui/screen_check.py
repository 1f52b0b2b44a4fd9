"""Checks for a courtroom PC's screen (1366×768) and for English left in a Kazakh or Russian window.

:func:`not_shown` names every control whose whole rectangle is not on the screen: outside the
1366×768 screen, outside its window, or clipped by a parent (a scroll area's viewport, a splitter
pane too small). :func:`latin_words` lists the Latin-script words of every visible text of a
window (labels, buttons, group titles, table headers and cells, combo items, tab and window
titles, line edits' placeholders), except what is not language: file names, case numbers, units,
the program's name in Latin letters where the text is about the software, key names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

SCREEN = QRect(0, 0, 1366, 768)

# words that are not a language: units, formats, key names, Latin abbreviations used as such in
# Kazakh and Russian texts (OK is what Qt's own Russian translation writes)
ALLOWED = {
    "ok",
    "dbfs",
    "db",
    "hz",
    "khz",
    "mb",
    "gb",
    "kb",
    "ms",
    "flac",
    "wav",
    "csv",
    "pdf",
    "docx",
    "json",
    "p12",
    "pfx",
    "pem",
    "usb",
    "rsa",
    "sha",
    "gost",
    "s3",
    "utc",
    "ctrl",
    "shift",
    "alt",
    "f1",
    "f2",
    "f3",
    "f4",
    "f5",
    "f6",
    "f7",
    "f8",
    "f9",
    "f10",
    "f11",
    "f12",
    "esc",
    "enter",
    "space",
    "not",
    "original",
    "bagit",
    "cades",
    "tsa",
    "id",
    "nca",
    "ncalayer",
    "jack",
    "asio",
    "wasapi",
    "alsa",
    "pulseaudio",
    "portaudio",
    "pulse",
    "null",
    "sink",
    "dc",
    "rms",
    "pcm",
    "zhazba",
    "x",
    "h",
    "mm",
    "ss",
    "hh",
    "ntp",
    "fsync",  # the system call the write-speed check names, for the technician
    "english",  # the language menu names each language in itself
    "audacity",  # a program's name (markers as Audacity labels)
}
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
NOT_LANGUAGE = re.compile(
    r"(\S+\.(flac|wav|csv|txt|pdf|docx|json|p12|pfx|pem|sealed|peaks|png|html)\b)"  # file names
    r"|(\S*[/\\]\S*)"  # paths and case numbers (7199-26-00-2/1234)
    r"|(\b\d[\w\-]*\b)"  # numbers with units glued on (48kHz, 16bit)
    r"|(<[^>]+>)"  # rich-text tags
    r"|(&\w+;)"  # entities
    r"|(«[^»]*»)"  # a device's or a file's own name, quoted
)


def global_rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


def not_shown(widgets: dict[str, QWidget]) -> dict[str, str]:
    """``{name: why}`` for each named control that is hidden or not wholly on the screen."""
    out: dict[str, str] = {}
    for name, w in widgets.items():
        if not w.isVisible():
            out[name] = "hidden"
            continue
        rect = global_rect(w)
        if not SCREEN.contains(rect):
            out[name] = f"{rect.getRect()} is off the 1366×768 screen"
            continue
        node = w
        while not node.isWindow():  # up to its own window, not the window that owns a dialog
            parent = node.parentWidget()
            if parent is None:
                break
            prect = global_rect(parent)
            if not prect.contains(rect):
                clip = f"{type(parent).__name__} {prect.getRect()}"
                out[name] = f"{rect.getRect()} is clipped by {clip}"
                break
            node = parent
    return out


def visible_texts(window: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for every text the window shows now."""
    yield "title", window.windowTitle()
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        kind = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QLineEdit):
            yield kind, w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield kind, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield kind, w.tabText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root = QModelIndex()
            if isinstance(w, QListWidget):
                for r in range(w.count()):
                    yield kind + " item", w.item(r).text()
                continue
            for c in range(m.columnCount(root)):
                yield kind + " header", str(m.headerData(c, _horizontal()) or "")
            for r in range(min(m.rowCount(root), 50)):
                for c in range(m.columnCount(root)):
                    yield kind + " cell", str(m.index(r, c).data() or "")
        if w.toolTip() and w.isVisible():
            yield kind + " tooltip", w.toolTip()
    menubar = getattr(window, "menuBar", None)
    if callable(menubar) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            yield "menu", action.text()
            if action.menu() is not None:
                for sub in action.menu().actions():
                    yield "menu item", sub.text()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def latin_words(window: QWidget, allowed: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(where, word) for each Latin-script word of a visible text that is not allowed."""
    extra = {a.lower() for a in allowed}
    out = []
    for where, text in visible_texts(window):
        cleaned = NOT_LANGUAGE.sub(" ", text.replace("&&", "").replace("&", ""))
        for word in WORD.findall(cleaned):
            if word.lower() not in ALLOWED and word.lower() not in extra:
                out.append((where, f"{word} in “{text[:80]}”"))
    return out


def top_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
