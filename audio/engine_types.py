"""The engine's vocabulary, shared by its parts and by its callers: states, settings, alarms.

:mod:`audio.engine` is split by what its parts do (:mod:`audio.engine_core` moves the audio from
the source to the segments, :mod:`audio.engine_watch` notices a lost device and gets it back);
the words they all use live here, so that no part imports another's module for them, and
callers that only speak of the engine (a window showing its state, a setting) need not import it.
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
from dataclasses import dataclass

PAUSE_REASONS = ("adjournment", "recess", "deliberation")


class EngineState(enum.Enum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    ENDED = "ended"
    FAILED = "failed"


@dataclass(frozen=True)
class Alarm:
    """Something the secretary must see (Rules p. 9, 16): device lost, overflow, silence, error."""

    # device_lost | device_returned | device_changed | overflow | dropout | backlog | silent |
    # clip | error | clock_jump
    kind: str
    message: str
    frame: int
    channel: int | None = None  # 1-based
    value: float | None = None  # seconds: of a gap, of missing audio, of audio waiting


@dataclass
class EngineConfig:
    segment_seconds: float = 600.0
    sync_interval_s: float = 1.0
    # No block for this long: the device is gone. Blocks come every 50-70 ms; a busy CPU or a
    # blocked writer delays them by tens of ms, never by this much (both cores saturated: zero
    # false alarms, README), while a real loss is still declared within a second.
    watchdog_silence_s: float = 0.6
    # Frames this far behind the clock while blocks keep arriving: that much audio never came
    # (the server dropped it). A warning with the amount, not a lost device.
    dropout_s: float = 0.5
    # Audio waiting to be written for this long: the computer is slow (a warning, nothing lost).
    backlog_warn_s: float = 5.0
    reconnect_interval_s: float = 0.2
    # while the capture process is starved of CPU, silence up to this long is lateness, not loss
    busy_grace_s: float = 3.0
    first_block_timeout_s: float = 5.0
    anchor_interval_s: float = 10.0
    clock_jump_s: float = 2.0
    stop_after_frames: int | None = None
    max_queue_blocks_fast: int = 64


def iso_utc(t: float) -> str:
    """A wall-clock time as the journal writes UTC (ISO 8601, microseconds)."""
    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Command:
    """A pause, resume, interrupt or end, queued between the blocks; ``done`` once handled."""

    def __init__(self, name: str, arg: str | None = None) -> None:
        self.name = name
        self.arg = arg
        self.done = threading.Event()
