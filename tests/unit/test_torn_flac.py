"""A FLAC file as a killed recorder leaves it: every whole encoder block on disk is read back, and
a checkpoint is journaled only for audio that is on disk.

The file "as a SIGKILL leaves it" is a byte copy taken while the encoder is still open: a killed
process loses only what it had not yet handed to the kernel, which is exactly what the copy lacks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from audio.pcm import CheckpointChain, SampleFormat, iter_file_blocks, torn_flac_frames
from audio.recover import decodable_frames
from audio.segments import FLAC_BLOCK, SegmentWriter, frames_on_disk
from tests.support.sinks import ListSink

RATE = 48000


def _signal(frames: int, channels: int, bits: int, seed: int = 1) -> np.ndarray:
    fmt = SampleFormat(bits)
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 3000, size=(frames, channels)).astype(np.int64)
    if bits == 24:
        x = x << 16  # soundfile's int32 view of 24-bit samples: the 24 bits in the top bytes
    return x.astype(fmt.dtype)


def _read_all(path: Path, channels: int, dtype: str) -> np.ndarray:
    blocks = list(iter_file_blocks(path, 1000, dtype))
    return np.concatenate(blocks) if blocks else np.zeros((0, channels), dtype)


@pytest.mark.parametrize(("channels", "bits"), [(2, 16), (8, 24)])
@pytest.mark.parametrize("written", [1, 4095, 4096, 4097, 8192, 8193, 49152, 49153, 100_000])
def test_every_whole_block_a_killed_encoder_wrote_is_read_back(
    tmp_path: Path, channels: int, bits: int, written: int
) -> None:
    fmt = SampleFormat(bits)
    data = _signal(written, channels, bits)
    live, killed = tmp_path / "live.flac", tmp_path / "killed.flac"
    f = sf.SoundFile(str(live), "w", RATE, channels, fmt.subtype, format="FLAC")
    f.write(data)
    f.flush()
    shutil.copy(live, killed)
    f.close()

    on_disk = frames_on_disk(written)
    assert torn_flac_frames(killed) == on_disk
    assert decodable_frames(killed, fmt.dtype) == on_disk
    got = _read_all(killed, channels, fmt.dtype)
    assert np.array_equal(got, data[:on_disk])
    # a finished file is read as it is
    assert torn_flac_frames(live) is None
    assert np.array_equal(_read_all(live, channels, fmt.dtype), data)


@pytest.mark.parametrize("cut", [1, 7, 300])
def test_a_block_torn_by_the_crash_is_not_read(tmp_path: Path, cut: int) -> None:
    """A power cut can leave half an encoder block: libFLAC's CRC rejects it, the rest is kept."""
    data = _signal(5 * FLAC_BLOCK + 10, 2, 16)
    live, torn = tmp_path / "live.flac", tmp_path / "torn.flac"
    f = sf.SoundFile(str(live), "w", RATE, 2, "PCM_16", format="FLAC")
    f.write(data)
    f.flush()
    raw = live.read_bytes()
    f.close()
    torn.write_bytes(raw[:-cut])
    assert torn_flac_frames(torn) == 4 * FLAC_BLOCK
    assert np.array_equal(_read_all(torn, 2, "int16"), data[: 4 * FLAC_BLOCK])


def test_a_file_cut_before_its_first_block_reads_as_empty(tmp_path: Path) -> None:
    live, torn = tmp_path / "live.flac", tmp_path / "torn.flac"
    f = sf.SoundFile(str(live), "w", RATE, 2, "PCM_16", format="FLAC")
    f.write(_signal(100, 2, 16))
    f.flush()
    torn.write_bytes(live.read_bytes()[:20])
    f.close()
    assert torn_flac_frames(torn) == 0
    assert _read_all(torn, 2, "int16").shape == (0, 2)


@pytest.mark.parametrize("block", [1024, 4096, 4800, 6000])
def test_every_journaled_checkpoint_is_on_disk_at_every_moment(tmp_path: Path, block: int) -> None:
    """Sync after every block and "kill" there: each checkpoint journaled so far must equal the
    chain recomputed from the copy. Blocks of 1024 and 4096 frames hit the moment the writer
    has handed over exactly k encoder blocks, of which the encoder has written k - 1."""
    seg = SegmentWriter(tmp_path, 1, 0, 2, RATE, 16, ListSink())
    sink = seg.events
    assert isinstance(sink, ListSink)
    name = "audio/0001.flac"
    data = _signal(3 * RATE + 123, 2, 16, seed=7)
    killed = tmp_path / "killed.flac"
    for start in range(0, len(data), block):
        seg.write(data[start : start + block])
        seg.sync()
        shutil.copy(tmp_path / name, killed)
        chain = CheckpointChain(RATE)
        on_disk = {sec: (n, h) for sec, n, h in chain.feed(_read_all(killed, 2, "int16"))}
        for _, d, _ in (e for e in sink.events if e[0] == "checkpoint"):
            assert on_disk.get(d["second"]) == (d["frames"], d["files"][name]), (
                f"second {d['second']} journaled after {seg.frames} frames written, but the file "
                f"as a kill leaves it decodes {torn_flac_frames(killed)} frames"
            )
    seg.close("end")
    cps = [d for k, d, _ in sink.events if k == "checkpoint"]
    assert [d["second"] for d in cps] == [0, 1, 2, 3]
