"""A finished hearing folder for tests, made as the recorder makes one (docs/FORMATS.md).

:func:`make_hearing` uses the real recorder (``zhazba record --source tones --fast``) when it is
available, and otherwise writes the same layout itself with soundfile, the real journal
(:class:`signing.journal.HearingJournal`) and the real checkpoint chain
(:class:`audio.pcm.CheckpointChain`): a distinct tone per channel, segments of
``segment_seconds``, per-second checkpoints, ``segment_closed`` hashes and a protocol file.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
from pathlib import Path

import numpy as np
import soundfile as sf

from audio.pcm import CheckpointChain, SampleFormat, file_sha256, segment_file_names
from signing import journal as J


def recorder_available() -> bool:
    """True when the real recorder imports (it is built concurrently with this package)."""
    try:
        importlib.import_module("app.cli.record")
    except ImportError:
        return False
    return True


def make_hearing(
    parent: Path,
    *,
    seconds: float = 5.0,
    channels: int = 8,
    rate: int = 48000,
    segment_seconds: float = 2.0,
    use_recorder: bool | None = None,
) -> Path:
    """Record a finished (unsealed) hearing under ``parent``; returns the hearing folder."""
    parent.mkdir(parents=True, exist_ok=True)
    if use_recorder is None:
        use_recorder = recorder_available()
    if use_recorder:
        from app.cli.commands import main

        argv = ["record", "--out", str(parent), "--source", "tones", "--channels", str(channels)]
        argv += ["--rate", str(rate), "--seconds", str(seconds), "--fast", "--no-stdin"]
        argv += ["--segment-seconds", str(segment_seconds), "--allow-short-segments", "--json"]
        argv += ["--demo"]  # a simulated source: a demonstration, never evidence
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            code = main(argv)
        if code != 0:
            raise RuntimeError(f"zhazba {' '.join(argv)} exited {code}")
        return Path(json.loads(buf.getvalue().strip().splitlines()[-1])["folder"])
    return _synthesise(
        parent / "2026-11-21_2-1234-26_0930", seconds, channels, rate, segment_seconds
    )


def _hearing_json(channels: int, rate: int) -> dict:
    return {
        "format": "zhazba-hearing/1",
        "id": "2026-11-21_2-1234-26_0930",
        "court": "Specialised inter-district economic court of Astana",
        "courtroom": "204",
        "instance": "first",
        "category": "civil",
        "case_number": "7199-26-00-2/1234",
        "date": "2026-11-21",
        "judge": "Сейтқали Б.",
        "secretary": "ASANOVA AIGERIM",
        "closed_hearing": False,
        "participants": [
            {"role": "judge", "name": "Сейтқали Б.", "channel": 1},
            {"role": "plaintiff", "name": "Иванов И.", "channel": 2},
        ],
        "audio": {
            "rate": rate,
            "channels": channels,
            "bits": 16,
            "segment_seconds": 600,
            "groups": [[1, channels]],
            "source": "tones",
        },
        "created_utc": "2026-11-21T09:30:00.000000Z",
        "finished": False,
    }


def _synthesise(out: Path, seconds: float, channels: int, rate: int, seg_s: float) -> Path:
    (out / "audio").mkdir(parents=True)
    (out / "protocol").mkdir()
    info = _hearing_json(channels, rate)
    fmt = SampleFormat(16)
    total = int(seconds * rate)
    per_seg = int(seg_s * rate)
    with J.HearingJournal(out / "journal.jsonl") as jr:
        jr.append(J.HEARING_OPENED, {"hearing": {k: v for k, v in info.items() if k != "finished"}})
        jr.append(
            J.RECORDING_STARTED,
            {"source": "tones", "rate": rate, "channels": channels, "bits": 16, "groups": [[1, 8]]},
            frame=0,
        )
        frame, seg = 0, 0
        t = np.arange(total) / rate
        tones = np.stack([0.3 * np.sin(2 * np.pi * 220 * (c + 1) * t) for c in range(channels)], 1)
        while frame < total:
            seg += 1
            n = min(per_seg, total - frame)
            name = segment_file_names(seg, channels)[0]
            jr.append(
                J.SEGMENT_OPENED, {"segment": seg, "files": [name], "first_frame": frame}, frame
            )
            pcm = fmt.from_float(tones[frame : frame + n])
            sf.write(out / name, pcm, rate, subtype=fmt.subtype, format="FLAC")
            chain = CheckpointChain(rate)
            done = chain.feed(pcm)
            last = chain.flush()
            for second, frames, hx in done + ([last] if last else []):
                jr.append(
                    J.CHECKPOINT,
                    {
                        "segment": seg,
                        "second": second,
                        "first_frame": frame + second * rate,
                        "frames": frames,
                        "files": {name: hx},
                    },
                    frame + second * rate + frames,
                )
            peaks = out / name.replace(".flac", ".peaks")
            peaks.write_bytes(np.abs(pcm[::256]).astype("<i2").tobytes())
            jr.append(
                J.SEGMENT_CLOSED,
                {
                    "segment": seg,
                    "first_frame": frame,
                    "frames": n,
                    "reason": "end" if frame + n >= total else "rotation",
                    "files": {
                        name: {
                            "sha256": file_sha256(out / name),
                            "bytes": (out / name).stat().st_size,
                            "frames": n,
                            "channels": list(range(1, channels + 1)),
                        }
                    },
                    "peaks": {f"audio/{peaks.name}": file_sha256(peaks)},
                },
                frame + n,
            )
            frame += n
        jr.append(
            J.MARKER,
            {
                "id": 1,
                "type": "speech",
                "speaker": "Иванов И.",
                "role": "plaintiff",
                "channel": 2,
                "event": None,
                "note": "",
            },
            1000,
        )
        jr.append(J.RECORDING_ENDED, {"frames": total}, total)
    info["finished"] = True
    (out / "hearing.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    (out / "protocol" / "protocol-kk.pdf").write_bytes(b"%PDF-1.4\n% brief protocol stand-in\n")
    return out
