"""Who spoke when, computed from a recorded hearing's audio (read-only).

:func:`detect_hearing_turns` reads every segment of a hearing folder or sealed package (the
parallel files of a segment side by side, each microphone in its place) through the same
decoder the verifier uses and runs :class:`audio.activity.SpeakerActivity` over it; a pause of
the recording ends the turn in progress. Each :class:`SpeakerTurn` names its microphone and the
participants the hearing form seated at it. These are *detected* turns: help for the judge, never
markers; the brief protocol and the participant copy use the secretary's markers only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.review.model import HearingReview, Segment
from audio.activity import ActivityConfig, SpeakerActivity
from audio.pcm import SampleFormat, iter_file_blocks


@dataclass(frozen=True)
class SpeakerTurn:
    """A detected turn: hearing frames ``[start_frame, end_frame)`` on 1-based ``microphone``."""

    start_frame: int
    end_frame: int
    microphone: int
    participant: str  # the names seated at that microphone, "" if nobody
    role: str
    rate: int

    @property
    def start_s(self) -> float:
        return self.start_frame / self.rate

    @property
    def end_s(self) -> float:
        return self.end_frame / self.rate

    def to_json(self) -> dict[str, Any]:
        return {
            "start": round(self.start_s, 3),
            "end": round(self.end_s, 3),
            "start_frame": self.start_frame,
            "end_frame": self.end_frame,
            "microphone": self.microphone,
            "participant": self.participant,
            "role": self.role,
        }


def seated(info: dict[str, Any], microphone: int) -> tuple[str, str]:
    """Names and roles of the participants at ``microphone`` (1-based), joined by ", "."""
    people = [
        p
        for p in info.get("participants") or []
        if p.get("channel") == microphone and p.get("name")
    ]
    return ", ".join(str(p["name"]) for p in people), ", ".join(
        str(p.get("role") or "") for p in people
    )


def _segment_blocks(seg: Segment, channels: int, dtype: str, size: int) -> Iterator[np.ndarray]:
    """The segment's blocks with every microphone in its column (parallel files side by side)."""
    readers = [(f.channels, iter_file_blocks(f.path, size, dtype)) for f in seg.files]
    left = seg.frames
    while left > 0:
        parts = []
        for chans, it in readers:
            b = next(it, None)
            if b is None:
                return
            parts.append((chans, b))
        n = min(min(len(b) for _, b in parts), left)
        if n == 0:
            return
        out = np.zeros((n, channels), dtype=dtype)
        for chans, b in parts:
            for j, ch in enumerate(chans[: b.shape[1]]):
                if 1 <= ch <= channels:
                    out[:, ch - 1] = b[:n, j]
        yield out
        left -= n


def detect_hearing_turns(
    review: HearingReview,
    config: ActivityConfig | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SpeakerTurn]:
    """Every detected turn of the hearing, in order of start."""
    fmt = SampleFormat(review.bits)
    det = SpeakerActivity(review.channels, review.rate, fmt.full_scale, config)
    pauses = {s.end_frame for s in review.spans if s.kind == "pause"}
    size = review.rate  # one second per read
    total = max(1, review.total_frames)
    for seg in review.segments:
        if seg.first_frame in pauses:
            det.flush()
        frame = seg.first_frame
        for block in _segment_blocks(seg, review.channels, fmt.dtype, size):
            if cancelled is not None and cancelled():
                return []
            det.feed(block, frame)
            frame += len(block)
            if progress is not None:
                progress(min(1.0, frame / total))
    det.flush()
    out = []
    for t in sorted(det.turns, key=lambda t: (t.start, t.channel)):
        name, role = seated(review.info, t.channel + 1)
        out.append(SpeakerTurn(t.start, t.end, t.channel + 1, name, role, review.rate))
    return out


def unmarked_turns(
    turns: list[SpeakerTurn], markers: list[Any], rate: int, slack_s: float = 3.0
) -> list[SpeakerTurn]:
    """Detected turns that no speech marker answers: none for that microphone (or a participant
    seated at it) from ``slack_s`` before the turn began to its end."""
    slack = int(slack_s * rate)
    speech = [m for m in markers if getattr(m, "type", "") == "speech"]
    out = []
    for t in turns:
        names = {n.strip() for n in t.participant.split(",") if n.strip()}
        if not any(
            t.start_frame - slack <= m.frame <= t.end_frame
            and (m.channel == t.microphone or (m.speaker and m.speaker in names))
            for m in speech
        ):
            out.append(t)
    return out
