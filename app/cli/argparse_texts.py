"""argparse's own words, marked for translation, and looked up in the user's language.

argparse says its refusals ("invalid choice", "unrecognized arguments", "the following arguments
are required") and its help's framing ("usage:", "options") through gettext;
:func:`app.cli.errors.speak_argparse` routes them here. The English texts below are Python 3.11's,
word for word: a text argparse says that is not among them stays English (the test
tests/integration/test_cli_no_english.py makes each refusal happen in Kazakh and Russian).
Loaded only when the language is Kazakh or Russian: ``zhazba --help`` in English loads nothing.
"""

from __future__ import annotations

from app.translations import QT_TRANSLATE_NOOP, catalog

CONTEXT = "Argparse"

TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def translated(text: str, lang: str) -> str:
    """``text`` (one of :data:`TEXTS`) in ``lang``; the English text when it has none."""
    return catalog(lang).get((CONTEXT, text), text)
