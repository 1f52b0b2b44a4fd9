"""Station self-check: runs the audio checks and the station's own, and the pre-hearing subset.

:func:`run_checks` runs a chosen set of checks (:data:`ALL_CHECKS`) against the station's
:class:`SelfCheckSettings` and returns a :class:`~app.selfcheck.report.SelfCheckRun`;
:func:`run_prehearing_checks` is the subset without the guided microphone step that runs at
station start and before each hearing (Rules p. 8) and keeps the run in the history. The audio
checks are in :mod:`audio.selfcheck` and :mod:`audio.selfcheck_guided` (the guided step, driven
by the caller), the station's own in :mod:`app.selfcheck.station`. Every check returns a result
and none raises: a check that cannot run is a failed check that says why.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.selfcheck.disk import check_disk_space, check_write_speed
from app.selfcheck.report import SelfCheckHistory, SelfCheckRun
from app.selfcheck.station import check_archive, check_certificate, check_clock, check_media
from audio import selfcheck as audio_checks
from audio.selfcheck import CheckResult, check_msg
from audio.selfcheck_guided import GuidedMicStep, loopback_tone_test
from audio.sources import InputSource, SourceError
from audio.text import QT_TRANSLATE_NOOP
from signing.keys import OpenedKey

ALL_CHECKS = (
    "input_device", "input_settings", "test_recording", "guided", "loopback", "output_device",
    "disk_space", "write_speed", "clock", "certificate", "archive", "media", "mirror",
)  # fmt: skip
PREHEARING_CHECKS = tuple(c for c in ALL_CHECKS if c != "guided")

SourceFactory = Callable[[Any, int, int, int], InputSource]


@dataclass
class SelfCheckSettings:
    """What the checks check: the station's current settings."""

    device: str | None = None  # input device (name, fragment or index); None: system default
    channels: int = 8
    rate: int = 48000
    bits: int = 16
    recordings: Path = field(default_factory=lambda: Path.home() / "zhazba-hearings")
    output_device: str | None = None  # headphones; None: system default output
    loopback_output: str | None = None  # an output cabled to the input, for the tone test
    archive_endpoint: str | None = None
    media: list[Path] = field(default_factory=list)
    test_seconds: float = 2.0
    simulated: str | None = None  # "tones" or "speech": demo mode's simulated microphone
    mirror: Path | None = None  # the second copy's folder (app/hearing/mirror.py), when configured


# ----------------------------------------------------------------------------- runner
def default_source(device: Any, channels: int, rate: int, bits: int) -> InputSource:
    """The real input; ``device`` None means demo mode's simulated microphone (speech)."""
    if device is None:
        from audio.sources import SpeechSource

        return SpeechSource(channels, rate, bits, realtime=True)
    from audio.devices import SoundDeviceSource

    return SoundDeviceSource(device, channels, rate, bits)


def _simulated_device(settings: SelfCheckSettings) -> CheckResult:
    return CheckResult(
        "input_device",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The simulated microphone "
                "({source}) is in use: demo mode, no real input is checked.",
            ),
            source=_simulated_name(settings.simulated),
        ),
        "",
        {"simulated": settings.simulated},
    )


def _simulated_name(kind: str | None) -> Any:
    """The simulated source's kind in words (translated with the message), not its code."""
    if kind == "tones":
        return check_msg(QT_TRANSLATE_NOOP("SelfCheck", "test tones"))
    if kind == "speech":
        return check_msg(QT_TRANSLATE_NOOP("SelfCheck", "speech"))
    return kind or ""


def _audio(
    settings: SelfCheckSettings,
    wanted: set[str],
    source_factory: SourceFactory,
    emit: Callable[[CheckResult], None],
) -> None:
    if settings.simulated:
        emit(_simulated_device(settings))
        device = None
    else:
        result, device = audio_checks.check_input_device(settings.device)
        emit(result)
        if device is None:
            return
    if device is not None and wanted & {"input_settings", "test_recording", "loopback"}:
        result = audio_checks.check_input_settings(
            device, settings.channels, settings.rate, settings.bits
        )
        emit(result)
        if result.verdict == "fail":
            return
    if "test_recording" in wanted:
        try:
            source = source_factory(device, settings.channels, settings.rate, settings.bits)
            data = audio_checks.record_test(source, settings.test_seconds)
        except SourceError as e:
            emit(
                CheckResult(
                    "test_recording",
                    "fail",
                    check_msg(
                        QT_TRANSLATE_NOOP("SelfCheck", "The test recording failed: {error}."),
                        error=str(e),
                    ),
                    check_msg(
                        QT_TRANSLATE_NOOP(
                            "SelfCheck",
                            "Reconnect the microphone interface and run the check again.",
                        )
                    ),
                )
            )
        else:
            for r in audio_checks.check_recording(data, settings.rate, settings.bits):
                emit(r)
    if "loopback" in wanted and settings.loopback_output is not None and device is not None:
        emit(
            loopback_tone_test(
                settings.loopback_output, device, settings.channels, settings.rate, settings.bits
            )
        )


def run_checks(
    settings: SelfCheckSettings,
    checks: Iterable[str] = PREHEARING_CHECKS,
    *,
    key: OpenedKey | None = None,
    who: str = "",
    kind: str = "selfcheck",
    source_factory: SourceFactory = default_source,
    on_result: Callable[[CheckResult], None] | None = None,
) -> SelfCheckRun:
    """Run the chosen checks (the guided step is driven separately: see GuidedMicStep)."""
    wanted = set(checks)
    unknown = wanted - set(ALL_CHECKS)
    if unknown:
        raise ValueError(f"unknown checks: {', '.join(sorted(unknown))}")
    run = SelfCheckRun.begin(who=who, kind=kind, settings=_settings_doc(settings))

    def emit(result: CheckResult) -> None:
        run.results.append(result)
        if on_result is not None:
            on_result(result)

    def guard(name: str, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - a check that breaks is a failed check
            emit(
                CheckResult(
                    name,
                    "fail",
                    check_msg(
                        QT_TRANSLATE_NOOP("SelfCheck", "The check could not run: {error}."),
                        error=str(e),
                    ),
                    check_msg(
                        QT_TRANSLATE_NOOP(
                            "SelfCheck",
                            "Report this to the court's technician with the exported self-check "
                            "report.",
                        )
                    ),
                )
            )

    if wanted & {"input_device", "input_settings", "test_recording", "loopback"}:
        guard("input_device", lambda: _audio(settings, wanted, source_factory, emit))
    if "output_device" in wanted:
        guard(
            "output_device", lambda: emit(audio_checks.check_output_device(settings.output_device))
        )
    folder, ch, rate, bits = settings.recordings, settings.channels, settings.rate, settings.bits
    if "disk_space" in wanted:
        guard("disk_space", lambda: emit(check_disk_space(folder, ch, rate, bits)))
    if "write_speed" in wanted:
        guard("write_speed", lambda: emit(check_write_speed(folder, ch, rate, bits)))
    if "clock" in wanted:
        guard("clock", lambda: emit(check_clock()))
    if "certificate" in wanted:
        guard("certificate", lambda: emit(check_certificate(key)))
    if "archive" in wanted:
        guard("archive", lambda: emit(check_archive(settings.archive_endpoint)))
    if "mirror" in wanted and settings.mirror is not None:
        from app.hearing.mirror import check_mirror

        guard("mirror", lambda: emit(check_mirror(settings.mirror)))  # type: ignore[arg-type]
    if "media" in wanted:
        for mount in settings.media:
            guard("media", lambda m=mount: emit(check_media(m)))  # type: ignore[misc]
    run.finish()
    return run


def run_prehearing_checks(
    settings: SelfCheckSettings,
    *,
    key: OpenedKey | None = None,
    who: str = "",
    history: SelfCheckHistory | None = None,
    source_factory: SourceFactory = default_source,
    on_result: Callable[[CheckResult], None] | None = None,
    kind: str = "prehearing",
) -> SelfCheckRun:
    """The pre-hearing check (Rules p. 8): everything but the guided step, kept in the history.

    Blocks for a few seconds (the test recording): call it from a worker thread in a window.
    ``kind`` is "prehearing" before a hearing or "station-start" at start-up.
    """
    run = run_checks(
        settings,
        PREHEARING_CHECKS,
        key=key,
        who=who,
        kind=kind,
        source_factory=source_factory,
        on_result=on_result,
    )
    if history is not None:
        history.add(run)
    return run


def floors_from(run: SelfCheckRun | None) -> list[float] | None:
    """Each channel's noise floor from a run's test recording (for the guided step), or None."""
    for r in run.results if run is not None else []:
        if r.check == "signal_present" and r.details.get("channels"):
            return [float(c["noise_floor_db"]) for c in r.details["channels"]]
    return None


class GuidedSession:
    """One guided microphone step on the configured input: opens it, feeds the step, stops.

    The caller (a window's timer, the CLI's loop) polls :attr:`step` and calls :meth:`stop` when
    it is done or abandoned. Raises :class:`~audio.sources.SourceError` if the input won't open.
    """

    def __init__(
        self,
        settings: SelfCheckSettings,
        channel: int,
        floors: list[float] | None = None,
        source_factory: SourceFactory = default_source,
    ) -> None:
        from audio.devices import find_input_device

        device = None if settings.simulated else find_input_device(settings.device)
        if floors is not None and len(floors) != settings.channels:
            floors = None
        self.step = GuidedMicStep(
            channel, settings.channels, settings.rate, settings.bits, floor_db=floors
        )
        self._source = source_factory(device, settings.channels, settings.rate, settings.bits)
        self._source.start(self.step.feed)
        self._stopped = False

    def stop(self) -> CheckResult:
        """Stop listening; the step's result, or a failure if it never got enough audio."""
        if not self._stopped:
            self._stopped = True
            self._source.stop()
        n = self.step.channel
        return self.step.result() or CheckResult(
            f"microphone_{n}",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The test of microphone {n} ended before the input delivered enough audio.",
                ),
                n=n,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "Check the microphone interface and repeat the step."
                )
            ),
        )


def _settings_doc(s: SelfCheckSettings) -> dict[str, Any]:
    return {
        "device": s.device, "channels": s.channels, "rate": s.rate, "bits": s.bits,
        "recordings": str(s.recordings), "output_device": s.output_device,
        "loopback_output": s.loopback_output, "archive_endpoint": s.archive_endpoint,
        "media": [str(m) for m in s.media], "host": socket.gethostname(),
        "simulated": s.simulated,
    }  # fmt: skip
