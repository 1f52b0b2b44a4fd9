"""Real audio devices through PortAudio (python-sounddevice): which there are, and whether one can
record with given settings.

PortAudio is asked in a short-lived child (:func:`audio.capture_proc.query`), so a device plugged
in since is listed too and a stuck driver cannot hang the recorder. Capturing from a device is
:mod:`audio.capture`'s part; :class:`DeviceChanged` and :func:`describe` are here because both the
capture and the engine's watch (:mod:`audio.engine_watch`) speak of devices in those words.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
from typing import Any

from audio.capture_spawn import child_env
from audio.pcm import SUPPORTED_BITS, SUPPORTED_RATES
from audio.sources import SourceError


def _sd() -> Any:
    try:
        import sounddevice
    except OSError as e:  # PortAudio library missing
        raise SourceError(
            "PortAudio is not installed (libportaudio2). Run scripts/setup.sh, or use the "
            "simulated microphone (--source tones or --source speech)."
        ) from e
    return sounddevice


@dataclasses.dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool
    is_default_output: bool

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def list_devices() -> list[DeviceInfo]:
    """The audio devices PortAudio sees now (asked in a short-lived child, see
    :func:`audio.capture_proc.query`: a device plugged in since is listed too)."""
    answer = _query({"op": "list"})
    return [DeviceInfo(**d) for d in answer["devices"]]


def _query(spec: dict[str, Any]) -> dict[str, Any]:
    from audio.capture_proc import child_command

    try:
        r = subprocess.run(
            [*child_command(), "--query", json.dumps(spec)],
            capture_output=True,
            text=True,
            timeout=30,
            env=child_env(),
        )
        answer = json.loads(r.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError) as e:
        raise SourceError(f"the audio devices cannot be listed: {e}") from e
    if answer.get("fatal"):
        raise SourceError(
            "PortAudio is not installed (libportaudio2). Run scripts/setup.sh, or use the "
            "simulated microphone (--source tones or --source speech)."
        )
    return dict(answer)


def find_input_device(name: str | int | None) -> DeviceInfo:
    """The input device by index, exact name or unique name fragment; a clear error otherwise."""
    devices = [d for d in list_devices() if d.max_input_channels > 0]
    if not devices:
        raise SourceError(
            "no audio input device was found. Connect the microphone interface and check that "
            "the audio service is running, or record from the simulated microphone "
            "(--source tones)."
        )
    if name is None:
        for d in devices:
            if d.is_default_input:
                return d
        return devices[0]
    if isinstance(name, int) or str(name).isdigit():
        for d in devices:
            if d.index == int(name):
                return d
    exact = [d for d in devices if d.name == name]
    if exact:
        return exact[0]
    partial = [d for d in devices if str(name).lower() in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(f"{d.index}: {d.name}" for d in devices)
    if partial:
        raise SourceError(f"the device name '{name}' is ambiguous; choose one of: {names}")
    raise SourceError(f"no input device named '{name}'. Input devices present: {names}")


def check_settings(device: DeviceInfo, channels: int, rate: int, bits: int) -> None:
    """Raise a clear SourceError if the device cannot record with these settings."""
    if bits not in SUPPORTED_BITS:
        raise SourceError(f"{bits}-bit recording is not supported; use 16 or 24")
    if rate not in SUPPORTED_RATES:
        raise SourceError(
            f"{rate} Hz is not a supported sample rate; use one of "
            + ", ".join(str(r) for r in SUPPORTED_RATES)
        )
    if channels < 1 or channels > device.max_input_channels:
        raise SourceError(
            f"the device '{device.name}' has {device.max_input_channels} input channels; "
            f"{channels} were asked for"
        )
    answer = _query(
        {"op": "check", "index": device.index, "channels": channels, "rate": rate}
        | {"dtype": sample_dtype(bits)}
    )
    if not answer.get("ok"):
        raise SourceError(
            f"the device '{device.name}' cannot record {channels} channels at {rate} Hz: "
            f"{answer.get('error')}"
        )


def sample_dtype(bits: int) -> str:
    """The NumPy/PortAudio sample type that carries ``bits``-bit samples."""
    return "int16" if bits == 16 else "int32"


class DeviceChanged(SourceError):
    """The device came back as another device (name or channel count): the secretary decides."""

    def __init__(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(
            f"the input came back as a different device: {describe(after)} "
            f"(it was {describe(before)})"
        )
        self.before = before
        self.after = after


def describe(identity: dict[str, Any] | None) -> str:
    """A device identity in a few words: name, PulseAudio source, channel count."""
    if not identity:
        return "unknown device"
    name = identity.get("pulse_source") or identity.get("name", "?")
    return f"'{name}', {identity.get('channels', '?')} channels"


def same_device(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two identities name the same device (name, host API, source, channels)."""
    keys = ("name", "hostapi", "pulse_source", "channels")
    return all(a.get(k) == b.get(k) for k in keys)
