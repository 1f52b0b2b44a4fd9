"""Equipment self-check, audio side: device, settings, a test recording, microphones, loopback.

Each check returns a :class:`CheckResult` — ``check`` (a stable id), ``verdict`` (pass, warn or
fail), ``message`` in plain words, ``remedy`` (what to do, empty when nothing is to be done) and
``details`` (figures, for the report). The analysis is pure numpy on integer PCM blocks exactly as
the recorder receives them, so it is unit-tested on synthetic arrays; only :func:`record_test`
and the device checks touch PortAudio. The guided microphone step and the loopback tone test are
in :mod:`audio.selfcheck_guided`.
"""

from __future__ import annotations

import math
import queue
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

from audio.devices import DeviceInfo, check_settings, find_input_device, list_devices
from audio.meter import LevelMeter
from audio.pcm import SampleFormat
from audio.sources import InputSource, SourceError
from audio.text import QT_TRANSLATE_NOOP, Msg, msg

Verdict = Literal["pass", "warn", "fail"]
VERDICT_RANK = {"pass": 0, "warn": 1, "fail": 2}

DEAD_BELOW_DB = -85.0  # RMS floor of a channel that carries no signal at all (cable, phantom power)
NOISY_ABOVE_DB = -45.0  # noise floor of a quiet room above this: hum, a bad cable, gain too high
DC_WARN = 0.01  # |mean| as a fraction of full scale
DC_FAIL = 0.05
WINDOW_S = 0.1  # level windows of 100 ms


def check_msg(template: str, **params: Any) -> Msg:
    """A message of the self-check (translation context ``SelfCheck``)."""
    return msg("SelfCheck", template, **params)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check, as shown in the window, printed and stored in the catalog."""

    check: str
    verdict: Verdict
    message: str
    remedy: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> CheckResult:
        return cls(
            doc["check"],
            doc["verdict"],
            doc["message"],
            doc.get("remedy", ""),
            dict(doc.get("details") or {}),
        )


def worst(results: list[CheckResult]) -> Verdict:
    """The worst verdict of several results (pass when there are none)."""
    verdict: Verdict = "pass"
    for r in results:
        if VERDICT_RANK[r.verdict] > VERDICT_RANK[verdict]:
            verdict = r.verdict
    return verdict


def describe_channels(chs: list[int], capital: bool = False) -> Msg:
    """ "channel 3" or "channels 1, 2 and 4" (0-based in, 1-based out); ``capital``: "Channel 3"."""
    names = [str(c + 1) for c in chs]
    if len(names) == 1:
        if capital:
            return check_msg(QT_TRANSLATE_NOOP("SelfCheck", "Channel {n}"), n=names[0])
        return check_msg(QT_TRANSLATE_NOOP("SelfCheck", "channel {n}"), n=names[0])
    first, last = ", ".join(names[:-1]), names[-1]
    if capital:
        return check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "Channels {first} and {last}"), first=first, last=last
        )
    return check_msg(
        QT_TRANSLATE_NOOP("SelfCheck", "channels {first} and {last}"), first=first, last=last
    )


# --------------------------------------------------------------------------- devices
def check_input_device(name: str | int | None) -> tuple[CheckResult, DeviceInfo | None]:
    """The configured input device is present (``None``: the system's default input)."""
    try:
        device = find_input_device(name)
    except SourceError as e:
        return CheckResult(
            "input_device",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The recording input is not available: {error}."),
                error=str(e),
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Check that the microphone interface is connected by USB and switched on, then "
                    "run the check again. If it was replaced, choose the new device in the station "
                    "settings.",
                )
            ),
            {"configured": name},
        ), None
    return CheckResult(
        "input_device",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The input device '{device}' is present ({hostapi}, {channels} input channels).",
            ),
            device=device.name,
            hostapi=device.hostapi,
            channels=device.max_input_channels,
        ),
        "",
        {"device": device.to_json()},
    ), device


def check_input_settings(device: DeviceInfo, channels: int, rate: int, bits: int) -> CheckResult:
    """The device accepts the station's channel count, sample rate and sample size."""
    details = {"device": device.name, "channels": channels, "rate": rate, "bits": bits}
    try:
        check_settings(device, channels, rate, bits)
    except SourceError as e:
        return CheckResult(
            "input_settings",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The input cannot record as configured: {error}."),
                error=str(e),
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Set the number of channels and the sample rate in the station settings to "
                    "what the microphone interface offers (see its manual), or use an interface "
                    "with more inputs.",
                )
            ),
            details,
        )
    return CheckResult(
        "input_settings",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck", "'{device}' records {channels} channels at {rate} Hz, {bits}-bit."
            ),
            device=device.name,
            channels=channels,
            rate=rate,
            bits=bits,
        ),
        "",
        details,
    )


def check_output_device(name: str | int | None) -> CheckResult:
    """An output for the secretary's headphones exists (Rules p. 11: listening while recording)."""
    try:
        outputs = [d for d in list_devices() if d.max_output_channels > 0]
    except SourceError as e:
        outputs, problem = [], str(e)
    else:
        problem = ""
    chosen: DeviceInfo | None = None
    if name is None:
        chosen = next((d for d in outputs if d.is_default_output), outputs[0] if outputs else None)
    else:
        matches = [d for d in outputs if str(name) in (str(d.index), d.name)]
        matches = matches or [d for d in outputs if str(name).lower() in d.name.lower()]
        chosen = matches[0] if len(matches) == 1 else None
    if chosen is None:
        present = ", ".join(d.name for d in outputs)
        if problem:
            why: str = problem
        elif present:
            why = check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "outputs present: {outputs}"), outputs=present
            )
        else:
            why = check_msg(QT_TRANSLATE_NOOP("SelfCheck", "outputs present: none"))
        if name is not None:
            text = check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "No headphone output: '{name}' output device was not found ({why}).",
                ),
                name=name,
                why=why,
            )
        else:
            text = check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "No headphone output: any output device was not found ({why})."
                ),
                why=why,
            )
        return CheckResult(
            "output_device",
            "fail",
            text,
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Connect the headphones or the sound card they plug into, and choose it as the "
                    "monitoring output in the station settings. The secretary must be able to "
                    "listen to the recording (Rules p. 11).",
                )
            ),
            {"configured": name, "outputs": [d.name for d in outputs]},
        )
    return CheckResult(
        "output_device",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "The headphone output '{device}' is present."),
            device=chosen.name,
        ),
        "",
        {"device": chosen.to_json()},
    )


# --------------------------------------------------------------------------- levels
class WindowLevels:
    """Re-cuts blocks of any size into 100 ms windows and meters each with :class:`LevelMeter`."""

    def __init__(self, channels: int, rate: int, bits: int) -> None:
        self.window = max(1, int(rate * WINDOW_S))
        self.meter = LevelMeter(channels, rate, SampleFormat(bits).full_scale)
        self._pending: list[np.ndarray] = []
        self._pending_frames = 0
        self.rms_db: list[np.ndarray] = []  # one array (per channel) per complete window
        self.peak_db: list[np.ndarray] = []

    def feed(self, block: np.ndarray) -> int:
        """Add a block; return how many complete windows it finished."""
        self._pending.append(block)
        self._pending_frames += len(block)
        if self._pending_frames < self.window:
            return 0
        data = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
        done = 0
        pos = 0
        while len(data) - pos >= self.window:
            self.meter.feed(data[pos : pos + self.window])
            snap = self.meter.snapshot()
            self.rms_db.append(snap.rms_db.copy())
            self.peak_db.append(snap.peak_db.copy())
            pos += self.window
            done += 1
        rest = data[pos:]
        self._pending = [rest] if len(rest) else []
        self._pending_frames = len(rest)
        return done


@dataclass(frozen=True)
class ChannelStats:
    """Figures of one channel of a test recording (levels in dBFS, DC as a fraction of FS)."""

    channel: int  # 1-based
    noise_floor_db: float  # the quietest tenth of the 100 ms windows
    rms_db: float
    peak_db: float
    dc_offset: float
    clipped: bool


def analyse_recording(data: np.ndarray, rate: int, bits: int) -> list[ChannelStats]:
    """Per-channel noise floor, level, peak, DC offset and clipping of an int PCM recording."""
    if data.ndim != 2 or len(data) == 0:
        raise ValueError("expected a non-empty (frames, channels) recording")
    channels = data.shape[1]
    levels = WindowLevels(channels, rate, bits)
    levels.feed(data)
    fs = SampleFormat(bits).full_scale
    x = data.astype(np.float64) / fs
    mean = x.mean(axis=0)
    rms = np.sqrt(np.mean(x * x, axis=0))
    floor_lin = 10 ** (levels.meter.floor_db / 20)
    if levels.rms_db:
        floors = np.percentile(np.array(levels.rms_db), 10, axis=0)
    else:
        floors = 20 * np.log10(np.maximum(rms, floor_lin))
    peak = np.abs(x).max(axis=0)
    clipped = levels.meter.snapshot().clipped
    return [
        ChannelStats(
            channel=c + 1,
            noise_floor_db=round(float(floors[c]), 1),
            rms_db=round(20 * math.log10(max(float(rms[c]), floor_lin)), 1),
            peak_db=round(20 * math.log10(max(float(peak[c]), floor_lin)), 1),
            dc_offset=round(float(mean[c]), 5),
            clipped=bool(clipped[c]),
        )
        for c in range(channels)
    ]


def check_recording(data: np.ndarray, rate: int, bits: int) -> list[CheckResult]:
    """Judge a short test recording of a quiet room: signal present, noise floor, clipping, DC."""
    stats = analyse_recording(data, rate, bits)
    per_channel = {"channels": [asdict(s) for s in stats], "seconds": round(len(data) / rate, 2)}
    dead = [s.channel - 1 for s in stats if s.rms_db < DEAD_BELOW_DB]
    noisy = [
        s.channel - 1
        for s in stats
        if s.channel - 1 not in dead and s.noise_floor_db > NOISY_ABOVE_DB
    ]
    clipped = [s.channel - 1 for s in stats if s.clipped]
    dc_bad = [s.channel - 1 for s in stats if abs(s.dc_offset) >= DC_FAIL]
    dc_warn = [s.channel - 1 for s in stats if DC_WARN <= abs(s.dc_offset) < DC_FAIL]
    out = []
    live = [s for s in stats if s.channel - 1 not in dead]
    if dead and not live:
        out.append(
            CheckResult(
                "signal_present",
                "fail",
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "No signal at all on any channel: the input delivers digital silence.",
                    )
                ),
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "Check that the microphone interface is switched on and connected, that "
                        "the right input device is chosen, and that the input is not muted in the "
                        "system's sound settings.",
                    )
                ),
                {"dead": [c + 1 for c in dead], **per_channel},
            )
        )
    elif dead:
        dead_names = describe_channels(dead)
        if len(dead) == 1:
            remedy = check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Check the microphone on {channels}: that it is plugged in firmly, switched "
                    "on, its cable undamaged and, for condenser microphones, that phantom power "
                    "(48 V) is on at the interface. Swap cables with a working channel to find the "
                    "faulty part.",
                ),
                channels=dead_names,
            )
        else:
            remedy = check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Check the microphone on {channels}: that it is plugged in firmly, switched "
                    "on, their cable undamaged and, for condenser microphones, that phantom power "
                    "(48 V) is on at the interface. Swap cables with a working channel to find the "
                    "faulty part.",
                ),
                channels=dead_names,
            )
        out.append(
            CheckResult(
                "signal_present",
                "fail",
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck", "No signal at all on {channels}: the microphone is dead."
                    ),
                    channels=dead_names,
                ),
                remedy,
                {"dead": [c + 1 for c in dead], **per_channel},
            )
        )
    else:
        out.append(
            CheckResult(
                "signal_present",
                "pass",
                check_msg(
                    QT_TRANSLATE_NOOP("SelfCheck", "All {count} channels carry a signal."),
                    count=len(stats),
                ),
                "",
                per_channel,
            )
        )
    if noisy:
        out.append(
            CheckResult(
                "noise_floor",
                "warn",
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "The noise floor of {channels} is high (above {threshold:.0f} dBFS in a "
                        "quiet room): speech will be harder to understand.",
                    ),
                    channels=describe_channels(noisy),
                    threshold=NOISY_ABOVE_DB,
                ),
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "Lower the input gain of that channel, keep its cable away from power "
                        "cables, and check for hum from a shared power socket. Run the check while "
                        "the room is quiet.",
                    )
                ),
                {"noisy": [c + 1 for c in noisy], "threshold_db": NOISY_ABOVE_DB},
            )
        )
    elif live:
        quietest = min(s.noise_floor_db for s in live)
        loudest = max(s.noise_floor_db for s in live)
        out.append(
            CheckResult(
                "noise_floor",
                "pass",
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck", "Noise floor between {quietest:.0f} and {loudest:.0f} dBFS."
                    ),
                    quietest=quietest,
                    loudest=loudest,
                ),
                "",
                {"threshold_db": NOISY_ABOVE_DB},
            )
        )
    else:
        out.append(
            CheckResult(
                "noise_floor",
                "warn",
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "The noise floor could not be measured: no channel carries a signal.",
                    )
                ),
                check_msg(QT_TRANSLATE_NOOP("SelfCheck", "Fix the missing signal first.")),
            )
        )
    if clipped:
        out.append(
            CheckResult(
                "clipping",
                "fail",
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "{channels} reached full scale "
                        "(clipping) during the test: loud speech on it will be distorted.",
                    ),
                    channels=describe_channels(clipped, capital=True),
                ),
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "Turn the input gain of that channel down until its meter stays out of the "
                        "red, and check that nothing knocks against the microphone.",
                    )
                ),
                {"clipped": [c + 1 for c in clipped]},
            )
        )
    else:
        out.append(
            CheckResult(
                "clipping",
                "pass",
                check_msg(QT_TRANSLATE_NOOP("SelfCheck", "No channel clipped.")),
                "",
            )
        )
    if dc_bad or dc_warn:
        verdict: Verdict = "fail" if dc_bad else "warn"
        chs = dc_bad or dc_warn
        out.append(
            CheckResult(
                "dc_offset",
                verdict,
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "{channels} has a DC offset (its signal is shifted off zero): a sign of a "
                        "faulty preamplifier or interface.",
                    ),
                    channels=describe_channels(chs, capital=True),
                ),
                check_msg(
                    QT_TRANSLATE_NOOP(
                        "SelfCheck",
                        "Reconnect the interface; if the offset stays, have the interface "
                        "serviced.",
                    )
                ),
                {"offset": {c + 1: stats[c].dc_offset for c in dc_bad + dc_warn}},
            )
        )
    else:
        out.append(
            CheckResult(
                "dc_offset", "pass", check_msg(QT_TRANSLATE_NOOP("SelfCheck", "No DC offset.")), ""
            )
        )
    return out


def record_test(
    source: InputSource, seconds: float, *, settle_s: float = 0.2, timeout_s: float = 20.0
) -> np.ndarray:
    """Capture ``seconds`` of audio (after dropping ``settle_s``) from a source; SourceError if not.

    The first block of a PulseAudio stream may take up to ~2 s to arrive, so the wall-clock
    ``timeout_s`` is generous; the length of the recording is counted in frames, never in time.
    """
    blocks: queue.Queue[np.ndarray] = queue.Queue()
    source.start(lambda block, overflowed: blocks.put(block))
    skip = int(settle_s * source.rate)
    need = int(seconds * source.rate)
    got: list[np.ndarray] = []
    have = 0
    deadline = time.monotonic() + timeout_s
    try:
        while have < need:
            try:
                block = blocks.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise SourceError(
                    f"the input '{source.name}' delivered {have / source.rate:.1f} s of audio "
                    f"in {timeout_s:.0f} s instead of {seconds:.1f} s"
                ) from None
            if skip:
                cut = min(skip, len(block))
                block, skip = block[cut:], skip - cut
            got.append(block)
            have += len(block)
    finally:
        source.stop()
    return np.concatenate(got)[:need]
