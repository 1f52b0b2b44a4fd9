"""Live anchors end to end: a real PulseAudio device recorded by the real CLI, anchors sent to the
real Ceph RGW under Object Lock, an insider's rewrite of the unsealed hearing (a marker's note, or
a re-encoded segment, with the whole hash chain rebuilt so the folder verifies on its own), sealing
and signing with a real key, and `zhazba verify` naming the first changed record or file and the
anchor that contradicts it. Also: the archive down for the first half of the recording (anchors
queued, then delivered, no gap and no overflow), and anchors that cannot be deleted or overwritten
while locked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf
from botocore.exceptions import ClientError

from app.accounts.secrets import SecretStore
from app.anchoring.upload import anchor_prefix
from app.archive.settings import ArchiveSettings, save_archive_settings
from audio.pcm import second_hashes
from signing import journal as J
from tests.support.audio_servers import (
    Pulse,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    python,
    tone_wav,
)
from tests.support.pki import PASSWORD, shared_pki

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]
CHANNELS = 8


def make_station(
    folder: Path, settings: ArchiveSettings, s3_server: Any, **anchors: object
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    save_archive_settings(folder / "settings.json", settings)
    doc = json.loads((folder / "settings.json").read_text())
    doc["anchors"] = {"interval_seconds": 1, "retention_margin_days": 0, **anchors}
    (folder / "settings.json").write_text(json.dumps(doc))
    SecretStore(folder / "secrets.json", folder / "station.key").set_archive_credentials(
        s3_server.credentials
    )
    return folder


def record(
    pulse: Pulse,
    tmp: Path,
    station: Path,
    seconds: float,
    *,
    markers: list[str] = (),  # type: ignore[assignment]
    during: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """`zhazba record` from PortAudio's "pulse" device on a private 8-channel null sink's monitor,
    with tones played into the sink; markers sent on standard input one a second."""
    sink, _ = pulse.sink(CHANNELS)
    env = {**pulse.record_env(sink), "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    player = pulse.play(sink, tone_wav(tmp / "tones.wav", CHANNELS, seconds + 10), CHANNELS)
    proc = subprocess.Popen(
        [python(), "-m", "app.cli.record", "record", "--out", str(tmp / "hearings"),
         "--device", "pulse", "--channels", str(CHANNELS), "--seconds", str(seconds),
         "--segment-seconds", "3", "--allow-short-segments", "--station", str(station), "--json",
         "--demo"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdin is not None
    try:
        time.sleep(2)
        for line in markers:
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            time.sleep(1)
        if during is not None:
            during()
        out, err = proc.communicate(timeout=seconds + 120)
    finally:
        if proc.poll() is None:
            proc.kill()
        player.kill()
        player.wait()
    assert proc.returncode == 0, err
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def rebuild_chain(journal: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """What an insider without the key can do: change records, then recompute every hash."""
    records = J.read_records(journal)
    prev = J.GENESIS
    lines = []
    for rec in records:
        edit(rec)
        rec["prev"] = prev
        rec["hash"] = J.record_hash(rec)
        prev = rec["hash"]
        lines.append(json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    journal.write_text("\n".join(lines) + "\n", encoding="utf-8")


def zhazba(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python(), "-m", "app.cli.commands", *argv], capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def at(station: Path) -> dict[str, str]:
    """The environment of a command run on ``station`` (seal and verify use the station's)."""
    return {"ZHAZBA_STATION": str(station)}


def seal_and_verify(tmp: Path, folder: Path, station: Path) -> dict[str, Any]:
    pki = shared_pki()
    key = tmp / "secretary.p12"
    key.write_bytes(pki.secretary.p12())
    chain = pki.write_chain(tmp / "chain.pem")
    sealed = zhazba(
        "seal", str(folder), "--key", str(key),
        env={"ZHAZBA_KEY_PASSWORD": PASSWORD, **at(station)},
    )  # fmt: skip
    assert sealed.returncode == 0, sealed.stderr
    package = Path(str(folder) + ".sealed")
    assert sorted(p.name for p in (package / "data" / "anchors").glob("*.json"))
    done = zhazba("verify", str(package), "--ca", str(chain), "--json", env=at(station))
    report: dict[str, Any] = json.loads(done.stdout)
    report["exit"] = done.returncode
    return report


def verify_alone(folder: Path, tmp: Path) -> dict[str, Any]:
    """The folder verified with a station that holds no anchors: what the rewrite defeats."""
    empty = tmp / "no-anchors"
    empty.mkdir(exist_ok=True)
    done = zhazba("verify", str(folder), "--json", env=at(empty))
    report: dict[str, Any] = json.loads(done.stdout)
    report["exit"] = done.returncode
    return report


def test_a_rewritten_marker_note_is_named_by_the_anchor_that_contradicts_it(
    pulse: Pulse, tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    result = record(
        pulse, tmp_path, station, 8, markers=["Participant 1\tthe witness says: I saw him"]
    )
    assert result["overflows"] == 0 and "0 queued" in result["anchors"], result
    folder = Path(result["folder"])
    marker = next(r for r in J.read_records(folder / "journal.jsonl") if r["kind"] == J.MARKER)

    def forge(rec: dict[str, Any]) -> None:
        if rec["seq"] == marker["seq"]:
            rec["data"]["note"] = "the witness says: I did not see him"

    rebuild_chain(folder / "journal.jsonl", forge)
    alone = verify_alone(folder, tmp_path)
    assert alone["exit"] == 0 and alone["journal"]["chain_ok"], alone  # the chain alone is fooled
    assert alone["anchors"]["count"] == 0 and "not anchored" in alone["anchors"]["summary"]

    report = seal_and_verify(tmp_path, folder, station)
    assert report["exit"] == 1 and report["signature"]["valid"], report
    assert report["journal"]["chain_ok"]
    found = [p for p in report["problems"] if p["code"] == "anchor_journal_mismatch"]
    assert len(found) == 1, report["problems"]
    text = found[0]["message"]
    assert f"journal record {marker['seq']} (marker) was REWRITTEN" in text, text
    assert "stored in the court archive at" in text
    assert report["anchors"]["in_archive"] == report["anchors"]["count"] >= 5


def test_a_re_encoded_segment_is_named_by_the_anchor(
    pulse: Pulse, tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    folder = Path(record(pulse, tmp_path, station, 7)["folder"])
    name = "audio/0001.flac"
    path = folder / name
    audio, rate = sf.read(str(path), dtype="int16")
    audio[rate : rate + rate // 2] = 0  # half a second removed, then re-encoded
    path.chmod(0o644)
    sf.write(str(path), audio, rate, subtype="PCM_16", format="FLAC")
    seconds = {s: h for s, _, h in second_hashes(path, rate, 16)}
    digest = hashlib.sha256(path.read_bytes()).hexdigest()

    def forge(rec: dict[str, Any]) -> None:
        files = rec["data"].get("files") or {}
        if rec["kind"] == J.SEGMENT_CLOSED and name in files:
            files[name].update(sha256=digest, bytes=path.stat().st_size)
        if rec["kind"] == J.CHECKPOINT and name in files:
            files[name] = seconds[rec["data"]["second"]]

    rebuild_chain(folder / "journal.jsonl", forge)
    assert verify_alone(folder, tmp_path)["exit"] == 0  # the rebuilt folder verifies on its own

    report = seal_and_verify(tmp_path, folder, station)
    assert report["exit"] == 1
    replaced = [p for p in report["problems"] if p["code"] == "anchor_segment_mismatch"]
    assert [p["path"] for p in replaced] == [name], report["problems"]
    assert "was REPLACED after it was anchored" in replaced[0]["message"]
    assert any(p["code"] == "anchor_journal_mismatch" for p in report["problems"])


def test_archive_down_for_the_first_half_anchors_queue_then_go(
    pulse: Pulse, tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server, flush_seconds=60)
    s3_server.rgw("stop")
    seen: dict[str, int] = {}

    def back_in_the_middle() -> None:
        """Once three anchors are queued (about 5 s into the 12 s), the archive comes back."""
        outbox = station / "anchors"
        deadline = time.monotonic() + 30
        while len(list(outbox.glob("*/*.json"))) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        seen["queued"] = len(list(outbox.glob("*/*.json")))
        seen["sent"] = len(list(outbox.glob("*/*.sent")))
        s3_server.rgw("start")

    try:
        result = record(pulse, tmp_path, station, 12, during=back_in_the_middle)
    finally:
        s3_server.rgw("start")
    assert seen["queued"] >= 3 and seen["sent"] == 0, seen
    assert result["overflows"] == 0, result
    assert "0 queued" in result["anchors"], result
    folder = Path(result["folder"])
    records = J.read_records(folder / "journal.jsonl")
    # (restarting radosgw on a loaded 2-core machine can make the watchdog warn that audio is
    # late, with or without anchors; what counts is that none was lost)
    assert not [r for r in records if r["kind"] == J.OVERFLOW]
    closed = [r["data"] for r in records if r["kind"] == J.SEGMENT_CLOSED]
    for a, b in zip(closed, closed[1:], strict=False):
        assert a["first_frame"] + a["frames"] == b["first_frame"]  # no gap
    assert sum(c["frames"] for c in closed) == result["frames"] == 12 * 48000
    listed = s3.list_object_versions(
        Bucket=settings.bucket, Prefix=anchor_prefix(settings, folder.name)
    )
    made = len(list((station / "anchors" / folder.name).glob("*.json")))
    assert len(listed["Versions"]) == made
    done = zhazba("verify", str(folder), "--json", env=at(station))
    report = json.loads(done.stdout)
    assert done.returncode == 0, report["problems"]
    assert report["anchors"]["in_archive"] == report["anchors"]["count"] == made


def test_anchors_cannot_be_deleted_or_overwritten_while_locked(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    """An anchor sent by the station is under COMPLIANCE lock: no delete of its version, no
    shorter retention; a forged anchor written over it is only a new version, and the verifier
    reads every version, so the true one still contradicts the forgery."""
    from app.anchoring.anchors import AnchorBuilder, Outbox, anchor_bytes
    from app.anchoring.upload import AnchorSender
    from app.archive.s3 import make_client
    from app.evidence.anchors import archive_anchors

    outbox = Outbox(tmp_path / "anchors")
    builder = AnchorBuilder("2026-12-04_locked_0930")
    builder.feed({"seq": 0, "hash": "a" * 64, "kind": J.HEARING_OPENED})
    anchor = builder.make("interval")
    assert anchor is not None
    path = outbox.write(anchor)
    sender = AnchorSender(
        outbox, settings, lambda: make_client(settings, s3_server.credentials),
        retention_margin_days=0,
    )  # fmt: skip
    receipt = sender.send(path)
    key, version = receipt["key"], receipt["version_id"]
    head = s3.head_object(Bucket=settings.bucket, Key=key, VersionId=version)
    assert head["ObjectLockMode"] == "COMPLIANCE"
    assert head["ObjectLockRetainUntilDate"] > dt.datetime.now(dt.UTC) + dt.timedelta(hours=23)
    with pytest.raises(ClientError):
        s3.delete_object(Bucket=settings.bucket, Key=key, VersionId=version)
    with pytest.raises(ClientError):
        s3.put_object_retention(
            Bucket=settings.bucket, Key=key, VersionId=version,
            Retention={"Mode": "COMPLIANCE", "RetainUntilDate": dt.datetime.now(dt.UTC)},
        )  # fmt: skip
    forged = {**anchor, "journal": {**anchor["journal"], "hashes": ["b" * 64], "hash": "b" * 64}}
    s3.put_object(Bucket=settings.bucket, Key=key, Body=anchor_bytes(forged))
    s3.delete_object(Bucket=settings.bucket, Key=key)  # only a delete marker
    found = archive_anchors(s3, settings.bucket, anchor_prefix(settings, anchor["hearing"]))
    assert sorted(a.anchor["journal"]["hash"] for a in found) == ["a" * 64, "b" * 64]
    assert s3.get_object(Bucket=settings.bucket, Key=key, VersionId=version)["Body"].read() == (
        anchor_bytes(anchor)
    )


def test_timestamped_anchors_check_with_openssl_and_without_the_archive(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    """With a TSA each anchor gets an RFC 3161 token, stored beside it in the archive and sealed
    into the package; `openssl ts -verify` accepts it, and with the archive out of reach the
    verifier still dates the package's anchors by their tokens."""
    from dataclasses import replace

    from tests.support.tsa import LocalTSA

    pki = shared_pki()
    chain = pki.write_chain(tmp_path / "chain.pem")
    station = make_station(tmp_path / "station", settings, s3_server)
    with LocalTSA(pki.tsa) as tsa:
        done = zhazba(
            "record", "--out", str(tmp_path / "hearings"), "--source", "tones", "--channels", "2",
            "--seconds", "4", "--segment-seconds", "2", "--allow-short-segments",
            "--station", str(station), "--tsa", tsa.url, "--no-stdin", "--json",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert tsa.replies >= 3
    folder = Path(json.loads(done.stdout.strip().splitlines()[-1])["folder"])
    prefix = anchor_prefix(settings, folder.name)
    keys = [
        v["Key"] for v in s3.list_object_versions(Bucket=settings.bucket, Prefix=prefix)["Versions"]
    ]
    assert {k[-4:] for k in keys} == {"json", ".tsr"} and len(keys) % 2 == 0
    first = prefix + "000001"
    (tmp_path / "a.json").write_bytes(
        s3.get_object(Bucket=settings.bucket, Key=first + ".json")["Body"].read()
    )
    (tmp_path / "a.tsr").write_bytes(
        s3.get_object(Bucket=settings.bucket, Key=first + ".tsr")["Body"].read()
    )
    checked = subprocess.run(
        ["openssl", "ts", "-verify", "-data", str(tmp_path / "a.json"), "-in",
         str(tmp_path / "a.tsr"), "-token_in", "-CAfile", str(chain)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr

    offline = make_station(
        tmp_path / "offline", replace(settings, endpoint="http://127.0.0.1:9"), s3_server
    )
    report = seal_and_verify(tmp_path, folder, station)
    assert report["exit"] == 0, report["problems"]
    package = folder.with_name(folder.name + ".sealed")
    assert len(list((package / "data" / "anchors").glob("*.tsr"))) == report["anchors"]["count"]
    done = zhazba("verify", str(package), "--ca", str(chain), "--json", env=at(offline))
    away = json.loads(done.stdout)
    assert done.returncode == 0, away["problems"]
    assert away["anchors"]["archive_unreachable"] and away["anchors"]["in_archive"] == 0
    assert away["anchors"]["independent"] and away["anchors"]["count"] == report["anchors"]["count"]
    assert "anchored" in away["anchors"]["summary"]


def test_anchors_left_queued_by_a_recorder_go_with_zhazba_anchors_send(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server, flush_seconds=0.5)
    s3_server.rgw("stop")
    try:
        done = zhazba(
            "record", "--out", str(tmp_path / "hearings"), "--source", "tones", "--channels", "2",
            "--seconds", "3", "--station", str(station), "--no-stdin", "--json",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert "0 sent" in result["anchors"] and "0 queued" not in result["anchors"], result
        status = zhazba("anchors", "send", "--station", str(station), "--json")
        assert status.returncode == 1 and "cannot reach" in json.loads(status.stdout)["problem"]
    finally:
        s3_server.rgw("start")
    done = zhazba("anchors", "send", "--station", str(station), "--json")
    assert done.returncode == 0, done.stderr
    [(hearing, counts)] = json.loads(done.stdout)["hearings"].items()
    assert counts["queued"] == 0 and counts["made"] >= 2
    listed = s3.list_object_versions(
        Bucket=settings.bucket, Prefix=anchor_prefix(settings, hearing)
    )
    assert len(listed["Versions"]) == counts["made"]


def test_the_anchors_in_the_archive_vouch_for_the_secretary_and_the_closed_flag(
    pulse: Pulse, tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    """A station without its own record of the hearing (no accounts): the binding is checked
    against the archive's anchor of the journal's first record, and says so; a rewritten
    secretary contradicts it (#15)."""
    station = make_station(tmp_path / "station", settings, s3_server)
    result = record(pulse, tmp_path, station, 4)
    folder = Path(result["folder"])
    report = seal_and_verify(tmp_path, folder, station)
    assert report["exit"] == 0, report["problems"]
    assert report["anchors"]["opening_in_archive"] and report["binding"]["source"] == (
        "archive anchors"
    ), report["binding"]
    assert any("binding checked against: the live anchors in the court archive" in n
               for n in report["notes"]), report["notes"]  # fmt: skip
    # the secretary renamed in the journal's hearing_opened record (chain recomputed)
    package = Path(str(folder) + ".sealed")

    def rename(rec: dict[str, Any]) -> None:
        if rec["kind"] == J.HEARING_OPENED:
            rec["data"]["hearing"]["secretary"] = "BEKOV DAULET"

    for p in package.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    package.chmod(0o755)
    rebuild_chain(package / "data" / "journal.jsonl", rename)
    done = zhazba("verify", str(package), "--json", env=at(station))
    doc = json.loads(done.stdout)
    assert done.returncode == 1 and doc["binding"]["source"] == "package", doc["binding"]
    assert "anchor_journal_mismatch" in {p["code"] for p in doc["problems"]}
