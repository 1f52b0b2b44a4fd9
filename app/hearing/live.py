"""What the secretary's window uses of the recording engine, in one place (ui/ imports app/ only).

The window drives a :class:`app.hearing.session.HearingSession`; to show it, it needs the engine's
state and alarms, the meter's snapshot and scale, headphone monitoring, the sample format, the
device descriptions and the errors a start or a journal write may raise. They are the engine's
own types (re-exported, not wrapped), so the layering of DESIGN.md holds without a second model.
"""

from __future__ import annotations

from audio.devices import DeviceInfo, list_devices
from audio.engine_types import PAUSE_REASONS, Alarm, EngineConfig, EngineState
from audio.meter import GREEN_BELOW_DB, RED_ABOVE_DB, TICKS_DB, MeterSnapshot, iec_scale
from audio.monitor import HeadphoneMonitor, MonitorTap, TappedSource, list_output_devices
from audio.pcm import SampleFormat
from audio.sources import SourceError
from signing.journal import JournalError

__all__ = [
    "GREEN_BELOW_DB",
    "PAUSE_REASONS",
    "RED_ABOVE_DB",
    "TICKS_DB",
    "Alarm",
    "DeviceInfo",
    "EngineConfig",
    "EngineState",
    "HeadphoneMonitor",
    "JournalError",
    "MeterSnapshot",
    "MonitorTap",
    "SampleFormat",
    "SourceError",
    "TappedSource",
    "iec_scale",
    "list_devices",
    "list_output_devices",
]
