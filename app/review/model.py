"""The judge's review of a recorded hearing: a read-only model of a hearing folder or package.

:func:`open_review` reads ``hearing.json`` and the journal of a hearing folder, or of the ``data/``
folder of a sealed package, and builds a :class:`HearingReview`: the hearing's details, the
markers with their amendments applied (the history of each is kept, Rules p. 19), pauses and
failures as :class:`Span` s, the segment map (hearing frame → file and offset), the wall time of
any hearing frame (from the journal's frame-stamped records and clock anchors) and the overview
peaks per segment (:mod:`app.review.overview`). Nothing is ever written: files are only opened
for reading, so the review cannot change the evidence it shows. Verifying the seal is a separate
step (:func:`app.evidence.verify.verify_path`), run by the window in the background.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.hearing.markers import Marker, fold
from audio.pcm import channel_groups, segment_file_names
from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J


class ReviewError(Exception):
    """The folder is not a hearing or package that can be reviewed; the message says why."""


@dataclass(frozen=True)
class SegmentFile:
    """One audio file of a segment and the 1-based microphone channels it holds."""

    path: Path
    channels: tuple[int, ...]


@dataclass(frozen=True)
class Segment:
    """A stretch of continuous audio: hearing frames ``[first_frame, first_frame + frames)``."""

    number: int
    first_frame: int
    frames: int
    files: tuple[SegmentFile, ...]
    peaks: Path | None
    closed: bool

    @property
    def end_frame(self) -> int:
        return self.first_frame + self.frames


@dataclass(frozen=True)
class Span:
    """A pause or a failure. Hearing frames do not advance during a pause, so a pause is an
    instant on the recording (``start_frame == end_frame``) with a wall-clock duration."""

    kind: str  # pause | device_lost | interrupted | error
    start_frame: int
    end_frame: int
    start_utc: str
    end_utc: str
    detail: str

    @property
    def wall_seconds(self) -> float | None:
        try:
            return (parse_utc(self.end_utc) - parse_utc(self.start_utc)).total_seconds()
        except ValueError:
            return None


def parse_utc(text: str) -> dt.datetime:
    """The journal's ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` as an aware datetime."""
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def hearing_root(path: str | Path) -> tuple[Path, Path | None]:
    """``(hearing folder, package or None)`` for a hearing folder or a sealed package."""
    p = Path(path)
    if (p / "data" / "journal.jsonl").is_file():
        return p / "data", p
    if (p / "journal.jsonl").is_file():
        return p, None
    neither = QT_TRANSLATE_NOOP(
        "Cli", "{path} is neither a sealed package (data/journal.jsonl) nor a hearing folder"
    )
    raise ReviewError(msg("Cli", neither, path=p))


# Records written when the frame count and the clock are read together (markers are not: their
# frame may be given after the fact). A pause or a device loss ends a run of anchors.
_ANCHOR_KINDS = {
    J.RECORDING_STARTED,
    J.PAUSED,
    J.RESUMED,
    J.DEVICE_LOST,
    J.DEVICE_RETURNED,
    J.SEGMENT_OPENED,
}


class HearingReview:
    """Everything the review window shows, read once from the hearing's files."""

    def __init__(
        self, root: Path, package: Path | None, info: dict[str, Any], records: list[dict[str, Any]]
    ) -> None:
        self.root = root
        self.package = package
        self.info = info
        self.records = records
        audio = dict(info.get("audio") or {})
        started = next((r for r in records if r["kind"] == J.RECORDING_STARTED), None)
        if started:
            audio.update({k: v for k, v in started["data"].items() if v is not None})
        self.rate = int(audio.get("rate") or 48000)
        self.channels = int(audio.get("channels") or 1)
        self.bits = int(audio.get("bits") or 16)
        self.segments = self._segments()
        ended = next((r for r in reversed(records) if r["kind"] == J.RECORDING_ENDED), None)
        last = self.segments[-1].end_frame if self.segments else 0
        self.total_frames = max(last, int(ended["data"].get("frames", 0)) if ended else 0)
        self.markers = self._markers()
        self.spans = self._spans()
        self._anchors = self._clock_anchors()
        self._anchor_frames = [a[0] for a in self._anchors]
        self._firsts = [s.first_frame for s in self.segments]

    # ------------------------------------------------------------------ details
    @property
    def title(self) -> str:
        return f"{self.info.get('case_number', '')} — {self.info.get('date', '')}".strip(" —")

    @property
    def closed_hearing(self) -> bool:
        return bool(self.info.get("closed_hearing"))

    def microphone_names(self, unnamed: str = "Mic {n}") -> list[str]:
        """A label per microphone: ``N: participant`` where someone sits, else ``unnamed``
        (a format with ``{n}``, translated by the caller)."""
        names = [unnamed.format(n=c) for c in range(1, self.channels + 1)]
        for p in self.info.get("participants") or []:
            ch = p.get("channel")
            if isinstance(ch, int) and 1 <= ch <= self.channels and p.get("name"):
                names[ch - 1] = f"{ch}: {p['name']}"
        return names

    @property
    def seconds(self) -> float:
        return self.total_frames / self.rate

    # ------------------------------------------------------------------ segments
    def _segments(self) -> list[Segment]:
        opened: dict[int, dict[str, Any]] = {}
        closed: dict[int, dict[str, Any]] = {}
        for r in self.records:
            if r["kind"] == J.SEGMENT_OPENED:
                opened[int(r["data"]["segment"])] = r["data"]
            elif r["kind"] == J.SEGMENT_CLOSED:
                closed[int(r["data"]["segment"])] = r["data"]
        groups = channel_groups(self.channels)
        out = []
        for n in sorted(opened):
            d = opened[n]
            names = list(d.get("files") or segment_file_names(n, self.channels))
            c = closed.get(n)
            files = []
            for i, name in enumerate(names):
                meta = (c or {}).get("files", {}).get(name, {})
                chans = meta.get("channels")
                if not chans:
                    a, b = groups[i] if i < len(groups) else (1, self.channels)
                    chans = list(range(a, b + 1))
                files.append(SegmentFile(self.root / name, tuple(int(x) for x in chans)))
            frames = int(c["frames"]) if c else self._frames_on_disk(files)
            peaks = next(iter((c or {}).get("peaks", {})), None)
            peaks_path = self.root / peaks if peaks else self.root / f"audio/{n:04d}.peaks"
            out.append(
                Segment(
                    n, int(d.get("first_frame", 0)), frames, tuple(files), peaks_path, c is not None
                )
            )
        return out

    @staticmethod
    def _frames_on_disk(files: list[SegmentFile]) -> int:
        """Frames of a segment the journal never closed (a crash): what all its files decode
        to. Decoded, not taken from the header, which a killed writer leaves wrong."""
        from audio.pcm import iter_file_blocks

        counts = []
        for f in files:
            try:
                counts.append(sum(len(b) for b in iter_file_blocks(f.path, 4096, "int16")))
            except (OSError, RuntimeError):
                counts.append(0)
        return min(counts) if counts else 0

    def locate(self, frame: int) -> tuple[Segment, int] | None:
        """The segment holding hearing frame ``frame`` and the offset into it, or None."""
        i = bisect.bisect_right(self._firsts, frame) - 1
        if i < 0:
            return None
        seg = self.segments[i]
        if frame >= seg.end_frame:
            return None
        return seg, frame - seg.first_frame

    # ------------------------------------------------------------------ markers
    def _markers(self) -> list[Marker]:
        return sorted((m for m in fold(self.records) if m.placed), key=lambda m: (m.frame, m.seq))

    def next_marker(self, frame: int) -> Marker | None:
        """The first marker strictly after ``frame`` (a few ms of slack for "where I am")."""
        slack = self.rate // 20
        return next((m for m in self.markers if m.frame > frame + slack), None)

    def previous_marker(self, frame: int) -> Marker | None:
        """The last marker before ``frame``; within the first second after a marker, the one
        before it (as a music player's "previous" does)."""
        before = [m for m in self.markers if m.frame < frame - self.rate]
        return before[-1] if before else (self.markers[0] if self.markers else None)

    # ------------------------------------------------------------------ pauses and failures
    def _spans(self) -> list[Span]:
        out: list[Span] = []
        open_: dict[str, dict[str, Any]] = {}
        last_frame = 0
        for r in self.records:
            frame = r.get("frame")
            if frame is not None:
                last_frame = int(frame)
            k = r["kind"]
            if k == J.PAUSED:
                open_["pause"] = r
            elif k == J.RESUMED and "pause" in open_:
                out.append(self._span("pause", open_.pop("pause"), r))
            elif k == J.DEVICE_LOST:
                open_["device_lost"] = r
            elif k == J.DEVICE_RETURNED and "device_lost" in open_:
                out.append(self._span("device_lost", open_.pop("device_lost"), r))
            elif k == J.INTERRUPTED:
                f = int(frame if frame is not None else last_frame)
                d = r["data"]
                out.append(
                    Span(
                        "interrupted",
                        f,
                        f,
                        str(d.get("last_record_utc") or r["utc"]),
                        str(r["utc"]),
                        f"≤ {d.get('lost_seconds_max', '?')} s lost",
                    )
                )
            elif k == J.ERROR:
                f = int(frame if frame is not None else last_frame)
                out.append(Span("error", f, f, r["utc"], r["utc"], str(r["data"].get("detail"))))
        for kind, r in open_.items():  # never resumed: lasts to the end of the recording
            out.append(self._span(kind, r, None))
        return sorted(out, key=lambda s: s.start_frame)

    def _span(self, kind: str, start: dict[str, Any], end: dict[str, Any] | None) -> Span:
        s = int(start.get("frame") or 0)
        e = int(end["frame"]) if end and end.get("frame") is not None else s
        detail = str(start["data"].get("reason") or start["data"].get("detail") or "")
        last_utc = self.records[-1]["utc"] if self.records else start["utc"]
        return Span(
            kind, s, max(s, e), str(start["utc"]), str(end["utc"] if end else last_utc), detail
        )

    # ------------------------------------------------------------------ wall time
    def _clock_anchors(self) -> list[tuple[int, dt.datetime]]:
        """``(frame, UTC)`` pairs where the journal ties the recording to the clock."""
        out: list[tuple[int, dt.datetime]] = []
        for r in self.records:
            if r.get("frame") is None:
                continue
            if r["kind"] == J.CLOCK_ANCHOR and "utc_ns" in r["data"]:
                t = dt.datetime.fromtimestamp(int(r["data"]["utc_ns"]) / 1e9, dt.UTC)
            elif r["kind"] in _ANCHOR_KINDS:
                try:
                    t = parse_utc(r["utc"])
                except ValueError:
                    continue
            else:
                continue
            out.append((int(r["frame"]), t))
        out.sort(key=lambda a: a[0])  # stable: a resume after a pause stays after the pause
        # Keep the anchors in time order too: one whose clock reads earlier than an anchor at
        # an earlier frame (a clock anchor stamped with frames captured but not yet written, in
        # a recording run faster than real time, or a clock set back) would bend time backwards.
        kept: list[tuple[int, dt.datetime]] = []
        for a in out:
            if not kept or a[1] >= kept[-1][1]:
                kept.append(a)
        return kept

    def wall_time(self, frame: int) -> dt.datetime | None:
        """UTC of hearing frame ``frame``: interpolated between the anchors around it (so the
        sound card's and the clock's rates need not agree), after the last one frames / rate."""
        if not self._anchors:
            return None
        i = bisect.bisect_right(self._anchor_frames, frame) - 1
        f0, t0 = self._anchors[max(i, 0)]
        if 0 <= i < len(self._anchors) - 1:
            f1, t1 = self._anchors[i + 1]
            if f1 > f0 and t1 >= t0:
                return t0 + (t1 - t0) * ((frame - f0) / (f1 - f0))
        return t0 + dt.timedelta(seconds=(frame - f0) / self.rate)

    def peaks_cache(self) -> Any:
        from app.review.overview import Overview

        return Overview(self)


_SKIPPED = J.CHECKPOINT  # per-second audio hashes: the verifier's, not the review's


def read_review_records(path: Path) -> list[dict[str, Any]]:
    """The journal's whole records except the per-second checkpoints (28 800 of an 8-hour
    hearing's 30 000 lines). Records are written canonically (sorted keys, no spaces, quotes in
    values escaped), so the kind is recognised on the raw line without decoding it."""
    return J.read_records(path, skip=(_SKIPPED,))


def open_review(path: str | Path) -> HearingReview:
    """Read a hearing folder or sealed package (read-only) into a :class:`HearingReview`."""
    root, package = hearing_root(path)
    try:
        with open(root / "hearing.json", encoding="utf-8") as f:
            info = json.load(f)
    except (OSError, ValueError) as e:
        info = {}
        if not (root / "journal.jsonl").is_file():
            raise ReviewError(f"hearing.json cannot be read: {e}") from e
    try:
        records = read_review_records(root / "journal.jsonl")
    except (OSError, ValueError, UnicodeDecodeError) as e:
        raise ReviewError(f"the journal cannot be read: {e}") from e
    if not info:
        opened = next((r for r in records if r["kind"] == J.HEARING_OPENED), None)
        info = dict(opened["data"].get("hearing", {})) if opened else {}
    return HearingReview(root, package, info, records)


def format_hearing_time(seconds: float, millis: bool = False) -> str:
    """``H:MM:SS`` (or ``H:MM:SS.mmm``) of a position on the recording."""
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}" if millis else f"{h}:{m:02d}:{s:02d}"
