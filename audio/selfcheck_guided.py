"""The guided microphone step: "speak into microphone 3 now", and did channel 3 hear it?

:class:`GuidedMicStep` is a small state machine that a window or a terminal drives: feed it
blocks from any :class:`~audio.sources.InputSource` (its :meth:`~GuidedMicStep.feed` fits a
source's sink), poll :attr:`~GuidedMicStep.state` and :attr:`~GuidedMicStep.prompt`, read
:meth:`~GuidedMicStep.result` when it is done. It first listens to the room for ``baseline_s``
of audio (the prompt asks for quiet) unless it is given each channel's floor, then asks for
speech and passes when the named channel, and only that one, rises well above its own floor.
Time is counted in audio frames, never on the wall clock. The loopback tone test is in
:mod:`audio.selfcheck_loopback`.
"""

from __future__ import annotations

import threading
from typing import Any, Literal

import numpy as np

from audio.selfcheck import CheckResult, check_msg, describe_channels
from audio.selfcheck_levels import WINDOW_S, WindowLevels
from audio.text import QT_TRANSLATE_NOOP, Msg

Phase = Literal["quiet", "speak", "done"]


class GuidedMicStep:
    """ "Speak into microphone N now": passes when channel N, and only that one, rises.

    ``channel`` is 1-based. Listening is counted in audio frames: ``baseline_s`` of room noise
    gives each channel's floor (the quieter of it and ``floor_db`` when that is given, e.g. from
    the test recording, since someone may talk during either; with ``baseline_s=0`` the given
    floor alone), then up to ``listen_s`` of speech. A channel *rises* when a 100 ms window is
    ``rise_db`` above its floor (and above −65 dBFS). The step ends as soon as some channel has
    risen for ``active_s``: it passes when that is channel N and every other channel stayed
    ``separation_db`` quieter than N; otherwise it names the channel the voice came in on.
    """

    def __init__(
        self,
        channel: int,
        channels: int,
        rate: int,
        bits: int,
        *,
        floor_db: list[float] | None = None,
        baseline_s: float = 1.0,
        listen_s: float = 10.0,
        rise_db: float = 15.0,
        separation_db: float = 10.0,
        active_s: float = 1.0,
    ) -> None:
        if not 1 <= channel <= channels:
            raise ValueError(f"microphone {channel} is not among channels 1..{channels}")
        self.channel = channel
        self.channels = channels
        self.rise_db = rise_db
        self.separation_db = separation_db
        self._levels = WindowLevels(channels, rate, bits)
        self._baseline_windows = max(0, round(baseline_s / WINDOW_S))
        self._given = np.array(floor_db, dtype=np.float64) if floor_db else None
        self._listen_windows = max(1, round(listen_s / WINDOW_S))
        self._active_windows = max(1, round(active_s / WINDOW_S))
        self._floor = self._given if self._baseline_windows == 0 else None
        self._loud = np.zeros(channels, dtype=np.int64)  # windows above threshold per channel
        self._sum_db = np.zeros(channels)  # level sums over the target's active windows
        self._seen = 0  # windows since speech was asked for
        self._result: CheckResult | None = None
        self._lock = threading.Lock()

    @property
    def prompt(self) -> Msg:
        if self.state == "quiet":
            return check_msg(QT_TRANSLATE_NOOP("SelfCheck", "Please keep quiet for a moment…"))
        return check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "Speak into microphone {n} now"), n=self.channel
        )

    @property
    def state(self) -> Phase:
        if self._result is not None:
            return "done"
        return "speak" if self._floor is not None else "quiet"

    def feed(self, block: np.ndarray, overflowed: bool = False) -> None:
        """Add captured audio (any thread; the signature fits a source's sink)."""
        with self._lock:
            if self._result is not None:
                return
            first = len(self._levels.rms_db)
            if not self._levels.feed(block):
                return
            for rms in self._levels.rms_db[first:]:
                self._window(rms)
                if self._result is not None:
                    break

    def _window(self, rms: np.ndarray) -> None:
        if self._floor is None:
            if len(self._levels.rms_db) >= self._baseline_windows:
                measured = np.median(np.array(self._levels.rms_db), axis=0)
                # someone may have talked during either measurement: the quieter one is the room
                self._floor = measured if self._given is None else np.minimum(measured, self._given)
            return
        self._seen += 1
        threshold = np.maximum(np.maximum(self._floor, -80.0) + self.rise_db, -65.0)
        loud = rms >= threshold
        self._loud += loud
        self._sum_db += np.where(loud, rms, 0.0)
        if self._loud.max() >= self._active_windows or self._seen >= self._listen_windows:
            self._result = self._judge()

    def _judge(self) -> CheckResult:
        target = self.channel - 1
        floor = self._floor if self._floor is not None else np.zeros(self.channels)
        level = np.where(self._loud > 0, self._sum_db / np.maximum(self._loud, 1), floor)
        risen = [int(c) for c in np.flatnonzero(self._loud >= self._active_windows)]
        loudest = (
            int(np.argmax(np.where(self._loud > 0, level, -np.inf))) if self._loud.any() else None
        )
        details = {
            "channel": self.channel,
            "risen_channels": [c + 1 for c in risen],
            "loudest_channel": None if loudest is None else loudest + 1,
            "level_db": [round(float(v), 1) for v in level],
            "floor_db": [round(float(v), 1) for v in floor],
        }
        n = self.channel
        if target in risen:
            close = [
                c
                for c in range(self.channels)
                if c != target
                and self._loud[c] > 0
                and level[c] > level[target] - self.separation_db
            ]
            return _picked_up(n, close, details)
        if risen or loudest is not None:
            other = risen[0] if risen else loudest
            assert other is not None
            return _came_in_elsewhere(n, other, details)
        return _not_heard(n, details)

    def result(self) -> CheckResult | None:
        """The outcome once :attr:`state` is ``"done"``."""
        return self._result


def _picked_up(n: int, close: list[int], details: dict[str, Any]) -> CheckResult:
    """Microphone ``n`` heard the voice; ``close``: other channels that heard it almost as loud."""
    if not close:
        return CheckResult(
            f"microphone_{n}",
            "pass",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Microphone {n} picks up the voice, and only microphone {n}.",
                ),
                n=n,
            ),
            "",
            details,
        )
    return CheckResult(
        f"microphone_{n}",
        "warn",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Microphone {n} picks up the voice, but {channels} heard it almost as loud.",
            ),
            n=n,
            channels=describe_channels(close),
        ),
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Point each microphone at its own seat and keep them apart; if the other "
                "channel was as loud as this one, its cable may be plugged into the wrong "
                "input.",
            )
        ),
        details,
    )


def _came_in_elsewhere(n: int, other: int, details: dict[str, Any]) -> CheckResult:
    """The voice came in on channel ``other`` (0-based), not on microphone ``n``."""
    return CheckResult(
        f"microphone_{n}",
        "fail",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The voice came in on channel {other}, not on channel {n}: the microphone "
                "cables are swapped or the wrong microphone was used.",
            ),
            other=other + 1,
            n=n,
        ),
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Plug microphone {n} into input {n} of the interface (or correct the "
                "channel map in the station settings), then repeat this step.",
            ),
            n=n,
        ),
        details,
    )


def _not_heard(n: int, details: dict[str, Any]) -> CheckResult:
    """No channel heard the voice."""
    return CheckResult(
        f"microphone_{n}",
        "fail",
        check_msg(QT_TRANSLATE_NOOP("SelfCheck", "Microphone {n} did not pick up any voice."), n=n),
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Check that microphone {n} is plugged in, switched on and not muted, that its "
                "gain is up, and speak close to it; then repeat this step.",
            ),
            n=n,
        ),
        details,
    )
