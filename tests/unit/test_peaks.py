"""Overview peaks: min/max buckets, both levels, the file format, rebuilding from FLAC."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from audio.pcm import SampleFormat
from audio.peaks import (
    COARSE_STEP,
    FINE_STEP,
    HEADER_SIZE,
    PeaksAccumulator,
    build_peaks_from_files,
    coarsen,
    read_peaks,
)

RATE = 48000


def noise(frames: int, channels: int, bits: int = 16, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return SampleFormat(bits).from_float(rng.uniform(-0.9, 0.9, (frames, channels)))


def reference_fine(pcm16: np.ndarray) -> np.ndarray:
    """Straightforward per-bucket min/max, the definition the accumulator must meet."""
    out = []
    for i in range(0, len(pcm16), FINE_STEP):
        b = pcm16[i : i + FINE_STEP]
        out.append(np.stack([b.min(axis=0), b.max(axis=0)], axis=-1))
    return np.array(out, dtype=np.int16).reshape(-1, pcm16.shape[1], 2)


def feed_in(acc: PeaksAccumulator, pcm: np.ndarray, sizes: list[int]) -> None:
    pos, k = 0, 0
    while pos < len(pcm):
        n = sizes[k % len(sizes)]
        acc.feed(pcm[pos : pos + n])
        pos += n
        k += 1


def test_known_signal() -> None:
    # channel 0: a ramp, so every bucket's min/max is its first/last sample; channel 1: constant
    frames = 4 * FINE_STEP
    pcm = np.zeros((frames, 2), dtype=np.int16)
    pcm[:, 0] = np.arange(frames) - 500
    pcm[:, 1] = -7
    acc = PeaksAccumulator(2, RATE, 16)
    acc.feed(pcm)
    fine = acc.peaks().fine
    assert fine.shape == (4, 2, 2)
    for k in range(4):
        assert list(fine[k, 0]) == [k * FINE_STEP - 500, (k + 1) * FINE_STEP - 1 - 500]
        assert list(fine[k, 1]) == [-7, -7]


@pytest.mark.parametrize("sizes", [[480], [1], [100, 7, 300, 1024, 255], [256], [70000]])
def test_bucket_boundaries_across_uneven_blocks(sizes: list[int]) -> None:
    pcm = noise(20 * FINE_STEP + 77, 3)
    acc = PeaksAccumulator(3, RATE, 16)
    feed_in(acc, pcm, sizes)
    p = acc.peaks()
    assert p.frames == len(pcm)
    np.testing.assert_array_equal(p.fine, reference_fine(pcm))  # partial last bucket included


def test_24_bit_keeps_the_top_16_bits() -> None:
    pcm = noise(3000, 2, bits=24)
    acc = PeaksAccumulator(2, RATE, 24)
    feed_in(acc, pcm, [480])
    np.testing.assert_array_equal(acc.peaks().fine, reference_fine((pcm >> 16).astype(np.int16)))
    assert acc.peaks().fine.dtype == np.int16


def test_levels_consistent() -> None:
    frames = 3 * COARSE_STEP + 5 * FINE_STEP + 10  # partial coarse and partial fine at the end
    pcm = noise(frames, 2)
    acc = PeaksAccumulator(2, RATE, 16)
    feed_in(acc, pcm, [480])
    p = acc.peaks()
    assert len(p.fine) == -(-frames // FINE_STEP)
    assert len(p.coarse) == -(-frames // COARSE_STEP) == 4
    for k in range(len(p.coarse)):
        chunk = pcm[k * COARSE_STEP : (k + 1) * COARSE_STEP]
        assert list(p.coarse[k, :, 0]) == list(chunk.min(axis=0))
        assert list(p.coarse[k, :, 1]) == list(chunk.max(axis=0))
    np.testing.assert_array_equal(p.coarse, coarsen(p.fine))
    assert p.level(100)[0] == FINE_STEP and p.level(COARSE_STEP * 2)[0] == COARSE_STEP


def test_file_round_trip(tmp_path: Path) -> None:
    pcm = noise(2 * COARSE_STEP + 1000, 5)
    acc = PeaksAccumulator(5, RATE, 16)
    feed_in(acc, pcm, [480])
    path = tmp_path / "0001.peaks"
    acc.write(path)
    raw = path.read_bytes()
    assert raw[:4] == b"ZPK1"
    got, want = read_peaks(path), acc.peaks()
    assert (got.channels, got.rate, got.bits, got.frames) == (5, RATE, 16, len(pcm))
    np.testing.assert_array_equal(got.fine, want.fine)
    np.testing.assert_array_equal(got.coarse, want.coarse)
    assert got.fine.shape == (len(want.fine), 5, 2)
    assert len(raw) == HEADER_SIZE + (len(want.fine) + len(want.coarse)) * 5 * 2 * 2


def test_empty_round_trip(tmp_path: Path) -> None:
    acc = PeaksAccumulator(2, RATE, 16)
    acc.write(tmp_path / "e.peaks")
    p = read_peaks(tmp_path / "e.peaks")
    assert p.frames == 0 and p.fine.shape == (0, 2, 2) and p.coarse.shape == (0, 2, 2)


def test_part_file_during_recording_then_finalize(tmp_path: Path) -> None:
    pcm = noise(5 * RATE + 123, 2)
    part, final = tmp_path / "0001.peaks.part", tmp_path / "0001.peaks"
    acc = PeaksAccumulator(2, RATE, 16)
    written = 0
    for s in range(0, len(pcm), RATE):  # about once a second, as the writer would
        feed_in(acc, pcm[s : s + RATE], [480])
        written += acc.append_part(part)
    mid = read_peaks(part)  # what recovery finds after a crash
    assert written == len(pcm) // FINE_STEP == len(mid.fine)
    assert mid.frames == written * FINE_STEP
    np.testing.assert_array_equal(mid.fine, acc.peaks().fine[:written])
    np.testing.assert_array_equal(mid.coarse, coarsen(np.asarray(mid.fine)))
    # a torn last record is ignored
    with open(part, "ab") as f:
        f.write(b"\x01\x02\x03")
    assert len(read_peaks(part).fine) == written
    acc.finalize(final, part)
    assert not part.exists()
    np.testing.assert_array_equal(read_peaks(final).fine, acc.peaks().fine)


def test_bad_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x.peaks").write_bytes(b"RIFF" + bytes(100))
    with pytest.raises(ValueError):
        read_peaks(tmp_path / "x.peaks")
    acc = PeaksAccumulator(2, RATE, 16)
    acc.feed(noise(5000, 2))
    acc.write(tmp_path / "t.peaks")
    data = (tmp_path / "t.peaks").read_bytes()
    (tmp_path / "t.peaks").write_bytes(data[:-10])
    with pytest.raises(ValueError):
        read_peaks(tmp_path / "t.peaks")


@pytest.mark.parametrize("bits", [16, 24])
def test_rebuild_from_flac_equals_accumulated(tmp_path: Path, bits: int) -> None:
    fmt = SampleFormat(bits)
    pcm = noise(3 * RATE + 999, 4, bits)
    acc = PeaksAccumulator(4, RATE, bits)
    path = tmp_path / "0001.flac"
    with sf.SoundFile(path, "w", RATE, 4, fmt.subtype, format="FLAC") as f:
        for s in range(0, len(pcm), 480):
            f.write(pcm[s : s + 480])
            acc.feed(pcm[s : s + 480])
    rebuilt = build_peaks_from_files([path], 8, RATE, bits)
    assert rebuilt.frames == acc.frames == len(pcm)
    np.testing.assert_array_equal(rebuilt.peaks().fine, acc.peaks().fine)
    np.testing.assert_array_equal(rebuilt.peaks().coarse, acc.peaks().coarse)


def test_rebuild_from_parallel_channel_groups(tmp_path: Path) -> None:
    pcm = noise(RATE + 17, 10)
    files = [tmp_path / "0001-ch01-08.flac", tmp_path / "0001-ch09-10.flac"]
    sf.write(files[0], pcm[:, :8], RATE, "PCM_16", format="FLAC")
    sf.write(files[1], pcm[:, 8:], RATE, "PCM_16", format="FLAC")
    acc = PeaksAccumulator(10, RATE, 16)
    acc.feed(pcm)
    for cpf in (8, [8, 2]):
        rebuilt = build_peaks_from_files(files, cpf, RATE, 16, blocksize=4096)
        np.testing.assert_array_equal(rebuilt.peaks().fine, acc.peaks().fine)
    with pytest.raises(ValueError):
        build_peaks_from_files(files, [8, 3], RATE, 16)


def test_rebuild_stops_at_the_shortest_parallel_file(tmp_path: Path) -> None:
    pcm = noise(10000, 3)
    files = [tmp_path / "a.flac", tmp_path / "b.flac"]
    sf.write(files[0], pcm[:, :2], RATE, "PCM_16", format="FLAC")
    sf.write(files[1], pcm[:7000, 2:], RATE, "PCM_16", format="FLAC")
    rebuilt = build_peaks_from_files(files, [2, 1], RATE, 16, blocksize=4096)
    assert rebuilt.frames == 7000
    np.testing.assert_array_equal(rebuilt.peaks().fine, reference_fine(pcm[:7000]))


def test_wrong_input_is_refused() -> None:
    acc = PeaksAccumulator(2, RATE, 16)
    with pytest.raises(ValueError):
        acc.feed(np.zeros((10, 3), dtype=np.int16))
    with pytest.raises(TypeError):
        acc.feed(np.zeros((10, 2), dtype=np.float32))
    with pytest.raises(ValueError):
        PeaksAccumulator(2, RATE, 20)
