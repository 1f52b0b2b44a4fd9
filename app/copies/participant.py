"""A participant's copy of a hearing (Rules p. 28–32): a folder that plays on any computer.

Made from the sealed package only (the station's hearing is read, never changed):

```
<case>_<date>-copy/
  player.html             offline player: markers, click to seek, mute per microphone, speed
  audio/mix.flac          stereo mixdown of every microphone (each one panned a little apart)
  audio/mic-01.flac …     one mono file per microphone, the whole hearing
  markers.csv, markers.json
  protocol/…              the brief protocol, when the package or <hearing>.documents has one
  seal/                   the package's signed tag files: which sealed recording this came from
  README.txt              what this is, how to play it and check it (kk, ru, en)
  SHA256SUMS.txt          sha256sum -c list of every file above
```

Audio is FLAC, 16-bit, at the recording's rate: lossless (the words are evidence) at about half
the size of WAV, and played by every current browser (Chrome, Edge, Firefox, Safari) and by the
players of Windows 10+, macOS and Linux. Only audio is issued (p. 31). A closed hearing is refused
(p. 32). Parts of a hearing declared closed (``hearing_closed_declared`` … ``hearing_open_declared``
markers, amendments applied) are replaced by silence in every file, the markers inside them are
left out, and the README and the player say so.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from app.copies.medium import ExportError
from app.copies.participant_texts import copy_texts, markers_csv, participant_readme, player_html
from app.documents.model import HearingFacts, load_hearing
from app.documents.texts import Texts
from app.evidence.gate import inside
from app.evidence.identity import opened_hearing
from audio.pcm import file_sha256, iter_file_blocks
from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

SEAL_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", SIGNED_FILE, SIGNATURE_FILE)
PAN_WIDTH = 0.6  # microphones spread over ±60 % of the stereo field
BLOCK_SECONDS = 10  # decoding FLAC in blocks of 1 s costs 3x the time of 10 s blocks


_m = partial(msg, "Copies")
OUTSIDE = QT_TRANSLATE_NOOP(
    "Copies",
    "the journal names an audio file outside the package ({name}): the package was tampered "
    "with. No copy is made; run `zhazba verify` and tell the administrator.",
)
CLOSED = QT_TRANSLATE_NOOP(
    "Copies",
    "the hearing in case {case} of {date} was closed (закрытое судебное заседание / жабық сот "
    "отырысы). The Rules (p. 32) allow no copy of its recording; the participant may listen to "
    "it in court instead (p. 28).",
)


class ClosedHearingRefused(ExportError):
    code = "closed_hearing"


@dataclass(frozen=True)
class Span:
    start: int  # hearing frames, inclusive
    end: int  # exclusive

    def contains(self, frame: int) -> bool:
        return self.start < frame < self.end


@dataclass
class ParticipantCopy:
    folder: Path
    seconds: float
    channels: int
    closed_spans: list[Span]
    markers: int
    omitted_markers: int
    clipped_samples: int
    files: dict[str, str] = field(default_factory=dict)  # rel -> sha256
    checksum: str = ""  # SHA-256 of SHA256SUMS.txt


def closed_spans(facts: HearingFacts) -> list[Span]:
    """The closed parts of a hearing from its event markers (amended values count)."""
    spans: list[Span] = []
    start: int | None = None
    for m in sorted((m for m in facts.markers if m.placed), key=lambda m: m.frame or 0):
        frame = int(m.frame or 0)
        if m.type != "event":
            continue
        if m.event == "hearing_closed_declared" and start is None:
            start = frame
        elif m.event == "hearing_open_declared" and start is not None:
            if frame > start:
                spans.append(Span(start, frame))
            start = None
    if start is not None and facts.total_frames > start:
        spans.append(Span(start, facts.total_frames))
    return spans


def silence_spans(block: np.ndarray, first_frame: int, spans: list[Span]) -> np.ndarray:
    """Zero the frames of ``block`` (starting at hearing frame ``first_frame``) inside spans."""
    n = len(block)
    for s in spans:
        a, b = max(s.start, first_frame), min(s.end, first_frame + n)
        if a < b:
            block[a - first_frame : b - first_frame] = 0
    return block


def mix_matrix(channels: int) -> np.ndarray:
    """(channels × 2) equal-power pan gains; a lone speaker lands near −3 dB below full scale."""
    pos = np.linspace(-PAN_WIDTH, PAN_WIDTH, channels) if channels > 1 else np.zeros(1)
    angle = (pos + 1) * math.pi / 4
    gains = np.stack([np.cos(angle), np.sin(angle)], axis=1) * math.sqrt(2 / channels)
    return gains.astype(np.float32)


def _segments(records: list[dict]) -> list[tuple[int, list[tuple[str, list[int]]]]]:
    out = []
    for r in records:
        if r.get("kind") == J.SEGMENT_CLOSED:
            d = r["data"]
            if not int(d.get("frames") or 0):
                continue  # a segment closed with no audio (0-byte file when recording ends
                # exactly at a rotation): nothing to decode
            files = [(name, list(meta.get("channels") or [])) for name, meta in d["files"].items()]
            files.sort(key=lambda f: f[1][0] if f[1] else 0)
            out.append((int(d["first_frame"]), files))
    return sorted(out, key=lambda s: s[0])


def _inside(data: Path, name: str) -> Path:
    """A file named by the journal, only if it lies inside the package's ``data/``."""
    try:
        return inside(data, name)
    except ValueError as e:
        raise ExportError(_m(OUTSIDE, name=name)) from e


def mic_label(facts: HearingFacts, channel: int, t: Texts | None = None) -> str:
    t = t or copy_texts("kk")
    names = [
        f"{p.name} ({t.term('roles', p.role)})" for p in facts.participants if p.channel == channel
    ]
    return "; ".join(names) or t("participant.microphone", n=channel)


def render_audio(
    data: Path,
    facts: HearingFacts,
    out: Path,
    spans: list[Span],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int, int]:
    """Write audio/mix.flac and audio/mic-NN.flac; returns (channels, frames, clipped samples).

    ``progress(frames done, total frames)`` is called after every second of audio; it may raise
    to stop (a cancel), and the caller removes the half-made folder."""
    segments = _segments(J.read_records(data / "journal.jsonl"))
    channels = facts.channels or max(
        (c for _, fs in segments for _, cs in fs for c in cs), default=1
    )
    (out / "audio").mkdir(parents=True, exist_ok=True)
    encoder = _Encoder(out, facts.rate, channels)
    frames = 0
    try:
        for first, files in segments:
            iters = [
                iter_file_blocks(_inside(data, name), facts.rate * BLOCK_SECONDS, "float32")
                for name, _ in files
            ]
            pos = first
            for parts in zip(*iters, strict=False):
                n = min(len(p) for p in parts)
                block = np.hstack([p[:n] for p in parts])[:, :channels]
                encoder.write(
                    silence_spans(np.ascontiguousarray(block, dtype=np.float32), pos, spans)
                )
                pos += n
                frames = max(frames, pos)
                if progress is not None:
                    progress(frames, facts.total_frames)
        encoder.finish()
    finally:
        encoder.close()
    return channels, frames, encoder.clipped


class _Encoder:
    """The copy's FLAC files, written in parallel: libsndfile lets go of the GIL, so the files
    are encoded at once, and the next block is decoded while the last one is being encoded (each
    file still gets its blocks in order: a block's writes finish before the next block's start).
    """

    def __init__(self, out: Path, rate: int, channels: int) -> None:
        self.gains = mix_matrix(channels)
        self.mix = sf.SoundFile(out / "audio/mix.flac", "w", rate, 2, "PCM_16", format="FLAC")
        self.mics = [
            sf.SoundFile(out / f"audio/mic-{c:02d}.flac", "w", rate, 1, "PCM_16", format="FLAC")
            for c in range(1, channels + 1)
        ]
        self.pool = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)))
        self.pending: list[Future[None]] = []
        self.clipped = 0

    def write(self, block: np.ndarray) -> None:
        """One block of every microphone (frames × microphones): the mix and each mono file."""
        stereo = block @ self.gains[: block.shape[1]]
        self.clipped += int((np.abs(stereo) > 0.99997).sum())
        self.finish()
        self.pending = [self.pool.submit(self.mix.write, np.clip(stereo, -1.0, 0.99997))]
        self.pending += [
            self.pool.submit(self.mics[c].write, np.ascontiguousarray(block[:, c]))
            for c in range(block.shape[1])
        ]

    def finish(self) -> None:
        """Wait for the blocks being encoded (raising what their writing raised)."""
        for f in self.pending:
            f.result()

    def close(self) -> None:
        for f in self.pending:
            f.cancel()
        self.pool.shutdown(wait=True)
        self.mix.close()
        for m in self.mics:
            m.close()


def build_participant_copy(
    package: str | Path,
    out: str | Path,
    lang: str = "kk",
    progress: Callable[[int, int], None] | None = None,
) -> ParticipantCopy:
    """Make the participant copy of a sealed package in the folder ``out`` (must not exist)."""
    pkg = Path(package)
    data = pkg / "data"
    facts = load_hearing(pkg)
    opened = opened_hearing(J.read_records(data / "journal.jsonl")) or {}
    if facts.hearing.get("closed_hearing") or opened.get("closed_hearing", True):
        case, date = facts.get("case_number"), facts.get("date")
        raise ClosedHearingRefused(_m(CLOSED, case=case, date=date))
    out = Path(out)
    out.mkdir(parents=True)
    spans = closed_spans(facts)
    channels, frames, clipped = render_audio(data, facts, out, spans, progress)
    rate = facts.rate
    seconds = frames / rate if rate else 0.0
    shown, omitted = shown_markers(facts, spans)
    closed = [{"from": s.start / rate, "to": s.end / rate} for s in spans]
    _write_json(
        out / "markers.json",
        {"case_number": facts.get("case_number"), "rate": rate, "markers": shown,
         "closed_parts": closed},
    )  # fmt: skip
    texts = copy_texts(lang)
    (out / "markers.csv").write_bytes(markers_csv(shown, texts))
    has_protocol = _copy_protocols(pkg, out)
    (out / "seal").mkdir()
    for name in SEAL_FILES:
        shutil.copyfile(pkg / name, out / "seal" / name)
    player = player_data(facts, texts, lang, seconds, channels, shown, closed, omitted)
    (out / "player.html").write_text(player_html(player), encoding="utf-8")
    (out / "README.txt").write_text(
        participant_readme(facts, pkg.name, seconds, closed, omitted, has_protocol),
        encoding="utf-8",
    )
    files = _checksums(out)
    return ParticipantCopy(
        out, seconds, channels, spans, len(shown), omitted, clipped, files, files["SHA256SUMS.txt"]
    )


def shown_markers(facts: HearingFacts, spans: list[Span]) -> tuple[list[dict[str, Any]], int]:
    """The markers the copy lists (those inside a closed part left out) and how many were."""
    rate = facts.rate
    shown, omitted = [], 0
    for i, m in enumerate(sorted(facts.markers, key=lambda m: (m.frame or 0, m.seq)), 1):
        if m.placed and any(s.contains(int(m.frame)) for s in spans):
            omitted += 1
            continue
        shown.append(
            {
                "n": i,
                # floored to the millisecond, never rounded up: the player, markers.csv and the
                # protocol then show the same second (a marker at 15.9996 s is 0:00:15)
                "t": (m.frame or 0) * 1000 // rate / 1000,
                "type": m.type,
                "speaker": m.speaker,
                "role": m.role,
                "channel": m.channel,
                "event": m.event,
                "note": m.note,
                "amended": bool(m.amendments),
            }
        )
    return shown, omitted


def player_data(
    facts: HearingFacts,
    texts: Texts,
    lang: str,
    seconds: float,
    channels: int,
    shown: list[dict[str, Any]],
    closed: list[dict[str, float]],
    omitted: int,
) -> dict[str, Any]:
    """What player.html shows: the hearing, its microphones and markers, the closed parts."""
    mics = [
        {
            "channel": c,
            "file": f"audio/mic-{c:02d}.flac",
            "label": mic_label(facts, c, texts),
            "people": [
                {"name": p.name, "role": p.role} for p in facts.participants if p.channel == c
            ],
        }
        for c in range(1, channels + 1)
    ]
    return {
        "title": f"{facts.get('case_number')} — {facts.get('date')}",
        "subtitle": f"{facts.get('court')}, {facts.get('courtroom')}",
        "lang": lang,
        "duration": seconds,
        "mix": "audio/mix.flac",
        "mics": mics,
        "markers": shown,
        "closed": closed,
        "omitted_markers": omitted,
    }


def _write_json(path: Path, doc: dict[str, Any]) -> None:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _copy_protocols(pkg: Path, out: Path) -> bool:
    """The brief protocol, from the package or its <hearing>.documents folder; whether any."""
    protocols = [p for p in sorted((pkg / "data" / "protocol").glob("*")) if p.is_file()]
    documents = pkg.with_name(pkg.name.removesuffix(".sealed") + ".documents")
    protocols += sorted(documents.glob("protocol-*")) if documents.is_dir() else []
    for p in protocols:
        (out / "protocol").mkdir(exist_ok=True)
        shutil.copyfile(p, out / "protocol" / p.name)
    return bool(protocols)


def _checksums(out: Path) -> dict[str, str]:
    """SHA-256 of every file of the copy, written as SHA256SUMS.txt (whose own hash is added)."""
    files = {
        p.relative_to(out).as_posix(): file_sha256(p) for p in sorted(out.rglob("*")) if p.is_file()
    }
    sums = "".join(f"{h}  {rel}\n" for rel, h in sorted(files.items())).encode("utf-8")
    (out / "SHA256SUMS.txt").write_bytes(sums)
    files["SHA256SUMS.txt"] = file_sha256(out / "SHA256SUMS.txt")
    return files
