"""A colleague passes another hearing's audio off as his own hearing's (issue #15, last hole).

Bekov, a secretary with his own valid court key, opens a hearing of his own on the station (so
the station's record shows *his* opening), takes the audio Asanova recorded in her hearing,
builds his hearing's journal around those files (the chain recomputed, as anyone can) and seals
it with his key. Before app/evidence/audio_origin.py every check held: the package carried
genuine audio under a forged hearing and case. Now the station records each closed segment's
files (and a progress value of each open segment every minute) under the hearing recording it;
`zhazba seal`, `zhazba verify` and every export on the station name the file and the hearing it
was recorded in. Everything runs through the real `zhazba` commands in subprocesses, recording
from a real PulseAudio server (the private null sink of scripts/test.sh), with real seals and
loop-mounted media; the honest paths (record, kill and recover, seal, verify, export) still pass.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf

from app.cli.record import demo_hearing
from app.evidence import audio_progress
from app.evidence.audio_origin import KINDS, RECOVERED, SEGMENT
from app.evidence.register import _events
from signing import journal as J
from signing.seal import seal_hearing
from tests.integration.test_simulated_documents import audio_env_without_demo
from tests.reliability.test_insider import (
    COLLEAGUE_PW,
    SECRETARY_PW,
    _empty,
    court_station,
    medium,
    pki,
    seal,
    zhazba,
)
from tests.support.audio_servers import (
    Pulse,
    json_lines,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    tone_wav,
)
from tests.support.export_hearing import hearing_with_markers
from tests.support.media import MountedImage
from tests.support.pki import TestPKI
from tests.support.sealing import signer_for

pytestmark = [pytest.mark.integration]
__all__ = ["medium", "pki"]  # the fixtures, shared with test_insider

ASANOVA = "ASANOVA AIGERIM"
BEKOV = "Беков Д."


def _card(tmp: Path, secretary: str, case: str) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    card = tmp / f"card-{case.replace('/', '-')}.json"
    doc = {**demo_hearing(None, 2).to_json(), "secretary": secretary, "case_number": case}
    card.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return card


def _record_argv(tmp: Path, secretary: str, case: str, seconds: float) -> list[str]:
    return ["record", "--out", str(tmp / "hearings"), "--device", "pulse", "--channels", "2",
            "--seconds", f"{seconds:g}", "--segment-seconds", "1", "--allow-short-segments",
            "--no-stdin", "--json", "--hearing", str(_card(tmp, secretary, case))]  # fmt: skip


@pytest.fixture(name="room")
def room_fixture(pulse: Pulse, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The courtroom: a private 2-channel null sink with a tone playing into it for the whole
    test (two hearings recorded at different moments never hold the same samples); the
    recorder's PulseAudio device listens to its monitor."""
    sink, _ = pulse.sink(2)
    wav = tone_wav(tmp_path / "room.wav", 2, 120.0)
    player = subprocess.Popen(["paplay", "-d", sink, str(wav)], env=pulse.env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(0.5)
    env = pulse.record_env(sink)
    yield {k: env[k] for k in (*audio_env_without_demo(), "PULSE_SOURCE")}
    player.kill()
    player.wait(timeout=10)


WHO = {"asanova": (SECRETARY_PW, ASANOVA), "bekov": (COLLEAGUE_PW, BEKOV)}


def record(
    station: Path, tmp: Path, user: str, case: str, seconds: float, room: dict[str, str]
) -> Path:
    """A real recording from the PulseAudio device, signed in as ``user``, naming them."""
    pw, secretary = WHO[user]
    argv = _record_argv(tmp, secretary, case, seconds)
    r = zhazba(station, *argv, user=user, password=pw, **room)
    assert r.returncode == 0, r.stdout + r.stderr
    return Path(json_lines(r.stdout)[-1]["folder"])


def graft(mine: Path, theirs: Path, only: list[str] | None = None) -> None:
    """What the colleague does: his hearing's opening, then the other hearing's recording (its
    segments, checkpoints and end), the chain recomputed; the other hearing's audio files in
    place of his own (``only``: just those files, the rest of his own kept)."""
    rest = [r for r in J.read_records(theirs / "journal.jsonl") if r["kind"] != J.HEARING_OPENED]
    if only is None:
        shutil.rmtree(mine / "audio")
        shutil.copytree(theirs / "audio", mine / "audio")
    else:
        for name in only:
            shutil.copy2(theirs / name, mine / name)
        own = {n for r in rest if r["kind"] == J.SEGMENT_CLOSED for n in r["data"]["files"]}
        for p in (mine / "audio").iterdir():
            if f"audio/{p.name}" not in own and p.name.endswith(".flac"):
                p.unlink()
        rest = _with_hashes(rest, mine)
    _rewrite(mine, rest)


def _window_seal(station: Path, hearing: Path, pki: TestPKI) -> bool:
    """The window's core seals the hearings waiting for a key with the colleague's key: True
    when it refused this one, naming the file and the other hearing."""
    from app.station import Station
    from signing.seal import mark_seal_pending
    from tests.support.pki import PASSWORD

    core = Station(station, hearings=hearing.parent)
    core.signed_in = "bekov"
    assert mark_seal_pending(hearing)
    key = hearing.parent.parent / "bekov-window.p12"
    key.write_bytes(pki.colleague.p12())
    core.open_key(key, PASSWORD, seal_waiting=False)
    [result] = [r for r in core.seal_waiting() if r.folder == hearing]
    return result.sealed is None and any("was recorded in hearing" in p for p in result.problems)


def _rewrite(folder: Path, after: list[dict[str, Any]]) -> None:
    """His journal: its opening record as the station recorded it, then ``after`` (chained)."""
    journal = folder / "journal.jsonl"
    journal.write_bytes(journal.read_bytes().split(b"\n")[0] + b"\n")
    with J.HearingJournal(journal) as jr:
        for r in after:
            jr.append(r["kind"], r["data"], r["frame"])


def _with_hashes(records: list[dict[str, Any]], folder: Path) -> list[dict[str, Any]]:
    """The closed segments' hashes made to match the files now in ``folder``."""
    from audio.pcm import file_sha256

    for r in records:
        if r["kind"] == J.SEGMENT_CLOSED:
            for name, meta in r["data"]["files"].items():
                meta.update(sha256=file_sha256(folder / name), bytes=(folder / name).stat().st_size)
    return records


def _id(folder: Path) -> str:
    return str(json.loads((folder / "hearing.json").read_text(encoding="utf-8"))["id"])


def _package(hearing: Path) -> Path:
    return hearing.with_name(hearing.name + ".sealed")


def _says_other(out: str, name: str, other: str) -> bool:
    return f"audio file {name} was recorded in hearing {other} on this station" in out


def test_another_hearings_audio_under_a_colleagues_own_hearing_is_refused(
    tmp_path: Path, pki: TestPKI, medium: MountedImage, room: dict[str, str]
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    # Bekov opens his own hearing first (a short real recording), then Asanova records hers
    his = record(station, tmp_path / "b", "bekov", "2-100/2026", 1.0, room)
    hers = record(station, tmp_path / "a", "asanova", "2-777/2026", 3.0, room)
    kinds = [e for e, d, _ in _events(station, KINDS) if d["hearing"] == _id(hers)]
    assert kinds.count(SEGMENT) >= 3, kinds  # one record per closed segment
    graft(his, hers)
    assert J.verify_journal(his / "journal.jsonl").ok  # the chain itself holds
    # 1. `zhazba seal` with his own valid key: refused, naming the file and her hearing
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert _says_other(r.stderr, "audio/0001.flac", _id(hers)), r.stderr
    assert "Traceback" not in r.stderr and not _package(his).exists()
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW, ZHAZBA_LANG="ru")
    assert r.returncode == 4 and "Traceback" not in r.stderr
    assert "was recorded in hearing" not in r.stderr and _id(hers) in r.stderr, r.stderr
    # 1b. the window's seal (a hearing waiting for a key, sealed when he opens his)
    assert _window_seal(station, his, pki) and not _package(his).exists()
    # 2. sealed outside Zhazba with his key: every check of the package holds but the station's
    pkg = seal_hearing(his, signer_for(pki.colleague)).package
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 1, r.stdout + r.stderr
    assert _says_other(r.stdout, "audio/0001.flac", _id(hers)), r.stdout
    assert _says_other(r.stdout, "audio/0003.flac", _id(hers)), r.stdout
    # 3. nothing leaves: the case-file export and a participant copy refuse
    to = ("--to", str(medium.mountpoint))
    for extra in ((), ("--participant-copy",)):
        r = zhazba(station, "export", str(pkg), *to, *extra, user="bekov", password=COLLEAGUE_PW)
        assert r.returncode != 0 and "Traceback" not in r.stderr, r.stdout + r.stderr
        assert _empty(medium)
    # the honest hearing still seals, verifies and is exported
    r = seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    r = zhazba(station, "verify", str(_package(hers)))
    assert r.returncode == 0, r.stdout + r.stderr
    r = zhazba(station, "export", str(_package(hers)), *to, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr


def test_one_grafted_file_and_a_file_from_elsewhere_are_named(
    tmp_path: Path, pki: TestPKI, room: dict[str, str]
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    his = record(station, tmp_path / "b", "bekov", "2-100/2026", 3.0, room)
    hers = record(station, tmp_path / "a", "asanova", "2-777/2026", 3.0, room)
    shutil.copy2(hers / "audio/0002.flac", his / "audio/0002.flac")
    _rehash(his)
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4 and _says_other(r.stderr, "audio/0002.flac", _id(hers)), r.stderr
    # a file the station never recorded (made elsewhere, not by this station's recorder)
    elsewhere = hearing_with_markers(tmp_path / "elsewhere", [], seconds=1.0, channels=2)
    shutil.copy2(next((elsewhere / "audio").glob("*.flac")), his / "audio/0002.flac")
    _rehash(his)
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert "audio file audio/0002.flac was never recorded in this hearing" in r.stderr, r.stderr
    pkg = seal_hearing(his, signer_for(pki.colleague)).package
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 1 and "audio/0002.flac was never recorded" in r.stdout, r.stdout
    assert "audio/0001.flac" not in r.stdout  # his own files are his


def _rehash(folder: Path) -> None:
    """The journal's closed-segment hashes made to match the files (the chain recomputed)."""
    _rewrite(folder, _with_hashes(J.read_records(folder / "journal.jsonl")[1:], folder))


def test_off_the_station_the_report_says_the_audio_origin_is_not_proven(
    tmp_path: Path, pki: TestPKI, room: dict[str, str]
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    hers = record(station, tmp_path / "a", "asanova", "2-777/2026", 1.0, room)
    assert seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = zhazba(elsewhere, "verify", str(_package(hers)))
    assert "can be checked only on the station that recorded it" in r.stdout, r.stdout


def test_a_killed_recording_recovers_seals_and_verifies(
    tmp_path: Path, pki: TestPKI, medium: MountedImage, room: dict[str, str]
) -> None:
    """The honest path through a kill: the segment open at the kill is recovered, its file is
    put on the station's record when sealed, and the package verifies and is exported."""
    station = court_station(tmp_path, pki, ASANOVA)
    argv = _record_argv(tmp_path, ASANOVA, "2-555/2026", 60)
    argv[argv.index("--segment-seconds") + 1] = "600"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHAZBA_")}
    env.update(ZHAZBA_STATION=str(station), ZHAZBA_DEMO="1", ZHAZBA_USER="asanova",
               ZHAZBA_PASSWORD=SECRETARY_PW, **room)  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "app", *argv], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((tmp_path / "hearings").glob("*/audio/*")):
        time.sleep(0.2)
    time.sleep(2.5)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    [hers] = [p for p in (tmp_path / "hearings").iterdir() if p.is_dir()]
    r = zhazba(station, "recover", str(hers), user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    closed = [r for r in J.read_records(hers / "journal.jsonl") if r["kind"] == J.SEGMENT_CLOSED]
    assert closed and closed[-1]["data"]["reason"] == "recovered"
    r = seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    recovered = [d for e, d, _ in _events(station, KINDS) if e == RECOVERED]
    assert [d["hearing"] for d in recovered] == [_id(hers)]  # on the record from the seal on
    r = zhazba(station, "verify", str(_package(hers)))
    assert r.returncode == 0, r.stdout + r.stderr
    to = ("--to", str(medium.mountpoint))
    r = zhazba(station, "export", str(_package(hers)), *to, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr


def test_a_partial_copy_of_a_closed_segment_passed_off_as_recovered_is_refused(
    tmp_path: Path, pki: TestPKI
) -> None:
    """The colleague copies the first 70 s of her segment and calls it his hearing's recovered
    segment: the station holds no progress value of his for it (he never recorded 70 s)."""
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _fast(station, tmp_path, "asanova", 130)
    assert audio_progress.load(station, _id(hers)) == {}  # dropped when her segment closed
    his = _fast(station, tmp_path, "bekov", 2)
    data, rate = sf.read(hers / "audio/0001.flac", dtype="int16", frames=70 * 48000)
    sf.write(his / "audio/0001.flac", data, rate, subtype="PCM_16", format="FLAC")
    graft(his, hers, only=[])
    _recovered(his, frames=len(data))
    pkg = seal_hearing(his, signer_for(pki.colleague)).package
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 1, r.stdout
    assert (
        "audio file audio/0001.flac is said to be recovered after an interruption, but it "
        "does not continue what this station recorded" in r.stdout
    ), r.stdout


def test_a_killed_segments_audio_is_tied_to_its_hearing_by_the_progress_values(
    tmp_path: Path, pki: TestPKI, medium: MountedImage, room: dict[str, str]
) -> None:
    """Her recorder (PulseAudio, real time) killed a minute into a segment: the station's keyed
    progress value at 59 s ties the recovered file to her hearing. Under a colleague's hearing
    it is named as hers; in her own it seals (`zhazba seal`), verifies and is exported."""
    station = court_station(tmp_path, pki, ASANOVA)
    argv = _record_argv(tmp_path, ASANOVA, "2-555/2026", 600)
    argv[argv.index("--segment-seconds") + 1] = "600"
    proc = _popen(station, argv, room)
    deadline = time.monotonic() + 150
    minute: dict[str, str] = {}
    while time.monotonic() < deadline and "59" not in minute:  # the value a minute in
        hearings = [p for p in (tmp_path / "hearings").glob("*") if p.is_dir()]
        values = _progress(station, hearings[0]) if hearings else {}
        minute = values.get("1", {}).get("audio/0001.flac", {})
        time.sleep(0.2)
    time.sleep(2.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    [hers] = [p for p in (tmp_path / "hearings").iterdir() if p.is_dir()]
    assert audio_progress.load(station, _id(hers))["1"]["audio/0001.flac"]["59"]
    r = zhazba(station, "recover", str(hers), user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    his = record(station, tmp_path / "b", "bekov", "2-100/2026", 1.0, room)
    graft(his, hers)
    pkg = seal_hearing(his, signer_for(pki.colleague)).package
    r = zhazba(station, "verify", str(pkg))
    assert r.returncode == 1, r.stdout
    assert _says_other(r.stdout, "audio/0001.flac", _id(hers)), r.stdout
    r = seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    assert audio_progress.load(station, _id(hers)) == {}  # on the audit log now
    r = zhazba(station, "verify", str(_package(hers)))
    assert r.returncode == 0, r.stdout + r.stderr
    to = ("--to", str(medium.mountpoint))
    r = zhazba(station, "export", str(_package(hers)), *to, user="asanova", password=SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr


def _progress(station: Path, folder: Path) -> audio_progress.Values:
    """The station's progress values of the hearing in ``folder`` ({} while it is being made)."""
    try:
        return audio_progress.load(station, _id(folder))
    except (OSError, ValueError):
        return {}


def _popen(station: Path, argv: list[str], room: dict[str, str]) -> subprocess.Popen[str]:
    """`zhazba ARGV` left running, signed in as Asanova."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHAZBA_")}
    env.update(ZHAZBA_STATION=str(station), ZHAZBA_DEMO="1", ZHAZBA_USER="asanova",
               ZHAZBA_PASSWORD=SECRETARY_PW, **room)  # fmt: skip
    return subprocess.Popen([sys.executable, "-m", "app", *argv], env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def _fast(station: Path, tmp: Path, user: str, seconds: int) -> Path:
    """A demonstration recording made as fast as the machine allows, signed in as ``user``."""
    argv = ("record", "--out", str(tmp / "hearings"), "--source", "tones", "--fast", "--demo",
            "--channels", "1", "--no-stdin", "--json", "--seconds", str(seconds))  # fmt: skip
    r = zhazba(station, *argv, user=user, password=WHO[user][0])
    assert r.returncode == 0, r.stderr
    return Path(json_lines(r.stdout)[-1]["folder"])


def _recovered(folder: Path, frames: int) -> None:
    """His journal says the segment was recovered after a kill, with the file now there."""
    records = J.read_records(folder / "journal.jsonl")[1:]
    for r in records:
        if r["kind"] == J.SEGMENT_CLOSED:
            r["data"].update(reason="recovered", frames=frames)
    records = [r for r in records if r["kind"] != J.CHECKPOINT]
    _rewrite(folder, _with_hashes(records, folder))


def test_a_hearing_opened_before_the_audio_tie_still_seals_and_says_so(
    tmp_path: Path, pki: TestPKI
) -> None:
    """A station updated while a hearing was open: its opening record has no ``audio_tied``,
    so its audio is not checked (nothing of it is on the record) and the report says so."""
    from app.evidence.register import OPENED, _log

    station = court_station(tmp_path, pki, ASANOVA)
    old = hearing_with_markers(tmp_path / "old", [], seconds=1.0)
    opened = J.read_records(old / "journal.jsonl")[0]
    card = opened["data"]["hearing"]
    _log(station, "asanova", OPENED, {
        "hearing": card["id"], "opened_hash": opened["hash"], "secretary": card["secretary"],
        "account": "asanova", "opened_by": "asanova", "closed_hearing": False,
        "case_number": card["case_number"],
    }, "asanova")  # fmt: skip
    r = seal(station, tmp_path, old, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    r = zhazba(station, "verify", str(_package(old)))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "opened before this station recorded which audio belongs" in r.stdout, r.stdout
