"""`zhazba record` once the hearing is open: watching it until it ends, then saying how it went.

:func:`watch` is the loop while the engine records (the free-space alarms at 30 and 10 minutes
left, as the window raises them, and the engine's own alarms, each on standard error and the
disk's in the journal); :func:`report` prints the result (plain words or ``--json``) and the
exit code: a hearing the engine left FAILED is code 1 with the `zhazba recover` command to run.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from typing import Any

from app.cli.errors import cli_language, one_line, said, say
from app.hearing.alarm_texts import alarm_words
from app.hearing.disk_watch import DiskWatch
from app.hearing.session import HearingSession
from audio.engine_types import Alarm, EngineState
from audio.text import QT_TRANSLATE_NOOP, msg

EXIT_OK, EXIT_FAILED = 0, 1
NOT_ANCHORED = msg("Cli", QT_TRANSLATE_NOOP("Cli", "not anchored (no court archive configured)"))


def _alarm(alarm: Alarm) -> None:
    """One line on standard error: ``ALARM <code>: <detail>`` in English (scripts read the code,
    docs/CLI.md), the alarm in words in Kazakh or Russian."""
    if cli_language() == "en":
        line = f"ALARM {alarm.kind}: {alarm.message}"
    else:
        line = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "ALARM: {what}"), what=alarm_words(alarm)))
    sys.stderr.write(one_line(line) + "\n")
    sys.stderr.flush()


def watch(session: HearingSession, stop: threading.Event, disk: DiskWatch) -> None:
    """Until the hearing ends (``stop``, the length asked for, a failure): the alarms."""
    first = True
    while not stop.is_set():
        low = disk.check(session.engine.current_frame() if session.engine else 0, force=first)
        first = False
        if low is not None:  # as the window does: journaled and shown (Rules p. 9)
            session.journal_alarm(low)
            _alarm(low)
        if session.wait(timeout=0.5):
            break
        for alarm in session.take_alarms():
            _alarm(alarm)
    for alarm in session.take_alarms():
        _alarm(alarm)


def report(session: HearingSession, rate: int, wall: float, anchors: Any, as_json: bool) -> int:
    """Print how the recording went; the exit code (1 when the engine failed)."""
    engine = session.engine
    assert engine is not None
    result = {
        "folder": str(session.folder),
        "frames": engine.hearing_frames,
        "seconds": engine.hearing_frames / rate,
        "wall_seconds": round(wall, 3),
        "overflows": engine.overflows,
        "state": engine.state.value,
        "error": engine.error,
        "anchors": anchors.status() if anchors else NOT_ANCHORED,
    }
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(said(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{folder}: {seconds:.1f} s recorded in {wall:.1f} s, {overflows} overflows"),
            folder=session.folder, seconds=result["seconds"], wall=wall,
            overflows=engine.overflows)))  # fmt: skip
        print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "anchors: {status}"),
                       status=result["anchors"])))  # fmt: skip
    code = EXIT_FAILED if engine.state is EngineState.FAILED else EXIT_OK
    if engine.error:
        say(engine.error)
    if engine.state is EngineState.FAILED:
        say(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "the hearing {folder} was left open; run `zhazba recover {folder}` once the "
            "drive has space again (or is back) to keep every decodable frame and close it"),
            folder=session.folder))  # fmt: skip
    from audio.capture import abandoned_streams

    if abandoned_streams():
        # A stream on a dead audio server must never be closed (PortAudio may abort or hang).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
