"""The inputs a hearing may be recorded from, and the engine's source for each.

:func:`input_choices` lists the sound-card inputs PortAudio reports plus the simulated
microphones, so a machine without a sound card can still try every feature, and
:func:`make_source` turns a choice into the :class:`audio.sources.InputSource` the engine
records. Qt-free: the same choices serve the window, the pre-hearing check and the tests.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable

from audio.capture import SoundDeviceSource
from audio.devices import DeviceInfo, list_devices
from audio.sources import InputSource, SpeechSource, ToneSource

__all__ = [
    "MAX_CHANNELS",
    "SIMULATED_KINDS",
    "InputChoice",
    "InputSource",
    "SourceFactory",
    "input_choices",
    "make_source",
]

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


def input_choices(demo: bool | None = None) -> list[InputChoice]:
    """Sound-card inputs (none when PortAudio or the card is missing); the simulated
    microphones only when there is no sound-card input at all or in demo mode (``demo``, else
    :func:`demo_mode`): a hearing recorded from one is never evidence (#16), so a court station
    with a sound card never offers it."""
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
    if out and not (demo_mode() if demo is None else demo):
        return out
    out.append(InputChoice("speech", "speech", MAX_CHANNELS))
    out.append(InputChoice("tones", "tones", MAX_CHANNELS))
    return out


def demo_mode() -> bool:
    """A demonstration: ``ZHAZBA_DEMO=1`` or a demo station (settings.json ``station.demo``).
    A settings file that cannot be read is no demonstration (fail closed: no simulation)."""
    from app.archive.settings import SettingsDamaged
    from app.hearing.simulated import demo_station
    from app.station_folder import default_folder

    if os.environ.get("ZHAZBA_DEMO") == "1":
        return True
    try:
        return demo_station(default_folder())
    except SettingsDamaged:
        return False


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
