"""Equipment self-check, audio side: what a check's result is, and the device checks.

Each check returns a :class:`CheckResult` — ``check`` (a stable id), ``verdict`` (pass, warn or
fail), ``message`` in plain words, ``remedy`` (what to do, empty when nothing is to be done) and
``details`` (figures, for the report). Here are the checks of the devices (the input is present
and records as configured, a headphone output exists). The test recording is captured and judged
in :mod:`audio.selfcheck_recording` from the measurements of :mod:`audio.selfcheck_levels`; the
guided microphone step is :mod:`audio.selfcheck_guided`, the loopback tone test
:mod:`audio.selfcheck_loopback`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from audio.devices import DeviceInfo, check_settings, find_input_device, list_devices
from audio.sources import SourceError
from audio.text import QT_TRANSLATE_NOOP, Msg, msg

Verdict = Literal["pass", "warn", "fail"]
VERDICT_RANK = {"pass": 0, "warn": 1, "fail": 2}


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
        return _no_output(name, outputs, problem)
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


def _no_output(name: str | int | None, outputs: list[DeviceInfo], problem: str) -> CheckResult:
    """No headphone output: which was looked for, and which outputs there are instead."""
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
