"""The schema of the hearing details: types, lengths and the characters a name may hold.

One set of rules for every way details come in — the window's form, ``zhazba record --hearing
FILE``, markers typed on standard input — because they all end in ``hearing.json``, the journal,
``bag-info.txt`` and the documents. Text may be any language but never holds control characters
(NUL, BEL, line breaks, escape sequences) nor the invisible characters that reverse the direction
of text (a "bidi override" can make a name or a case number read differently from what is
stored), and is never longer than a person would type. :func:`text_problems` is called from
:meth:`app.hearing.details.HearingInfo.validate`, so the form and the command line refuse the same
things;
:func:`hearing_from_json` checks the types of a JSON document before building a
:class:`~app.hearing.details.HearingInfo` from it.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from audio.text import QT_TRANSLATE_NOOP, join, msg

if TYPE_CHECKING:
    from app.hearing.details import FieldProblem, HearingInfo

# Longest text a person would type into each field (characters).
TEXT_LIMITS = {
    "court": 200,
    "courtroom": 64,
    "judge": 200,
    "secretary": 200,
    "date": 10,
    "instance": 32,
    "category": 32,
}
NAME_MAX = 200  # a participant's name
ROLE_MAX = 32
MAX_PARTICIPANTS = 64
MARKER_SPEAKER_MAX = 200
MARKER_NOTE_MAX = 1000

# Invisible characters that change the direction of text (Unicode bidi controls).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def bad_characters(text: str) -> str | None:
    """Why ``text`` may not be stored (control or text-direction characters), or None."""
    for c in text:
        if c in BIDI_CONTROLS:
            return msg("Hearing", QT_TRANSLATE_NOOP(
                "Hearing", "contains a text-direction control character ({code})"),
                code=f"U+{ord(c):04X}")  # fmt: skip
        category = unicodedata.category(c)
        if category in ("Cc", "Cs", "Zl", "Zp"):
            return msg(
                "Hearing",
                QT_TRANSLATE_NOOP("Hearing", "contains a control character ({code})"),
                code=f"U+{ord(c):04X}",
            )
    return None


def text_problem(text: str, limit: int) -> str | None:
    """Why a piece of text is not acceptable (too long, bad characters), or None."""
    if len(text) > limit:
        return msg("Hearing", QT_TRANSLATE_NOOP("Hearing", "is longer than {limit} characters"),
                   limit=limit)  # fmt: skip
    return bad_characters(text)


def text_problems(info: HearingInfo) -> list[FieldProblem]:
    """Every field of ``info`` whose text is too long or holds characters it may not hold."""
    from app.hearing.details import FieldProblem

    problems: list[FieldProblem] = []
    # the case number's length and characters (control and format ones included): check_case_number
    for name, limit in TEXT_LIMITS.items():
        why = text_problem(getattr(info, name), limit)
        if why:
            problems.append(FieldProblem(name, why))
    if len(info.participants) > MAX_PARTICIPANTS:
        more = QT_TRANSLATE_NOOP("Hearing", "more than {most} participants")
        problems.append(FieldProblem("participants", msg("Hearing", more, most=MAX_PARTICIPANTS)))
    for i, p in enumerate(info.participants[:MAX_PARTICIPANTS], start=1):
        why = text_problem(p.name, NAME_MAX) or text_problem(p.role, ROLE_MAX)
        if why:
            problems.append(FieldProblem(f"participants[{i}]", why))
    return problems


_STRINGS = ("court", "courtroom", "instance", "category", "case_number", "date", "judge",
            "secretary")  # fmt: skip


def hearing_from_json(doc: Any) -> HearingInfo:
    """A :class:`HearingInfo` from a parsed ``hearing.json``-like document, after checking every
    type; ValueError names each field that is wrong. Unknown keys are ignored (hearing.json
    carries more than the form)."""
    from app.hearing.details import HearingInfo, Participant

    if not isinstance(doc, dict):
        raise ValueError(
            msg(
                "Hearing",
                QT_TRANSLATE_NOOP(
                    "Hearing", "the hearing details must be a JSON object, not {kind}"
                ),
                kind=_kind(doc),
            )
        )
    wrong: list[str] = [_wrong(QT_TRANSLATE_NOOP("Hearing", "{where} must be text, not {kind}"),
                               k, doc[k]) for k in _STRINGS
                        if k in doc and not isinstance(doc[k], str)]  # fmt: skip
    if "closed_hearing" in doc and not isinstance(doc["closed_hearing"], bool):
        wrong.append(_wrong(QT_TRANSLATE_NOOP(
            "Hearing", "{where} must be true or false, not {kind}"), "closed_hearing",
            doc["closed_hearing"]))  # fmt: skip
    parts = doc.get("participants", [])
    participants: list[Participant] = []
    if not isinstance(parts, list):
        wrong.append(_wrong(QT_TRANSLATE_NOOP("Hearing", "{where} must be a list, not {kind}"),
                            "participants", parts))  # fmt: skip
        parts = []
    elif len(parts) > MAX_PARTICIPANTS:
        wrong.append(msg("Hearing", QT_TRANSLATE_NOOP("Hearing", "{where}: more than {most}"),
                         where="participants", most=MAX_PARTICIPANTS))  # fmt: skip
        parts = []
    for i, p in enumerate(parts, start=1):
        where = f"participants[{i}]"
        if not isinstance(p, dict):
            an_object = QT_TRANSLATE_NOOP("Hearing", "{where} must be an object, not {kind}")
            wrong.append(_wrong(an_object, where, p))
            continue
        role, name, channel = p.get("role", ""), p.get("name", ""), p.get("channel")
        if not isinstance(role, str) or not isinstance(name, str):
            wrong.append(msg("Hearing", QT_TRANSLATE_NOOP(
                "Hearing", "{where}: role and name must be text"), where=where))  # fmt: skip
            continue
        if channel is not None and (isinstance(channel, bool) or not isinstance(channel, int)):
            wrong.append(_wrong(QT_TRANSLATE_NOOP(
                "Hearing", "{where}: channel must be a whole number or null, not {kind}"),
                where, channel))  # fmt: skip
            continue
        participants.append(Participant(role, name, channel))
    if wrong:
        raise ValueError(join("; ", wrong))
    kw = {k: doc[k] for k in (*_STRINGS, "closed_hearing") if k in doc}
    return HearingInfo(**kw, participants=participants)


def _wrong(template: str, where: str, value: Any) -> str:
    return msg("Hearing", template, where=where, kind=_kind(value))


_KINDS = {
    dict: QT_TRANSLATE_NOOP("Hearing", "an object"),
    list: QT_TRANSLATE_NOOP("Hearing", "a list"),
    str: QT_TRANSLATE_NOOP("Hearing", "text"),
    bool: QT_TRANSLATE_NOOP("Hearing", "true/false"),
    int: QT_TRANSLATE_NOOP("Hearing", "a number"),
    float: QT_TRANSLATE_NOOP("Hearing", "a number"),
}


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    kind = _KINDS.get(type(value))
    return msg("Hearing", kind) if kind else type(value).__name__
