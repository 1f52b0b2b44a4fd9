"""Pinpoint which seconds of an audio segment changed, from the journal's per-second checkpoints.

Each ``checkpoint`` record holds hex_k = SHA-256(hex_{k-1} || PCM of second k) for a file. Taking
hex_{k-1} *from the journal* (not from our own recomputation) lets every second be judged on its
own with :func:`audio.pcm.chain_step`, so a change in second 12 does not make seconds 13… look
changed. The file is decoded sequentially in small blocks (:func:`audio.pcm.iter_file_blocks`):
a flipped byte inside a FLAC frame makes the decoder stop at that frame (its CRC fails), so the
report then says honestly from which second on the audio can no longer be decoded, and which
earlier seconds are intact or altered. A change only in the file's header leaves every second
intact and is reported as such.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from audio.pcm import ZERO_HASH, DecodeStopped, SampleFormat, chain_step, iter_file_blocks
from audio.text import QT_TRANSLATE_NOOP, join, msg
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
) -> AudioChange:
    """Compare a file second by second with its checkpoints; describe what changed."""
    change = AudioChange(file=name, segment=segment)
    fmt = SampleFormat(bits)
    expected_seconds = sorted(checkpoints)
    if not path.exists():
        change.description = _v(
            QT_TRANSLATE_NOOP("Verifier", "{file} is missing: all {count} seconds are lost."),
            file=name,
            count=len(expected_seconds),
        )
        change.missing_seconds = expected_seconds
        return _finish(change, first_frame, rate)
    try:
        info = sf.info(str(path))
        if info.samplerate != rate or info.channels != channels:
            change.undecodable_from_second = 0
            change.description = _v(
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
            return _finish(change, first_frame, rate)
    except (RuntimeError, sf.LibsndfileError) as e:
        change.undecodable_from_second = 0
        change.description = _v(
            QT_TRANSLATE_NOOP(
                "Verifier", "{file} can no longer be opened as audio at all ({error})."
            ),
            file=name,
            error=str(e),
        )
        return _finish(change, first_frame, rate)

    second, pending, filled = 0, [], 0
    decoded_ok = True

    def judge(pcm: np.ndarray, k: int) -> None:
        expected = checkpoints.get(k)
        if expected is None:
            return
        prev = checkpoints.get(k - 1, (ZERO_HASH, 0))[0] if k > 0 else ZERO_HASH
        if len(pcm) != expected[1] or chain_step(prev, pcm) != expected[0]:
            change.changed_seconds.append(k)

    try:
        for block in iter_file_blocks(path, DECODE_BLOCK, fmt.dtype, strict=True):
            pos = 0
            while pos < len(block):
                take = min(rate - filled, len(block) - pos)
                pending.append(block[pos : pos + take])
                filled += take
                pos += take
                if filled == rate:
                    judge(np.concatenate(pending), second)
                    second, pending, filled = second + 1, [], 0
    except DecodeStopped:
        decoded_ok = False
        change.undecodable_from_second = second
    if decoded_ok and filled:
        judge(np.concatenate(pending), second)
        second += 1
    last_expected = (expected_seconds[-1] + 1) if expected_seconds else 0
    if decoded_ok and second < last_expected:
        change.missing_seconds = list(range(second, last_expected))
    if decoded_ok and second > last_expected:
        change.extra_frames = (second - last_expected) * rate
    _describe(change, rate)
    return _finish(change, first_frame, rate)


def _describe(change: AudioChange, rate: int) -> None:
    bits: list[str] = []
    if change.changed_seconds:
        bits.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier", "the audio of second(s) {seconds} of the segment was altered"
                ),
                seconds=_spans(change.changed_seconds),
            )
        )
    if change.undecodable_from_second is not None:
        bits.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "from second {second} of the segment on the file can no longer be decoded (the "
                    "compressed audio is damaged there), so those seconds are lost or altered",
                ),
                second=change.undecodable_from_second,
            )
        )
    if change.missing_seconds:
        bits.append(
            _v(
                QT_TRANSLATE_NOOP("Verifier", "second(s) {seconds} are missing (the file was cut)"),
                seconds=_spans(change.missing_seconds),
            )
        )
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


def _finish(change: AudioChange, first_frame: int, rate: int) -> AudioChange:
    seconds = list(change.changed_seconds)
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
