"""What the window is composed from: where hearings go, where settings live, the inputs on offer.

:class:`WindowParts` is built once by :func:`ui.main.run_gui` (or by a test with temporary folders
and a short simulated source) and passed to the window through its constructor; nothing in the UI
reaches for a global. The inputs on offer and their sources are
:mod:`app.hearing.inputs`'s (Qt-free: the same choices serve the command line and the tests); the
station itself (catalog, keys, sealing) is :class:`app.station.Station`, whose callbacks are
handed in here.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.hearing.inputs import InputChoice, InputSource, SourceFactory, input_choices, make_source
from app.hearing.live import DeviceInfo, EngineConfig, list_output_devices


def default_settings_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "zhazba"


@dataclasses.dataclass
class WindowParts:
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
