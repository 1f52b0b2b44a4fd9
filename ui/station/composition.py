"""What the window is composed from: where hearings go, where settings live, the inputs on offer.

:class:`Station` is built once by :func:`ui.main.run_gui` (or by a test with temporary folders and
a short simulated source) and passed to the window through its constructor; nothing in the UI
reaches for a global. :func:`input_choices` lists the sound-card inputs PortAudio reports plus
the simulated microphones, so a machine without a sound card can still try every feature, and
:func:`make_source` turns a choice into the :class:`audio.sources.InputSource` the engine records.
Qt-free on purpose: the same choices serve the command line and the tests.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from audio.devices import DeviceInfo, SoundDeviceSource, list_devices
from audio.engine import EngineConfig
from audio.monitor import list_output_devices
from audio.sources import InputSource, SpeechSource, ToneSource

MAX_CHANNELS = 32
SIMULATED_KINDS = ("speech", "tones")


@dataclasses.dataclass(frozen=True)
class InputChoice:
    """One input the secretary may record from: a sound card, or a simulated microphone."""

    kind: str  # device | speech | tones
    label: str
    max_channels: int
    device: DeviceInfo | None = None

    @property
    def simulated(self) -> bool:
        return self.kind in SIMULATED_KINDS

    @property
    def key(self) -> str:
        return f"device:{self.device.name}" if self.device else self.kind


def input_choices() -> list[InputChoice]:
    """Sound-card inputs first (none when PortAudio or the card is missing), then simulations."""
    out: list[InputChoice] = []
    try:
        devices = list_devices()
    except Exception:  # noqa: BLE001 - no PortAudio / no audio server: offer the simulation
        devices = []
    for d in devices:
        if d.max_input_channels > 0:
            out.append(
                InputChoice(
                    "device", f"{d.name} ({d.hostapi})", min(d.max_input_channels, MAX_CHANNELS), d
                )
            )
    out.append(InputChoice("speech", "speech", MAX_CHANNELS))
    out.append(InputChoice("tones", "tones", MAX_CHANNELS))
    return out


def make_source(
    choice: InputChoice, channels: int, rate: int, bits: int, *, realtime: bool = True
) -> InputSource:
    """The engine's input for ``choice``. Simulations may run faster than real time (checks)."""
    if choice.kind == "device":
        assert choice.device is not None
        return SoundDeviceSource(choice.device, channels, rate, bits)
    cls = SpeechSource if choice.kind == "speech" else ToneSource
    return cls(channels, rate, bits, realtime=realtime)


SourceFactory = Callable[[InputChoice, int, bool], InputSource]


def default_settings_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "zhazba"


@dataclasses.dataclass
class Station:
    """Everything the secretary's window needs from outside itself."""

    recordings_root: Path
    settings_dir: Path
    secretary: str | None = None  # the signed-in certificate's holder, when a key is open
    rate: int = 48000
    bits: int = 16
    segment_seconds: float = 600.0
    inputs: Callable[[], list[InputChoice]] = input_choices
    outputs: Callable[[], list[DeviceInfo]] = list_output_devices
    source_factory: SourceFactory | None = None
    engine_config: EngineConfig | None = None
    precheck_max_seconds: float = 20.0  # of audio, waiting for every channel to react
    finish: Callable[[Any], Any] | None = None  # app.station.Station.finish (seals, p. 14)
    # app.station.Station.after_failed_start: protocol and act of a start that failed (p. 17)
    after_failed_start: Callable[[Path], Any] | None = None
    # app.station.Station.station_checks: disk, write speed, clock, certificate, archive (p. 8)
    station_checks: Callable[[int, int, int], list[dict[str, Any]]] | None = None
    protect: Callable[[Any], Any] | None = None  # app.station.Station.protect (live anchors)

    def make_source(self, choice: InputChoice, channels: int, realtime: bool = True) -> InputSource:
        if self.source_factory is not None:
            return self.source_factory(choice, channels, realtime)
        return make_source(choice, channels, self.rate, self.bits, realtime=realtime)

    @property
    def templates_dir(self) -> Path:
        return self.settings_dir / "courtrooms"
