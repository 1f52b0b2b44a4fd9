"""A hearing for the review tests, recorded by the real session and engine from test tones.

:func:`make_review_hearing` records ``channels`` microphones of the simulated test tones (a
distinct frequency per channel, :func:`audio.sources.tone_frequency`) as fast as the machine
allows, with speaker and event markers at known frames, one amendment, and a recess (pause and
resume) in the middle; :func:`seal_review_hearing` seals it with a test key.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np

from app.hearing.details import HearingInfo, Participant
from app.hearing.session import HearingSession
from audio.engine import EngineConfig
from audio.sources import SpeechSource, ToneSource

RATE = 48000
MARKERS = [  # (seconds, speaker, role, channel, event, note)
    (0.5, "Сейтқали Б.", "judge", 1, "", "opens the hearing"),
    (1.5, "Иванов И.", "plaintiff", 2, "", "claim"),
    (2.5, "", "", None, "exhibit", "contract No. 7"),
    (4.0, "Петров П.", "respondent", 3, "", "objection"),
    (5.0, "Иванов И.", "plaintiff", 2, "", "reply"),
]


def gated(cls: type, gate_frame: int, gate: threading.Event) -> type:
    """A simulated source that holds its frames from ``gate_frame`` on until ``gate`` is set, so
    the recess falls at a known frame however fast or loaded the machine is."""

    class Gated(cls):  # type: ignore[misc, valid-type]
        def _generate(self, start: int, frames: int) -> np.ndarray:
            if start + frames > gate_frame:
                gate.wait(60)
            return super()._generate(start, frames)  # type: ignore[no-any-return]

    return Gated


def review_info(closed: bool = False) -> HearingInfo:
    return HearingInfo(
        court="Specialised inter-district economic court of Astana",
        courtroom="204",
        instance="first",
        category="civil",
        case_number="7199-26-00-2/1234",
        date="2026-11-21",
        judge="Сейтқали Б.",
        secretary="Жумабекова Д. Е.",
        closed_hearing=closed,
        participants=[
            Participant("judge", "Сейтқали Б.", 1),
            Participant("plaintiff", "Иванов И.", 2),
            Participant("respondent", "Петров П.", 3),
        ],
    )


def make_review_hearing(
    parent: Path,
    *,
    seconds: float = 6.0,
    channels: int = 4,
    segment_seconds: float = 2.0,
    speech: bool = False,
    markers: list[tuple[float, str, str, int | None, str, str]] | None = None,
) -> Path:
    """Record a finished hearing (test tones, or synthetic speech); returns its folder."""
    session = HearingSession.create(
        parent,
        review_info(),
        channels=channels,
        rate=RATE,
        bits=16,
        source_name="speech" if speech else "tones",
        segment_seconds=segment_seconds,
    )
    total = int(seconds * RATE)
    gate = threading.Event()
    half = total // 2 // (RATE // 10) * (RATE // 10)  # on a block boundary (100 ms blocks)
    cls = gated(SpeechSource if speech else ToneSource, half, gate)
    source = cls(channels, RATE, 16, realtime=False)
    session.start(source, EngineConfig(segment_seconds=segment_seconds, stop_after_frames=total))
    engine = session.engine
    assert engine is not None
    deadline = time.monotonic() + 60
    while engine.current_frame() < half and time.monotonic() < deadline:
        time.sleep(0.001)
    session.pause("recess")
    time.sleep(0.2)
    session.resume()
    gate.set()
    session.wait(timeout=60)
    first = None
    for at, speaker, role, channel, event, note in markers or MARKERS:
        rec = session.add_marker(
            speaker, role=role, channel=channel, event=event, note=note, frame=int(at * RATE)
        )
        first = first or rec
    assert first is not None
    session.amend_marker(first["seq"], note="opens the hearing (amended)")
    session.end()
    return session.folder
