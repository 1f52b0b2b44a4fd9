"""The secretary's confirmation that the judge was told of a technical failure (Rules p. 9).

Rules p. 9: when recording is impossible, the secretary reports it to the presiding judge. The
incident report for the court administrator states that report — and its time — only when the
journal holds it: a ``judge_informed`` record, appended here by the secretary (in the window, or
``zhazba judge-informed``) with who confirms it, when the judge was told (the court's time) and
an optional note. Without the record the report leaves the line blank for a hand to fill in.

The record is refused where it would be untrue or could not be kept: a sealed hearing (nothing
may be added, p. 19), a hearing still being recorded by another process (the recording window
journals it itself, :func:`journal_judge_informed`), a journal that shows no failure, a time
before the first failure or in the future. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing import journal as J

JUDGE_INFORMED = "judge_informed"  # the journal record's kind
FUTURE_SLACK = dt.timedelta(minutes=2)  # a PC clock a little behind the secretary's watch


class JudgeInformedError(Exception):
    """The confirmation was not recorded; the message (a translatable :class:`Msg`) says why
    and what to do."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


def _refuse(template: str, **params: object) -> JudgeInformedError:
    return JudgeInformedError(msg("JudgeInformed", template, **params))


def journal_judge_informed(
    journal: J.HearingJournal, by: str, at_utc: dt.datetime | None = None, note: str = ""
) -> dict[str, Any]:
    """Append the record to an open journal (the recording window's own, while recording)."""
    if not by.strip():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed", "say who confirms that the judge was informed (the secretary)"
            )
        )
    when = (at_utc or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    data = {
        "by": by.strip(),
        "at_utc": when.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "note": note.strip(),
    }
    return journal.append(JUDGE_INFORMED, data)


def _open_hearing(folder: Path) -> Any:
    """The hearing's facts, when a judge_informed record may be appended to its journal."""
    from app.documents import DocumentError, load_hearing

    if (folder / "bagit.txt").exists():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed",
                "{folder} is a sealed package: nothing may be added to it (Rules p. 19)",
            ),
            folder=str(folder),
        )
    path = folder / "journal.jsonl"
    if not path.is_file():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed", "{folder} is not a hearing folder (no journal.jsonl)"
            ),
            folder=str(folder),
        )
    records = J.read_records(path)
    kinds = {r.get("kind") for r in records}
    if J.SEALED in kinds:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed",
                "the hearing is sealed: nothing may be added to its journal (Rules p. 19). Write "
                "the time on the incident report by hand.",
            )
        )
    if J.RECORDING_STARTED in kinds and not kinds & {J.RECORDING_ENDED, J.INTERRUPTED}:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed",
                "the hearing is still being recorded (or the station stopped during it): confirm "
                "it in the recording window, or close the hearing first",
            )
        )
    try:
        facts = load_hearing(folder)
    except DocumentError as e:
        raise _refuse(QT_TRANSLATE_NOOP("JudgeInformed", "{problem}"), problem=str(e)) from e
    if not facts.failures:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed",
                "the journal shows no technical failure: there is nothing to report to the judge "
                "(Rules p. 9)",
            )
        )
    return facts


def record_judge_informed(
    folder: str | Path,
    by: str,
    at_utc: dt.datetime | None = None,
    note: str = "",
    *,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Journal that the judge was informed, in the hearing ``folder`` (not being recorded)."""
    from app.documents.texts import Texts

    folder = Path(folder)
    facts = _open_hearing(folder)
    now = now or dt.datetime.now(dt.UTC)
    when = (at_utc or now).astimezone(dt.UTC)
    first = min(f.start_utc for f in facts.failures)
    if when < first.replace(second=0, microsecond=0):  # the secretary gives minutes
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed",
                "the judge cannot have been told before the first failure ({time}, court time); "
                "check the time",
            ),
            time=Texts.for_hearing("ru", facts).clock(first),
        )
    if when > now + FUTURE_SLACK:
        raise _refuse(
            QT_TRANSLATE_NOOP("JudgeInformed", "that time has not come yet; check the time")
        )
    with J.HearingJournal(folder / "journal.jsonl") as journal:
        return journal_judge_informed(journal, by, when, note)


def court_moment(hhmm: str, date: str, zone: dt.tzinfo) -> dt.datetime:
    """ "14:05" or "14:05:30" on the hearing's date (YYYY-MM-DD) in the court's zone, as UTC."""
    try:
        clock = dt.time.fromisoformat(hhmm.strip())
        day = dt.date.fromisoformat(date)
    except ValueError as e:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "JudgeInformed", "{value} is not a time like 14:05 (or the date is bad)"
            ),
            value=repr(hhmm),
        ) from e
    return dt.datetime.combine(day, clock, tzinfo=zone).astimezone(dt.UTC)
