"""The review model and the player on a hearing recorded by the real engine (no window, no sound
card): markers with amendments, the recess, the segment map, wall time, overview peaks (also
rebuilt when a peaks file is missing), nothing written, and the player's output checked sample by
sample through the capturing sink (position, mute, solo, speed without a change of pitch)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from app.review.model import Span, open_review, parse_utc
from audio.playback import CapturingSink, Player, mix_matrix
from audio.sources import tone_frequency
from audio.timestretch import Wsola
from signing import journal as J
from tests.support.review_hearing import MARKERS, RATE, make_review_hearing


@pytest.fixture(scope="module")
def hearing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_review_hearing(tmp_path_factory.mktemp("review"))


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def pull(player: Player, sink: CapturingSink, frames: int) -> np.ndarray:
    """Pull output block by block, each once the reader has buffered it (no sound card)."""
    out = []
    for _ in range(0, frames, sink.blocksize):
        deadline = time.monotonic() + 10
        while (
            player.buffered() < sink.blocksize and not player.ended and time.monotonic() < deadline
        ):
            time.sleep(0.001)
        out.append(sink.pull(sink.blocksize))
    return np.concatenate(out)


def tone_levels(out: np.ndarray, channels: int) -> list[float]:
    """Magnitude of each channel's test tone in the first second of the summed output."""
    mono = out[:RATE].sum(axis=1)
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(len(mono)))) / len(mono)
    return [float(spectrum[int(round(tone_frequency(c)))]) for c in range(channels)]


def test_markers_follow_the_journal_with_amendments_applied(hearing: Path) -> None:
    rv = open_review(hearing)
    records = J.read_records(hearing / "journal.jsonl")
    journal = [r for r in records if r["kind"] == J.MARKER]
    assert [m.seq for m in rv.markers] == [r["seq"] for r in journal]
    assert [m.frame for m in rv.markers] == [int(at * RATE) for at, *_ in MARKERS]
    first = rv.markers[0]
    assert first.note == "opens the hearing (amended)" and first.amended
    assert first.original["note"] == "opens the hearing"
    assert [a.changes for a in first.history] == [{"note": "opens the hearing (amended)"}]
    assert not rv.markers[1].amended
    assert rv.markers[2].type == "event" and rv.markers[2].event == "exhibit"


def test_recess_segments_and_wall_time(hearing: Path) -> None:
    rv = open_review(hearing)
    records = J.read_records(hearing / "journal.jsonl")
    paused = next(r for r in records if r["kind"] == J.PAUSED)
    resumed = next(r for r in records if r["kind"] == J.RESUMED)
    assert rv.spans == [
        Span("pause", paused["frame"], resumed["frame"], paused["utc"], resumed["utc"], "recess")
    ]
    ended = next(r for r in records if r["kind"] == J.RECORDING_ENDED)
    assert rv.total_frames == ended["data"]["frames"] == 6 * RATE
    for a, b in zip(rv.segments, rv.segments[1:], strict=False):
        assert a.end_frame == b.first_frame  # gapless
    for seg in rv.segments:
        if seg.frames:
            assert rv.locate(seg.first_frame) == (seg, 0)
            assert rv.locate(seg.end_frame - 1) == (seg, seg.frames - 1)
    assert rv.locate(rv.total_frames) is None
    started = next(r for r in records if r["kind"] == J.RECORDING_STARTED)
    start = rv.wall_time(0)
    assert start is not None and start >= parse_utc(started["utc"])
    # after the recess the clock is the resumption's, not the pause's plus frames
    before, after = rv.wall_time(paused["frame"] - 1), rv.wall_time(resumed["frame"])
    assert before is not None and after is not None
    assert after >= parse_utc(resumed["utc"])
    assert (after - before).total_seconds() >= 0.2  # the recess lasted 0.2 s


def test_wall_time_prefers_clock_anchors() -> None:
    from app.review.model import HearingReview

    recs = [
        {
            "seq": 0,
            "utc": "2026-11-21T09:30:00.000000Z",
            "frame": 0,
            "kind": J.RECORDING_STARTED,
            "data": {"rate": 1000, "channels": 1, "bits": 16},
        },
        {
            "seq": 1,
            "utc": "2026-11-21T09:30:11.000000Z",
            "frame": 10000,
            "kind": J.CLOCK_ANCHOR,
            "data": {
                "utc_ns": int(parse_utc("2026-11-21T09:30:10.500000Z").timestamp() * 1e9),
                "monotonic_ns": 1,
            },
        },
        {
            "seq": 2,
            "utc": "2026-11-21T09:30:12.000000Z",
            "frame": 11000,
            "kind": J.DEVICE_LOST,
            "data": {"detail": "unplugged"},
        },
        {
            "seq": 3,
            "utc": "2026-11-21T09:30:42.000000Z",
            "frame": 11000,
            "kind": J.DEVICE_RETURNED,
            "data": {"gap_seconds": 30},
        },
    ]
    rv = HearingReview(Path("/nonexistent"), None, {}, recs)
    # between anchors: interpolated (the sound card ran 5 % slow against the clock here)
    assert rv.wall_time(5000) == parse_utc("2026-11-21T09:30:05.250000Z")
    assert rv.wall_time(10000) == parse_utc("2026-11-21T09:30:10.500000Z")
    assert rv.wall_time(10500) == parse_utc("2026-11-21T09:30:11.250000Z")
    assert rv.wall_time(12000) == parse_utc("2026-11-21T09:30:43.000000Z")
    assert [(s.kind, s.start_frame, s.wall_seconds) for s in rv.spans] == [
        ("device_lost", 11000, 30.0)
    ]


def test_overview_is_rebuilt_in_memory_when_a_peaks_file_is_missing(
    hearing: Path, tmp_path: Path
) -> None:
    whole = open_review(hearing).peaks_cache().envelope(0, 6 * RATE, 600)
    assert whole.shape == (600, 4, 2)
    assert 0.2 < whole[:, :, 1].max() < 0.3  # the tones are at −12 dBFS (0.25)
    copy = shutil.copytree(hearing, tmp_path / "copy")
    victim = next((copy / "audio").glob("*.peaks"))
    victim.unlink()
    before = snapshot(copy)
    rv = open_review(copy)
    overview = rv.peaks_cache()
    rebuilt = overview.envelope(0, 6 * RATE, 600)
    assert overview.rebuilt == [int(victim.stem)]
    np.testing.assert_allclose(rebuilt, whole, atol=1e-4)
    zoomed = overview.envelope(RATE, 2 * RATE, 1000)  # one second: decoded samples
    assert 0.2 < zoomed[:, 0, 1].max() < 0.3 and -0.3 < zoomed[:, 0, 0].min() < -0.2
    middle = zoomed[:, 0, :].mean(axis=1)
    crossings = np.count_nonzero(np.diff(np.sign(middle)) != 0)
    assert abs(crossings - 2 * tone_frequency(0)) <= 10  # the 300 Hz tone itself is drawn
    assert snapshot(copy) == before  # nothing written, not even the rebuilt peaks


def test_player_position_mute_solo_and_nothing_written(hearing: Path) -> None:
    before = snapshot(hearing)
    rv = open_review(hearing)
    sink = CapturingSink(RATE, 2)
    player = Player(rv, sink)
    try:
        player.seek(RATE, play=True)
        assert player.position == RATE
        out = pull(player, sink, RATE)
        assert not player.reader_error, player.reader_error
        assert player.position == RATE + len(out)
        levels = tone_levels(out, 4)
        assert min(levels) > 0.01
        player.set_muted(1, True)
        levels = tone_levels(pull(player, sink, RATE), 4)
        assert levels[1] < 0.01 * min(levels[0], levels[2], levels[3])
        player.set_soloed(2, True)
        levels = tone_levels(pull(player, sink, RATE), 4)
        assert levels[2] > 100 * max(levels[0], levels[1], levels[3])
        assert player.callback_errors == 0 and not player.reader_error
    finally:
        player.close()
    assert snapshot(hearing) == before


def test_speed_keeps_the_pitch(hearing: Path) -> None:
    rv = open_review(hearing)
    sink = CapturingSink(RATE, 2)
    player = Player(rv, sink)
    try:
        player.set_soloed(0, True)
        player.set_speed(1.5)
        player.seek(0, play=True)
        out = pull(player, sink, RATE)
        advanced = player.position
        spectrum = np.abs(np.fft.rfft(out[:RATE].sum(axis=1)))
        assert abs(int(np.argmax(spectrum)) - tone_frequency(0)) <= 2
        assert advanced == pytest.approx(1.5 * len(out), rel=0.05)
    finally:
        player.close()


def test_wsola_changes_length_not_frequency() -> None:
    t = np.arange(2 * RATE) / RATE
    sine = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[:, None]
    for speed in (0.5, 2.0):
        w = Wsola(1, RATE, speed)
        outs, srcs = [], []
        for i in range(0, len(sine), 4096):
            o, s = w.process(sine[i : i + 4096])
            outs.append(o)
            srcs.append(s)
        out = np.concatenate(outs)[:, 0]
        src = np.concatenate(srcs)
        assert len(out) == pytest.approx(len(sine) / speed, rel=0.05)
        assert np.all(np.diff(src) >= 0)
        seg = out[len(out) // 4 : len(out) // 4 + RATE // 2]
        peak = np.argmax(np.abs(np.fft.rfft(seg))) * RATE / len(seg)
        assert abs(peak - 440) <= 2


def test_mix_matrix() -> None:
    mono = mix_matrix(4, 1, [True, False, True, True], 1.0)
    assert mono[:, 0].tolist() == pytest.approx([1 / 3, 0, 1 / 3, 1 / 3])
    stereo = mix_matrix(8, 2, [True] * 8, 1.0)
    assert stereo[0, 1] == pytest.approx(0) and stereo[7, 0] == pytest.approx(0)
    assert stereo.sum(axis=0).max() <= 1.0 + 1e-6  # cannot clip
    assert not mix_matrix(3, 2, [False] * 3, 1.0).any()
    assert mix_matrix(2, 2, [True, True], 0.5).sum() == pytest.approx(
        0.5 * mix_matrix(2, 2, [True, True], 1.0).sum()
    )


def test_a_segment_left_open_by_a_crash_plays_from_its_decodable_frames(
    hearing: Path, tmp_path: Path
) -> None:
    """No ``segment_closed`` for the last segment and a FLAC file cut mid-stream (as a killed
    recorder leaves it): its length comes from decoding, seeking into it decodes from the start."""
    copy = shutil.copytree(hearing, tmp_path / "crashed")
    lines = (copy / "journal.jsonl").read_bytes().splitlines(keepends=True)
    last_closed = max(i for i, ln in enumerate(lines) if b'"kind":"segment_closed"' in ln)
    (copy / "journal.jsonl").write_bytes(b"".join(lines[:last_closed]))
    rv0 = open_review(hearing)
    last = rv0.segments[-1]
    flac = last.files[0].path.relative_to(hearing)
    raw = (copy / flac).read_bytes()
    (copy / flac).write_bytes(raw[: len(raw) * 2 // 3])
    (copy / flac.with_suffix(".peaks")).unlink()
    rv = open_review(copy)
    seg = rv.segments[-1]
    assert not seg.closed and 0 < seg.frames < last.frames
    assert rv.peaks_cache().envelope(seg.first_frame, seg.end_frame, 100)[:, 0, 1].max() > 0.2
    sink = CapturingSink(RATE, 2)
    player = Player(rv, sink)
    try:
        player.seek(seg.first_frame + seg.frames // 2, play=True)
        out = pull(player, sink, RATE // 4)
        assert np.abs(out).max() > 0.05 and not player.reader_error
    finally:
        player.close()
