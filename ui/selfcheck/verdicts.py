"""How a check's verdict looks in the self-check window: colours, glyphs and the list's icon.

Pass, warning and failure each have a colour for the icon (:data:`COLOURS`), a light tint for the
list row (:data:`TINTS`), a darker colour for text that stays readable on white
(:data:`TEXT_COLOURS`) and a glyph (:data:`GLYPHS`), so a verdict is read without colour too.
:func:`verdict_icon` paints the filled circle with the glyph; :func:`check_title` and
:func:`verdict_word` name a check and a verdict in the window's language (translated in the
window's context, ``SelfCheckWindow``); :func:`escape_html` makes a message safe inside the
details pane's rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

COLOURS = {"pass": "#2e7d32", "warn": "#f9a825", "fail": "#c62828"}
TINTS = {"pass": "#e8f5e9", "warn": "#fff8e1", "fail": "#ffebee"}
TEXT_COLOURS = {"pass": "#1b5e20", "warn": "#8a5a00", "fail": "#b71c1c"}  # readable on white
GLYPHS = {"pass": "✓", "warn": "!", "fail": "✗"}


def verdict_icon(verdict: str, size: int = 22) -> QIcon:
    """A filled circle in the verdict's colour with its glyph (readable without colour too)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QBrush(QColor(COLOURS[verdict])))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.65))
    p.setFont(font)
    p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, GLYPHS[verdict])
    p.end()
    return QIcon(pix)


def escape_html(text: str) -> str:
    """``text`` shown as it is inside rich text (no tags taken from a message)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def check_title(check: str) -> str:
    """The check's name as the technician reads it, in the window's language."""
    if check.startswith("microphone_"):
        return QCoreApplication.translate("SelfCheckWindow", "Microphone {0}").format(
            check.split("_", 1)[1]
        )
    titles = {
        "input_device": QCoreApplication.translate("SelfCheckWindow", "Input device"),
        "input_settings": QCoreApplication.translate("SelfCheckWindow", "Channels and sample rate"),
        "test_recording": QCoreApplication.translate("SelfCheckWindow", "Test recording"),
        "signal_present": QCoreApplication.translate("SelfCheckWindow", "Signal on every channel"),
        "noise_floor": QCoreApplication.translate("SelfCheckWindow", "Noise floor"),
        "clipping": QCoreApplication.translate("SelfCheckWindow", "Clipping"),
        "dc_offset": QCoreApplication.translate("SelfCheckWindow", "DC offset"),
        "loopback": QCoreApplication.translate("SelfCheckWindow", "Loopback tone"),
        "output_device": QCoreApplication.translate("SelfCheckWindow", "Headphone output"),
        "disk_space": QCoreApplication.translate("SelfCheckWindow", "Free disk space"),
        "write_speed": QCoreApplication.translate("SelfCheckWindow", "Write speed"),
        "clock": QCoreApplication.translate("SelfCheckWindow", "System clock"),
        "certificate": QCoreApplication.translate("SelfCheckWindow", "Signing certificate"),
        "archive": QCoreApplication.translate("SelfCheckWindow", "Archive server"),
        "mirror": QCoreApplication.translate("SelfCheckWindow", "Second copy"),
        "media": QCoreApplication.translate("SelfCheckWindow", "Removable media"),
        "guided": QCoreApplication.translate("SelfCheckWindow", "Microphone test"),
    }
    return titles.get(check, check)


def verdict_word(verdict: str) -> str:
    """Passed, Warning or Failed, in the window's language."""
    words = {
        "pass": QCoreApplication.translate("SelfCheckWindow", "Passed"),
        "warn": QCoreApplication.translate("SelfCheckWindow", "Warning"),
        "fail": QCoreApplication.translate("SelfCheckWindow", "Failed"),
    }
    return words[verdict]
