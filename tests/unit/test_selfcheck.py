"""Self-check logic: the recording analysis and the guided step on synthetic audio, the station
checks against real failures (a full tmpfs, a read-only mount, an expired certificate, a closed
port), the history, the signed report and the command line."""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.selfcheck.checks import SelfCheckSettings, run_checks, run_prehearing_checks
from app.selfcheck.disk import check_disk_space, check_write_speed, measure_flac_ratio
from app.selfcheck.report import (
    JsonlSelfCheckHistory,
    SelfCheckRun,
    export_report_with_key,
    open_history,
)
from app.selfcheck.station import check_archive, check_certificate, check_clock, check_media
from audio.selfcheck import CheckResult, check_output_device, check_recording, worst
from audio.selfcheck_guided import GuidedMicStep, detect_tone
from signing.keys import load_pkcs12
from tests.support.pki import PASSWORD, TestPKI, make_pki

RATE = 48000


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


def room(seconds: float, channels: int, level: float = 0.001, seed: int = 0) -> np.ndarray:
    """Quiet-room noise as float samples (frames × channels)."""
    return np.random.default_rng(seed).normal(0.0, level, (int(seconds * RATE), channels))


def tone(seconds: float, freq: float = 440.0, amp: float = 0.2) -> np.ndarray:
    return amp * np.sin(2 * np.pi * freq * np.arange(int(seconds * RATE)) / RATE)


def pcm(x: np.ndarray) -> np.ndarray:
    return np.clip(x * 32768, -32768, 32767).astype(np.int16)


def by_check(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {r.check: r for r in results}


# ------------------------------------------------------------------------- test recording
def test_quiet_room_passes_every_recording_check() -> None:
    results = by_check(check_recording(pcm(room(2, 4)), RATE, 16))
    assert {r.verdict for r in results.values()} == {"pass"}
    floors = [c["noise_floor_db"] for c in results["signal_present"].details["channels"]]
    assert all(-62 < f < -58 for f in floors)  # 0.001 RMS noise is −60 dBFS


def test_dead_channel_is_named() -> None:
    x = room(2, 4)
    x[:, 2] = 0.0
    r = by_check(check_recording(pcm(x), RATE, 16))["signal_present"]
    assert r.verdict == "fail"
    assert "channel 3" in r.message and r.details["dead"] == [3]
    assert r.remedy


def test_clipping_dc_and_noise_are_reported_per_channel() -> None:
    x = room(2, 4)
    x[5000:5010, 0] = 1.5  # a knock that clips channel 1
    x[:, 1] += 0.1  # DC offset on channel 2
    x[:, 3] = room(2, 1, level=0.02, seed=3)[:, 0]  # hum and hiss on channel 4 (−34 dBFS)
    results = by_check(check_recording(pcm(x), RATE, 16))
    assert results["clipping"].verdict == "fail" and results["clipping"].details["clipped"] == [1]
    assert results["dc_offset"].verdict == "fail" and "Channel 2" in results["dc_offset"].message
    assert results["noise_floor"].verdict == "warn"
    assert 4 in results["noise_floor"].details["noisy"]
    assert worst(list(results.values())) == "fail"


def test_silent_input_says_so() -> None:
    r = by_check(check_recording(np.zeros((RATE, 8), np.int16), RATE, 16))["signal_present"]
    assert r.verdict == "fail" and "any channel" in r.message


def test_24_bit_recording_is_analysed_at_its_own_scale() -> None:
    x = room(1, 2)
    block = (np.clip(x, -1, 1) * 2**31).astype(np.int32) & np.int32(-256)
    assert by_check(check_recording(block, RATE, 24))["signal_present"].verdict == "pass"


def test_missing_headphone_output_fails_with_a_remedy() -> None:
    r = check_output_device("Secretary headphones XYZ")
    assert r.verdict == "fail" and "Secretary headphones XYZ" in r.message
    assert "p. 11" in r.remedy


# ------------------------------------------------------------------------- guided step
def feed(step: GuidedMicStep, x: np.ndarray, block: int = 441) -> None:
    data = pcm(x)
    for i in range(0, len(data), block):
        step.feed(data[i : i + block])


def speech_on(channels: int, loud: dict[int, float], seconds: float = 3.0) -> np.ndarray:
    x = room(seconds, channels, seed=7)
    for ch, amp in loud.items():
        x[:, ch - 1] += tone(seconds, amp=amp)
    return x


def test_guided_step_passes_when_only_the_named_channel_rises() -> None:
    step = GuidedMicStep(3, 4, RATE, 16)
    assert step.state == "quiet"
    feed(step, room(1.0, 4))
    assert step.state == "speak" and step.prompt == "Speak into microphone 3 now"
    feed(step, speech_on(4, {3: 0.2}))
    result = step.result()
    assert step.state == "done" and result is not None
    assert result.verdict == "pass", result.message
    assert result.details["loudest_channel"] == 3 and result.details["risen_channels"] == [3]


def test_guided_step_names_the_channel_the_voice_came_in_on() -> None:
    step = GuidedMicStep(2, 4, RATE, 16, floor_db=[-60.0] * 4, baseline_s=0)
    assert step.state == "speak"
    feed(step, speech_on(4, {3: 0.2}))
    result = step.result()
    assert result is not None and result.verdict == "fail"
    assert "channel 3" in result.message and result.details["loudest_channel"] == 3


def test_guided_step_warns_when_a_neighbour_hears_it_almost_as_loud() -> None:
    step = GuidedMicStep(1, 3, RATE, 16, floor_db=[-60.0] * 3, baseline_s=0)
    feed(step, speech_on(3, {1: 0.2, 2: 0.12}))
    result = step.result()
    assert result is not None and result.verdict == "warn" and "channel 2" in result.message


def test_guided_step_takes_the_quieter_floor_when_someone_talked_during_the_test() -> None:
    step = GuidedMicStep(3, 4, RATE, 16, floor_db=[-60.0, -60.0, -14.0, -60.0])  # voice in test
    feed(step, room(1.0, 4))
    assert step.state == "speak"
    feed(step, speech_on(4, {3: 0.2}))
    result = step.result()
    assert result is not None and result.verdict == "pass", result.message
    assert result.details["floor_db"][2] == pytest.approx(-60.0, abs=1.0)


def test_guided_step_fails_when_nobody_speaks() -> None:
    step = GuidedMicStep(1, 2, RATE, 16, floor_db=[-60.0] * 2, baseline_s=0, listen_s=2.0)
    feed(step, room(2.5, 2))
    result = step.result()
    assert result is not None and result.verdict == "fail"
    assert result.details["loudest_channel"] is None and result.remedy


def test_tone_detection_finds_the_tone_channel() -> None:
    x = room(1, 3)
    x[:, 1] += tone(1, freq=997.0, amp=0.25)
    found = detect_tone(pcm(x), RATE, 16, 997.0)
    assert found[1][0] == pytest.approx(-15.1, abs=0.5)  # 0.25 amplitude: −15 dBFS RMS
    assert found[1][1] > 30 and found[0][1] < 0 and found[2][1] < 0


# ------------------------------------------------------------------------- disk and media
@contextlib.contextmanager
def mounted(where: Path, options: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True, text=True
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_fails_space_and_write_checks(tmp_path: Path) -> None:
    with mounted(tmp_path / "disk", "size=1m") as disk:
        small = check_disk_space(disk, 8, RATE, 16)
        assert small.verdict == "fail" and "not enough" in small.message
        with open(disk / "filler", "wb") as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
        write = check_write_speed(disk, 8, RATE, 16)
        assert write.verdict == "fail" and "full" in write.message, write.message
        media = check_media(disk)
        assert media.verdict == "fail"


def test_disk_space_counts_hours_with_the_measured_flac_ratio(tmp_path: Path) -> None:
    r = check_disk_space(tmp_path, 8, RATE, 16)
    measured = measure_flac_ratio(8, RATE, 16)
    assert 0.1 < measured < 0.9
    assert r.details["flac_ratio_used"] == pytest.approx(max(measured, 0.58), abs=1e-3)
    per_hour = 8 * RATE * 2 * r.details["flac_ratio_used"] * 3600
    assert r.details["hours"] == pytest.approx(r.details["free_bytes"] / per_hour, abs=0.1)


def test_read_only_folder_and_medium_fail_with_a_remedy(tmp_path: Path) -> None:
    with mounted(tmp_path / "ro", "ro,size=1m") as ro:
        write = check_write_speed(ro, 8, RATE, 16)
        assert write.verdict == "fail" and "cannot write" in write.message and write.remedy
        media = check_media(ro)
        assert media.verdict == "fail" and "write-protected" in media.remedy


def test_writable_medium_passes_and_a_missing_one_fails(tmp_path: Path) -> None:
    with mounted(tmp_path / "usb", "size=2m") as usb:
        assert check_media(usb).verdict == "pass"
    assert check_media(tmp_path / "nothing-here").verdict == "fail"
    assert check_media(tmp_path).verdict == "warn"  # a plain folder, not a medium
    assert check_write_speed(tmp_path, 8, RATE, 16).verdict in ("pass", "warn")


# ------------------------------------------------------------------------- clock
class FakeClock:
    def __init__(self, wall: float, jump: float = 0.0) -> None:
        self.wall, self.mono, self.jump = wall, 100.0, jump

    def sleep(self, s: float) -> None:
        self.wall += s + self.jump
        self.mono += s


def clock_result(wall: float, jump: float = 0.0, ntp: bool | None = True) -> CheckResult:
    c = FakeClock(wall, jump)
    return check_clock(now=lambda: c.wall, monotonic=lambda: c.mono, sleep=c.sleep, ntp=lambda: ntp)


def test_clock_checks() -> None:
    nov_2026 = 1795000000.0
    assert clock_result(nov_2026).verdict == "pass"
    assert clock_result(978307200.0).verdict == "fail"  # 2001: a flat CMOS battery
    assert clock_result(nov_2026, jump=3.0).verdict == "warn"
    assert clock_result(nov_2026, ntp=False).verdict == "warn"
    assert "unknown" in clock_result(nov_2026, ntp=None).message
    assert check_clock(interval_s=0.01).verdict in ("pass", "warn")


# ------------------------------------------------------------------------- key
def test_certificate_verdicts(pki: TestPKI) -> None:
    expired = check_certificate(load_pkcs12(pki.expired.p12(), PASSWORD))
    assert expired.verdict == "fail" and "expired" in expired.message and expired.remedy
    soon = check_certificate(load_pkcs12(pki.expiring_soon.p12(), PASSWORD))
    assert soon.verdict == "warn"
    assert check_certificate(load_pkcs12(pki.secretary.p12(), PASSWORD)).verdict == "pass"
    assert check_certificate(None).verdict == "warn"


# ------------------------------------------------------------------------- archive
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_archive_warns_and_a_live_one_passes() -> None:
    down = check_archive(f"http://127.0.0.1:{closed_port()}/", timeout=2.0)
    assert down.verdict == "warn" and "cannot be reached" in down.message
    assert "upload queue" in down.remedy
    assert check_archive(None).verdict == "warn"

    class Forbidden(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(403)  # what S3 says to an anonymous request
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Forbidden)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        up = check_archive(f"http://127.0.0.1:{server.server_address[1]}/", timeout=5.0)
    finally:
        server.shutdown()
        server.server_close()
    assert up.verdict == "pass" and up.details["status"] == 403


# ------------------------------------------------------------------------- runs and history
def station_only(tmp_path: Path, **kw: object) -> SelfCheckRun:
    settings = SelfCheckSettings(recordings=tmp_path, archive_endpoint=None)
    checks = ("disk_space", "write_speed", "clock", "certificate", "archive")
    return run_checks(settings, checks, who="technician", **kw)  # type: ignore[arg-type]


def test_run_and_jsonl_history(tmp_path: Path) -> None:
    history = JsonlSelfCheckHistory(tmp_path / "station" / "selfchecks.jsonl")
    seen: list[str] = []
    run = station_only(tmp_path, on_result=lambda r: seen.append(r.check))
    assert seen == ["disk_space", "write_speed", "clock", "certificate", "archive"]
    assert run.passed and run.verdict == "warn"  # no key open, no archive configured
    history.add(run)
    with open(history.path, "a") as f:
        f.write('{"torn line')  # a power cut mid-write
    back = history.recent()
    assert len(back) == 1 and back[0].who == "technician" and back[0].results == run.results
    assert "[WARN] Archive server" in run.to_text()


def test_catalog_history(tmp_path: Path) -> None:
    import app.catalog.registers  # noqa: F401 - the project's own module: never skipped

    history = open_history(tmp_path / "station")
    run = station_only(tmp_path)
    run.kind = "prehearing"
    history.add(run)
    back = history.recent()
    assert len(back) == 1
    assert back[0].kind == "prehearing" and back[0].results == run.results
    assert back[0].started_utc == run.started_utc


def test_prehearing_with_the_device_missing_fails_and_is_kept(tmp_path: Path) -> None:
    history = JsonlSelfCheckHistory(tmp_path / "h.jsonl")
    settings = SelfCheckSettings(device="No Such Courtroom Interface", recordings=tmp_path)
    run = run_prehearing_checks(settings, who="secretary", history=history)
    checks = [r.check for r in run.results]
    assert checks[0] == "input_device" and run.results[0].verdict == "fail"
    assert "test_recording" not in checks and "disk_space" in checks
    assert not run.passed and history.recent()[0].kind == "prehearing"


def openssl_verify(pki: TestPKI, tmp_path: Path, content: Path) -> subprocess.CompletedProcess:
    chain = pki.write_chain(tmp_path / "chain.pem")
    return subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-binary",
            "-purpose",
            "any",
            "-inform",
            "DER",
            "-in",
            f"{content}.p7s",
            "-content",
            str(content),
            "-CAfile",
            str(chain),
            "-out",
            "/dev/null",
        ],
        capture_output=True,
        text=True,
    )


def test_signed_report_verifies_with_openssl(pki: TestPKI, tmp_path: Path) -> None:
    run = station_only(tmp_path)
    report = export_report_with_key(
        run, tmp_path / "out" / "selfcheck.json", load_pkcs12(pki.secretary.p12(), PASSWORD)
    )
    for path in (report.json_path, report.text_path):
        r = openssl_verify(pki, tmp_path, path)
        assert r.returncode == 0, r.stderr
    doc = json.loads(report.json_path.read_text())
    assert doc["signed_by"] == "ASANOVA AIGERIM" and doc["results"][0]["check"] == "disk_space"
    report.text_path.write_text(report.text_path.read_text() + "edited\n")
    assert openssl_verify(pki, tmp_path, report.text_path).returncode != 0


# ------------------------------------------------------------------------- command line
def cli(argv: list[str]) -> tuple[int, str]:
    from app.cli.commands import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(argv)
    return code, buf.getvalue()


def test_cli_reports_a_missing_device_and_an_expired_key(
    pki: TestPKI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "old.p12"
    key.write_bytes(pki.expired.p12())
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    code, out = cli(
        [
            "selfcheck",
            "--json",
            "--device",
            "No Such Interface",
            "--prehearing",
            "--recordings",
            str(tmp_path),
            "--station",
            str(tmp_path / "st"),
            "--key",
            str(key),
            "--archive",
            f"http://127.0.0.1:{closed_port()}/",
        ]
    )
    assert code == 1
    doc = json.loads(out)
    verdicts = {r["check"]: r["verdict"] for r in doc["results"]}
    assert verdicts["input_device"] == "fail" and verdicts["certificate"] == "fail"
    assert verdicts["archive"] == "warn" and doc["passed"] is False


def test_cli_signed_report_and_plain_words(
    pki: TestPKI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "key.p12"
    key.write_bytes(pki.secretary.p12(legacy=True))
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    monkeypatch.setattr("app.cli.selfcheck.PREHEARING_CHECKS", ("clock", "certificate"))
    code, out = cli(
        [
            "selfcheck",
            "--prehearing",
            "--recordings",
            str(tmp_path),
            "--who",
            "tech",
            "--station",
            str(tmp_path / "st"),
            "--key",
            str(key),
            "--report",
            str(tmp_path / "rep"),
        ]
    )
    assert code == 0, out
    assert "PASS  System clock" in out and "The station is ready" in out
    assert openssl_verify(pki, tmp_path, tmp_path / "rep.txt").returncode == 0


def test_cli_signs_in_once_the_station_has_accounts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.accounts import roles as accounts
    from app.catalog.store import Catalog

    station = tmp_path / "st"
    with Catalog(station / "catalog.sqlite") as catalog:
        store = accounts.AccountStore(catalog, scrypt_n=2**10)
        store.create("tech", "technician", password="pw-tech", display_name="Technician T.")
        store.create("sec", "secretary", password="pw-sec", display_name="Secretary S.")
    monkeypatch.setattr("app.cli.selfcheck.PREHEARING_CHECKS", ("clock",))
    monkeypatch.setattr("app.cli.selfcheck.ALL_CHECKS", ("clock",))
    base = ["selfcheck", "--json", "--recordings", str(tmp_path), "--station", str(station)]
    assert cli(base)[0] == 1  # accounts exist: who is it?
    monkeypatch.setenv("ZHAZBA_PASSWORD", "pw-sec")
    assert cli(base + ["--user", "sec"])[0] == 1  # the technician's check is not hers
    assert "ZHAZBA_PASSWORD" not in os.environ  # read once by the command, then removed
    monkeypatch.setenv("ZHAZBA_PASSWORD", "pw-sec")
    code, out = cli(base + ["--user", "sec", "--prehearing"])
    assert code == 0 and json.loads(out)["who"] == "Secretary S. (secretary)"
    monkeypatch.setenv("ZHAZBA_PASSWORD", "wrong")
    assert cli(base + ["--user", "tech"])[0] == 1
    monkeypatch.setenv("ZHAZBA_PASSWORD", "pw-tech")
    assert cli(base + ["--user", "tech"])[0] == 0
    runs = open_history(station).recent()
    assert [r.who for r in runs] == ["Technician T. (technician)", "Secretary S. (secretary)"]
