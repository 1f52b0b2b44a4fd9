"""The hearing journal: an append-only, hash-chained JSON Lines file, fsynced per event.

Every record is ``{"seq", "utc", "frame", "kind", "data", "prev", "hash"}``. ``hash`` is the hex
SHA-256 of the record without ``hash``, serialised canonically (sorted keys, no spaces, UTF-8);
``prev`` is the previous record's ``hash`` (64 zeros for the first). Nothing is ever rewritten:
corrections are new records that point at the old one. Anyone can re-check the chain with a few
lines of Python, and :func:`verify_journal` does it here, naming the first broken record.

The journal is shared by the writer thread (segments, checkpoints) and the GUI thread (markers),
so appends are serialised by a lock; each append is on disk (``fsync``) before it returns.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audio.durable import fsync_path
from audio.os_errors import os_error_name
from audio.text import QT_TRANSLATE_NOOP, msg

GENESIS = "0" * 64

# Event kinds. One place names them, so the writer, the verifier and the documents agree.
HEARING_OPENED = "hearing_opened"
PRECHECK = "precheck"
RECORDING_STARTED = "recording_started"
PAUSED = "paused"
RESUMED = "resumed"
SEGMENT_OPENED = "segment_opened"
SEGMENT_CLOSED = "segment_closed"
CHECKPOINT = "checkpoint"
OVERFLOW = "overflow"
CLIP = "clip"
DEVICE_LOST = "device_lost"
DEVICE_RETURNED = "device_returned"
CLOCK_ANCHOR = "clock_anchor"
CLOCK_JUMP = "clock_jump"
ALARM = "alarm"
ALARM_ACKNOWLEDGED = "alarm_acknowledged"
MARKER = "marker"
MARKER_AMENDED = "marker_amended"
RECORDING_ENDED = "recording_ended"
INTERRUPTED = "interrupted"
RECOVERED = "recovered"
ERROR = "error"
SEAL_PENDING = "seal_pending"
SEALED = "sealed"

PAUSE_REASONS = ("adjournment", "recess", "deliberation")


class JournalError(Exception):
    """The journal cannot be opened or appended to; the message says why and what to do."""


def canonical_bytes(record: dict[str, Any]) -> bytes:
    """The exact bytes that are hashed: the record without ``hash``, canonical JSON, UTF-8."""
    body = {k: v for k, v in record.items() if k != "hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def record_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(record)).hexdigest()


def utc_now() -> str:
    """UTC wall time with microseconds, ISO 8601 with a trailing Z."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class ChainReport:
    """What the verifier found: ``ok`` and, when not, the first broken line and why."""

    ok: bool
    records: int
    first_bad_line: int | None = None  # 1-based line number in the file
    problem: str = ""
    last_hash: str = GENESIS
    sealed: bool = False
    problems: list[str] = field(default_factory=list)


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with open(path, "rb") as f:
        yield from enumerate(f, start=1)


def verify_journal(path: str | os.PathLike[str]) -> ChainReport:
    """Re-check every record's hash, ``prev`` link and ``seq``; report the first break."""
    path = Path(path)
    prev = GENESIS
    count = 0
    sealed = False
    try:
        for lineno, raw in iter_lines(path):
            if not raw.endswith(b"\n"):
                return ChainReport(
                    False, count, lineno, f"line {lineno} is incomplete (no line end)", prev
                )
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                return ChainReport(
                    False, count, lineno, f"line {lineno} is not valid JSON: {e}", prev
                )
            if not isinstance(rec, dict) or "hash" not in rec:
                return ChainReport(
                    False, count, lineno, f"line {lineno} is not a journal record", prev
                )
            if rec.get("seq") != count:
                return ChainReport(
                    False,
                    count,
                    lineno,
                    f"line {lineno}: sequence number {rec.get('seq')} where {count} was expected"
                    " (a record was deleted, inserted or moved)",
                    prev,
                )
            if rec.get("prev") != prev:
                return ChainReport(
                    False,
                    count,
                    lineno,
                    f"line {lineno}: does not follow the previous record (chain broken)",
                    prev,
                )
            if record_hash(rec) != rec["hash"]:
                return ChainReport(
                    False,
                    count,
                    lineno,
                    f"line {lineno}: content does not match its hash (record {count} was altered)",
                    prev,
                )
            prev = rec["hash"]
            sealed = rec.get("kind") == SEALED
            count += 1
    except FileNotFoundError:
        return ChainReport(False, 0, None, f"journal not found: {path}")
    if count == 0:
        return ChainReport(False, 0, None, "the journal is empty")
    return ChainReport(True, count, None, "", prev, sealed)


def read_records(
    path: str | os.PathLike[str],
    *,
    only: Collection[str] | None = None,
    skip: Collection[str] = (),
    with_last: bool = False,
) -> list[dict[str, Any]]:
    """All whole records, in order (an incomplete last line, left by a crash, is skipped); a
    line that is not JSON raises :class:`ValueError`, an unreadable file :class:`OSError`.

    ``only`` / ``skip`` pick records by kind. Records are written canonically (sorted keys, no
    spaces, quotes in values escaped), so the kind is recognised on the raw line and the lines
    not wanted (the checkpoint of each second of audio) are never decoded. ``with_last`` keeps
    the last record even when its kind is not wanted.
    """
    wanted = [_kind_bytes(k) for k in only] if only is not None else None
    unwanted = [_kind_bytes(k) for k in skip]
    out: list[dict[str, Any]] = []
    last = b""
    for _, raw in iter_lines(Path(path)):
        if not raw.endswith(b"\n"):
            break
        last = raw
        if any(k in raw for k in unwanted) or (
            wanted is not None and not any(k in raw for k in wanted)
        ):
            continue
        out.append(json.loads(raw.decode("utf-8")))
    if with_last and last and (not out or out[-1].get("seq") != json.loads(last).get("seq")):
        out.append(json.loads(last.decode("utf-8")))
    return out


def _kind_bytes(kind: str) -> bytes:
    return f'"kind":"{kind}"'.encode()


@dataclass
class Readable:
    """What a damaged journal still says: every line that is a JSON object, and what is not."""

    records: list[dict[str, Any]] = field(default_factory=list)
    damaged: list[int] = field(default_factory=list)  # whole lines that are not a JSON object
    torn: bool = False  # the last line has no line end and is not a record (a crash's leftover)
    unreadable: str = ""  # why the file could not be read at all


def read_readable(path: str | os.PathLike[str]) -> Readable:
    """Every line that parses as a JSON object, in order, never raising: for the verifier and
    the catalog rebuild, which must go on past a damaged line (:func:`verify_journal` says
    what is wrong with the chain)."""
    out = Readable()
    try:
        for lineno, raw in iter_lines(Path(path)):
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                rec = None
            if isinstance(rec, dict):
                out.records.append(rec)
            elif raw.endswith(b"\n"):
                out.damaged.append(lineno)
            else:
                out.torn = True
    except OSError as e:
        out.unreadable = str(e)
    return out


class HearingJournal:
    """Appends hash-chained records to ``journal.jsonl``; each append is fsynced before it returns.

    Opening an existing journal re-verifies its chain and continues it. A crash can leave an
    incomplete last line; ``repair_tail=True`` (used by recovery) moves that fragment aside into
    ``journal.jsonl.torn`` so the chain stays valid and nothing is silently discarded.
    """

    def __init__(self, path: str | os.PathLike[str], *, repair_tail: bool = False) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._seq = 0
        self._prev = GENESIS
        if self.path.exists() and self.path.stat().st_size > 0:
            self._resume(repair_tail)
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as e:
            raise JournalError(
                f"cannot open the journal {self.path}: {e.strerror}. "
                "Check that the recording folder exists and is writable."
            ) from e
        if self._seq == 0:
            fsync_path(self.path.parent, missing_ok=True)

    def _resume(self, repair_tail: bool) -> None:
        data = self.path.read_bytes()
        if not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            if not repair_tail:
                raise JournalError(
                    f"the journal {self.path} ends with an incomplete record (the station was "
                    "stopped abruptly). Run `zhazba recover` on the hearing folder."
                )
            torn = self.path.with_name(self.path.name + ".torn")
            with open(torn, "ab") as f:
                f.write(data[cut:])
                f.flush()
                os.fsync(f.fileno())
            with open(self.path, "r+b") as f:
                f.truncate(cut)
                f.flush()
                os.fsync(f.fileno())
        report = verify_journal(self.path)
        if not report.ok:
            raise JournalError(
                f"the journal {self.path} is damaged: {report.problem}. It must not be continued; "
                "keep the folder as it is and report it to the court administrator."
            )
        self._seq = report.records
        self._prev = report.last_hash

    @property
    def next_seq(self) -> int:
        return self._seq

    @property
    def last_hash(self) -> str:
        return self._prev

    def append(
        self, kind: str, data: dict[str, Any] | None = None, frame: int | None = None
    ) -> dict[str, Any]:
        """Append one record and fsync it; returns the record as written (with ``hash``)."""
        return self.append_many([(kind, data, frame)])[0]

    def append_many(
        self, events: list[tuple[str, dict[str, Any] | None, int | None]]
    ) -> list[dict[str, Any]]:
        """Append several records with one write and one fsync (checkpoints in fast mode)."""
        with self._lock:
            if self._fd < 0:
                raise JournalError(f"the journal {self.path} is closed")
            seq, prev = self._seq, self._prev
            records = []
            lines = []
            for kind, data, frame in events:
                rec: dict[str, Any] = {
                    "seq": seq,
                    "utc": utc_now(),
                    "frame": frame,
                    "kind": kind,
                    "data": data or {},
                    "prev": prev,
                }
                rec["hash"] = record_hash(rec)
                records.append(rec)
                lines.append(
                    json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                    + "\n"
                )
                seq += 1
                prev = rec["hash"]
            payload = "".join(lines).encode("utf-8")
            try:
                written = os.write(self._fd, payload)
                if written != len(payload):
                    raise OSError(28, "No space left on device (short write)")
                os.fsync(self._fd)
            except OSError as e:
                # A short or failed write leaves at most a torn last line, which recovery repairs.
                raise JournalError(msg("Engine", QT_TRANSLATE_NOOP(
                    "Engine", "cannot write to the journal: {reason}. Free disk space or check "
                    "the recording drive; recording data written so far is intact ({path})."),
                    path=self.path, reason=os_error_name(e))) from e  # fmt: skip
            self._seq, self._prev = seq, prev
            return records

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> HearingJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
