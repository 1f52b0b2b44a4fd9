"""Another hearing's audio cut into short "recovered" segments is refused (issue #15, attack A1).

A recovered segment used to be tied to its hearing only by the station's progress value every
60 s, so pieces of at most 64 s of another hearing's audio, each journaled as a segment of his
own hearing "recovered" after a kill, needed none and sealed. Now the station keeps, keyed, when
each segment opens (its first frame) and the chain value 2 s in: a recovered segment the station
never saw open in this hearing, or one longer than the early mark that does not continue the
station's values, is refused naming the file. Real `zhazba` subprocesses, real seals, the
recorder killed for real while recording from the PulseAudio null sink of scripts/test.sh.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
import soundfile as sf

from app.evidence import audio_progress
from signing import journal as J
from signing.seal import seal_hearing
from tests.reliability.test_insider import (
    COLLEAGUE_PW,
    SECRETARY_PW,
    court_station,
    pki,
    seal,
    zhazba,
)
from tests.reliability.test_insider_audio import (
    ASANOVA,
    BEKOV,
    _card,
    _id,
    _popen,
    _progress,
    _record_argv,
    _rewrite,
    _with_hashes,
    room_fixture,
)
from tests.support.audio_servers import (
    json_lines,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
)
from tests.support.pki import TestPKI
from tests.support.sealing import signer_for

pytestmark = [pytest.mark.integration]
__all__ = ["pki", "room_fixture"]


def _fast(station: Path, tmp: Path, user: str, who: str, case: str, seconds: int) -> Path:
    argv = ("record", "--out", str(tmp.parent / "hearings"), "--source", "tones", "--fast",
            "--demo", "--channels", "2", "--no-stdin", "--json", "--seconds", str(seconds),
            "--hearing", str(_card(tmp, who, case)))  # fmt: skip
    pw = {"asanova": SECRETARY_PW, "bekov": COLLEAGUE_PW}[user]
    r = zhazba(station, *argv, user=user, password=pw)
    assert r.returncode == 0, r.stderr
    return Path(json_lines(r.stdout)[-1]["folder"])


def _as_recovered(his: Path, pieces: list[Path]) -> None:
    """His journal: his recording's start, then each piece as a segment opened and closed as
    "recovered" (the chain recomputed, as anyone can)."""
    mine = J.read_records(his / "journal.jsonl")[1:]
    started = [r for r in mine if r["kind"] == J.RECORDING_STARTED]
    template = next(r for r in mine if r["kind"] == J.SEGMENT_CLOSED)
    segs: list[dict[str, object]] = []
    first = 0
    for i, path in enumerate(pieces, start=1):
        name = f"audio/{path.name}"
        frames = sf.info(str(path)).frames
        meta = dict(next(iter(template["data"]["files"].values())), frames=frames)
        opened = {"files": [name], "first_frame": first, "segment": i}
        segs.append({"kind": J.SEGMENT_OPENED, "frame": first, "data": opened})
        d = {**{k: v for k, v in template["data"].items() if k != "peaks"}, "segment": i,
             "reason": "recovered", "frames": frames, "first_frame": first,
             "files": {name: meta}}  # fmt: skip
        first += frames
        segs.append({"kind": J.SEGMENT_CLOSED, "data": d, "frame": first})
    tail = [{"kind": J.RECORDING_ENDED, "data": {"frames": first}, "frame": first}]
    _rewrite(his, _with_hashes(started + segs + tail, his))
    assert J.verify_journal(his / "journal.jsonl").ok


def test_her_segment_cut_into_short_recovered_segments_of_his_is_refused(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _fast(station, tmp_path / "a", "asanova", ASANOVA, "2-777/2026", 130)
    his = _fast(station, tmp_path / "b", "bekov", BEKOV, "2-100/2026", 2)
    data, rate = sf.read(hers / "audio/0001.flac", dtype="int16")
    for p in (his / "audio").iterdir():
        p.unlink()
    pieces = []
    for i, (a, b) in enumerate([(0, 60), (60, 120), (120, 126), (126, 130)], start=1):
        pieces.append(his / f"audio/{i:04d}.flac")
        sf.write(pieces[-1], data[a * rate : b * rate], rate, subtype="PCM_16", format="FLAC")
    _as_recovered(his, pieces)
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert "audio file audio/0001.flac is said to be recovered" in r.stderr, r.stderr
    pkg = seal_hearing(his, signer_for(pki.colleague)).package  # sealed outside Zhazba
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 1, r.stdout
    # longer than the early mark: it does not begin with the value the station kept 2 s in
    for name in ("audio/0001.flac", "audio/0002.flac"):
        assert (
            f"audio file {name} is said to be recovered after an interruption, but it does not "
            "continue what this station recorded"
        ) in r.stdout, r.stdout
    # shorter ones: the station never saw those segments open in his hearing
    for name, segment in (("audio/0003.flac", 3), ("audio/0004.flac", 4)):
        assert (
            f"audio file {name} is said to be recovered after an interruption, but this station "
            f"never saw segment {segment} of this hearing open"
        ) in r.stdout, r.stdout


def test_other_audio_as_the_recovered_end_of_a_killed_segment_is_refused(
    tmp_path: Path, pki: TestPKI, room: dict[str, str]
) -> None:
    """A recorder really killed a few seconds into a segment (the station saw it open and kept
    its value 2 s in); 30 s of another hearing's audio put in as that segment recovered is
    refused (it does not begin with the value the station saw)."""
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _fast(station, tmp_path / "a", "asanova", ASANOVA, "2-777/2026", 40)
    argv = _record_argv(tmp_path / "b", ASANOVA, "2-100/2026", 600)
    argv[argv.index("--segment-seconds") + 1] = "600"
    proc = _popen(station, argv, room)
    deadline = time.monotonic() + 60
    his: list[Path] = []
    while time.monotonic() < deadline and not any(_progress(station, h) for h in his):
        his = [p for p in (tmp_path / "b" / "hearings").glob("*") if p.is_dir()]
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    [mine] = his
    assert audio_progress.load(station, _id(mine))["1"]["audio/0001.flac"]["1"]  # 2 s in
    assert audio_progress.every_doc(station)[_id(mine)].opened == {"1": 0}
    r = zhazba(station, "recover", str(mine), user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    data, rate = sf.read(hers / "audio/0001.flac", dtype="int16", frames=30 * 48000)
    sf.write(mine / "audio/0001.flac", data, rate, subtype="PCM_16", format="FLAC")
    records = J.read_records(mine / "journal.jsonl")[1:]
    for rec in records:
        if rec["kind"] == J.SEGMENT_CLOSED:
            rec["data"]["frames"] = len(data)
    _rewrite(mine, _with_hashes([r for r in records if r["kind"] != J.CHECKPOINT], mine))
    r = seal(station, tmp_path, mine, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert (
        "audio file audio/0001.flac is said to be recovered after an interruption, but it does "
        "not continue what this station recorded"
    ) in r.stderr, r.stderr
