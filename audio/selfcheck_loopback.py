"""The loopback tone test: a tone played on an output cabled to an input, found on the input.

:func:`loopback_tone_test` starts capturing from the input, then plays a tone on the output and
searches the input window by window for it (FFT band energy, :func:`detect_tone`): the test ends
at the first window that holds it, so a slow-starting output (a loaded machine, a sound server)
is waited for. Each way it can fail is a :class:`~audio.selfcheck.CheckResult` with a
remedy.
"""

from __future__ import annotations

import functools
import queue
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from audio.capture import SoundDeviceSource
from audio.devices import DeviceInfo
from audio.pcm import SampleFormat
from audio.selfcheck import CheckResult, check_msg, describe_channels
from audio.text import QT_TRANSLATE_NOOP, Msg

Found = list[tuple[float, float]]  # per channel: (tone level dBFS, tone-to-rest ratio dB)


def detect_tone(data: np.ndarray, rate: int, bits: int, freq: float) -> list[tuple[float, float]]:
    """Per channel: (tone level dBFS, tone-to-rest ratio dB) at ``freq`` in an int recording."""
    x = data.astype(np.float64) / SampleFormat(bits).full_scale
    x = x - x.mean(axis=0)
    n = len(x)
    window = np.hanning(n)
    spectrum = np.abs(np.fft.rfft(x * window[:, None], axis=0)) ** 2
    k = int(round(freq * n / rate))
    band = spectrum[max(0, k - 3) : k + 4].sum(axis=0)
    rest = spectrum.sum(axis=0) - band
    # Parseval with the window's power: the mean square of the signal within the band
    level = 10 * np.log10(np.maximum(2 * band / (n * np.sum(window**2)), 1e-30))
    ratio = 10 * np.log10(np.maximum(band, 1e-30) / np.maximum(rest, 1e-30))
    return [(round(float(level[c]), 1), round(float(ratio[c]), 1)) for c in range(x.shape[1])]


def _heard(found: list[tuple[float, float]]) -> list[int]:
    return [c for c, (level, ratio) in enumerate(found) if level > -50.0 and ratio > 10.0]


def loopback_tone_test(
    output: str | int,
    input_device: DeviceInfo,
    channels: int,
    rate: int,
    bits: int,
    *,
    freq: float = 997.0,
    seconds: float = 1.0,
    listen_s: float = 8.0,
    timeout_s: float = 30.0,
) -> CheckResult:
    """Play a tone on an output cabled to an input and find it on the input channels.

    The output may take a while to start (a loaded machine, a sound server), so the input is
    searched window by window (``seconds`` of audio each) for up to ``listen_s`` of audio after
    the tone was started, and the test ends at the first window that holds it.
    """
    blocks: queue.Queue[np.ndarray] = queue.Queue()
    details: dict[str, Any] = {"output": output, "input": input_device.name, "freq": freq}
    remedy = _remedy(output, input_device.name)
    try:
        sd, out_dev, tone, source = _start(
            output, input_device, channels, rate, bits, freq, listen_s, blocks
        )
    except Exception as e:  # noqa: BLE001 - PortAudio and sounddevice raise many types
        return _failed(
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The loopback test could not start: {error}."),
                error=str(e),
            ),
            remedy,
            details,
        )
    try:
        play = functools.partial(sd.play, tone, rate, device=out_dev["index"])
        listened = _listen(blocks, play, rate, bits, freq, seconds, listen_s, timeout_s)
        if listened is None:
            return _failed(_no_audio(input_device.name, timeout_s), remedy, details)
    except Exception as e:  # noqa: BLE001
        return _failed(
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The loopback test failed to run: {error}."),
                error=str(e),
            ),
            remedy,
            details,
        )
    finally:
        try:
            sd.stop()
        finally:
            source.stop()
    found, have = listened
    return _judge(found, have / rate, output, input_device.name, remedy, details)


def _remedy(output: str | int, input_name: str) -> Msg:
    return check_msg(
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "Check the cable from the output '{output}' to the input '{input}', "
            "that the output volume is up and not muted, then run the check again.",
        ),
        output=output,
        input=input_name,
    )


def _no_audio(input_name: str, timeout_s: float) -> Msg:
    return check_msg(
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "The input '{input}' delivered no audio within {seconds:.0f} s.",
        ),
        input=input_name,
        seconds=timeout_s,
    )


def _start(
    output: str | int,
    input_device: DeviceInfo,
    channels: int,
    rate: int,
    bits: int,
    freq: float,
    listen_s: float,
    blocks: queue.Queue[np.ndarray],
) -> tuple[Any, Any, np.ndarray, SoundDeviceSource]:
    """Find the output, make the tone, start capturing from the input into ``blocks``."""
    import sounddevice as sd

    out_dev = sd.query_devices(output, "output")
    t = np.arange(int(rate * (listen_s + 2.0))) / rate
    tone = (0.25 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    source = SoundDeviceSource(input_device, channels, rate, bits)
    source.start(lambda block, overflowed: blocks.put(block))
    return sd, out_dev, tone, source


def _listen(
    blocks: queue.Queue[np.ndarray],
    play: Callable[[], None],
    rate: int,
    bits: int,
    freq: float,
    seconds: float,
    listen_s: float,
    timeout_s: float,
) -> tuple[Found, int] | None:
    """Once the input runs, start the tone and search the input for it window by window: what
    was found in the last window searched, and how many frames were heard; None when the input
    delivered nothing within ``timeout_s``."""
    window, limit = int(seconds * rate), int(listen_s * rate)
    got: list[np.ndarray] = []
    have, analysed = 0, 0
    found: Found = []
    deadline = time.monotonic() + timeout_s
    try:
        blocks.get(timeout=timeout_s)  # the input runs: now start the tone
    except queue.Empty:
        return None
    play()
    while have < limit and time.monotonic() < deadline:
        try:
            block = blocks.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        got.append(block)
        have += len(block)
        if have - analysed >= window // 2 and have >= window:
            analysed = have
            found = detect_tone(np.concatenate(got)[-window:], rate, bits, freq)
            if _heard(found):
                break
    return found, have


def _failed(message: Msg, remedy: Msg, details: dict[str, Any]) -> CheckResult:
    return CheckResult("loopback", "fail", message, remedy, details)


def _judge(
    found: Found,
    listened_s: float,
    output: str | int,
    input_name: str,
    remedy: Msg,
    details: dict[str, Any],
) -> CheckResult:
    """Where the tone was heard, if anywhere."""
    if not found:
        return _failed(
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "The input delivered too little audio for the loopback test."
                )
            ),
            remedy,
            details,
        )
    heard = _heard(found)
    details["channels"] = [
        {"channel": c + 1, "level_db": lv, "ratio_db": r} for c, (lv, r) in enumerate(found)
    ]
    details["heard_on"] = [c + 1 for c in heard]
    details["listened_s"] = round(listened_s, 2)
    if not heard:
        return _failed(
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The test tone played on '{output}' was not "
                    "heard on any input channel of '{input}'.",
                ),
                output=output,
                input=input_name,
            ),
            remedy,
            details,
        )
    return CheckResult(
        "loopback",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The test tone played on '{output}' was heard on {channels} of '{input}'.",
            ),
            output=output,
            channels=describe_channels(heard),
            input=input_name,
        ),
        "",
        details,
    )
