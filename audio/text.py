"""Messages for people that the window can translate, built in layers that never import Qt.

A :class:`Msg` *is* a ``str``: its value is the English text with its parameters filled in, so
the command line, logs, JSON output and every caller that compares or joins strings see plain
English. It also carries what a translator needs: the translation ``context``, the English
``template`` (with ``{name}`` placeholders, format specs allowed: ``{level:.0f}``) and the
``params``. The window (:func:`ui.widgets.i18n.tr_msg`) looks the template up in the installed Qt
translation and fills the params in, translating params that are themselves a :class:`Msg`.

Templates are marked where they are written with :func:`QT_TRANSLATE_NOOP`, which
``pyside6-lupdate`` recognises in Python sources when both arguments are string literals (implicit
concatenation of literals is fine, f-strings are not)::

    msg("SelfCheck", QT_TRANSLATE_NOOP("SelfCheck", "No medium at {mount}."), mount=mount)

A ``Msg`` with an empty context is structural (``"{0}; {1}"`` from :func:`join`): its template
is not translated, only its params are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``template`` for translation in ``context``; returns it unchanged."""
    return template


class Msg(str):
    """English text (the ``str`` value) plus the context, template and params to translate it."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, params: Mapping[str, Any] | None = None) -> Msg:
        values = dict(params or {})
        self = super().__new__(cls, template.format(**values))
        self.context = context
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Msg, (self.context, self.template, self.params))

    def __copy__(self) -> Msg:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Msg:
        return self  # immutable as far as anyone should care

    def __repr__(self) -> str:
        return f"Msg({self.context!r}, {self.template!r}, {self.params!r})"

    def to_json(self) -> dict[str, Any]:
        """Context, template and params (nested messages too), for storage that wants them."""
        return {
            "context": self.context,
            "template": self.template,
            "params": {k: _param_json(v) for k, v in self.params.items()},
        }


def _param_json(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.to_json()
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def msg(context: str, template: str, /, **params: Any) -> Msg:
    """A :class:`Msg`; the template should be written as ``QT_TRANSLATE_NOOP(context, "...")``."""
    return Msg(context, template, params)


def message_of(error: BaseException) -> str:
    """What ``error`` says: its message as raised (a translatable :class:`Msg` stays one), else
    its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


def join(separator: str, parts: Iterable[str]) -> Msg:
    """``separator.join(parts)`` as a structural :class:`Msg` whose parts stay translatable."""
    items = list(parts)
    template = (
        separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(items)))
    )
    return Msg("", template, {f"p{i}": p for i, p in enumerate(items)})
