"""Real audio servers for the capture tests, and helpers to judge what was captured.

The PulseAudio daemon and the shared JACK server are started by ``scripts/audio-server.sh`` (which
``scripts/test.sh`` runs before pytest); the :func:`pulse` fixture starts PulseAudio itself when it
is not running and skips only when it cannot be reached. Each test gets *its own* null sink
(:meth:`Pulse.sink`), so unloading it to simulate a lost device never disturbs other tests that
use the shared ``court8``/``court16`` sinks concurrently. JACK tests get a private server
(:func:`private_jack`) with its own name, so killing it touches nobody else.

Recorders run as subprocesses: PortAudio sees JACK only if jackd runs when sounddevice is first
imported, and a stream on a dead server must never be touched by the test runner.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from audio.pcm import channel_groups, iter_file_blocks, segment_file_names
from audio.sources import tone_frequency

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "audio-server.sh"
PYTHON = ROOT / ".venv" / "bin" / "python"
ZHAZBA = ROOT / ".venv" / "bin" / "zhazba"
MAP8 = "front-left,front-right,rear-left,rear-right,front-center,lfe,side-left,side-right"
JACK_NAMES = ("zhazba-test-1", "zhazba-test-2", "zhazba-test-3")
MAP16 = MAP8 + "," + ",".join(f"aux{i}" for i in range(8))


def python() -> str:
    return str(PYTHON) if PYTHON.exists() else sys.executable


def zhazba() -> list[str]:
    return [str(ZHAZBA)] if ZHAZBA.exists() else [python(), "-m", "app.cli.commands"]


def recorder() -> list[str]:
    """`zhazba` with only the recording commands loaded (`python -m app.cli.record`): the same
    code, but it starts in a second instead of several on a loaded machine."""
    return [python(), "-m", "app.cli.record"]


def audio_env() -> dict[str, str]:
    """The environment a PulseAudio/JACK client needs (as `audio-server.sh env` prints it)."""
    env = dict(os.environ)
    d = env.get("ZHAZBA_AUDIO_DIR", "/tmp/zhazba-audio")
    env["ZHAZBA_AUDIO_DIR"] = d
    env.setdefault("XDG_RUNTIME_DIR", f"{d}/run")
    env.setdefault("PULSE_RUNTIME_PATH", f"{env['XDG_RUNTIME_DIR']}/pulse")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _run(cmd: list[str], env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


@dataclass
class Pulse:
    env: dict[str, str]
    loaded: list[str] = field(default_factory=list)

    def pactl(self, *args: str) -> str:
        r = _run(["pactl", *args], self.env)
        if r.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)} failed: {r.stderr.strip()}")
        return r.stdout.strip()

    def sink(self, channels: int, name: str | None = None) -> tuple[str, str]:
        """Load a private null sink with the ALSA channel map; return (sink name, module id).
        Given the name of a sink unloaded before, this plugs "the same device" in again."""
        name = name or f"ztest{channels}_{uuid.uuid4().hex[:8]}"
        cmap = MAP8 if channels == 8 else MAP16 if channels == 16 else None
        args = [
            "load-module",
            "module-null-sink",
            f"sink_name={name}",
            f"channels={channels}",
            "rate=48000",
        ]
        if cmap:
            args.append(f"channel_map={cmap}")
        module = self.pactl(*args)
        self.loaded.append(module)
        return name, module

    def device(self, sink: str, channels: int, name: str | None = None) -> tuple[str, str]:
        """A PulseAudio source standing for a microphone interface: a remap source over the
        sink's monitor (channel for channel). Unloading it is unplugging the interface; loading
        it again under the same name is plugging it back, while the sink — the sound in the
        room — plays on. Returns (source name, module id)."""
        name = name or f"zdev{channels}_{uuid.uuid4().hex[:8]}"
        cmap = MAP8 if channels == 8 else MAP16 if channels == 16 else None
        args = [
            "load-module",
            "module-remap-source",
            f"source_name={name}",
            f"master={sink}.monitor",
            f"channels={channels}",
            "remix=no",
        ]
        if cmap:
            args += [f"master_channel_map={cmap}", f"channel_map={cmap}"]
        module = self.pactl(*args)
        self.loaded.append(module)
        return name, module

    def unload(self, module: str) -> None:
        with contextlib.suppress(RuntimeError):
            self.pactl("unload-module", module)
        if module in self.loaded:
            self.loaded.remove(module)

    def play(self, sink: str, wav: Path, channels: int) -> subprocess.Popen:
        cmap = MAP8 if channels == 8 else MAP16
        return subprocess.Popen(
            ["paplay", "-d", sink, f"--channel-map={cmap}", str(wav)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def record_env(self, sink: str, source: str | None = None) -> dict[str, str]:
        env = dict(self.env)
        env["PULSE_SOURCE"] = source or f"{sink}.monitor"
        return env


@pytest.fixture(scope="session", name="pulse_server")
def pulse_server_fixture() -> Iterator[dict[str, str]]:
    env = audio_env()
    for tool in ("pulseaudio", "pactl", "paplay"):
        if shutil.which(tool) is None:
            pytest.skip(f"PulseAudio is not installed ({tool} missing): run scripts/setup.sh")
    started = False
    if _run(["pactl", "info"], env).returncode != 0:
        r = _run(["bash", str(SCRIPT), "start-pulse"], env, timeout=60)
        if r.returncode != 0:
            pytest.skip(f"the PulseAudio server cannot be reached or started: {r.stderr.strip()}")
        started = True
    yield env
    if started:
        _run(["pactl", "exit"], env)


@pytest.fixture(name="pulse")
def pulse_fixture(pulse_server: dict[str, str]) -> Iterator[Pulse]:
    p = Pulse(pulse_server)
    yield p
    for module in list(p.loaded):
        p.unload(module)


@dataclass
class Jack:
    name: str
    env: dict[str, str]
    proc: subprocess.Popen | None

    def kill(self) -> None:
        """Stop the server gracefully (it leaves JACK's server registry), forcibly if need be."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def start_again(self) -> None:
        """Start the same server (same name) again, as after a crash of the audio service."""
        again = _jackd(self.name, self.env)
        assert again is not None, f"jackd {self.name} would not start again"
        self.proc = again.proc


def start_jack(env: dict[str, str]) -> Jack:
    """A private JACK dummy server. Names come from a small fixed pool: JACK keeps at most 8
    servers in its registry and reclaims the entry of a killed server only for the same name."""
    if shutil.which("jackd") is None or shutil.which("jack_lsp") is None:
        pytest.skip("JACK is not installed (jackd/jack_lsp missing): run scripts/setup.sh")
    logs = []
    for name in JACK_NAMES:
        env = dict(env)
        env["JACK_DEFAULT_SERVER"] = name
        logs.append(str(Path(env["ZHAZBA_AUDIO_DIR"]) / f"{name}.log"))
        jack = _jackd(name, env)
        if jack is not None:
            return jack
    pytest.skip(f"the JACK dummy server could not be started (see {', '.join(logs)})")


def _jackd(name: str, env: dict[str, str]) -> Jack | None:
    """Start jackd under ``name``; the server once it answers, None if it would not start."""
    log_path = Path(env["ZHAZBA_AUDIO_DIR"]) / f"{name}.log"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            ["jackd", "-n", name, "--no-realtime", "-d", "dummy", "-r", "48000", "-p", "480"]
            + ["-C", "8", "-P", "8"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and proc.poll() is None:
        if _run(["jack_lsp"], env, 5).returncode == 0:
            return Jack(name, env, proc)
        time.sleep(0.1)
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    return None


@pytest.fixture(name="private_jack")
def private_jack_fixture() -> Iterator[Jack]:
    env = audio_env()
    Path(env["ZHAZBA_AUDIO_DIR"]).mkdir(parents=True, exist_ok=True)
    jack = start_jack(env)
    yield jack
    jack.kill()


# ---------------------------------------------------------------------------- signals
def tone_wav(path: Path, channels: int, seconds: float, rate: int = 48000) -> Path:
    """A distinct tone per channel (audio.sources.tone_frequency), 16-bit."""
    t = np.arange(int(seconds * rate)) / rate
    data = np.stack([0.25 * np.sin(2 * np.pi * tone_frequency(c) * t) for c in range(channels)], 1)
    sf.write(str(path), data, rate, subtype="PCM_16")
    return path


def dominant_channels(block: np.ndarray, rate: int) -> list[int]:
    """For each channel of a block (≥ 1 s), the 0-based channel whose tone dominates it."""
    n = (len(block) // rate) * rate
    spec = np.abs(np.fft.rfft(block[:n].astype(np.float64), axis=0))
    freqs = np.fft.rfftfreq(n, 1 / rate)
    tones = np.array([tone_frequency(c) for c in range(64)])
    out = []
    for ch in range(block.shape[1]):
        peak = freqs[int(np.argmax(spec[1:, ch])) + 1]
        out.append(int(np.argmin(np.abs(tones - peak))))
    return out


def read_segments(folder: Path, channels: int, dtype: str = "int16") -> np.ndarray:
    """All segments of a hearing, decoded and concatenated (parallel files side by side).

    Decoded sequentially in FLAC-frame-sized reads, up to the first undecodable block, as
    recovery does (a torn file decodes up to its last whole frame; an empty one holds none).
    """
    parts = []
    seg = 1
    while (folder / segment_file_names(seg, channels)[0]).exists():
        parts.append(read_segment(folder, seg, channels, dtype))
        seg += 1
    return np.concatenate(parts) if parts else np.zeros((0, channels), dtype=dtype)


def read_segment(folder: Path, seg: int, channels: int, dtype: str = "int16") -> np.ndarray:
    """One segment of a hearing, decoded as :func:`read_segments` does."""
    files = []
    for name, (a, b) in zip(
        segment_file_names(seg, channels), channel_groups(channels), strict=True
    ):
        path = folder / name
        blocks = list(iter_file_blocks(path, 4096, dtype)) if path.stat().st_size else []
        files.append(np.concatenate(blocks) if blocks else np.zeros((0, b - a + 1), dtype))
    n = min(len(f) for f in files)
    return np.concatenate([f[:n] for f in files], axis=1)


def journal(folder: Path) -> list[dict[str, Any]]:
    from signing.journal import read_records

    return read_records(folder / "journal.jsonl")


def kinds(records: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in records if r["kind"] == kind]


def json_lines(text: str) -> list[dict[str, Any]]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
    return out


def terminate(proc: subprocess.Popen, timeout: float = 20) -> int:
    """SIGTERM a recorder and wait for it to exit by itself (killed only as a last resort)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError(f"the recorder did not exit within {timeout} s of SIGTERM") from None
