"""Languages of the window (Kazakh, Russian, English) and the fonts that show Kazakh letters.

:class:`Languages` installs one :class:`QTranslator` loaded from ``assets/i18n/zhazba_<lang>.qm``
(English is the source language and needs none), and a second one with Qt's own translations
(``qtbase_<lang>.qm`` from the Qt installation, :func:`qt_translations_dir`) so the standard
buttons (OK, Cancel, Close, Open…) and Qt's dialogs speak the same language. Switching installs the
new translator and removes the old one; Qt then sends every widget a ``LanguageChange`` event and
each widget re-reads its texts, so the switch happens at runtime without rebuilding the window:
a widget that inherits :class:`Retranslatable` (first, before its Qt class) has its
``retranslate`` called on that event.
:func:`load_fonts` registers the bundled Noto fonts, which cover the Kazakh letters (ә ғ қ ң ө ұ ү
һ і) on machines whose system fonts do not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.translations import Msg

ASSETS = Path(__file__).resolve().parents[2] / "assets"
I18N_DIR = ASSETS / "i18n"
FONTS_DIR = ASSETS / "fonts"
LANGUAGES = ("kk", "ru", "en")
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class Languages(QObject):
    """Owns the installed translator; ``changed`` is emitted after a switch."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication, folder: Path = I18N_DIR) -> None:
        # Owned by the application, not by Python: a QObject left to Python's cyclic garbage
        # collector may be destroyed on whichever thread happens to run the collection.
        super().__init__(app)
        self._app = app
        self._folder = folder
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None
        self.current = "en"

    def switch(self, lang: str) -> bool:
        """Install ``lang``; False (and English stays) when its .qm file cannot be loaded."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        new: QTranslator | None = None
        ok = True
        if lang != "en":
            new = QTranslator(self)
            ok = new.load(str(self._folder / f"zhazba_{lang}.qm"))
            if not ok:
                new = None
        qt_new: QTranslator | None = None
        if new is not None:
            qt_new = QTranslator(self)
            if not qt_new.load(f"qtbase_{lang}", str(qt_translations_dir())):
                qt_new = None  # Qt's own words stay English; the station's are translated
        for old in (self._translator, self._qt_translator):
            if old is not None:
                self._app.removeTranslator(old)
        for t in (qt_new, new):  # the last installed is asked first: the station's own words
            if t is not None:
                self._app.installTranslator(t)
        self._translator, self._qt_translator = new, qt_new
        # Qt announces a new translator only while its event loop runs (QCoreApplication::exec);
        # say it ourselves so a switch before that (start-up, tests) reaches every window too
        # (QApplication posts it on to each window: it arrives with the next event processing).
        QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        self.current = lang if ok else "en"
        QLocale.setDefault(QLocale({"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}[self.current]))
        self.changed.emit(self.current)
        return ok


class Retranslatable:
    """Mixin for a widget whose texts follow the language: ``class Box(Retranslatable, QGroupBox)``.

    On Qt's ``LanguageChange`` event (a language switch) :meth:`retranslate` sets every text
    again (the widget calls it once itself when it is built), then :meth:`refill` writes again
    the rows whose cells hold translated words."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refill()
        super().changeEvent(event)  # type: ignore[misc] # the Qt class after this one has it

    def retranslate(self) -> None:
        """Set the widget's texts in the installed language."""

    def refill(self) -> None:
        """Write the lists again, after a language switch (their cells hold translated words)."""


def qt_translations_dir() -> Path:
    """Where Qt's own .qm files are: the Qt installation's (PySide6 ships qtbase_kk and
    qtbase_ru), or ``PySide6/Qt/translations`` beside the frozen program."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def tr_msg(value: str) -> str:
    """``value`` in the installed language when it is a :class:`audio.text.Msg`, else unchanged.

    The template is looked up with :meth:`QCoreApplication.translate` in the message's context
    (untranslated when there is no translation), then its params are filled in; params that are
    themselves a ``Msg`` are translated the same way first. A translation whose placeholders do
    not fit the params falls back to the English text rather than showing a broken line.
    """
    if not isinstance(value, Msg):
        return value
    template = value.template
    if value.context:
        template = QCoreApplication.translate(value.context, value.template)
    params: dict[str, Any] = {
        k: tr_msg(v) if isinstance(v, Msg) else v for k, v in value.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return value.template.format(**params)


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "ru"


def load_fonts(app: QApplication, size: int = 10) -> str | None:
    """Register the bundled sans fonts and make them the application font; returns the family."""
    family = None
    for path in sorted(FONTS_DIR.glob("NotoSans-*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            fams = QFontDatabase.applicationFontFamilies(fid)
            family = fams[0] if fams else None
    if family:
        font = QFont(family, size)
        app.setFont(font)
    return family
