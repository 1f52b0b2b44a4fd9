"""Markers typed on `zhazba record`'s standard input, one a line (``SPEAKER<TAB>NOTE``,
``event:NAME<TAB>NOTE``): read in bounded lines, each stamped with the hearing frame at the
moment it arrives. A line that breaks a rule (not UTF-8, too long, control characters, an unknown
speaker or event) is reported in the user's language, journaled as ``marker_rejected`` (the
reason in English and the line's bytes), and the next one is still read: nothing a line holds
stops the thread."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator

from app.cli.errors import describe_os_error, reason_of, say
from app.hearing.schema import MARKER_NOTE_MAX, MARKER_SPEAKER_MAX, text_problem
from app.hearing.session import HearingSession, SessionError
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.journal import JournalError

MARKER_LINE_MAX_BYTES = 4096
NOT_SAVED = QT_TRANSLATE_NOOP("Cli", "marker not saved ({line}): {why}")


def _err(text: str) -> None:
    say(text)


def _read_markers(session: HearingSession, stop: threading.Event) -> None:
    """Standard input, one marker a line; a bad line (not UTF-8, too long, control characters,
    an unknown speaker or event) is reported, journaled as ``marker_rejected``, and the next
    one still read: nothing a line holds stops this thread."""
    for raw in stdin_lines(sys.stdin.fileno()):
        pressed = time.monotonic()  # the line's arrival: its marker goes on the sound now
        if stop.is_set():
            return
        try:
            _take_marker_line(session, raw, pressed)
        except Exception as e:  # noqa: BLE001 - one marker must never end the others
            _err(f"marker not saved: {e}")


def stdin_lines(fd: int, limit: int = MARKER_LINE_MAX_BYTES) -> Iterator[bytes]:
    """Lines read straight from a file descriptor, each at most ``limit`` bytes: an overlong
    line comes as its first ``limit + 1`` bytes without the newline, the rest is skipped.

    ``os.read`` rather than ``sys.stdin``: a daemon thread blocked in the buffered reader holds
    its lock, and the interpreter aborts at exit when it finds that lock taken."""
    pending = b""
    skipping = False
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""  # standard input closed
        if not chunk:
            if pending and not skipping:
                yield pending
            return
        pending += chunk
        while (end := pending.find(b"\n")) >= 0:
            line, pending = pending[: end + 1], pending[end + 1 :]
            if skipping:
                skipping = False  # the end of an overlong line
            else:  # longer than the limit: its first bytes, without the newline
                yield line if len(line) <= limit + 1 else line[: limit + 1]
        if not skipping and len(pending) > limit:
            yield pending[: limit + 1]
            pending, skipping = b"", True
        elif skipping:
            pending = b""


def _take_marker_line(session: HearingSession, raw: bytes, pressed: float) -> None:
    if len(raw) > MARKER_LINE_MAX_BYTES and not raw.endswith(b"\n"):
        longer = QT_TRANSLATE_NOOP("Cli", "longer than {most} bytes")
        _reject_marker(session, raw[:64], msg("Cli", longer, most=MARKER_LINE_MAX_BYTES))
        return
    try:
        line = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as e:
        not_utf8 = QT_TRANSLATE_NOOP("Cli", "not UTF-8 text (byte {byte} at {position})")
        _reject_marker(session, raw, msg("Cli", not_utf8, byte=f"0x{raw[e.start]:02X}",
                                         position=e.start))  # fmt: skip
        return
    if not line.strip():
        return
    speaker, _, note = line.partition("\t")
    why = text_problem(speaker, MARKER_SPEAKER_MAX) or text_problem(note, MARKER_NOTE_MAX)
    if why:
        the_marker = QT_TRANSLATE_NOOP("Cli", "the marker {why}")
        _reject_marker(session, raw, msg("Cli", the_marker, why=why))
        return
    try:
        _add_marker(session, line, pressed)
    except (SessionError, JournalError) as e:
        _err(msg("Cli", NOT_SAVED, line=repr(line), why=reason_of(e)))
        _reject_marker(session, raw, str(e), report=False)


def _reject_marker(session: HearingSession, raw: bytes, why: str, *, report: bool = True) -> None:
    """Say why a marker line was not saved, and journal it (the line's bytes, shortened)."""
    if report:
        _err(msg("Cli", NOT_SAVED, line=repr(raw[:80]), why=why))
    frame = session.engine.current_frame() if session.engine else 0
    try:
        session.journal.append(
            "marker_rejected", {"reason": str(why), "line_hex": raw[:256].hex()}, frame
        )
    except (JournalError, OSError) as e:
        either = QT_TRANSLATE_NOOP("Cli", "the rejected marker was not journaled either: {why}")
        why = describe_os_error(e) if isinstance(e, OSError) else reason_of(e)
        _err(msg("Cli", either, why=why))


def _add_marker(session: HearingSession, line: str, pressed: float) -> None:
    speaker, _, note = line.partition("\t")
    frame, how = session.engine.marker_frame(pressed) if session.engine else (0, None)
    if speaker.startswith("event:"):
        session.add_marker("", event=speaker[6:], note=note, frame=frame, placement=how)
        return
    who = next((p for p in session.info.participants if speaker in (p.name, p.role)), None)
    session.add_marker(
        speaker,
        role=who.role if who else "",
        channel=who.channel if who else None,
        note=note,
        frame=frame,
        placement=how,
    )
