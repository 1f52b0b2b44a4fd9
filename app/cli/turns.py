"""`zhazba turns HEARING [--json|--csv]`: who spoke when, detected from the recorded audio.

Prints one line per detected turn: start and end on the recording, the microphone and the
participants seated at it (from the hearing form). Works on a hearing folder or a sealed
package and never writes anything. Detected turns are help for finding one's way in the
recording; the secretary's markers stay the record.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.errors import describe_os_error, reason_of, said, say
from app.review.model import ReviewError, format_hearing_time, open_review
from app.review.turns import SpeakerTurn, detect_hearing_turns
from audio.text import QT_TRANSLATE_NOOP, msg


def register(sub: Any) -> None:
    p = sub.add_parser(
        "turns",
        help="print who spoke when, detected from a recorded hearing's microphones",
        description=(
            "Print the speaking turns detected from a hearing's audio: start, end, microphone, "
            "participant. Help for the judge; the markers stay the secretary's."
        ),
    )
    p.add_argument("hearing", metavar="HEARING", help="a hearing folder or a sealed package")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--csv", action="store_true", help="print CSV")
    p.set_defaults(func=cmd_turns)


def cmd_turns(args: argparse.Namespace) -> int:
    try:
        review = open_review(args.hearing)
        turns = detect_hearing_turns(review)
    except (ReviewError, OSError, RuntimeError, ValueError) as e:
        give = QT_TRANSLATE_NOOP("Cli", "{why} (give a hearing folder or a sealed package)")
        why = describe_os_error(e) if isinstance(e, OSError) else reason_of(e)
        say(msg("Cli", give, why=why), "turns")
        return 1
    if not review.segments:
        no_audio = QT_TRANSLATE_NOOP("Cli", "{path} holds no recorded audio")
        say(msg("Cli", no_audio, path=args.hearing), "turns")
        return 1
    try:
        _print(args, review.root, review.rate, review.channels, turns)
    except BrokenPipeError:  # `zhazba turns … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _print(
    args: argparse.Namespace, root: Path, rate: int, channels: int, turns: list[SpeakerTurn]
) -> None:
    if args.json:
        print(
            json.dumps(
                {
                    "hearing": str(root),
                    "rate": rate,
                    "channels": channels,
                    "turns": [t.to_json() for t in turns],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    elif args.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["start", "end", "microphone", "participant", "role"])
        for t in turns:
            w.writerow([f"{t.start_s:.3f}", f"{t.end_s:.3f}", t.microphone, t.participant, t.role])
    else:
        for t in turns:
            who = f"  {t.participant}" + (f" ({t.role})" if t.role else "") if t.participant else ""
            mic = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "mic {n}"), n=t.microphone))
            print(
                f"{format_hearing_time(t.start_s, True)}  {format_hearing_time(t.end_s, True)}"
                f"  {mic}{who}"
            )
        print(
            said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "{n} turns"), n=len(turns))), file=sys.stderr
        )
