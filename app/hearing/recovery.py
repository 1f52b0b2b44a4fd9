"""Closing a hearing that a crash or power loss left unfinished.

On start the station looks for hearing folders whose `hearing.json` is not finished. For each,
:func:`recover_hearing` repairs a torn last journal line (kept aside, never discarded), salvages
every decodable frame of the segment that was open (audio/recover.py), journals the segment's
closing, checkpoints for the seconds that the crash cut short (marked ``recovered``), an
``interrupted`` record stating the span that may be lost, and closes the hearing. The journal
chain stays valid throughout; the verifier accepts recovered checkpoints only because they are
themselves journaled, after the original ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.hearing.details import load_hearing_json, write_json_atomic
from audio.pcm import channel_groups, file_sha256, segment_file_names
from audio.recover import salvage_segment
from audio.segments import peaks_name
from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J


@dataclass
class RecoveryReport:
    folder: Path
    recovered: bool
    segment: int | None
    recovered_frames: int
    lost_seconds_max: float
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "recovered": self.recovered,
            "segment": self.segment,
            "recovered_frames": self.recovered_frames,
            "lost_seconds_max": self.lost_seconds_max,
            "message": self.message,
        }


def is_unfinished(folder: Path) -> bool:
    try:
        data = load_hearing_json(folder)
    except (OSError, ValueError):
        return False
    return not data.get("finished", False)


def find_unfinished(root: Path) -> list[Path]:
    if (root / "hearing.json").exists():
        return [root] if is_unfinished(root) else []
    return sorted(p for p in root.iterdir() if p.is_dir() and is_unfinished(p))


@dataclass
class _JournalState:
    """What the journal says of the segments: opened, closed, their checkpoints, and the end."""

    opened: dict[int, dict[str, Any]] = field(default_factory=dict)
    closed: set[int] = field(default_factory=set)
    checkpoints: dict[int, dict[int, dict[str, Any]]] = field(default_factory=dict)
    ended: bool = False

    @classmethod
    def read(cls, records: list[dict[str, Any]]) -> _JournalState:
        state = cls()
        for r in records:
            k, d = r["kind"], r["data"]
            if k == J.SEGMENT_OPENED:
                state.opened[d["segment"]] = r
            elif k == J.SEGMENT_CLOSED:
                state.closed.add(d["segment"])
            elif k == J.CHECKPOINT:
                state.checkpoints.setdefault(d["segment"], {})[d["second"]] = d
            elif k == J.RECORDING_ENDED:
                state.ended = True
        return state


def recover_hearing(
    folder: Path, *, close: bool = True, sync_interval_s: float = 1.0
) -> RecoveryReport:
    folder = Path(folder)
    data = load_hearing_json(folder)
    if data.get("finished"):
        return RecoveryReport(folder, False, None, 0, 0.0, msg("Recovery", QT_TRANSLATE_NOOP(
            "Recovery", "the hearing was closed normally")))  # fmt: skip
    journal = J.HearingJournal(folder / "journal.jsonl", repair_tail=True)
    records = J.read_records(folder / "journal.jsonl")
    state = _JournalState.read(records)
    last = records[-1] if records else None
    open_segments = sorted(set(state.opened) - state.closed)
    seg_no: int | None = None
    recovered_frames = 0
    lost = 0.0
    torn = (folder / "journal.jsonl.torn").exists()
    for seg_no in open_segments:
        recovered_frames, lost = _close_open_segment(
            journal, folder, data["audio"], seg_no, state, records, sync_interval_s, torn
        )
    _journal_strays(journal, folder, set(state.opened))
    total = 0
    for r in J.read_records(folder / "journal.jsonl"):
        if r["kind"] == J.SEGMENT_CLOSED:
            total = max(total, r["data"]["first_frame"] + r["data"]["frames"])
    if not open_segments:
        journal.append(
            J.INTERRUPTED,
            {
                "segment": None,
                "last_record_utc": last["utc"] if last else None,
                "recovered_frames": 0,
                "lost_seconds_max": sync_interval_s if not state.ended else 0.0,
                "torn_journal_line_kept": torn,
                "detail": "the hearing was not closed; no segment was open",
            },
            total,
        )
    if close:
        if not state.ended:
            journal.append(J.RECORDING_ENDED, {"frames": total, "after_interruption": True}, total)
        data["finished"] = True
        write_json_atomic(folder / "hearing.json", data)
    journal.close()
    rate = data["audio"]["rate"]
    said = _recovered_words(recovered_frames / rate, seg_no, lost)
    return RecoveryReport(folder, True, seg_no, recovered_frames, round(lost, 3), said)


def _recovered_words(seconds: float, seg_no: int | None, lost: float) -> str:
    """What recovery did, in words (a translatable message)."""
    if seg_no is None:
        return msg(
            "Recovery",
            QT_TRANSLATE_NOOP("Recovery", "the hearing was closed; no audio segment was open"),
        )
    return msg(
        "Recovery",
        QT_TRANSLATE_NOOP(
            "Recovery",
            "recovered {seconds:.1f} s of the interrupted segment {segment}; at most "
            "{lost:.1f} s before the interruption may be missing",
        ),
        seconds=seconds,
        segment=seg_no,
        lost=lost,
    )


def _close_open_segment(
    journal: J.HearingJournal,
    folder: Path,
    audio: dict[str, Any],
    seg_no: int,
    state: _JournalState,
    records: list[dict[str, Any]],
    sync_interval_s: float,
    torn: bool,
) -> tuple[int, float]:
    """Salvage segment ``seg_no``, journal what it holds; (frames recovered, seconds lost)."""
    rate, bits, channels = audio["rate"], audio["bits"], audio["channels"]
    first_frame = state.opened[seg_no]["data"]["first_frame"]
    names = segment_file_names(seg_no, channels)
    salvaged = salvage_segment(
        folder, names, channel_groups(channels), rate, bits, peaks_name(seg_no)
    )
    fresh = _recovered_checkpoints(
        seg_no, first_frame, rate, salvaged.checkpoints, state.checkpoints.get(seg_no, {})
    )
    if fresh:
        journal.append_many(fresh)
    end_frame = first_frame + salvaged.frames
    journal.append(
        J.SEGMENT_CLOSED,
        {
            "segment": seg_no,
            "first_frame": first_frame,
            "frames": salvaged.frames,
            "reason": "recovered",
            "files": salvaged.files,
            "peaks": {peaks_name(seg_no): salvaged.peaks_sha256},
            "interrupted_originals": salvaged.originals,
        },
        end_frame,
    )
    last_frame = max((r["frame"] or 0) for r in records) if records else 0
    lost = max(0.0, (last_frame - end_frame) / rate) + sync_interval_s
    journal.append(
        J.INTERRUPTED,
        {
            "segment": seg_no,
            "last_record_utc": records[-1]["utc"] if records else None,
            "recovered_frames": salvaged.frames,
            "recovered_until_frame": end_frame,
            "lost_seconds_max": round(lost, 3),
            "torn_journal_line_kept": torn,
            "detail": "the recorder stopped without closing the hearing (crash or power "
            "loss); every decodable frame was kept",
        },
        end_frame,
    )
    return salvaged.frames, lost


def _recovered_checkpoints(
    seg_no: int,
    first_frame: int,
    rate: int,
    salvaged: list[tuple[int, int, dict[str, str]]],
    journaled: dict[int, dict[str, Any]],
) -> list[tuple[str, dict[str, Any] | None, int | None]]:
    """Checkpoint records for the salvaged seconds the journal does not already hold as they are."""
    fresh: list[tuple[str, dict[str, Any] | None, int | None]] = []
    for sec, frames, files in salvaged:
        old = journaled.get(sec)
        if old is not None and old["files"] == files and old["frames"] == frames:
            continue
        start = first_frame + sec * rate
        data = {
            "segment": seg_no, "second": sec, "first_frame": start, "frames": frames,
            "files": files, "recovered": True,
        }  # fmt: skip
        fresh.append((J.CHECKPOINT, data, start + frames))
    return fresh


def _journal_strays(journal: J.HearingJournal, folder: Path, journaled: set[int]) -> None:
    strays = _move_aside_unjournaled(folder, journaled)
    if strays:
        journal.append(
            J.RECOVERED,
            {
                "detail": "audio files that were created but never journaled (the recorder "
                "stopped while opening a segment) were moved aside",
                "files": strays,
            },
            None,
        )


def _move_aside_unjournaled(folder: Path, journaled_segments: set[int]) -> dict[str, str]:
    """Segment files no ``segment_opened`` record names: kept aside, never deleted."""
    moved: dict[str, str] = {}
    for path in sorted((folder / "audio").glob("*.flac")):
        number = path.name[:4]
        if not number.isdigit() or int(number) in journaled_segments:
            continue
        aside = path.with_name(path.name + ".interrupted")
        os.replace(path, aside)
        moved[f"audio/{aside.name}"] = file_sha256(aside)
    return moved
