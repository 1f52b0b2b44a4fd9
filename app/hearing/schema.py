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
            return f"contains a text-direction control character (U+{ord(c):04X})"
        category = unicodedata.category(c)
        if category in ("Cc", "Cs", "Zl", "Zp"):
            return f"contains a control character (U+{ord(c):04X})"
    return None


def text_problem(text: str, limit: int) -> str | None:
    """Why a piece of text is not acceptable (too long, bad characters), or None."""
    if len(text) > limit:
        return f"is longer than {limit} characters"
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
        problems.append(FieldProblem("participants", f"more than {MAX_PARTICIPANTS} participants"))
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
        raise ValueError(f"the hearing details must be a JSON object, not {_kind(doc)}")
    wrong = [f"{k} must be text, not {_kind(doc[k])}" for k in _STRINGS
             if k in doc and not isinstance(doc[k], str)]  # fmt: skip
    if "closed_hearing" in doc and not isinstance(doc["closed_hearing"], bool):
        wrong.append(f"closed_hearing must be true or false, not {_kind(doc['closed_hearing'])}")
    parts = doc.get("participants", [])
    participants: list[Participant] = []
    if not isinstance(parts, list):
        wrong.append(f"participants must be a list, not {_kind(parts)}")
        parts = []
    elif len(parts) > MAX_PARTICIPANTS:
        wrong.append(f"participants: more than {MAX_PARTICIPANTS}")
        parts = []
    for i, p in enumerate(parts, start=1):
        where = f"participants[{i}]"
        if not isinstance(p, dict):
            wrong.append(f"{where} must be an object, not {_kind(p)}")
            continue
        role, name, channel = p.get("role", ""), p.get("name", ""), p.get("channel")
        if not isinstance(role, str) or not isinstance(name, str):
            wrong.append(f"{where}: role and name must be text")
            continue
        if channel is not None and (isinstance(channel, bool) or not isinstance(channel, int)):
            wrong.append(f"{where}: channel must be a whole number or null, not {_kind(channel)}")
            continue
        participants.append(Participant(role, name, channel))
    if wrong:
        raise ValueError("; ".join(wrong))
    kw = {k: doc[k] for k in (*_STRINGS, "closed_hearing") if k in doc}
    return HearingInfo(**kw, participants=participants)


def _kind(value: Any) -> str:
    return {
        dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
        float: "a number", type(None): "null",
    }.get(type(value), type(value).__name__)  # fmt: skip
