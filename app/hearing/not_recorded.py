"""A hearing held without audio recording, on one of the grounds of Rules p. 3.

A first-instance hearing is recorded, except (p. 3): (1) a civil case heard without summoning the
parties (writ or simplified written proceedings); (2) an administrative-offence case where the
person fully admits guilt and does not ask for evidence to be examined; (3) equipment that is
faulty, missing or cannot be used for technical reasons. The secretary states the ground instead
of starting the recording; :func:`record_not_recorded` journals it (``not_recorded`` with the
ground's code and the secretary's note) and closes the hearing, and the brief protocol then states
that ground — not a technical fault — while only ground (3) calls for an act (p. 17).
"""

from __future__ import annotations

from app.hearing.session import HearingSession, SessionError
from audio.text import QT_TRANSLATE_NOOP, Msg, msg

# ground code → the case categories it applies to (None: any category)
GROUNDS: dict[str, tuple[str, ...] | None] = {
    "civil_no_summons": ("civil",),
    "offence_admitted": ("administrative_offence",),
    "technical": None,
}
NOT_RECORDED = "not_recorded"  # the journal record's kind


def ground_problem(ground: str, category: str, instance: str) -> Msg | None:
    """Why ``ground`` cannot be used for this hearing (None: it can)."""
    if ground not in GROUNDS:
        return msg(
            "NotRecorded",
            QT_TRANSLATE_NOOP("NotRecorded", "unknown ground {ground}; one of: {grounds}"),
            ground=ground,
            grounds=", ".join(GROUNDS),
        )
    if instance != "first":
        return msg(
            "NotRecorded",
            QT_TRANSLATE_NOOP(
                "NotRecorded",
                "the grounds of Rules p. 3 are those of a first-instance court; this hearing "
                "must be recorded",
            ),
        )
    allowed = GROUNDS[ground]
    if allowed is not None and category not in allowed:
        return msg(
            "NotRecorded",
            QT_TRANSLATE_NOOP(
                "NotRecorded", "this ground applies only to another category of case (Rules p. 3)"
            ),
        )
    return None


def record_not_recorded(session: HearingSession, ground: str, note: str = "") -> None:
    """Journal that the hearing is not recorded, on ``ground``, and close the hearing."""
    if session.engine is not None:
        raise SessionError("recording has started already: it cannot be declared not recorded")
    problem = ground_problem(ground, session.info.category, session.info.instance)
    if problem is not None:
        raise SessionError(str(problem))
    session.journal.append(NOT_RECORDED, {"ground": ground, "note": note.strip()})
    session.finish_without_recording()
