"""The recording engine with simulated sources: journal records at the right frames, gapless
segments equal to the generated signal, checkpoints equal to the files' own, parallel files above
8 channels, and recovery of a hearing whose last segment and journal tail were cut off."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.cli.record import demo_hearing
from app.hearing.details import load_hearing_json, write_json_atomic
from app.hearing.recovery import recover_hearing
from app.hearing.session import HearingSession, SessionError
from audio.engine_types import EngineConfig, EngineState
from audio.pcm import SampleFormat, iter_file_blocks, second_hashes, segment_file_names
from audio.sources import BlockSink, SourceError, ToneSource
from signing.journal import read_records, verify_journal
from tests.conftest import record_hearing
from tests.support.sinks import ListSink

pytestmark = pytest.mark.timeout(120)
RATE = 48000
BLOCK = 4800


class ManualSource:
    """A simulated microphone driven block by block by the test (the "source thread")."""

    name = "manual"
    realtime = False

    def __init__(self, channels: int = 2, rate: int = RATE, bits: int = 16) -> None:
        self.channels, self.rate, self.bits = channels, rate, bits
        self.sink: BlockSink | None = None
        self.sent = 0
        self.backpressure: Any = None
        self.fail_start: Exception | None = None

    def start(self, sink: BlockSink) -> None:
        if self.fail_start is not None:
            raise self.fail_start
        self.sink = sink

    def stop(self) -> None:
        pass

    def abandon(self) -> None:
        pass

    @property
    def finished(self) -> bool:
        return False

    def push(self, blocks: int) -> np.ndarray:
        out = []
        for _ in range(blocks):
            n = np.arange(self.sent, self.sent + BLOCK)
            block = np.stack([(n * (c + 1)) % 20000 - 10000 for c in range(self.channels)], 1)
            block = block.astype(np.int16)
            assert self.sink is not None
            self.sink(block, False)
            self.sent += BLOCK
            out.append(block)
        return np.concatenate(out)


def new_session(
    tmp_path: Path, channels: int = 2, segment_seconds: float = 600.0
) -> HearingSession:
    return HearingSession.create(
        tmp_path,
        demo_hearing(None, channels),
        channels=channels,
        rate=RATE,
        bits=16,
        source_name="manual",
        segment_seconds=segment_seconds,
    )


def decode(folder: Path, channels: int, bits: int = 16) -> np.ndarray:
    dtype = SampleFormat(bits).dtype
    parts, seg = [], 1
    while (folder / segment_file_names(seg, channels)[0]).exists():
        files = [
            np.concatenate(list(iter_file_blocks(folder / n, 65536, dtype)))
            for n in segment_file_names(seg, channels)
        ]
        parts.append(np.concatenate(files, axis=1))
        seg += 1
    return np.concatenate(parts)


def by_kind(folder: Path, kind: str) -> list[dict[str, Any]]:
    return [r for r in read_records(folder / "journal.jsonl") if r["kind"] == kind]


@pytest.mark.parametrize("reason", ["adjournment", "recess", "deliberation"])
def test_pause_resume_end_records_at_the_right_frames(tmp_path: Path, reason: str) -> None:
    session = new_session(tmp_path)
    src = ManualSource()
    session.start(src, EngineConfig())  # type: ignore[arg-type]
    first = src.push(3)
    session.pause(reason)
    assert session.state is EngineState.PAUSED
    src.push(2)  # during the pause: not recorded, adds no frames
    session.resume()
    second = src.push(4)
    session.end()
    folder = session.folder
    records = read_records(folder / "journal.jsonl")
    seq = [
        (r["kind"], r["frame"]) for r in records if r["kind"] not in ("checkpoint", "clock_anchor")
    ]
    p = 3 * BLOCK
    assert seq[seq.index(("paused", p)) - 1] == ("segment_closed", p)
    assert seq[-5:] == [
        ("paused", p),
        ("resumed", p),
        ("segment_opened", p),
        ("segment_closed", p + 4 * BLOCK),
        ("recording_ended", p + 4 * BLOCK),
    ]
    paused = by_kind(folder, "paused")[0]
    assert paused["data"] == {"reason": reason}
    closed = by_kind(folder, "segment_closed")
    assert [c["data"]["reason"] for c in closed] == ["pause", "end"]
    assert [(c["data"]["first_frame"], c["data"]["frames"]) for c in closed] == [
        (0, p),
        (p, 4 * BLOCK),
    ]
    assert by_kind(folder, "segment_opened")[1]["data"]["first_frame"] == p
    assert by_kind(folder, "recording_ended")[0]["data"] == {"frames": 7 * BLOCK}
    assert np.array_equal(decode(folder, 2), np.concatenate([first, second]))
    assert verify_journal(folder / "journal.jsonl").ok
    assert load_hearing_json(folder)["finished"] is True


@pytest.mark.parametrize("reason", ["", "lunch", "Recess", None])
def test_pausing_without_a_valid_reason_is_refused(tmp_path: Path, reason: Any) -> None:
    session = new_session(tmp_path)
    src = ManualSource()
    session.start(src, EngineConfig())  # type: ignore[arg-type]
    src.push(1)
    with pytest.raises(SessionError):
        session.pause(reason)
    assert session.engine is not None
    with pytest.raises(ValueError):
        session.engine.pause(reason)
    src.push(1)
    assert session.state is EngineState.RECORDING
    session.end()
    assert not by_kind(session.folder, "paused")
    assert by_kind(session.folder, "recording_ended")[0]["data"]["frames"] == 2 * BLOCK


def expected_tones(channels: int, frames: int, rate: int = RATE, bits: int = 16) -> np.ndarray:
    src = ToneSource(channels, rate, bits, realtime=False)
    out, pos = [], 0
    while pos < frames:  # the blocks exactly as the source thread produces them
        n = min(src.blocksize, frames - pos)
        out.append(src.fmt.from_float(src._generate(pos, n)))
        pos += n
    return np.concatenate(out)


def check_checkpoints(folder: Path, channels: int, rate: int = RATE, bits: int = 16) -> int:
    cps = by_kind(folder, "checkpoint")
    checked = 0
    for closed in by_kind(folder, "segment_closed"):
        seg = closed["data"]["segment"]
        mine = {c["data"]["second"]: c["data"] for c in cps if c["data"]["segment"] == seg}
        for name in segment_file_names(seg, channels):
            recomputed = second_hashes(folder / name, rate, bits)
            assert sorted(mine) == [s for s, _, _ in recomputed]
            for sec, frames, hexd in recomputed:
                assert mine[sec]["files"][name] == hexd
                assert mine[sec]["frames"] == frames
                assert mine[sec]["first_frame"] == closed["data"]["first_frame"] + sec * rate
                checked += 1
    return checked


def test_rotation_is_gapless_and_checkpoints_match_the_files(tmp_path: Path) -> None:
    folder = record_hearing(
        tmp_path,
        "--source",
        "tones",
        "--fast",
        "--seconds",
        "3.3",
        "--segment-seconds",
        "0.7",
        "--allow-short-segments",
        "--channels",
        "3",
    )
    closed = by_kind(folder, "segment_closed")
    assert len(closed) == 5
    for a, b in zip(closed, closed[1:], strict=False):
        assert a["data"]["first_frame"] + a["data"]["frames"] == b["data"]["first_frame"]
        assert a["data"]["frames"] == int(0.7 * RATE)
    got = decode(folder, 3)
    assert np.array_equal(got, expected_tones(3, int(3.3 * RATE)))
    assert check_checkpoints(folder, 3) >= 5


def test_more_than_8_channels_go_into_parallel_files(tmp_path: Path) -> None:
    folder = record_hearing(
        tmp_path,
        "--source",
        "tones",
        "--fast",
        "--seconds",
        "2.5",
        "--segment-seconds",
        "1",
        "--allow-short-segments",
        "--channels",
        "19",
        "--bits",
        "24",
    )
    names = segment_file_names(1, 19)
    assert names == [
        "audio/0001-ch01-08.flac",
        "audio/0001-ch09-16.flac",
        "audio/0001-ch17-19.flac",
    ]
    closed = by_kind(folder, "segment_closed")
    assert len(closed) == 3
    files = closed[0]["data"]["files"]
    assert [files[n]["channels"] for n in names] == [
        list(range(1, 9)),
        list(range(9, 17)),
        [17, 18, 19],
    ]
    got = decode(folder, 19, 24)
    assert np.array_equal(got, expected_tones(19, int(2.5 * RATE), bits=24))
    assert check_checkpoints(folder, 19, bits=24) == 3 * 3


def _engine_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name in ("writer", "watchdog") and t.is_alive()}


def test_a_source_that_will_not_start_leaves_an_explained_closed_hearing(tmp_path: Path) -> None:
    before = _engine_threads()  # an engine of another test may still be winding down
    session = new_session(tmp_path)
    src = ManualSource()
    src.fail_start = SourceError("the device vanished")
    with pytest.raises(SessionError, match="the device vanished"):
        session.start(src, EngineConfig())  # type: ignore[arg-type]
    folder = session.folder
    assert load_hearing_json(folder)["finished"] is True
    errors = by_kind(folder, "error")
    assert errors and "the device vanished" in errors[0]["data"]["detail"]
    assert by_kind(folder, "recording_ended")[0]["data"]["frames"] == 0
    assert verify_journal(folder / "journal.jsonl").ok
    assert not _engine_threads() - before  # this engine started no thread it left running


def test_recovery_of_a_cut_last_segment(tmp_path: Path) -> None:
    folder = record_hearing(
        tmp_path,
        "--source",
        "tones",
        "--fast",
        "--seconds",
        "4.5",
        "--segment-seconds",
        "2",
        "--allow-short-segments",
        "--channels",
        "10",
    )
    full = decode(folder, 10)
    names = segment_file_names(3, 10)
    # what a crash leaves: the last segment's files cut mid-stream, the journal's tail gone
    lines = (folder / "journal.jsonl").read_bytes().splitlines(keepends=True)
    cut = next(
        i
        for i, line in enumerate(lines)
        if json.loads(line)["kind"] == "segment_closed" and json.loads(line)["data"]["segment"] == 3
    )
    (folder / "journal.jsonl").write_bytes(b"".join(lines[:cut]) + lines[cut][:40])
    for name in names:
        path = folder / name
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * 0.6)])
    (folder / "audio" / "0003.peaks").unlink()
    hearing = load_hearing_json(folder)
    hearing["finished"] = False
    write_json_atomic(folder / "hearing.json", hearing)

    # killed between creating the next segment's file and journaling it: a stray empty file
    (folder / "audio" / "0004-ch01-08.flac").write_bytes(b"")
    report = recover_hearing(folder)
    assert not (folder / "audio" / "0004-ch01-08.flac").exists()
    assert (folder / "audio" / "0004-ch01-08.flac.interrupted").exists()
    stray = by_kind(folder, "recovered")
    assert stray and list(stray[0]["data"]["files"]) == ["audio/0004-ch01-08.flac.interrupted"]
    assert report.recovered and report.segment == 3
    assert 0 < report.recovered_frames < int(0.5 * RATE)
    assert verify_journal(folder / "journal.jsonl").ok
    assert (folder / "journal.jsonl.torn").exists()
    for name in names:
        assert (folder / (name + ".interrupted")).exists()
    got = decode(folder, 10)
    assert len(got) == 4 * RATE + report.recovered_frames
    assert np.array_equal(got, full[: len(got)])  # every salvaged frame is the original one
    interrupted = by_kind(folder, "interrupted")[0]["data"]
    assert (
        interrupted["segment"] == 3 and interrupted["recovered_frames"] == report.recovered_frames
    )
    last = by_kind(folder, "segment_closed")[-1]["data"]
    assert last["reason"] == "recovered" and last["frames"] == report.recovered_frames
    # the checkpoints in force (recovered ones replace earlier ones) match the salvaged audio
    effective: dict[tuple[int, int], dict[str, Any]] = {}
    for cp in by_kind(folder, "checkpoint"):
        effective[(cp["data"]["segment"], cp["data"]["second"])] = cp["data"]
    for name in names:
        for sec, frames, hexd in second_hashes(folder / name, RATE, 16):
            assert effective[(3, sec)]["files"][name] == hexd
            assert effective[(3, sec)]["frames"] == frames
    assert by_kind(folder, "recording_ended")[0]["data"]["frames"] == len(got)
    assert load_hearing_json(folder)["finished"] is True
    assert (folder / "audio" / "0003.peaks").exists()


def test_a_checkpoint_is_journaled_only_once_the_encoder_wrote_its_second(tmp_path: Path) -> None:
    from audio.segments import FLAC_BLOCK, SegmentWriter

    sink = ListSink()
    seg = SegmentWriter(tmp_path, 1, 0, 2, RATE, 16, sink)
    src = ManualSource()
    src.sink = lambda block, _overflow: seg.write(block)
    src.push(10)  # exactly one second: the encoder still holds 48000 mod 4096 frames
    seg.sync()
    assert not [e for e in sink.events if e[0] == "checkpoint"]
    src.push(1)  # 52800 frames: the blocks up to 49152 are written out
    assert seg.frames // FLAC_BLOCK * FLAC_BLOCK >= RATE
    seg.sync()
    cps = [e for e in sink.events if e[0] == "checkpoint"]
    assert [(d["second"], d["frames"]) for _, d, _ in cps] == [(0, RATE)]
    seg.close("end")
    cps = [e for e in sink.events if e[0] == "checkpoint"]
    assert [(d["second"], d["frames"]) for _, d, _ in cps] == [(0, RATE), (1, 11 * BLOCK - RATE)]
    assert [(s, n, h) for s, n, h in second_hashes(tmp_path / "audio/0001.flac", RATE, 16)] == [
        (d["second"], d["frames"], d["files"]["audio/0001.flac"]) for _, d, _ in cps
    ]


def test_no_empty_segment_when_the_end_falls_on_a_rotation(tmp_path: Path) -> None:
    """A 0-frame FLAC file cannot be decoded by anyone: segments open with their first frame."""
    folder = record_hearing(
        tmp_path,
        "--source",
        "tones",
        "--channels",
        "2",
        "--seconds",
        "4",
        "--segment-seconds",
        "2",
        "--allow-short-segments",
        "--fast",
    )
    files = sorted((folder / "audio").glob("*.flac"))
    assert [f.name for f in files] == ["0001.flac", "0002.flac"]
    closed = by_kind(folder, "segment_closed")
    assert [r["data"]["frames"] for r in closed] == [2 * RATE, 2 * RATE]
    assert all(f.stat().st_size > 0 for f in files)
