"""Translated labels for the codes the hearing model uses: roles, events, instances, categories.

The hearing model (app/hearing/details.py) and the journal store plain English codes (``judge``,
``ruling_announced``, ``recess``); the window shows them in the chosen language. The source texts
are marked with ``QT_TRANSLATE_NOOP`` in the ``Terms`` context so ``pyside6-lupdate`` collects them
and are translated when asked for, so a language switch at runtime changes every label. The legal
words follow the table in RULES.md.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.hearing.alarm_texts import ALARM_TEXTS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; the lookup happens in :func:`tr_term`."""
    return text


ROLE_TEXTS: dict[str, str] = {
    "judge": QT_TRANSLATE_NOOP("Terms", "Judge"),
    "presiding_judge": QT_TRANSLATE_NOOP("Terms", "Presiding judge"),
    "prosecutor": QT_TRANSLATE_NOOP("Terms", "Prosecutor"),
    "defendant": QT_TRANSLATE_NOOP("Terms", "Defendant"),
    "defence_counsel": QT_TRANSLATE_NOOP("Terms", "Defence counsel"),
    "victim": QT_TRANSLATE_NOOP("Terms", "Victim"),
    "plaintiff": QT_TRANSLATE_NOOP("Terms", "Plaintiff"),
    "respondent": QT_TRANSLATE_NOOP("Terms", "Respondent"),
    "representative": QT_TRANSLATE_NOOP("Terms", "Representative"),
    "witness": QT_TRANSLATE_NOOP("Terms", "Witness"),
    "expert": QT_TRANSLATE_NOOP("Terms", "Expert"),
    "specialist": QT_TRANSLATE_NOOP("Terms", "Specialist"),
    "interpreter": QT_TRANSLATE_NOOP("Terms", "Interpreter"),
    "other": QT_TRANSLATE_NOOP("Terms", "Other participant"),
}

EVENT_TEXTS: dict[str, str] = {
    "oath": QT_TRANSLATE_NOOP("Terms", "Oath"),
    "warning_of_liability": QT_TRANSLATE_NOOP("Terms", "Warning of liability"),
    "exhibit": QT_TRANSLATE_NOOP("Terms", "Exhibit examined"),
    "ruling_announced": QT_TRANSLATE_NOOP("Terms", "Ruling announced"),
    "ruling_explained": QT_TRANSLATE_NOOP("Terms", "Ruling explained"),
    "appeal_explained": QT_TRANSLATE_NOOP("Terms", "Right of appeal explained"),
    "coercion_measure": QT_TRANSLATE_NOOP("Terms", "Procedural coercion measure"),
    "hearing_closed_declared": QT_TRANSLATE_NOOP("Terms", "Hearing declared closed"),
    "hearing_open_declared": QT_TRANSLATE_NOOP("Terms", "Hearing declared open"),
    "other": QT_TRANSLATE_NOOP("Terms", "Other event"),
}

INSTANCE_TEXTS: dict[str, str] = {
    "first": QT_TRANSLATE_NOOP("Terms", "First instance"),
    "appeal": QT_TRANSLATE_NOOP("Terms", "Appeal"),
    "cassation": QT_TRANSLATE_NOOP("Terms", "Cassation"),
}

CATEGORY_TEXTS: dict[str, str] = {
    "criminal": QT_TRANSLATE_NOOP("Terms", "Criminal"),
    "civil": QT_TRANSLATE_NOOP("Terms", "Civil"),
    "administrative": QT_TRANSLATE_NOOP("Terms", "Administrative"),
    "administrative_offence": QT_TRANSLATE_NOOP("Terms", "Administrative offence"),
}

PAUSE_TEXTS: dict[str, str] = {
    "adjournment": QT_TRANSLATE_NOOP("Terms", "Adjournment"),
    "recess": QT_TRANSLATE_NOOP("Terms", "Recess"),
    "deliberation": QT_TRANSLATE_NOOP("Terms", "Court retires to deliberate"),
}

FIELD_TEXTS: dict[str, str] = {
    "court": QT_TRANSLATE_NOOP("Terms", "Court"),
    "courtroom": QT_TRANSLATE_NOOP("Terms", "Courtroom"),
    "instance": QT_TRANSLATE_NOOP("Terms", "Instance"),
    "category": QT_TRANSLATE_NOOP("Terms", "Case category"),
    "case_number": QT_TRANSLATE_NOOP("Terms", "Case number"),
    "date": QT_TRANSLATE_NOOP("Terms", "Date"),
    "judge": QT_TRANSLATE_NOOP("Terms", "Judge"),
    "secretary": QT_TRANSLATE_NOOP("Terms", "Secretary of the court hearing"),
    "closed_hearing": QT_TRANSLATE_NOOP("Terms", "Closed hearing"),
    "participants": QT_TRANSLATE_NOOP("Terms", "Participants"),
}


def tr_term(table: dict[str, str], code: str) -> str:
    """The label of ``code`` from one of the tables above in the current language."""
    text = table.get(code)
    if text is None:
        return code
    return QCoreApplication.translate("Terms", text)


def role_label(code: str) -> str:
    return tr_term(ROLE_TEXTS, code)


def event_label(code: str) -> str:
    return tr_term(EVENT_TEXTS, code)


def pause_label(code: str) -> str:
    return tr_term(PAUSE_TEXTS, code)


def alarm_label(code: str) -> str:
    return tr_term(ALARM_TEXTS, code)


def field_label(code: str) -> str:
    if code.startswith("participants["):
        return tr_term(FIELD_TEXTS, "participants")
    return tr_term(FIELD_TEXTS, code)


PROBLEM_TEXTS: dict[str, str] = {
    "filled": QT_TRANSLATE_NOOP("Terms", "%1 must be filled in"),
    "date": QT_TRANSLATE_NOOP("Terms", "The date must look like 2026-11-21"),
    "case_chars": QT_TRANSLATE_NOOP(
        "Terms", "The case number contains characters not used in case numbers: %1"
    ),
    "case_long": QT_TRANSLATE_NOOP("Terms", "The case number is too long"),
    "case_alnum": QT_TRANSLATE_NOOP("Terms", "The case number must contain letters or digits"),
    "name": QT_TRANSLATE_NOOP("Terms", "Participant %1: the name is empty"),
    "mic": QT_TRANSLATE_NOOP("Terms", "Participant %1: there is no such microphone"),
    "role": QT_TRANSLATE_NOOP("Terms", "Participant %1: the role is not chosen"),
    # app/hearing/schema.py: lengths and characters (issue #16)
    "text_long": QT_TRANSLATE_NOOP("Terms", "%1: the text is too long"),
    "text_chars": QT_TRANSLATE_NOOP(
        "Terms", "%1: contains invisible control or text-direction characters; type it again"
    ),
    "row_long": QT_TRANSLATE_NOOP("Terms", "Participant %1: the name is too long"),
    "row_chars": QT_TRANSLATE_NOOP(
        "Terms",
        "Participant %1: the name contains invisible control or text-direction characters",
    ),
}


def _problem(key: str, arg: str = "") -> str:
    return tr_term(PROBLEM_TEXTS, key).replace("%1", arg)


def problem_text(field: str, message: str) -> str:
    """A validation problem (app/hearing/details.py FieldProblem) in the current language."""
    if message == "must be filled in":
        return _problem("filled", field_label(field))
    if field == "date":
        return _problem("date")
    if field == "case_number":
        if message.startswith("contains characters"):
            return _problem("case_chars", message.split(":", 1)[1].strip())
        return _problem("case_long" if message.startswith("is longer") else "case_alnum")
    if message.startswith("is longer than") or "control character" in message:
        long = message.startswith("is longer")
        if field.startswith("participants["):
            return _problem("row_long" if long else "row_chars", field[len("participants[") : -1])
        return _problem("text_long" if long else "text_chars", field_label(field))
    if field.startswith("participants["):
        row = field[len("participants[") : -1]
        if "name is empty" in message:
            return _problem("name", row)
        return _problem("mic" if "does not exist" in message else "role", row)
    return f"{field_label(field)}: {message}"
