"""The self-check's test recording: a few seconds of a quiet room, captured and judged.

:func:`record_test` captures from the station's input (the only part here that touches a
device); :func:`check_recording` judges what it captured, one step per finding — a signal on
every channel, the noise floor, clipping, a DC offset — each a
:class:`~audio.selfcheck.CheckResult` saying what is wrong and what to do. The figures come from
:func:`audio.selfcheck_levels.analyse_recording`.
"""

from __future__ import annotations

import queue
import time
from dataclasses import asdict
from typing import Any

import numpy as np

from audio.selfcheck import CheckResult, Verdict, check_msg, describe_channels
from audio.selfcheck_levels import ChannelStats, analyse_recording
from audio.sources import InputSource, SourceError
from audio.text import QT_TRANSLATE_NOOP

DEAD_BELOW_DB = -85.0  # RMS floor of a channel that carries no signal at all (cable, phantom power)
NOISY_ABOVE_DB = -45.0  # noise floor of a quiet room above this: hum, a bad cable, gain too high
DC_WARN = 0.01  # |mean| as a fraction of full scale
DC_FAIL = 0.05


def check_recording(data: np.ndarray, rate: int, bits: int) -> list[CheckResult]:
    """Judge a short test recording of a quiet room: signal present, noise floor, clipping, DC."""
    stats = analyse_recording(data, rate, bits)
    per_channel = {"channels": [asdict(s) for s in stats], "seconds": round(len(data) / rate, 2)}
    dead = [s.channel - 1 for s in stats if s.rms_db < DEAD_BELOW_DB]
    return [
        _signal_present(stats, dead, per_channel),
        _noise_floor(stats, dead),
        _clipping(stats),
        _dc_offset(stats),
    ]


def _signal_present(
    stats: list[ChannelStats], dead: list[int], per_channel: dict[str, Any]
) -> CheckResult:
    """Every channel carries a signal; a dead one names the microphone to look at."""
    live = [s for s in stats if s.channel - 1 not in dead]
    if dead and not live:
        return CheckResult(
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
    if dead:
        return _dead_microphones(dead, per_channel)
    return CheckResult(
        "signal_present",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "All {count} channels carry a signal."),
            count=len(stats),
        ),
        "",
        per_channel,
    )


def _dead_microphones(dead: list[int], per_channel: dict[str, Any]) -> CheckResult:
    """Some channels carry no signal at all while others do: their microphones are dead."""
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
    return CheckResult(
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


def _noise_floor(stats: list[ChannelStats], dead: list[int]) -> CheckResult:
    """The noise floor of the live channels in a quiet room (hum, a bad cable, gain too high)."""
    noisy = [
        s.channel - 1
        for s in stats
        if s.channel - 1 not in dead and s.noise_floor_db > NOISY_ABOVE_DB
    ]
    live = [s for s in stats if s.channel - 1 not in dead]
    if noisy:
        return CheckResult(
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
    if live:
        quietest = min(s.noise_floor_db for s in live)
        loudest = max(s.noise_floor_db for s in live)
        return CheckResult(
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
    return CheckResult(
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


def _clipping(stats: list[ChannelStats]) -> CheckResult:
    """No channel reached full scale during the test."""
    clipped = [s.channel - 1 for s in stats if s.clipped]
    if clipped:
        return CheckResult(
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
    return CheckResult(
        "clipping",
        "pass",
        check_msg(QT_TRANSLATE_NOOP("SelfCheck", "No channel clipped.")),
        "",
    )


def _dc_offset(stats: list[ChannelStats]) -> CheckResult:
    """No channel's signal is shifted off zero (a faulty preamplifier or interface)."""
    dc_bad = [s.channel - 1 for s in stats if abs(s.dc_offset) >= DC_FAIL]
    dc_warn = [s.channel - 1 for s in stats if DC_WARN <= abs(s.dc_offset) < DC_FAIL]
    if dc_bad or dc_warn:
        verdict: Verdict = "fail" if dc_bad else "warn"
        chs = dc_bad or dc_warn
        return CheckResult(
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
                    "Reconnect the interface; if the offset stays, have the interface serviced.",
                )
            ),
            {"offset": {c + 1: stats[c].dc_offset for c in dc_bad + dc_warn}},
        )
    return CheckResult(
        "dc_offset", "pass", check_msg(QT_TRANSLATE_NOOP("SelfCheck", "No DC offset.")), ""
    )


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
