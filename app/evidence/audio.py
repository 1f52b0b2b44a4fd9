"""Pinpoint which seconds of an audio segment changed, from the journal's per-second checkpoints.

Each ``checkpoint`` record holds hex_k = SHA-256(hex_{k-1} || PCM of second k) for a file. Taking
hex_{k-1} *from the journal* (not from our own recomputation) lets every second be judged on its
own with :func:`audio.pcm.chain_step`, so a change in second 12 does not make seconds 13… look
changed. Where the checkpoint also holds per-channel digests (since #19), an altered second is
traced to its channel(s). The file is decoded sequentially (:class:`audio.flacscan.DecodableRuns`):
a flipped byte inside a FLAC frame fails that frame's CRC, the frame is skipped and decoding goes
on after it, so the report names exactly the frames that are lost (on every channel of the file)
and judges every other second. A change only in the file's header leaves every second intact
and is reported as such. ``AudioChange.ranges`` gives every finding in hearing frames and
channels, for the review window's timeline.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from audio.flacscan import DecodableRuns
from audio.pcm import ZERO_HASH, SampleFormat, chain_step, channel_digest
from audio.text import QT_TRANSLATE_NOOP, Msg, join, msg
from signing import journal as J

DECODE_BLOCK = 4096  # frames; FLAC's usual block size, so a decoding stop is located closely


_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)


@dataclass
class AudioChange:
    """What changed in one audio file, in seconds of the segment and of the hearing."""

    file: str
    segment: int
    changed_seconds: list[int] = field(default_factory=list)
    undecodable_from_second: int | None = None
    missing_seconds: list[int] = field(default_factory=list)
    extra_frames: int = 0
    header_only: bool = False
    hearing_times: list[str] = field(default_factory=list)
    description: str = ""
    # (#19) second → the hearing channels (1-based) whose PCM changed, where the journal holds
    # per-channel digests; frame ranges [first, end) of the segment that do not decode
    changed_channels: dict[int, list[int]] = field(default_factory=dict)
    damaged_frames: list[list[int]] = field(default_factory=list)
    # every finding in hearing frames, for a timeline: {"kind": altered | damaged | missing,
    # "first_frame", "end_frame", "channels": [1-based hearing channels] or [] for all}
    ranges: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def checkpoints_by_file(records: list[dict[str, Any]]) -> dict[str, dict[int, tuple[str, int]]]:
    """``{file: {second: (hex, frames)}}`` from the journal's checkpoint records."""
    out: dict[str, dict[int, tuple[str, int]]] = {}
    for r in records:
        if r["kind"] != J.CHECKPOINT:
            continue
        d = r["data"]
        for name, hx in d.get("files", {}).items():
            out.setdefault(name, {})[int(d["second"])] = (hx, int(d["frames"]))
    return out


def channel_digests_by_file(
    records: list[dict[str, Any]],
) -> dict[str, dict[int, list[str]]]:
    """``{file: {second: [digest per channel]}}`` from checkpoints that carry them (#19)."""
    out: dict[str, dict[int, list[str]]] = {}
    for r in records:
        if r["kind"] != J.CHECKPOINT:
            continue
        d = r["data"]
        for name, digests in (d.get("channels") or {}).items():
            out.setdefault(name, {})[int(d["second"])] = [str(x) for x in digests]
    return out


def _spans(ranges: list[int]) -> str:
    parts, start = [], None
    for i, s in enumerate(ranges):
        if start is None:
            start = s
        if i + 1 == len(ranges) or ranges[i + 1] != s + 1:
            parts.append(str(start) if start == s else f"{start}–{s}")
            start = None
    return ", ".join(parts)


def locate_changes(
    path: Path,
    name: str,
    segment: int,
    first_frame: int,
    rate: int,
    bits: int,
    channels: int,
    checkpoints: dict[int, tuple[str, int]],
    channel_digests: dict[int, list[str]] | None = None,
    first_channel: int = 1,
) -> AudioChange:
    """Compare a file second by second with its checkpoints; describe what changed.

    Where the journal holds per-channel digests the changed channels are named
    (``first_channel``: the hearing channel of the file's first channel). Frames that do not
    decode are skipped (:class:`audio.flacscan.DecodableRuns`) and the comparison goes on after
    them, so the damage is bounded to its frames and the rest is judged second by second.
    """
    change = AudioChange(file=name, segment=segment)
    expected_seconds = sorted(checkpoints)
    if not path.exists():
        change.description = _v(
            QT_TRANSLATE_NOOP("Verifier", "{file} is missing: all {count} seconds are lost."),
            file=name,
            count=len(expected_seconds),
        )
        change.missing_seconds = expected_seconds
        return _finish(change, first_frame, rate)
    unreadable = _unreadable(path, name, rate, channels)
    if unreadable is not None:
        change.undecodable_from_second = 0
        change.description = unreadable
        return _finish(change, first_frame, rate)
    judge = _SecondJudge(change, checkpoints, channel_digests or {}, first_channel)
    total = sum(frames for _hx, frames in checkpoints.values())
    runs = DecodableRuns(
        path, DECODE_BLOCK, SampleFormat(bits).dtype, total or 1 << 40, channels, bits
    )
    decoded_to = _judge_each_second(runs, rate, judge)
    change.damaged_frames = [[a, b] for a, b in runs.damaged]
    if runs.damaged:
        change.undecodable_from_second = runs.damaged[0][0] // rate
        damaged = {s for a, b in runs.damaged for s in range(a // rate, (b - 1) // rate + 1)}
        change.changed_seconds = [s for s in change.changed_seconds if s not in damaged]
    seconds = decoded_to // rate + (1 if decoded_to % rate else 0)
    last_expected = (expected_seconds[-1] + 1) if expected_seconds else 0
    if not runs.damaged and seconds < last_expected:
        change.missing_seconds = list(range(seconds, last_expected))
    if not runs.damaged and decoded_to > total:
        change.extra_frames = decoded_to - total
    _describe(change, rate)
    return _finish(change, first_frame, rate, list(range(first_channel, first_channel + channels)))


def _unreadable(path: Path, name: str, rate: int, channels: int) -> Msg | None:
    """Why the file cannot be compared at all (header altered, not audio), or None."""
    try:
        info = sf.info(str(path))
    except (RuntimeError, sf.LibsndfileError) as e:
        return _v(
            QT_TRANSLATE_NOOP(
                "Verifier", "{file} can no longer be opened as audio at all ({error})."
            ),
            file=name,
            error=str(e),
        )
    if info.samplerate == rate and info.channels == channels:
        return None
    return _v(
        QT_TRANSLATE_NOOP(
            "Verifier",
            "{file}: the file's header was altered — it now claims {channels} channels at "
            "{rate} Hz instead of {expected_channels} at {expected_rate} Hz; the audio "
            "cannot be compared.",
        ),
        file=name,
        channels=info.channels,
        rate=info.samplerate,
        expected_channels=channels,
        expected_rate=rate,
    )


@dataclass
class _SecondJudge:
    """Compares one whole second of decoded PCM with its checkpoint (and channel digests)."""

    change: AudioChange
    checkpoints: dict[int, tuple[str, int]]
    digests: dict[int, list[str]]
    first_channel: int

    def __call__(self, pcm: np.ndarray, k: int) -> None:
        expected = self.checkpoints.get(k)
        if expected is None:
            return
        prev = self.checkpoints.get(k - 1, (ZERO_HASH, 0))[0] if k > 0 else ZERO_HASH
        if len(pcm) == expected[1] and chain_step(prev, pcm) == expected[0]:
            return
        self.change.changed_seconds.append(k)
        per_channel = self.digests.get(k)
        if per_channel and len(pcm) == expected[1] and len(per_channel) == pcm.shape[1]:
            changed = [
                self.first_channel + c
                for c in range(pcm.shape[1])
                if channel_digest(pcm[:, c]) != per_channel[c]
            ]
            if changed:
                self.change.changed_channels[k] = changed


def _judge_each_second(runs: DecodableRuns, rate: int, judge: _SecondJudge) -> int:
    """Feed every second that decoded whole to ``judge``; returns the frame decoding reached."""
    pieces: list[np.ndarray] = []
    current, covered, whole = -1, 0, True
    decoded_to = 0
    for first, block in runs:
        i = 0
        while i < len(block):
            pos = first + i
            k = pos // rate
            if k != current:
                if current >= 0 and whole:
                    judge(np.concatenate(pieces), current)
                current, pieces, covered, whole = k, [], 0, pos == k * rate
            if pos != k * rate + covered:
                whole = False  # a damaged frame lies inside this second
            take = min((k + 1) * rate - pos, len(block) - i)
            pieces.append(block[i : i + take])
            covered += take
            i += take
        decoded_to = first + len(block)
    if current >= 0 and whole:
        judge(np.concatenate(pieces), current)
    return decoded_to


def _altered_groups(change: AudioChange) -> list[tuple[list[int], list[int]]]:
    """Altered seconds grouped into runs of consecutive seconds with the same channels named
    (an empty channel list: the journal holds no per-channel digests for them)."""
    groups: list[tuple[list[int], list[int]]] = []
    for k in change.changed_seconds:
        chans = change.changed_channels.get(k, [])
        if groups and groups[-1][0][-1] == k - 1 and groups[-1][1] == chans:
            groups[-1][0].append(k)
        else:
            groups.append(([k], chans))
    return groups


def _describe(change: AudioChange, rate: int) -> None:
    bits = _altered_texts(change) + _lost_texts(change, rate)
    if change.extra_frames:
        bits.append(_v(QT_TRANSLATE_NOOP("Verifier", "audio was added after the recorded end")))
    if not bits:
        change.header_only = True
        bits.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "every second of audio is still exactly as recorded; the change is in the "
                    "file's header or metadata, not in the sound",
                )
            )
        )
    change.description = _v(
        QT_TRANSLATE_NOOP("Verifier", "{file}: {changes}."),
        file=change.file,
        changes=join("; ", bits),
    )


def _altered_texts(change: AudioChange) -> list[Msg]:
    out: list[Msg] = []
    for seconds, chans in _altered_groups(change):
        if chans:
            out.append(
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "the audio of second(s) {seconds} of the segment was altered on "
                        "channel(s) {channels}",
                    ),
                    seconds=_spans(seconds),
                    channels=_spans(chans),
                )
            )
        else:
            out.append(
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "the audio of second(s) {seconds} of the segment was altered"
                    ),
                    seconds=_spans(seconds),
                )
            )
    return out


def _lost_texts(change: AudioChange, rate: int) -> list[Msg]:
    out: list[Msg] = []
    for first, end in change.damaged_frames:
        out.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "frames {first}–{last} of the segment ({start}–{stop} s) cannot be decoded "
                    "(the compressed audio is damaged there, on every channel of the file), so "
                    "that sound is lost",
                ),
                first=str(first),
                last=str(end - 1),
                start=f"{first / rate:.3f}",
                stop=f"{end / rate:.3f}",
            )
        )
    if change.damaged_frames and not change.changed_seconds and not change.missing_seconds:
        out.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "every other second of the file decodes and is exactly as recorded",
                )
            )
        )
    if change.missing_seconds:
        out.append(
            _v(
                QT_TRANSLATE_NOOP("Verifier", "second(s) {seconds} are missing (the file was cut)"),
                seconds=_spans(change.missing_seconds),
            )
        )
    return out


def _finish(
    change: AudioChange, first_frame: int, rate: int, file_channels: list[int] | None = None
) -> AudioChange:
    every = file_channels or []
    for seconds, chans in _altered_groups(change):
        change.ranges.append(
            {
                "kind": "altered",
                "first_frame": first_frame + seconds[0] * rate,
                "end_frame": first_frame + (seconds[-1] + 1) * rate,
                "channels": chans or every,
            }
        )
    for a, b in change.damaged_frames:
        change.ranges.append(
            {
                "kind": "damaged",
                "first_frame": first_frame + a,
                "end_frame": first_frame + b,
                "channels": every,
            }
        )
    if change.missing_seconds:
        change.ranges.append(
            {
                "kind": "missing",
                "first_frame": first_frame + change.missing_seconds[0] * rate,
                "end_frame": first_frame + (change.missing_seconds[-1] + 1) * rate,
                "channels": every,
            }
        )
    seconds = list(change.changed_seconds) + [a // rate for a, _b in change.damaged_frames]
    if change.undecodable_from_second is not None:
        seconds.append(change.undecodable_from_second)
    seconds += change.missing_seconds[:1]
    change.hearing_times = [hms((first_frame + s * rate) / rate) for s in sorted(set(seconds))]
    if change.hearing_times:
        change.description = _v(
            QT_TRANSLATE_NOOP("Verifier", "{description} Hearing time: {times}."),
            description=change.description,
            times=", ".join(change.hearing_times),
        )
    return change
