"""What `zhazba record` records from: the demonstration's hearing details, the source (a device,
the simulated microphone, a sound file) built from the options, and the checks of the numbers
that only make sense together. Every refusal is a translatable message (said in the user's
language by :func:`app.cli.errors.say`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.record_input import SEGMENT_SECONDS_MAX, SEGMENT_SECONDS_MIN
from app.hearing.court_time import court_now
from app.hearing.details import HearingInfo, Participant
from audio.pcm import MAX_CHANNELS, SUPPORTED_RATES
from audio.sources import FileSource, InputSource, SourceError, SpeechSource, ToneSource
from audio.text import QT_TRANSLATE_NOOP, msg

_ROLES = ("judge", "plaintiff", "respondent", "representative", "witness", "expert",
          "interpreter", "prosecutor")  # fmt: skip
_RATES = ", ".join(str(r) for r in SUPPORTED_RATES)


def demo_hearing(case: str | None, channels: int) -> HearingInfo:
    # Names in Kazakh: the demo's protocol and act are kk/ru documents (no English on them).
    return HearingInfo(
        court="Демонстрациялық сот",
        courtroom="1",
        instance="first",
        category="civil",
        case_number=case or "DEMO-0001",
        date=court_now().date().isoformat(),
        judge="Демо Судья",
        secretary="Демо Хатшы",
        participants=[
            Participant(_ROLES[i % len(_ROLES)], f"Қатысушы {i + 1}", i + 1)
            for i in range(min(channels, 8))
        ],
    )


def channels_refused(channels: int) -> str:
    return msg(
        "Cli",
        QT_TRANSLATE_NOOP("Cli", "{channels} channels: the station records 1 to {most}"),
        channels=channels,
        most=MAX_CHANNELS,
    )


def build_source(args: argparse.Namespace) -> InputSource:
    """The source the options name; :class:`SourceError` (its message translatable) if not."""
    realtime = not args.fast
    max_frames = int(args.seconds * args.rate) if (args.fast and args.seconds) else None
    if args.device is not None:
        if args.fast:
            raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
                "Cli", "--fast works only with a simulated source (--source)")))  # fmt: skip
        from audio.capture import SoundDeviceSource
        from audio.devices import find_input_device

        dev = find_input_device(args.device)
        channels = args.channels if args.channels is not None else min(dev.max_input_channels, 8)
        if dev.max_input_channels >= channels > MAX_CHANNELS:  # fewer: the device says so
            raise SourceError(channels_refused(channels))
        return SoundDeviceSource(dev, channels, args.rate, args.bits)
    kind = args.source or "tones"
    channels = args.channels if args.channels is not None else 8
    if kind not in ("tones", "speech"):
        src = _file_source(Path(kind), args, realtime)
        if max_frames is not None:
            src.max_frames = int(args.seconds * src.rate)  # the file's rate, not --rate
        return src
    if not 1 <= channels <= MAX_CHANNELS:
        raise SourceError(channels_refused(channels))
    if args.rate not in SUPPORTED_RATES:
        raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{rate} Hz is not supported; use one of {rates}"),
            rate=args.rate, rates=_RATES))  # fmt: skip
    cls = ToneSource if kind == "tones" else SpeechSource
    return cls(channels, args.rate, args.bits, realtime=realtime, max_frames=max_frames)


def _file_source(path: Path, args: argparse.Namespace, realtime: bool) -> FileSource:
    """A sound file as the source, refused when it is not one the station can record from."""
    if not path.exists():
        raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "no such audio file: {path} (use tones, speech or a WAV file)"),
            path=path))  # fmt: skip
    if not path.is_file():  # a FIFO or a device would be waited on for ever
        raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} is not a regular file (use tones, speech or a WAV file)"),
            path=path))  # fmt: skip
    src = FileSource(path, args.bits, realtime=realtime)
    if args.channels and args.channels != src.channels:
        raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} has {channels} channels, not {asked}"),
            path=path, channels=src.channels, asked=args.channels))  # fmt: skip
    if not 1 <= src.channels <= MAX_CHANNELS:
        raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} has {channels} channels: the station records 1 to {most}"),
            path=path, channels=src.channels, most=MAX_CHANNELS))  # fmt: skip
    if src.rate not in SUPPORTED_RATES:
        raise SourceError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path}: {rate} Hz is not supported; use one of {rates}"),
            path=path, rate=src.rate, rates=_RATES))  # fmt: skip
    return src


def bad_numbers(args: argparse.Namespace) -> str | None:
    """What is wrong with the numbers together (each alone is bounded by its argparse type)."""
    if args.segment_seconds < SEGMENT_SECONDS_MIN and not args.allow_short_segments:
        return msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "--segment-seconds {value}: a segment is {low} s to {high} s"),
            value=f"{args.segment_seconds:g}", low=f"{SEGMENT_SECONDS_MIN:.0f}",
            high=f"{SEGMENT_SECONDS_MAX:.0f}")  # fmt: skip
    endless = args.device is None and (args.source or "tones") in ("tones", "speech")
    if args.fast and args.seconds is None and endless:  # a file ends by itself
        return msg(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli", "--fast needs --seconds: as fast as the machine allows, it would never end"
            ),
        )
    if args.channels is not None and args.channels < 1:
        return channels_refused(args.channels)
    return None
