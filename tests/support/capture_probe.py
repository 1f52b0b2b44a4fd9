"""Records a hearing from a real PortAudio device and reports what the engine saw, as JSON.

Run as a separate process by the integration tests (``python -m tests.support.capture_probe``):
PortAudio lists JACK only if jackd runs when sounddevice is first imported, and a stream on a dead
server must never be touched by the test runner itself. The report holds the monotonic time of the
first and last block, frames captured, overflows and the hearing folder, so a test can compare
frames with the clock synchronised on the first block (the first PulseAudio callback can take two
seconds). ``--stall-capture-at S --stall-capture-for H`` stops the capture process (SIGSTOP) for H
seconds after S seconds of audio, which on JACK costs an input overflow. With ``--until-signal`` it
records until SIGTERM, then ends like `zhazba record`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--device", required=True)
    p.add_argument("--channels", type=int, required=True)
    p.add_argument("--rate", type=int, default=48000)
    p.add_argument("--bits", type=int, default=16)
    p.add_argument("--seconds", type=float, default=None, help="audio seconds to record")
    p.add_argument("--segment-seconds", type=float, default=600.0)
    p.add_argument("--stall-capture-at", type=float, default=None)
    p.add_argument("--stall-capture-for", type=float, default=1.0)
    p.add_argument("--until-signal", action="store_true")
    p.add_argument("--blocksize", type=int, default=None)
    args = p.parse_args(argv)

    from app.cli.record import demo_hearing
    from app.hearing.session import HearingSession
    from audio.devices import SoundDeviceSource, abandoned_streams, find_input_device
    from audio.engine import EngineConfig

    dev = find_input_device(args.device)
    source = SoundDeviceSource(dev, args.channels, args.rate, args.bits, args.blocksize)
    blocks: list[tuple[float, int, bool]] = []
    real_deliver = source._deliver

    def timed_deliver(block: np.ndarray, overflowed: bool) -> None:
        blocks.append((time.monotonic(), len(block), overflowed))
        real_deliver(block, overflowed)

    source._deliver = timed_deliver  # type: ignore[method-assign]
    session = HearingSession.create(
        args.out,
        demo_hearing(None, args.channels),
        channels=args.channels,
        rate=args.rate,
        bits=args.bits,
        source_name=source.name,
        segment_seconds=args.segment_seconds,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    alarms: list[dict[str, Any]] = []
    stop_after = int(args.seconds * args.rate) if args.seconds and not args.until_signal else None
    t_start = time.monotonic()
    session.start(
        source, EngineConfig(segment_seconds=args.segment_seconds, stop_after_frames=stop_after)
    )
    print(json.dumps({"event": "started", "folder": str(session.folder)}), flush=True)
    engine = session.engine
    assert engine is not None
    held: dict[str, float] = {}

    def stall_capture() -> None:
        while engine.frames_captured < args.stall_capture_at * args.rate and not stop.is_set():
            time.sleep(0.01)
        child = source._child
        assert child is not None
        held["frame"] = engine.frames_captured
        held["t"] = time.monotonic()
        os.kill(child.pid, signal.SIGSTOP)
        time.sleep(args.stall_capture_for)
        os.kill(child.pid, signal.SIGCONT)
        held["t_end"] = time.monotonic()

    if args.stall_capture_at is not None:
        threading.Thread(target=stall_capture, daemon=True).start()
    while not stop.is_set():
        if session.wait(timeout=0.1):
            break
        for a in session.take_alarms():
            alarms.append(
                {"kind": a.kind, "message": a.message, "frame": a.frame, "t": time.monotonic()}
            )
            print(json.dumps({"event": "alarm", "kind": a.kind}), flush=True)
    t_stop = time.monotonic()
    session.end()
    for a in session.take_alarms():
        alarms.append(
            {"kind": a.kind, "message": a.message, "frame": a.frame, "t": time.monotonic()}
        )
    report = {
        "event": "report",
        "folder": str(session.folder),
        "t_start": t_start,
        "t_stop": t_stop,
        "first_block_t": blocks[0][0] if blocks else None,
        "first_block_frames": blocks[0][1] if blocks else 0,
        "last_block_t": blocks[-1][0] if blocks else None,
        "blocks": len(blocks),
        "block_frames": sorted({b[1] for b in blocks})[:10],
        "max_block_gap": max(
            (b[0] - a[0] for a, b in zip(blocks, blocks[1:], strict=False)), default=0.0
        ),
        "frames_captured": engine.frames_captured,
        "hearing_frames": engine.hearing_frames,
        "overflow_blocks": [i for i, b in enumerate(blocks) if b[2]],
        "overflows": engine.overflows,
        "state": engine.state.value,
        "error": engine.error,
        "alarms": alarms,
        "stalled": held,
        "abandoned": abandoned_streams(),
    }
    print(json.dumps(report), flush=True)
    if abandoned_streams():
        sys.stdout.flush()
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
