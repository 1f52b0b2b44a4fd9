"""Every audio file of a hearing was recorded in that hearing, on this station (issue #15).

The station's record (:mod:`app.evidence.register`) ties a hearing's opening, secretary and seal
to the station; this ties its audio to the opening. Without it a colleague with his own court
key could open a hearing of his own, build its journal around the audio another secretary
recorded in another hearing (recomputing the chain), and seal it: every check of the package
would hold, and genuine audio would leave under a forged hearing and case.

So, while a hearing this station opened records, the station's audit log also gets:

- ``segment_recorded`` when a segment closes: the hearing, the segment and the SHA-256 of each of
  its files (what the journal's ``segment_closed`` record holds; one record per segment);
- every :data:`PROGRESS_EVERY_S` seconds of an open segment, each file's checkpoint chain value
  at that second (it covers every sample before it, :class:`audio.pcm.CheckpointChain`), so
  that audio recovered from a killed recorder is tied to its hearing too — kept, keyed, in the
  station folder rather than the audit log (:mod:`app.evidence.audio_progress`) and dropped once
  the segment's record is written;
- ``segment_recovered`` when a hearing with recovered segments is sealed and each recovered file
  passed :func:`findings`: the hash of the file as recovered.

:func:`findings` is the decision, shared by sealing (:func:`refuse_foreign_audio`) and the
verification on this station (:func:`check_package_audio`): a file whose hash the record gives to
another hearing only is named with that hearing; a file never recorded in this hearing is named;
a recovered file must continue every progress value this station recorded for its segment and
match none recorded in another hearing. The same content in two hearings (a silent channel) is
this hearing's as well, so it passes.

A hearing whose opening record predates this (no ``audio_tied`` in it) is not checked; the
report says its audio's origin is not proven.

A recovered segment must also be one the station saw open in this hearing (kept, keyed, with
its first frame, when it opened) and, when longer than a few seconds, begin with the chain value
the station kept 2 s in (:data:`EARLY_SECOND`).

Limits: a segment left open by a kill is tied only up to its last progress value, so up to
about :data:`PROGRESS_EVERY_S` seconds of audio from elsewhere could be passed off as the
recovered end of such a segment after its first minute; within its first minute only its
first 2 s are tied, and a segment killed within about 7 s needs no value. Off the station (no
record) nothing of this is proven, and the verification says so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from app.evidence import audio_progress
from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing import journal as J

SEGMENT = "segment_recorded"
RECOVERED = "segment_recovered"
KINDS = (SEGMENT, RECOVERED)
PROGRESS_EVERY_S = 60
EARLY_SECOND = 1  # and the chain value 2 s into each segment
_TAIL_SLACK_S = 5  # a kill can fall between a second's journal record and its station record
AUDIO_SUFFIXES = (".flac", ".wav")

_v = partial(msg, "Verifier")
_logger = logging.getLogger(__name__)
_WATCHED: dict[str, tuple[Path, str]] = {}  # hearing folder → (station, hearing id)


def watch(station: Path, folder: Path, hearing: str) -> None:
    """From now on the segments this process journals in ``folder`` go into the record."""
    _WATCHED[str(Path(folder).resolve())] = (Path(station), hearing)
    _start_mover()


def watched_key(folder: Path) -> str:
    return str(Path(folder).resolve())


def journaled(key: str, events: Iterable[tuple[str, dict[str, Any] | None, int | None]]) -> None:
    """The hook of :class:`app.hearing.session.JournalSink`, after the journal took ``events``.

    Never touches the catalog (another process may hold its write lock: the recorder must never
    wait on it): a closed segment's record goes into the keyed spool in the station folder
    (:func:`audio_progress.spool`, fsynced) and :func:`flush`, in the background, moves it into
    the audit log. Never raises: a recording is never stopped by its station record (a segment
    missing from the record is refused at sealing, and said then)."""
    watched = _WATCHED.get(key)
    if watched is None:
        return
    station, hearing = watched
    for kind, data, _frame in events:
        if not data:
            continue
        try:
            if kind == J.SEGMENT_OPENED:
                first = int(data.get("first_frame") or 0)
                audio_progress.opened(station, hearing, int(data["segment"]), first)
            elif kind == J.SEGMENT_CLOSED:
                files = {str(n): str(m["sha256"]) for n, m in data["files"].items()}
                audio_progress.spool(station, hearing, int(data["segment"]), files)
                _FLUSH.set()
            elif kind == J.CHECKPOINT and _kept(int(data["second"])):
                files = {str(n): str(v) for n, v in data["files"].items()}
                audio_progress.add(station, hearing, int(data["segment"]), data["second"], files)
        except Exception as e:  # noqa: BLE001 - see above: refused at sealing
            _logger.warning("the station's record of hearing %s was not written: %s", hearing, e)


def _kept(second: int) -> bool:
    """The seconds whose chain values the station keeps: the early mark and every minute."""
    return second == EARLY_SECOND or (second + 1) % PROGRESS_EVERY_S == 0


FLUSH_EVERY_S = 2.0
_FLUSH = threading.Event()
_MOVER: list[threading.Thread] = []


def flush(station: Path) -> bool:
    """Move the spooled closed-segment records into the audit log (True: none is left).

    Never raises; what cannot be moved now (the catalog locked) stays spooled for the next try,
    and sealing and verifying read it from the spool meanwhile."""
    try:
        for hearing, p in audio_progress.every_doc(station).items():
            for segment, files in sorted(p.closed.items(), key=lambda kv: int(kv[0])):
                _record(station, SEGMENT, hearing, segment, files)
                audio_progress.drop(station, hearing, int(segment))
    except Exception as e:  # noqa: BLE001 - retried by the next flush
        _logger.info("the spooled audio records wait for the station's catalog: %s", e)
        return False
    return True


def _mover() -> None:
    while True:
        _FLUSH.wait(FLUSH_EVERY_S)
        _FLUSH.clear()
        for station in {str(s) for s, _h in list(_WATCHED.values())}:
            flush(Path(station))


def _start_mover() -> None:
    if not _MOVER:
        _MOVER.append(threading.Thread(target=_mover, name="audio-record", daemon=True))
        _MOVER[0].start()


def _record(station: Path, event: str, hearing: str, segment: Any, files: dict[str, str]) -> None:
    from app.evidence.register import _log

    _log(station, "", event, {"hearing": hearing, "segment": int(segment), "files": files})


@dataclass
class AudioRecord:
    """What the station's record says of recorded audio, from every hearing."""

    files: dict[str, set[str]] = field(default_factory=dict)  # SHA-256 → hearings
    # of the open segments (app/evidence/audio_progress.py): chain value → hearings
    progress: dict[str, set[str]] = field(default_factory=dict)
    # (hearing, segment, file) → {second: chain value}
    seen: dict[tuple[str, int, str], dict[int, str]] = field(default_factory=dict)
    segments: set[tuple[str, int]] = field(default_factory=set)  # (hearing, segment) recorded
    opened: dict[tuple[str, int], int] = field(default_factory=dict)  # open segment → 1st frame


def audio_record(station: Path) -> AudioRecord:
    """The record's audio, after checking the whole audit log (RegisterError if altered), and
    the open segments' progress values whose tags hold."""
    from app.evidence.register import _events

    rec = AudioRecord()
    for _event, d, _by in _events(station, KINDS):
        hearing, files = str(d.get("hearing", "")), d.get("files")
        if isinstance(files, dict):
            for value in files.values():
                rec.files.setdefault(str(value), set()).add(hearing)
            rec.segments.add((hearing, int(d.get("segment", -1))))
    for hearing, p in audio_progress.every_doc(station).items():
        for segment, first in p.opened.items():
            rec.opened[(hearing, int(segment))] = int(first)
        for segment, hashes in p.closed.items():  # spooled, not yet in the audit log
            rec.segments.add((hearing, int(segment)))
            for value in hashes.values():
                rec.files.setdefault(str(value), set()).add(hearing)
        for segment, by_file in p.values.items():
            for name, values in by_file.items():
                seen = rec.seen.setdefault((hearing, int(segment), name), {})
                for second, value in values.items():
                    seen[int(second)] = value
                    rec.progress.setdefault(value, set()).add(hearing)
    return rec


@dataclass
class AudioFile:
    """One audio file of a hearing folder or package: ``name`` relative to the hearing."""

    name: str
    sha256: str
    path: Path
    segment: int | None = None
    recovered: bool = False
    first_frame: int | None = None


def audio_files(folder: Path, records: list[dict[str, Any]], sha256: Any) -> list[AudioFile]:
    """The audio files in ``folder``/audio and those the journal's closed segments name, with
    their SHA-256 (``sha256(path)``: the verification's cached hash)."""
    closed: dict[str, tuple[int, bool, int | None]] = {}
    for r in records:
        d = r.get("data") or {}
        if r.get("kind") == J.SEGMENT_CLOSED and isinstance(d.get("files"), dict):
            first = d.get("first_frame")
            for name in d["files"]:
                closed[str(name)] = (
                    int(d.get("segment", -1)),
                    d.get("reason") == "recovered",
                    int(first) if isinstance(first, int) else None,
                )
    names = set(closed)
    audio = Path(folder) / "audio"
    if audio.is_dir():
        names |= {f"audio/{p.name}" for p in audio.iterdir() if p.suffix in AUDIO_SUFFIXES}
    out = []
    for name in sorted(names):
        path = Path(folder) / name
        if not path.is_file() or path.is_symlink():
            continue  # a missing file is the verification's to name
        segment, recovered, first = closed.get(name, (None, False, None))
        out.append(AudioFile(name, str(sha256(path)), path, segment, recovered, first))
    return out


def findings(
    record: AudioRecord, hearing: str, files: list[AudioFile], rate: int, bits: int
) -> list[tuple[str, Msg, str]]:
    """(code, message, file) for each file not recorded in ``hearing`` on this station."""
    out: list[tuple[str, Msg, str]] = []
    for f in files:
        owners = record.files.get(f.sha256, set())
        if hearing in owners:
            continue
        if owners:
            out.append(("audio_other_hearing", _other(f.name, owners), f.name))
        elif f.recovered and f.segment is not None:
            out += _recovered(record, hearing, f, rate, bits)
        elif f.segment is not None and (hearing, f.segment) not in record.segments:
            text = _v(RECORD_MISSING, file=f.name, segment=f.segment)
            out.append(("audio_not_recorded_here", text, f.name))
        else:
            out.append(("audio_not_recorded_here", _v(NOT_RECORDED, file=f.name), f.name))
    return out


def _recovered(
    record: AudioRecord, hearing: str, f: AudioFile, rate: int, bits: int
) -> list[tuple[str, Msg, str]]:
    """A file recovered from a killed recorder: a segment the station saw open in this hearing
    (at the frame the journal gives), whose chain continues the station's progress values (the
    early one 2 s in, then every minute)."""
    from audio.pcm import second_hashes

    try:
        chain = [value for _sec, _frames, value in second_hashes(f.path, rate, bits)]
    except Exception:  # noqa: BLE001 - an undecodable file is not proven
        return [("audio_not_recorded_here", _v(NOT_RECORDED, file=f.name), f.name)]
    seen = record.seen.get((hearing, int(f.segment or 0), f.name), {})
    for sec, value in enumerate(chain):
        others = record.progress.get(value, set()) - {hearing}
        if others and seen.get(sec) != value:
            return [("audio_other_hearing", _other(f.name, others), f.name)]
    every = range(PROGRESS_EVERY_S - 1, len(chain) - _TAIL_SLACK_S, PROGRESS_EVERY_S)
    wanted = [sec for sec in (EARLY_SECOND, *every) if sec < len(chain) - _TAIL_SLACK_S]
    if any(sec < len(chain) and chain[sec] != v for sec, v in seen.items()) or any(
        sec not in seen for sec in wanted
    ):
        return [("audio_not_recorded_here", _v(RECOVERED_ELSEWHERE, file=f.name), f.name)]
    first = record.opened.get((hearing, int(f.segment or 0)))
    if first is None or (f.first_frame is not None and f.first_frame != first):
        text = _v(NOT_OPENED, file=f.name, segment=f.segment)
        return [("audio_not_recorded_here", text, f.name)]
    return []


def _other(name: str, owners: set[str]) -> Msg:
    return _v(OTHER_HEARING, file=name, other=", ".join(sorted(owners)))


def record_recovered(
    station: Path, hearing: str, files: list[AudioFile], record: AudioRecord
) -> None:
    """After :func:`findings` passed: the recovered files not yet in the record go into it, so
    the same file in another hearing is named with this one."""
    segments: dict[int, dict[str, str]] = {}
    for f in files:
        if f.recovered and f.segment is not None and hearing not in record.files.get(f.sha256, ()):
            segments.setdefault(f.segment, {})[f.name] = f.sha256
    for segment, hashes in sorted(segments.items()):
        _record(station, RECOVERED, hearing, segment, hashes)
        audio_progress.drop(station, hearing, segment)


OTHER_HEARING = QT_TRANSLATE_NOOP(
    "Verifier",
    "audio file {file} was recorded in hearing {other} on this station, not in this one: the "
    "package carries another hearing's audio",
)
NOT_RECORDED = QT_TRANSLATE_NOOP(
    "Verifier",
    "audio file {file} was never recorded in this hearing on this station (the station's record "
    "has no such recording): it was put in from elsewhere",
)
RECORD_MISSING = QT_TRANSLATE_NOOP(
    "Verifier",
    "the station's record of segment {segment} of this hearing is missing, so it is NOT proven "
    "that audio file {file} was recorded in this hearing on this station",
)
NOT_OPENED = QT_TRANSLATE_NOOP(
    "Verifier",
    "audio file {file} is said to be recovered after an interruption, but this station never "
    "saw segment {segment} of this hearing open (or it opened elsewhere in the recording): it "
    "was not recorded in this hearing's segment",
)
RECOVERED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Verifier",
    "audio file {file} is said to be recovered after an interruption, but it does not continue "
    "what this station recorded in this hearing's segment",
)
OFF_STATION = QT_TRANSLATE_NOOP(
    "Verifier",
    "whether each audio file was recorded in this hearing can be checked only on the station "
    "that recorded it (its record of every closed segment); here it is NOT proven",
)


def _format(info: dict[str, Any]) -> tuple[int, int]:
    try:
        audio = info.get("audio") or {}
        return int(audio.get("rate") or 48000), int(audio.get("bits") or 16)
    except (AttributeError, TypeError, ValueError):
        return 48000, 16


def refuse_foreign_audio(
    station: Path, hearing: str, folder: Path, info: dict[str, Any], records: list[dict[str, Any]]
) -> tuple[str, Msg] | None:
    """Before sealing on a court station: the first audio file not recorded in ``hearing`` here
    (code, message), else None — and the files recovered after a kill, which passed, go into the
    record. The journal's hashes stand for the files (sealing checks each file against them).
    RegisterError when the record cannot be trusted."""
    from audio.pcm import file_sha256

    claimed: dict[str, str] = {}
    for r in records:
        d = r.get("data") or {}
        if r.get("kind") == J.SEGMENT_CLOSED and isinstance(d.get("files"), dict):
            for name, meta in d["files"].items():
                claimed[str(Path(folder) / name)] = str((meta or {}).get("sha256", ""))

    def sha256(path: Path) -> str:
        return claimed.get(str(path)) or file_sha256(path)

    files = audio_files(folder, records, sha256)
    flush(station)  # the spooled records into the audit log if it can be written now
    record = audio_record(station)
    problems = findings(record, hearing, files, *_format(info))
    if problems:
        return problems[0][0], problems[0][1]
    record_recovered(station, hearing, files, record)
    return None


def check_package_audio(
    report: Any, station: Path, hearing: str, info: dict[str, Any], records: list[dict[str, Any]]
) -> None:
    """On the station that opened the hearing: every audio file of the verified package against
    the record (each problem names the file, and the other hearing when there is one)."""
    files = audio_files(Path(report.path) / "data", records, report.sha256)
    for code, text, name in findings(audio_record(station), hearing, files, *_format(info)):
        report.problem(code, text, f"data/{name}")


NOT_TIED = QT_TRANSLATE_NOOP(
    "Verifier",
    "this hearing was opened before this station recorded which audio belongs to which hearing, "
    "so whether each audio file was recorded in it is NOT proven",
)
