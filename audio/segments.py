"""Segment files: FLAC written while recording, fsynced every second, checkpointed per second.

A segment is one stretch of a hearing (≤ 10 minutes by default) stored as one FLAC file, or as
parallel FLAC files of up to 8 channels each when more channels are recorded (FLAC's limit).
FLAC is written directly during capture, handed to the encoder in 0.2 s batches: a killed
recorder loses what it had not yet handed over (< 0.2 s) and the block the encoder holds
(< 0.09 s); recovery salvages the rest by decoding sequentially (see audio/recover.py).

While writing, each file's per-second checkpoint chain (audio.pcm.CheckpointChain) and the
overview peaks are computed from the very samples written. Checkpoints of completed seconds are
only handed to the journal after the audio they cover has been encoded, written and fsynced:
the FLAC encoder holds its last, incomplete block (< 4096 frames) in memory, so a second is
journaled only once the encoder has written it out. A journaled checkpoint therefore always
matches what recovery salvages after a crash; recovery adds (marked ``recovered``) only the
seconds that were never journaled.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import soundfile as sf

from audio.durable import fsync_path
from audio.os_errors import os_error_name
from audio.pcm import (
    ChannelDigests,
    CheckpointChain,
    SampleFormat,
    channel_groups,
    file_sha256,
    segment_file_names,
)
from audio.peaks import PeaksAccumulator
from audio.text import QT_TRANSLATE_NOOP, msg


class EventSink(Protocol):
    """Where the engine's events go (the app wires it to the hearing journal)."""

    def emit(self, kind: str, data: dict[str, Any], frame: int | None) -> None: ...

    def emit_many(self, events: list[tuple[str, dict[str, Any], int | None]]) -> None: ...


class SegmentWriteError(Exception):
    """Writing audio failed (disk full, medium gone); what was written before is intact."""


@dataclass
class ClosedSegment:
    index: int
    first_frame: int
    frames: int
    reason: str
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    peaks: dict[str, str] = field(default_factory=dict)

    def journal_data(self) -> dict[str, Any]:
        return {
            "segment": self.index,
            "first_frame": self.first_frame,
            "frames": self.frames,
            "reason": self.reason,
            "files": self.files,
            "peaks": self.peaks,
        }


# libsndfile's FLAC encoder (compression level 5) encodes and writes blocks of 4096 frames; the
# frames after the last whole block exist only in memory until more audio or the close arrives.
# libFLAC encodes a block only once it holds one frame more than the block (its look-ahead), so
# after exactly k blocks of input only k - 1 are on disk.
FLAC_BLOCK = 4096


# Audio is handed to the encoder in batches of 0.2 s: libsndfile's FLAC path costs ~2× more CPU
# per second when called with every 50 ms block (cold caches on each wake-up, measured here), and
# the batch is far inside the one second within which audio must be on disk (sync).
ENCODE_BATCH_S = 0.2


def frames_on_disk(frames_written: int) -> int:
    """How many of the frames handed to the FLAC encoder it has written to the file."""
    return max(0, (frames_written - 1) // FLAC_BLOCK) * FLAC_BLOCK


def peaks_name(index: int) -> str:
    return f"audio/{index:04d}.peaks"


class SegmentWriter:
    """Writes one segment; ``write`` blocks, ``sync`` once a second, ``close`` at the end."""

    # per-channel digests in every checkpoint (#19); False writes the format before them, which
    # the tests use to prove that packages sealed before #19 still verify
    channel_digests = True

    def __init__(
        self,
        hearing_dir: Path,
        index: int,
        first_frame: int,
        channels: int,
        rate: int,
        bits: int,
        events: EventSink,
    ) -> None:
        self.dir = Path(hearing_dir)
        self.index = index
        self.first_frame = first_frame
        self.channels = channels
        self.rate = rate
        self.fmt = SampleFormat(bits)
        self.events = events
        self.frames = 0  # frames given to this segment (staged or encoded)
        self._encoded = 0  # frames handed to the encoder
        self._stage: list[np.ndarray] = []  # frames - _encoded of them, not yet encoded
        self._batch = max(1, int(rate * ENCODE_BATCH_S))
        self.names = segment_file_names(index, channels)
        self.groups = channel_groups(channels)
        self._files: list[sf.SoundFile] = []
        self._chains = [CheckpointChain(rate) for _ in self.names]
        self._pending: list[tuple[int, int, list[str]]] = []  # completed seconds not yet journaled
        self._second_hashes: dict[int, list[str]] = {}
        # per-channel digests beside each file's chain (#19): {second: {file: [hex per channel]}}
        self._channel_digests = [ChannelDigests(rate, b - a + 1) for a, b in self.groups]
        self._channel_hex: dict[int, dict[str, list[str]]] = {}
        self.peaks = PeaksAccumulator(channels, rate, bits)
        self._peaks_part = self.dir / (peaks_name(index) + ".part")
        self._create_files()
        events.emit(
            "segment_opened",
            {"segment": index, "files": list(self.names), "first_frame": first_frame},
            first_frame,
        )

    def _create_files(self) -> None:
        """Create the segment's FLAC files (never over existing audio) and make them durable."""
        (self.dir / "audio").mkdir(parents=True, exist_ok=True)
        try:
            for name, (a, b) in zip(self.names, self.groups, strict=True):
                path = self.dir / name
                if path.exists():
                    raise SegmentWriteError(f"{path} exists already; refusing to overwrite audio")
                self._files.append(
                    sf.SoundFile(
                        str(path),
                        mode="w",
                        samplerate=self.rate,
                        channels=b - a + 1,
                        format="FLAC",
                        subtype=self.fmt.subtype,
                    )
                )
        except (OSError, RuntimeError, sf.LibsndfileError) as e:
            for f in self._files:
                f.close()
            raise SegmentWriteError(msg("Engine", QT_TRANSLATE_NOOP(
                "Engine", "cannot create the audio file: {reason}. Check that the recording drive "
                "is connected, writable and has free space ({folder})."),
                folder=self.dir / "audio", reason=os_error_name(e))) from e  # fmt: skip
        fsync_path(self.dir / "audio")

    def write(self, block: np.ndarray) -> None:
        """Take frames × channels integer samples (already quantised to the file's depth; the
        writer keeps a reference, so the caller must not modify the block afterwards)."""
        self._stage.append(block)
        self.frames += len(block)
        if self.frames - self._encoded >= self._batch:
            self._encode()

    def _encode(self) -> None:
        """Hand the staged audio to the encoder, the checkpoint chains and the peaks."""
        if not self._stage:
            return
        block = self._stage[0] if len(self._stage) == 1 else np.concatenate(self._stage)
        self._stage = []
        try:
            for f, chain, digests, (a, b), i in zip(
                self._files,
                self._chains,
                self._channel_digests,
                self.groups,
                range(len(self.names)),
                strict=True,
            ):
                part = np.ascontiguousarray(block[:, a - 1 : b]) if len(self.groups) > 1 else block
                f.write(part)
                for second, hexes in digests.feed(part) if self.channel_digests else ():
                    self._channel_hex.setdefault(second, {})[self.names[i]] = hexes
                for second, frames, hexdigest in chain.feed(part):
                    self._collect(second, frames, hexdigest, i)
        except (OSError, RuntimeError, AssertionError, sf.LibsndfileError) as e:
            raise SegmentWriteError(_explain_write_error(self.dir, e)) from e
        self.peaks.feed(block)
        self._encoded += len(block)

    def _collect(self, second: int, frames: int, hexdigest: str, file_i: int) -> None:
        hashes = self._second_hashes.setdefault(second, [""] * len(self.names))
        hashes[file_i] = hexdigest
        if all(hashes):
            self._pending.append((second, frames, hashes))
            del self._second_hashes[second]

    def sync(self) -> None:
        """Flush and fsync the audio, then journal the checkpoints of the seconds it completes."""
        self._encode()
        try:
            for f in self._files:
                f.flush()  # sf_write_sync: the encoded data is fsynced
            self.peaks.append_part(self._peaks_part)
        except (OSError, RuntimeError, sf.LibsndfileError) as e:
            raise SegmentWriteError(_explain_write_error(self.dir, e)) from e
        # only seconds the encoder has written out: it holds its last block in memory
        self._emit_pending(until_frame=frames_on_disk(self._encoded))

    def _emit_pending(self, until_frame: int | None = None) -> None:
        if not self._pending:
            return
        batch: list[tuple[str, dict[str, Any], int | None]] = []
        held = []
        for second, frames, hashes in self._pending:
            if until_frame is not None and second * self.rate + frames > until_frame:
                held.append((second, frames, hashes))
                continue
            data: dict[str, Any] = {
                "segment": self.index,
                "second": second,
                "first_frame": self.first_frame + second * self.rate,
                "frames": frames,
                "files": dict(zip(self.names, hashes, strict=True)),
            }
            if self.channel_digests:
                data["channels"] = self._channel_hex.pop(second, {})
            batch.append(("checkpoint", data, self.first_frame + second * self.rate + frames))
        if batch:
            self.events.emit_many(batch)
        self._pending = held

    def close(self, reason: str) -> ClosedSegment:
        """Finish the files, hash them, write the peaks, journal ``segment_closed``."""
        self._encode()
        for i, digests in enumerate(self._channel_digests):
            tail = digests.flush()
            if tail and self.channel_digests:
                self._channel_hex.setdefault(tail[0], {})[self.names[i]] = tail[1]
        for i, chain in enumerate(self._chains):
            last = chain.flush()
            if last:
                self._collect(last[0], last[1], last[2], i)
        try:
            for f in self._files:
                f.close()
        except (OSError, RuntimeError, sf.LibsndfileError) as e:
            raise SegmentWriteError(_explain_write_error(self.dir, e)) from e
        for name in self.names:
            fsync_path(self.dir / name)
        self._emit_pending()
        closed = ClosedSegment(self.index, self.first_frame, self.frames, reason)
        for name, (a, b) in zip(self.names, self.groups, strict=True):
            path = self.dir / name
            closed.files[name] = {
                "sha256": file_sha256(path),
                "bytes": path.stat().st_size,
                "frames": self.frames,
                "channels": list(range(a, b + 1)),
            }
        pk = self.dir / peaks_name(self.index)
        self.peaks.write(pk)
        fsync_path(pk)
        self._peaks_part.unlink(missing_ok=True)
        closed.peaks[peaks_name(self.index)] = file_sha256(pk)
        fsync_path(self.dir / "audio")
        self.events.emit("segment_closed", closed.journal_data(), self.first_frame + self.frames)
        return closed

    def abandon(self) -> None:
        """After a write error: close the handles without journaling (recovery takes over)."""
        for f in self._files:
            with contextlib.suppress(Exception):  # the disk already failed; nothing more to do
                f.close()


def _explain_write_error(where: Path, e: BaseException) -> str:
    try:
        st = os.statvfs(where)
        free = st.f_bavail * st.f_frsize
    except OSError:
        return msg("Engine", QT_TRANSLATE_NOOP(
            "Engine", "the recording drive is no longer reachable ({reason}). Reconnect it; the "
            "audio written so far is kept and `zhazba recover` closes the hearing ({where})."),
            where=where, reason=os_error_name(e))  # fmt: skip
    if free < 1 << 20:
        return msg("Engine", QT_TRANSLATE_NOOP(
            "Engine", "the recording drive is full. Free space or switch drives; the audio "
            "written so far is intact ({kib} KiB free at {where})."),
            kib=free // 1024, where=where)  # fmt: skip
    return msg("Engine", QT_TRANSLATE_NOOP(
        "Engine", "writing audio failed: {reason}. The audio written so far is intact ({where})."),
        where=where, reason=os_error_name(e))  # fmt: skip
