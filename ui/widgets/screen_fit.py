"""Windows that fit a courtroom PC's screen (1366×768 is common) with every control on it.

:func:`fit_to_screen` gives a window its preferred size, or less when the screen's available
area (without the task bar) is smaller, leaving room for the title bar the window manager adds,
and keeps it on the screen. :func:`scrolling` wraps a page in a frameless scroll area, so a form
taller than the screen scrolls instead of pushing the window (and the buttons below the page)
off it: a top-level window cannot be smaller than its layout's minimum size, so every tall page
must be able to shrink. :class:`ElidedButton` shortens a long name on a button instead of
widening the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

FRAME_WIDTH = 16  # the window manager's borders
FRAME_HEIGHT = 40  # and title bar (Windows 10/11 and common Linux desktops: 30–38 px)


def available(widget: QWidget) -> tuple[int, int, int, int]:
    """x, y, width and height of the screen area ``widget`` may use (its own screen's)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return area.x(), area.y(), area.width(), area.height()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width``×``height``, or the available area less the window frame when that is smaller;
    moved back onto the screen when it would stick out."""
    x, y, aw, ah = available(window)
    w = max(320, min(width, aw - FRAME_WIDTH))
    h = max(240, min(height, ah - FRAME_HEIGHT))
    window.resize(w, h)
    pos = window.pos()
    if pos.x() + w > x + aw or pos.y() + h + FRAME_HEIGHT > y + ah or pos.x() < x or pos.y() < y:
        window.move(
            x + max(0, (aw - w - FRAME_WIDTH) // 2), y + max(0, (ah - h - FRAME_HEIGHT) // 2)
        )


def scrolling(page: QWidget, horizontal: bool = False) -> QScrollArea:
    """``page`` in a frameless scroll area that resizes it (vertical scrolling only, unless
    ``horizontal``)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


class ElidedButton(QPushButton):
    """A push button whose long text (a participant's full name) is shortened with "…" to the
    room it has, instead of widening the window; the whole text is its tool tip."""

    MIN_WIDTH = 120
    MAX_HINT = 300

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text.replace("&&", "&"))
        super().setText(text)

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MIN_WIDTH), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.MAX_HINT), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.width() - 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) - 8
        option.text = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(20, room), Qt.TextFlag.TextShowMnemonic
        )
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
