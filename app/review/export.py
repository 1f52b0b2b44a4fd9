"""What the judge may take away from a review: the markers as CSV or Audacity labels, and clips.

* :func:`write_markers_csv` — one row per marker (amendments applied, the original values kept in
  their own columns), UTF-8 with a byte-order mark so spreadsheet programs show Cyrillic and
  Kazakh letters; times as hearing time, seconds, frame and UTC.
* :func:`write_audacity_labels` — Audacity's label track text format (File › Import › Labels):
  one label per line, ``start<TAB>end<TAB>label``, times in seconds with six decimals and a dot.
  A speech marker becomes a region label lasting until the next speech marker (the speaker's
  turn); an event marker is a point label (start equals end), as Audacity documents.
* :func:`write_clip` — the mixed-down sound between two hearing frames as a 16-bit WAV **for the
  judge's own use**, marked as not the original three times: the file name ends in
  ``_NOT-ORIGINAL.wav``, the WAV carries a RIFF ``LIST/INFO`` comment (``ICMT``) and title, and a
  sidecar ``.txt`` note says where it came from, which span, and how to get the original. The
  hearing itself is only read.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import numpy as np

from app.review.model import HearingReview, ReviewMarker, format_hearing_time
from audio.pcm import file_sha256

NOT_ORIGINAL_SUFFIX = "_NOT-ORIGINAL"
CSV_COLUMNS = (
    "seq", "hearing_time", "seconds", "frame", "utc", "type", "speaker", "role", "channel",
    "event", "note", "amended", "original_speaker", "original_event", "original_note",
)  # fmt: skip


def marker_label(m: ReviewMarker) -> str:
    """One line of text for a marker: the speaker or the event, then the note."""
    head = m.speaker if m.type == "speech" else f"[{m.event or 'event'}]"
    if m.type == "event" and m.speaker:
        head += f" {m.speaker}"
    text = f"{head}: {m.note}" if m.note else head
    return " ".join(text.split())  # no tabs or line breaks inside a label


def write_markers_csv(review: HearingReview, markers: list[ReviewMarker], path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_COLUMNS)
        for m in markers:
            wall = review.wall_time(m.frame)
            w.writerow(
                [
                    m.seq,
                    format_hearing_time(m.frame / review.rate, millis=True),
                    f"{m.frame / review.rate:.6f}",
                    m.frame,
                    wall.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if wall else "",
                    m.type,
                    m.speaker,
                    m.role,
                    "" if m.channel is None else m.channel,
                    m.event,
                    m.note,
                    "yes" if m.amended else "no",
                    m.original.get("speaker") or "",
                    m.original.get("event") or "",
                    m.original.get("note") or "",
                ]
            )


def audacity_labels(review: HearingReview, markers: list[ReviewMarker]) -> str:
    """The label file's text (see the module docstring for the rules)."""
    lines = []
    speech = [m for m in markers if m.type == "speech"]
    ends = {m.seq: nxt.frame for m, nxt in zip(speech, speech[1:], strict=False)}
    for m in markers:
        start = m.frame / review.rate
        end = ends.get(m.seq, review.total_frames) / review.rate if m.type == "speech" else start
        lines.append(f"{start:.6f}\t{max(start, end):.6f}\t{marker_label(m)}\n")
    return "".join(lines)


def write_audacity_labels(review: HearingReview, markers: list[ReviewMarker], path: Path) -> None:
    path.write_text(audacity_labels(review, markers), encoding="utf-8", newline="\n")


def clip_name(review: HearingReview, start: int, end: int) -> str:
    """``<case>_<H-MM-SS>-<H-MM-SS>_NOT-ORIGINAL.wav``"""
    case = re.sub(r"[^\w\-]+", "-", str(review.info.get("case_number") or "hearing")).strip("-")

    def t(frame: int) -> str:
        return format_hearing_time(frame / review.rate).replace(":", "-")

    return f"{case}_{t(start)}_{t(end)}{NOT_ORIGINAL_SUFFIX}.wav"


def write_clip(
    review: HearingReview,
    start: int,
    end: int,
    path: Path,
    heard: list[bool] | None = None,
    outputs: int = 2,
) -> Path:
    """Write hearing frames ``[start, end)``, mixed as the player mixes, to ``path`` (a WAV whose
    name is made to end in ``_NOT-ORIGINAL.wav``); write the sidecar note; return the WAV path."""
    import soundfile as sf

    from audio.playback import SegmentDecoder, mix_matrix

    start, end = max(0, int(start)), min(int(end), review.total_frames)
    if end <= start:
        raise ValueError("the clip is empty: its end must come after its start")
    if not path.name.endswith(NOT_ORIGINAL_SUFFIX + ".wav"):
        path = path.with_name(
            path.stem.removesuffix(NOT_ORIGINAL_SUFFIX) + NOT_ORIGINAL_SUFFIX + ".wav"
        )
    mix = mix_matrix(review.channels, outputs, heard or [True] * review.channels, 1.0)
    source = review.package.name if review.package else review.root.name
    span = (
        f"{format_hearing_time(start / review.rate, True)}–"
        f"{format_hearing_time(end / review.rate, True)}"
    )
    comment = (
        f"NOT THE ORIGINAL RECORDING. Copy for the judge's own use, mixed down, from "
        f"{source}, hearing time {span}. The original is the sealed package."
    )
    dec = SegmentDecoder(review, start, 1 << 16)
    with sf.SoundFile(str(path), "w", review.rate, outputs, "PCM_16", format="WAV") as f:
        f.title = f"{review.info.get('case_number', '')} {span} (NOT ORIGINAL)"
        f.comment = comment
        f.software = "Zhazba review"
        f.date = dt.date.today().isoformat()
        left = end - start
        while left > 0:
            block = dec.read()
            if block is None:
                break
            block = block[:left]
            f.write(np.clip(block @ mix, -1.0, 1.0))
            left -= len(block)
    dec.close()
    _write_clip_note(path, review, source, span, (start, end), heard, outputs)
    return path


def _write_clip_note(
    path: Path,
    review: HearingReview,
    source: str,
    span: str,
    frames: tuple[int, int],
    heard: list[bool] | None,
    outputs: int,
) -> None:
    """The sidecar text that says the clip is not the original, and where it came from."""
    heard_text = ", ".join(str(i + 1) for i, h in enumerate(heard or []) if h) or "all"
    path.with_suffix(".txt").write_text(
        "THIS SOUND FILE IS NOT THE ORIGINAL RECORDING.\n\n"
        f"File: {path.name}\nSHA-256: {file_sha256(path)}\n"
        f"Made: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M:%S')} UTC by Zhazba review\n"
        f"Case: {review.info.get('case_number', '')}, hearing of {review.info.get('date', '')}\n"
        f"Taken from: {source}\nHearing time: {span} (frames {frames[0]}–{frames[1]} at "
        f"{review.rate} Hz)\n"
        f"Microphones heard: {heard_text}; mixed down to {outputs} channel(s), 16-bit.\n\n"
        "It is a working copy for the judge's own use. It is not signed and proves nothing; "
        "the original recording is the sealed, signed package, which is checked with "
        "`zhazba verify`.\n",
        encoding="utf-8",
    )
