"""Hearings that went wrong, recorded through the real engine, for the document tests.

Run as ``python -m tests.support.hearing_cases CASE --out DIR [--module ID]`` in the PulseAudio
environment (``Pulse.record_env``), so that PortAudio lives in its own process as in the capture
tests. It prints JSON lines: the module it loaded again, if any, and the hearing folder.

- ``failed-start``: the device is chosen and checked (the null sink's monitor), then its sink is
  unloaded before recording starts, so the stream cannot open; the station then writes the act
  and protocol as the window does (:meth:`app.station.Station.after_failed_start`).
- ``loss``: recording from the sink's monitor; the sink module is unloaded mid-recording (device
  lost) and loaded again under the same name (the same device plugged back: returned), and the
  hearing goes on and ends through :meth:`app.station.Station.finish` (documents, then sealing
  pending).
- ``long``: the longest realistic hearing for the documents' layout: 40 markers of every
  participant (with notes and events) and 5 device losses, each the sink unloaded and loaded
  again, ended through :meth:`app.station.Station.finish`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from app.hearing.details import HearingInfo
from app.hearing.session import HearingSession, SessionError
from app.station import Station
from audio.capture import SoundDeviceSource
from audio.devices import find_input_device
from signing.journal import read_records
from tests.support.documents_fixture import NOTES, PARTICIPANTS, hearing_json

RATE = 48000


def _session(out: Path, channels: int) -> HearingSession:
    info = HearingInfo.from_json(hearing_json())
    session = HearingSession.create(
        out, info, channels=channels, rate=RATE, bits=16, source_name="pulse"
    )
    session.record_precheck(True, [])
    return session


def _wait_for(folder: Path, kind: str, limit: float = 30.0, count: int = 1) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if sum(r["kind"] == kind for r in read_records(folder / "journal.jsonl")) >= count:
            return
        time.sleep(0.05)
    raise SystemExit(f"no {kind} record within {limit} s")


def failed_start(out: Path, module: str, station: Station) -> Path:
    source = SoundDeviceSource(find_input_device("pulse"), 4, RATE, 16)
    subprocess.run(["pactl", "unload-module", module], check=True)  # the device is gone
    session = _session(out, 4)
    try:
        session.start(source)
    except SessionError as e:
        print(f"start refused: {e}", file=sys.stderr)
    else:
        raise SystemExit("recording started although its device was gone")
    station.after_failed_start(session.folder)
    return session.folder


def loss(out: Path, module: str, sink: str, station: Station) -> Path:
    source = SoundDeviceSource(find_input_device("pulse"), 8, RATE, 16)
    session = _session(out, 8)
    session.start(source)
    folder = session.folder
    judge = PARTICIPANTS[0]
    session.add_marker(judge["name"], role="judge", channel=1, note=NOTES["opening"])
    _wait_for(folder, "checkpoint")
    time.sleep(1.0)
    subprocess.run(["pactl", "unload-module", module], check=True)  # unplugged
    _wait_for(folder, "device_lost")
    time.sleep(1.0)
    again = subprocess.run(  # plugged in again: the same device, under the same name
        ["pactl", "load-module", "module-null-sink", f"sink_name={sink}", "channels=8"],
        check=True,
        capture_output=True,
        text=True,
    )
    print(json.dumps({"reloaded": again.stdout.strip()}), flush=True)
    _wait_for(folder, "device_returned")
    time.sleep(1.0)
    witness = PARTICIPANTS[3]
    session.add_marker(
        witness["name"], role="witness", channel=4, event="oath", note=NOTES["witness"]
    )
    time.sleep(1.0)
    station.finish(session)
    return folder


def _unplug_and_back(folder: Path, module: str, sink: str, n: int) -> str:
    """The n-th loss: the sink unloaded, then loaded again under its name; the new module."""
    subprocess.run(["pactl", "unload-module", module], check=True)
    _wait_for(folder, "device_lost", count=n)
    time.sleep(0.5)
    again = subprocess.run(
        ["pactl", "load-module", "module-null-sink", f"sink_name={sink}", "channels=8"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(json.dumps({"reloaded": again}), flush=True)
    _wait_for(folder, "device_returned", count=n)
    return again


def long_hearing(out: Path, module: str, sink: str, station: Station) -> Path:
    source = SoundDeviceSource(find_input_device("pulse"), 8, RATE, 16)
    session = _session(out, 8)
    session.start(source)
    folder = session.folder
    events = ["", "", "", "oath", "", "exhibit", "", "warning_of_liability"]
    _wait_for(folder, "checkpoint")
    for n in range(40):
        who = PARTICIPANTS[n % len(PARTICIPANTS)]
        note = NOTES["witness"] if n % 3 == 0 else (NOTES["amended_to"] if n % 3 == 1 else "")
        session.add_marker(
            who["name"], role=who["role"], channel=who["channel"], event=events[n % 8], note=note
        )
        time.sleep(0.15)
        if n % 8 == 7:  # five losses, between the markers
            module = _unplug_and_back(folder, module, sink, n // 8 + 1)
            time.sleep(0.5)
    time.sleep(0.5)
    station.finish(session)
    return folder


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("case", choices=("failed-start", "loss", "long"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--module", required=True)
    p.add_argument("--sink", default="")
    args = p.parse_args()
    station = Station(args.out / "station", args.out / "hearings")
    if args.case == "failed-start":
        folder = failed_start(station.hearings, args.module, station)
    elif args.case == "long":
        folder = long_hearing(station.hearings, args.module, args.sink, station)
    else:
        folder = loss(station.hearings, args.module, args.sink, station)
    print(json.dumps({"folder": str(folder)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
