"""Salvaging the audio of a segment that was being written when the recorder died.

A FLAC stream cut off by a crash decodes up to its last whole frame, but libsndfile cannot seek
in it and reports an absurd length (AUDIO-NOTES.md). :func:`salvage_segment` therefore decodes
each of a segment's parallel files sequentially (:func:`audio.pcm.iter_file_blocks` reads an
unfinished file up to its last whole encoder block), keeps every decodable frame (truncating the
parallel files to their common length so channels stay aligned), writes clean FLAC files, and
moves the damaged originals aside (``*.interrupted``) rather than deleting them: evidence is never
thrown away. Overview peaks are rebuilt from the salvaged audio.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf

from audio.durable import fsync_path
from audio.os_errors import OS_ERROR_NAMES, os_error_name
from audio.pcm import (
    CheckpointChain,
    SampleFormat,
    file_sha256,
    iter_file_blocks,
    torn_flac_frames,
)
from audio.peaks import PeaksAccumulator
from audio.text import QT_TRANSLATE_NOOP, msg


class SalvageError(OSError):
    """The salvaged copy could not be written (e.g. the drive is still full); nothing changed."""


@dataclass
class SalvagedSegment:
    frames: int
    files: dict[str, dict[str, object]] = field(default_factory=dict)  # name -> sha256, bytes…
    originals: dict[str, str] = field(default_factory=dict)  # moved-aside name -> sha256
    checkpoints: list[tuple[int, int, dict[str, str]]] = field(default_factory=list)
    peaks_sha256: str = ""


# Decode a torn file in FLAC-frame-sized reads: a read that reaches the torn tail fails as a
# whole, so a larger read would throw away every whole frame it had decoded before the tear.
SALVAGE_BLOCK = 4096


def decodable_frames(path: Path, dtype: str, blocksize: int = SALVAGE_BLOCK) -> int:
    torn = torn_flac_frames(path)
    if torn is not None:  # an unfinished FLAC file: counting its frames already decoded it
        return torn
    n = 0
    for block in iter_file_blocks(path, blocksize, dtype):
        n += len(block)
    return n


def salvage_segment(
    hearing_dir: Path,
    names: list[str],
    groups: list[tuple[int, int]],
    rate: int,
    bits: int,
    peaks_name: str,
) -> SalvagedSegment:
    """Rewrite a torn segment as clean FLAC; returns what was kept (see module docstring)."""
    fmt = SampleFormat(bits)
    existing = [hearing_dir / n for n in names]
    lengths = [
        decodable_frames(p, fmt.dtype) if p.exists() and p.stat().st_size else 0 for p in existing
    ]
    frames = min(lengths) if lengths else 0
    result = SalvagedSegment(frames)
    channels = groups[-1][1]
    peaks = PeaksAccumulator(channels, rate, bits)
    clean_paths, checkpoints = _write_clean(names, existing, groups, rate, fmt, frames)
    # peaks over all channels need the groups side by side: read the clean files again
    if frames:
        iters = [iter_file_blocks(p, 65536, fmt.dtype) for p in clean_paths]
        for parts in zip(*iters, strict=False):
            peaks.feed(np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0])
    _put_in_place(names, existing, clean_paths, frames, result)
    for name, path, (a, b) in zip(names, existing, groups, strict=True):
        if not frames:
            continue
        result.files[name] = {
            "sha256": file_sha256(path),
            "bytes": path.stat().st_size,
            "frames": frames,
            "channels": list(range(a, b + 1)),
        }
    result.checkpoints = checkpoints
    pk = hearing_dir / peaks_name
    peaks.write(pk)
    fsync_path(pk)
    part = pk.with_name(pk.name + ".part")
    part.unlink(missing_ok=True)
    result.peaks_sha256 = file_sha256(pk)
    fsync_path(hearing_dir / "audio")
    return result


def _write_clean(
    names: list[str],
    existing: list[Path],
    groups: list[tuple[int, int]],
    rate: int,
    fmt: SampleFormat,
    frames: int,
) -> tuple[list[Path], list[tuple[int, int, dict[str, str]]]]:
    """Write the first ``frames`` of each file as clean FLAC beside it (``*.salvaged``), with
    the per-second checkpoints of what was written. Nothing is left behind if that fails."""
    chains = [CheckpointChain(rate) for _ in names]
    per_second: dict[int, dict[str, str]] = {}
    second_frames: dict[int, int] = {}
    clean_paths = []
    try:
        for name, path, (a, b), chain in zip(names, existing, groups, chains, strict=True):
            clean = path.with_name(path.name + ".salvaged")
            clean_paths.append(clean)
            with sf.SoundFile(str(clean), "w", rate, b - a + 1, fmt.subtype, format="FLAC") as out:
                left = frames
                if path.exists() and frames:
                    for block in iter_file_blocks(path, SALVAGE_BLOCK, fmt.dtype):
                        block = block[:left]
                        out.write(block)
                        for sec, n, h in chain.feed(block):
                            per_second.setdefault(sec, {})[name] = h
                            second_frames[sec] = n
                        left -= len(block)
                        if left <= 0:
                            break
            last = chain.flush()
            if last:
                per_second.setdefault(last[0], {})[name] = last[2]
                second_frames[last[0]] = last[1]
    except (OSError, RuntimeError, sf.LibsndfileError) as e:
        for clean in clean_paths:
            clean.unlink(missing_ok=True)
        if isinstance(e, OSError) and e.errno in OS_ERROR_NAMES:
            raise SalvageError(msg("Recovery", QT_TRANSLATE_NOOP(
                "Recovery", "cannot write the salvaged audio next to {file}: {reason}. Free space "
                "on that drive and run `zhazba recover` again; nothing was changed."),
                file=existing[0], reason=os_error_name(e))) from e  # fmt: skip
        # libsndfile says only that its encoder could not start (what a full drive looks like)
        raise SalvageError(msg("Recovery", QT_TRANSLATE_NOOP(
            "Recovery", "cannot write the salvaged audio next to {file} (is the drive full?). "
            "Free space on that drive and run `zhazba recover` again; nothing was changed."),
            file=existing[0])) from e  # fmt: skip
    checkpoints = [(sec, second_frames[sec], per_second[sec]) for sec in sorted(per_second)]
    return clean_paths, checkpoints


def _put_in_place(
    names: list[str],
    existing: list[Path],
    clean_paths: list[Path],
    frames: int,
    result: SalvagedSegment,
) -> None:
    """Move each damaged original aside (never replacing an earlier one) and the clean copy into
    its place; the originals' hashes go into ``result``."""
    for name, path, clean in zip(names, existing, clean_paths, strict=True):
        if path.exists():
            aside = path.with_name(path.name + ".interrupted")
            n = 2
            while aside.exists():  # a repeated recovery never replaces an earlier original
                aside = path.with_name(f"{path.name}.interrupted-{n}")
                n += 1
            os.replace(path, aside)
            result.originals[str(Path(name).parent / aside.name)] = file_sha256(aside)
        if frames:
            os.replace(clean, path)
            fsync_path(path)
        else:
            # FLAC cannot hold zero frames (libsndfile writes an empty, unreadable file): the
            # segment keeps no audio file; the original stays aside as evidence.
            clean.unlink(missing_ok=True)
