"""What each alarm of a hearing says, in words: one table for the window and the command line.

The engine raises an :class:`audio.engine_types.Alarm` with a code (``device_lost``, ``clip``…) and
its own detail. People read the code's label from :data:`ALARM_TEXTS` (the ``Terms`` context of the
translations; the window looks it up with ``ui.widgets.terms.alarm_label``), and
:func:`alarm_words` puts the label and the alarm's particulars (the microphone, seconds, a
translatable detail) into one :class:`audio.text.Msg` for the command line. A detail that is not
a ``Msg`` is the engine's technical English: it stays in the journal and in English output, and
is left out of a Kazakh or Russian line rather than said in English.
"""

from __future__ import annotations

from audio.engine_types import Alarm
from audio.text import QT_TRANSLATE_NOOP, Msg, msg

ALARM_TEXTS: dict[str, str] = {
    "device_lost": QT_TRANSLATE_NOOP(
        "Terms", "The microphone interface is lost: no sound is being recorded"
    ),
    "device_returned": QT_TRANSLATE_NOOP("Terms", "Sound is arriving again"),
    "device_changed": QT_TRANSLATE_NOOP(
        "Terms",
        "The microphone interface came back as a different device: confirm before recording "
        "from it",
    ),
    "dropout": QT_TRANSLATE_NOOP(
        "Terms", "Some sound did not arrive from the device; the recording goes on"
    ),
    "backlog": QT_TRANSLATE_NOOP(
        "Terms",
        "The computer is slow: sound is waiting to be written (nothing is lost yet); tell the "
        "technician",
    ),
    "overflow": QT_TRANSLATE_NOOP(
        "Terms", "Input overflow: the computer did not keep up, a moment of sound may be lost"
    ),
    "silent": QT_TRANSLATE_NOOP("Terms", "No sound from a participant's microphone for 30 s"),
    "disk_low": QT_TRANSLATE_NOOP("Terms", "Less than 2 hours of recording space left on disk"),
    "clock_jump": QT_TRANSLATE_NOOP(
        "Terms", "The computer clock jumped; the recording time is not affected"
    ),
    "error": QT_TRANSLATE_NOOP("Terms", "Recording stopped because of an error"),
    "clip": QT_TRANSLATE_NOOP("Terms", "Clipping: the input level is too high"),
    "marker_failed": QT_TRANSLATE_NOOP(
        "Terms", "A marker could not be saved: write it down on paper and tell the technician"
    ),
    "mirror_lost": QT_TRANSLATE_NOOP(
        "Terms",
        "The second copy of the recording cannot be written; the recording itself goes on; tell "
        "the technician",
    ),
}

# the particulars added to a label on the command line
_MICROPHONE = QT_TRANSLATE_NOOP("Alarms", "{label} — microphone {channel}")
_SECONDS = QT_TRANSLATE_NOOP("Alarms", "{label} ({seconds:.1f} s)")
_RETURNED = QT_TRANSLATE_NOOP("Alarms", "Recording again after {seconds:.1f} s without sound")
_DETAIL = QT_TRANSLATE_NOOP("Alarms", "{label} — {detail}")
_WITH_VALUE = ("dropout", "backlog")


def alarm_label(kind: str) -> Msg:
    """The label of an alarm code (the code itself, as a structural text, when it has none)."""
    text = ALARM_TEXTS.get(kind)
    return msg("Terms", text) if text is not None else Msg("", "{kind}", {"kind": kind})


def alarm_words(alarm: Alarm) -> Msg:
    """The label of ``alarm`` with its microphone, its seconds, or its detail when the detail is
    a translatable message."""
    label = alarm_label(alarm.kind)
    if alarm.kind == "device_returned" and alarm.value is not None:
        return msg("Alarms", _RETURNED, seconds=alarm.value)
    if alarm.channel:
        label = msg("Alarms", _MICROPHONE, label=label, channel=alarm.channel)
    if alarm.kind in _WITH_VALUE and alarm.value is not None:
        return msg("Alarms", _SECONDS, label=label, seconds=alarm.value)
    if isinstance(alarm.message, Msg):
        return msg("Alarms", _DETAIL, label=label, detail=alarm.message)
    return label
