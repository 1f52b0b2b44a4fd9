"""The pre-hearing equipment check (Rules p. 8): the device is there and every channel hears sound.

:func:`run_precheck` is Qt-free and runs on a worker thread: it confirms the chosen input exists
with enough channels (a sound card is looked up again, since it may have been unplugged since the
list was made), then captures from it and feeds the blocks to the same :class:`LevelMeter` the
recorder uses, until every channel has reacted (a peak above ``react_db``) or ``max_seconds`` of
audio have passed. A real device is captured in real time while the secretary asks each
participant to speak; a simulated microphone plays its test tones as fast as the machine
allows. The result is the
``precheck`` journal record's ``results`` list (docs/FORMATS.md).
"""

from __future__ import annotations

import dataclasses
import queue
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from audio.devices import check_settings, list_devices
from audio.meter import LevelMeter
from audio.pcm import SampleFormat
from audio.sources import InputSource
from ui.station.composition import InputChoice

REACT_DB = -45.0
FIRST_BLOCK_S = 5.0  # as the recorder waits for a device's first block
SILENT_PEAK = 1 / 32768  # below one 16-bit step on every channel: no signal at all (digital zero)


@dataclasses.dataclass
class PrecheckProgress:
    """Shared between the worker and the GUI timer; the GUI only reads it."""

    channels: int
    reacted: list[bool]
    peak_db: list[float]
    seconds: float = 0.0
    done: bool = False
    passed: bool = False
    results: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    unrecorded: list[int] = dataclasses.field(default_factory=list)  # device channels left out
    listened: list[int] = dataclasses.field(default_factory=list)  # 1-based, those checked


def _result(check: str, ok: bool, message: str) -> dict[str, Any]:
    return {"check": check, "verdict": "pass" if ok else "fail", "message": message}


def check_device(choice: InputChoice, channels: int, rate: int, bits: int) -> dict[str, Any]:
    if choice.simulated:
        return _result("device", True, f"simulated microphone ({choice.kind}), {channels} channels")
    assert choice.device is not None
    try:
        present = [
            d for d in list_devices() if d.name == choice.device.name and d.max_input_channels > 0
        ]
    except Exception as e:  # noqa: BLE001
        return _result("device", False, f"the audio system cannot be queried: {e}")
    if not present:
        return _result("device", False, f"the device '{choice.device.name}' is not connected")
    try:
        check_settings(present[0], channels, rate, bits)
    except Exception as e:  # noqa: BLE001
        return _result("device", False, str(e))
    return _result("device", True, f"'{present[0].name}' with {channels} input channels")


def run_precheck(
    choice: InputChoice,
    channels: int,
    rate: int,
    bits: int,
    make_source: Callable[[InputChoice, int, bool], InputSource],
    progress: PrecheckProgress,
    stop: threading.Event,
    *,
    max_seconds: float = 20.0,
    react_db: float = REACT_DB,
    station_checks: Callable[[int, int, int], list[dict[str, Any]]] | None = None,
    listen: list[int] | None = None,
) -> PrecheckProgress:
    """Run the check, updating ``progress`` as it goes; returns it with ``done`` set.

    ``listen`` is the microphones (1-based) this hearing uses — those with someone at them —
    and only they must react; None (or empty) listens to every channel.

    ``station_checks`` adds the self-check's station checks (disk space, write speed, clock,
    certificate, archive); a warning there (e.g. no key open yet) does not fail the check."""
    results = [check_device(choice, channels, rate, bits)]
    if results[0]["verdict"] == "pass":
        results.append(
            _listen(
                choice,
                channels,
                rate,
                bits,
                make_source,
                progress,
                stop,
                max_seconds,
                react_db,
                sorted({c for c in listen or [] if 1 <= c <= channels}) or None,
            )
        )
    if station_checks is not None and not stop.is_set():
        try:
            results.extend(station_checks(channels, rate, bits))
        except Exception as e:  # noqa: BLE001 - a check that breaks is a failed check
            results.append(_result("station", False, f"the station checks could not run: {e}"))
    progress.results = results
    progress.passed = all(r["verdict"] != "fail" for r in results)
    progress.done = True
    return progress


def scale_of(block: np.ndarray, bits: int) -> float:
    """Full scale of ``block``'s samples: integer PCM, or floats of ±1."""
    return SampleFormat(bits).full_scale if np.issubdtype(block.dtype, np.integer) else 1.0


def _listen(
    choice: InputChoice,
    channels: int,
    rate: int,
    bits: int,
    make_source: Callable[[InputChoice, int, bool], InputSource],
    progress: PrecheckProgress,
    stop: threading.Event,
    max_seconds: float,
    react_db: float,
    listen: list[int] | None = None,
) -> dict[str, Any]:
    # A simulated microphone speaks on one channel at a time; its check plays the simulation's
    # test signal (a tone per channel), as a technician would with a tone generator.
    probe = InputChoice("tones", choice.label, choice.max_channels) if choice.simulated else choice
    try:
        source = make_source(probe, channels, not choice.simulated)
    except Exception as e:  # noqa: BLE001
        return _result("signal", False, f"cannot capture: {e}")
    meter = LevelMeter(channels, rate, SampleFormat(bits).full_scale)
    blocks: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
    if not source.realtime:
        source.backpressure = lambda: blocks.qsize() > 32  # type: ignore[attr-defined]
    best = np.full(channels, -120.0)
    wanted = [c - 1 for c in listen] if listen else list(range(channels))
    progress.listened = [c + 1 for c in wanted]
    frames = 0
    raw_peak = 0.0  # of the samples as they arrive, any channel (the meter has a floor)
    try:
        source.start(lambda block, _overflow: blocks.put(block))
    except Exception as e:  # noqa: BLE001
        return _result("signal", False, f"cannot capture: {e}")
    identity = getattr(source, "current_identity", None) or {}
    progress.unrecorded = [int(c) for c in identity.get("unrecorded_channels", [])]
    try:
        while frames < max_seconds * rate and not stop.is_set():
            try:
                # a device's first block may take a few seconds (a suspended sound server wakes)
                block = blocks.get(timeout=1.0 if frames else FIRST_BLOCK_S)
            except queue.Empty:
                if source.finished:
                    break
                if source.realtime:
                    return _result("signal", False, "no sound arrives from the device")
                continue
            meter.feed(block)
            frames += len(block)
            if len(block):
                scale = scale_of(block, bits)
                raw_peak = max(raw_peak, float(np.max(np.abs(block))) / scale)
            best = np.maximum(best, meter.snapshot().peak_db)
            progress.peak_db = [float(x) for x in best]
            progress.reacted = [bool(x) for x in best >= react_db]
            progress.seconds = frames / rate
            if all(progress.reacted[c] for c in wanted):
                break
    finally:
        source.stop()
    quiet = [c + 1 for c in wanted if best[c] < react_db]
    if stop.is_set() and quiet:
        return _result("signal", False, "the check was cancelled")
    if frames and len(quiet) == len(wanted) and raw_peak < SILENT_PEAK:
        # not one microphone, but the whole input: nothing at all arrives (digital silence)
        return _result("signal", False, f"no sound at all arrives within {frames / rate:.0f} s")
    if quiet:
        return _result(
            "signal",
            False,
            "no sound on channel(s) "
            + ", ".join(map(str, quiet))
            + f" within {frames / rate:.0f} s",
        )
    if listen:
        used = ", ".join(map(str, listen))
        return _result("signal", True, f"the hearing's microphones ({used}) react to sound")
    return _result("signal", True, f"all {channels} channels react to sound")
