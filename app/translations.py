"""The window's Kazakh and Russian translations, read without Qt, for text the command line prints.

A :class:`audio.text.Msg` is translated in the window by Qt (:func:`ui.widgets.i18n.tr_msg`); a
command (``zhazba verify --lang kk``) has no Qt translator, so this module reads the same
translations straight from ``assets/i18n/zhazba_<lang>.ts`` (the source the window's ``.qm`` files
are built from) and fills the message in the same way: the template looked up in its context,
params that are themselves messages translated first, the English text when there is no translation
or when a translation's placeholders do not fit.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, Msg

# Msg and QT_TRANSLATE_NOOP are how every layer marks a text for translation; the windows take
# them from here (ui/ imports app/ only).
__all__ = ["QT_TRANSLATE_NOOP", "Msg", "catalog", "translate"]

I18N = Path(__file__).resolve().parents[1] / "assets" / "i18n"


@functools.cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, English template) → translation, for ``lang`` (empty for English)."""
    path = I18N / f"zhazba_{lang}.ts"
    if lang == "en" or not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            if node.text:
                out[(name, source)] = node.text
    return out


def translate(value: str, lang: str) -> str:
    """``value`` in ``lang`` when it is a :class:`Msg` with a translation, else unchanged."""
    if not isinstance(value, Msg):
        return value
    template = value.template
    if value.context:
        template = catalog(lang).get((value.context, value.template), value.template)
    params: dict[str, Any] = {
        k: translate(v, lang) if isinstance(v, Msg) else v for k, v in value.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return value.template.format(**params)


def env_lang() -> str:
    """The language of the command line's one-line refusals: ``ZHAZBA_LANG``, else the locale
    (``LC_ALL``, ``LC_MESSAGES``, ``LANG``) when it is Kazakh or Russian, else English — the
    rule of :func:`app.cli.errors.cli_language`."""
    from app.cli.errors import cli_language

    return cli_language()
