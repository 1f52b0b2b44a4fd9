"""Self-check against a real PulseAudio server: test audio is played into the 8-channel null sink
``court8`` with paplay and captured from its monitor through PortAudio's "pulse" device, exactly
as the station captures a microphone interface. Synchronised on content, never on wall time."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.selfcheck.checks import GuidedSession, SelfCheckSettings, run_checks, run_prehearing_checks
from app.selfcheck.report import JsonlSelfCheckHistory
from audio.devices import DeviceInfo, SoundDeviceSource, find_input_device
from audio.selfcheck import (
    CheckResult,
    check_input_device,
    check_input_settings,
    check_recording,
    record_test,
)
from audio.selfcheck_guided import loopback_tone_test
from audio.sources import BlockSink

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
RATE = 48000
MAP8 = "front-left,front-right,rear-left,rear-right,front-center,lfe,side-left,side-right"
WAIT_S = 30.0  # generous bound for a loaded machine; results never depend on it


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DeviceInfo]:
    """A PulseAudio daemon of this module's own (so no other test plays into its sinks)."""
    if shutil.which("pulseaudio") is None or shutil.which("paplay") is None:
        pytest.skip("PulseAudio is not installed (scripts/setup.sh --test)")
    script = ROOT / "scripts" / "audio-server.sh"
    saved = dict(os.environ)
    os.environ["ZHAZBA_AUDIO_DIR"] = str(tmp_path_factory.mktemp("pulse"))
    env_lines = subprocess.run([str(script), "env"], capture_output=True, text=True, check=True)
    for line in env_lines.stdout.splitlines():
        name, value = line.removeprefix("export ").split("=", 1)
        os.environ[name] = value
    os.environ["PULSE_SOURCE"] = "court8.monitor"
    os.environ["PULSE_SINK"] = "court8"
    try:
        subprocess.run([str(script), "start-pulse"], check=True, capture_output=True)
        rescan_devices()
        yield find_input_device("pulse")
    finally:
        subprocess.run([str(script), "stop"], capture_output=True)
        os.environ.clear()
        os.environ.update(saved)
        rescan_devices()


def rescan_devices() -> None:
    """PortAudio lists ALSA's "pulse" device only if a server answered when it initialised
    (possibly earlier in this process, before this server ran): initialise it again."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def write_wav(path: Path, x: np.ndarray) -> Path:
    sf.write(str(path), x.astype(np.float32), RATE, subtype="PCM_16")
    return path


class Player:
    """paplay into court8 with the ALSA channel map, stopped when the test ends."""

    def __init__(self, wav: Path) -> None:
        self.proc = subprocess.Popen(
            ["paplay", "-d", "court8", f"--channel-map={MAP8}", str(wav)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def room_with(seconds: float, voices: dict[int, float], dead: tuple[int, ...] = ()) -> np.ndarray:
    """8 channels of −55 dBFS room noise, a 440 Hz "voice" on the given 1-based channels, and
    digital silence on the dead ones."""
    n = int(seconds * RATE)
    x = np.random.default_rng(5).normal(0.0, 0.0018, (n, 8))
    for ch, amp in voices.items():
        x[:, ch - 1] += amp * np.sin(2 * np.pi * 440.0 * np.arange(n) / RATE)
    for ch in dead:
        x[:, ch - 1] = 0.0
    return x


class FromFirstSound:
    """A source that passes blocks on only from the first non-silent one (the test audio)."""

    def __init__(self, inner: SoundDeviceSource) -> None:
        self.inner = inner
        self.name, self.channels, self.rate, self.bits = inner.name, 8, RATE, 16
        self.realtime, self.heard = True, False

    def start(self, sink: BlockSink) -> None:
        def gate(block: np.ndarray, overflowed: bool) -> None:
            self.heard = self.heard or bool(block.any())
            if self.heard:
                sink(block, overflowed)

        self.inner.start(gate)

    def stop(self) -> None:
        self.inner.stop()

    def abandon(self) -> None:
        self.inner.abandon()

    @property
    def finished(self) -> bool:
        return False


def wait_until(predicate: object, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.02)


def guided(channel: int, wav: Path) -> CheckResult:
    """Run the guided step for ``channel`` while ``wav`` plays (room noise first, then a voice):
    the step measures the room from the first sound on, then listens for the voice."""
    settings = SelfCheckSettings(device="pulse", channels=8, rate=RATE, bits=16)
    player = Player(wav)
    try:
        session = GuidedSession(
            settings,
            channel,
            source_factory=lambda d, c, r, b: FromFirstSound(SoundDeviceSource(d, c, r, b)),
        )
        try:
            wait_until(lambda: session.step.state == "done", "the step to decide")
        finally:
            result = session.stop()
    finally:
        player.stop()
    return result


def voice_after_room(channel: int) -> np.ndarray:
    """2.5 s of room noise (the step's baseline), then a voice on one channel."""
    x = room_with(14, {})
    x[int(2.5 * RATE) :] = room_with(11.5, {channel: 0.25})
    return x


def test_guided_step_identifies_channel_3(pulse: DeviceInfo, tmp_path: Path) -> None:
    result = guided(3, write_wav(tmp_path / "ch3.wav", voice_after_room(3)))
    assert result.verdict == "pass", result.message
    assert result.details["loudest_channel"] == 3 and result.details["risen_channels"] == [3]


def test_guided_step_for_the_wrong_microphone_names_channel_3(
    pulse: DeviceInfo, tmp_path: Path
) -> None:
    result = guided(2, write_wav(tmp_path / "ch3.wav", voice_after_room(3)))
    assert result.verdict == "fail" and result.details["loudest_channel"] == 3
    assert "came in on channel 3" in result.message and result.remedy


def test_dead_channel_fails_with_the_channel_named(pulse: DeviceInfo, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "dead5.wav", room_with(12, {}, dead=(5,)))
    source = FromFirstSound(SoundDeviceSource(pulse, 8, RATE, 16))
    player = Player(wav)
    try:
        data = record_test(source, 2.0, timeout_s=WAIT_S)
    finally:
        player.stop()
    results = {r.check: r for r in check_recording(data, RATE, 16)}
    dead = results["signal_present"]
    assert dead.verdict == "fail" and dead.details["dead"] == [5], dead.message
    assert "channel 5" in dead.message and dead.remedy
    assert results["noise_floor"].verdict == "pass"
    assert results["clipping"].verdict == "pass" and results["dc_offset"].verdict == "pass"


def test_absent_device_fails_with_a_remedy(pulse: DeviceInfo, tmp_path: Path) -> None:
    result, device = check_input_device("Courtroom USB interface 18i20")
    assert device is None and result.verdict == "fail"
    assert "Courtroom USB interface 18i20" in result.message and "pulse" in result.message
    assert "connected" in result.remedy
    too_many = check_input_settings(pulse, 64, RATE, 16)
    assert too_many.verdict == "fail" and "64" in too_many.message and too_many.remedy

    run = run_checks(
        SelfCheckSettings(device="Courtroom USB interface 18i20", recordings=tmp_path),
        ("input_device", "input_settings", "test_recording", "output_device"),
    )
    assert [r.check for r in run.results] == ["input_device", "output_device"]
    assert not run.passed


def test_loopback_tone_is_heard_through_the_sink(pulse: DeviceInfo) -> None:
    result = loopback_tone_test("pulse", pulse, 8, RATE, 16)
    assert result.verdict == "pass", result.message
    assert 1 in result.details["heard_on"]


def test_prehearing_check_of_a_working_room_passes_and_is_kept(
    pulse: DeviceInfo, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "room.wav", room_with(12, {}))
    history = JsonlSelfCheckHistory(tmp_path / "history.jsonl")
    settings = SelfCheckSettings(
        device="pulse", channels=8, rate=RATE, bits=16, recordings=tmp_path, output_device="pulse"
    )
    player = Player(wav)
    try:
        run = run_prehearing_checks(
            settings,
            who="secretary",
            history=history,
            source_factory=lambda d, c, r, b: FromFirstSound(SoundDeviceSource(d, c, r, b)),
        )
    finally:
        player.stop()
    verdicts = {r.check: r.verdict for r in run.results}
    for check in (
        "input_device",
        "input_settings",
        "signal_present",
        "noise_floor",
        "clipping",
        "dc_offset",
        "output_device",
        "disk_space",
        "write_speed",
    ):
        assert verdicts[check] == "pass", run.to_text()
    assert run.passed and not any(r.check.startswith("microphone_") for r in run.results)
    assert history.recent()[0].kind == "prehearing" and history.recent()[0].who == "secretary"
