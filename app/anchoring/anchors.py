"""Live anchors: while a hearing is recorded, its journal's state is published outside the station.

Between the end of a hearing and its seal the folder is protected only by its own hash chain,
which an insider can rebuild. An *anchor* pins the chain down: the hearing's id, the journal's
last record (``seq`` and ``hash``), the hash of every record since the previous anchor (so a
rewrite is named to the record), and the SHA-256 of every closed segment. The station makes one
every ``interval_seconds`` (60) and at each pause, segment close and the end, and the sender
(:mod:`app.anchoring.upload`) puts it into the court archive as a small object under S3 Object Lock
COMPLIANCE (and has it timestamped, RFC 3161, when a TSA is configured). Format:
``docs/FORMATS.md``.

:class:`Anchorer` is one thread that *tails* the journal file (it never touches the engine or
the journal writer): every half second it reads the complete records appended since its last
look, and when one is a pause, a closed segment or the end — or the interval has passed — it
writes the next anchor into the station's durable outbox (``<station>/anchors/<hearing id>/``,
one fsynced file per anchor) and wakes the sender. Work per tick is bounded by what the journal
grew by (about one record a second), and a failure here is logged and counted, never raised into
the recording.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from audio.durable import write_atomically
from signing import journal as J

log = logging.getLogger(__name__)

FORMAT = "zhazba-anchor/1"
TRIGGERS = {J.PAUSED: "paused", J.SEGMENT_CLOSED: "segment_closed"}


@dataclass
class AnchorSettings:
    """The ``"anchors"`` section of the station's settings.json (anchors use ``"archive"``)."""

    enabled: bool = True
    interval_seconds: float = 60.0
    retention_margin_days: int = 30  # beyond the archive's retention for the hearing's package
    flush_seconds: float = 10.0  # how long the end of a hearing waits for its anchors to go
    tsa_url: str | None = None  # RFC 3161; the station's ZHAZBA_TSA_URL when not set

    @classmethod
    def load(cls, settings_path: Path) -> AnchorSettings:
        try:
            doc = json.loads(Path(settings_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        section = doc.get("anchors") if isinstance(doc, dict) else None
        if not isinstance(section, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in section.items() if k in known})


def anchor_bytes(anchor: dict[str, Any]) -> bytes:
    """The exact bytes stored and hashed: canonical JSON (sorted keys, no spaces), UTF-8, LF."""
    text = json.dumps(anchor, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def anchor_name(n: int) -> str:
    return f"{n:06d}.json"


@dataclass
class AnchorBuilder:
    """Pure state: feed it journal records in order, ask it for the next anchor."""

    hearing: str
    n: int = 0
    last_seq: int = -1
    last_hash: str = J.GENESIS
    pending: list[str] = field(default_factory=list)  # hashes since the previous anchor
    segments: dict[str, str] = field(default_factory=dict)
    previous: str | None = None  # SHA-256 of the previous anchor's bytes

    def feed(self, record: dict[str, Any]) -> str | None:
        """Take one record; returns the reason to anchor now, if it is one."""
        self.last_seq, self.last_hash = int(record["seq"]), str(record["hash"])
        self.pending.append(self.last_hash)
        kind = record.get("kind")
        if kind == J.SEGMENT_CLOSED:
            data = record.get("data") or {}
            for name, meta in (data.get("files") or {}).items():
                self.segments[name] = meta["sha256"]
            for name, digest in (data.get("peaks") or {}).items():
                self.segments[name] = digest
        if kind == J.RECORDING_ENDED:
            return "end"
        return TRIGGERS.get(str(kind))

    def make(self, reason: str) -> dict[str, Any] | None:
        """The next anchor (None when no record came since the previous one)."""
        if not self.pending:
            return None
        self.n += 1
        anchor = {
            "format": FORMAT,
            "hearing": self.hearing,
            "n": self.n,
            "reason": reason,
            "made_utc": J.utc_now(),
            "journal": {
                "seq": self.last_seq,
                "hash": self.last_hash,
                "first_seq": self.last_seq - len(self.pending) + 1,
                "hashes": list(self.pending),
            },
            "segments": dict(sorted(self.segments.items())),
            "previous": self.previous,
        }
        self.previous = hashlib.sha256(anchor_bytes(anchor)).hexdigest()
        self.pending = []
        return anchor


class JournalTail:
    """Reads the complete records appended to a journal file since the last call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0

    def read(self) -> list[dict[str, Any]]:
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read()
        except FileNotFoundError:
            return []
        end = data.rfind(b"\n") + 1
        self.offset += end
        return [json.loads(line) for line in data[:end].splitlines() if line.strip()]


class Outbox:
    """The station's durable anchor queue: ``<root>/<hearing id>/NNNNNN.json`` (+ ``.tsr``, the
    RFC 3161 token, and ``.sent``, the archive's receipt, once they exist)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def folder(self, hearing: str) -> Path:
        return self.root / hearing

    def write(self, anchor: dict[str, Any]) -> Path:
        path = self.folder(anchor["hearing"]) / anchor_name(int(anchor["n"]))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, anchor_bytes(anchor))
        return path

    def anchors(self, hearing: str) -> list[Path]:
        return sorted(self.folder(hearing).glob("[0-9]*.json"))

    def pending(self, hearing: str | None = None) -> list[Path]:
        """Anchors not yet confirmed by the archive, oldest hearing and anchor first."""
        folders = [self.folder(hearing)] if hearing else sorted(self.root.glob("*"))
        out = []
        for folder in folders:
            out += [p for p in sorted(folder.glob("[0-9]*.json")) if not sent_path(p).exists()]
        return out


def sent_path(anchor: Path) -> Path:
    return anchor.with_suffix(".sent")


def token_path(anchor: Path) -> Path:
    return anchor.with_suffix(".tsr")


class Anchorer:
    """The thread that anchors one hearing while it is recorded (see the module's docstring)."""

    def __init__(
        self,
        hearing_folder: Path,
        outbox: Outbox,
        interval_seconds: float = 60.0,
        *,
        on_anchor: Any = None,
        tick_seconds: float = 0.5,
    ) -> None:
        self.folder = Path(hearing_folder)
        self.outbox = outbox
        self.interval = max(0.5, float(interval_seconds))
        self.tick = min(tick_seconds, self.interval)
        self.builder = AnchorBuilder(self.folder.name)
        self.tail = JournalTail(self.folder / "journal.jsonl")
        self.on_anchor = on_anchor
        self.failures = 0
        self.last_problem = ""
        self.made: list[tuple[int, float]] = []  # (journal seq, monotonic time written)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="anchorer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """After the hearing ended: the last records are read and the end anchor written."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self._step(force="end")

    def _run(self) -> None:
        due = time.monotonic() + self.interval
        while not self._stop.wait(self.tick):
            if self._step(force="interval" if time.monotonic() >= due else None):
                due = time.monotonic() + self.interval

    def _step(self, force: str | None = None) -> bool:
        """Read what the journal grew by; anchor at each trigger, and for ``force`` whatever
        came after the last one. True when an anchor was written."""
        try:
            made = False
            for record in self.tail.read():
                trigger = self.builder.feed(record)
                if trigger is not None:
                    made = self._anchor(trigger) or made
            if force is not None:
                made = self._anchor(force) or made
            return made
        except Exception as e:  # noqa: BLE001 - anchoring must never disturb the recording
            self.failures += 1
            self.last_problem = f"{type(e).__name__}: {e}"
            log.warning("anchor not written for %s: %s", self.folder.name, self.last_problem)
            return False

    def _anchor(self, reason: str) -> bool:
        anchor = self.builder.make(reason)
        if anchor is None:
            return False
        self.outbox.write(anchor)
        self.made.append((int(anchor["journal"]["seq"]), time.monotonic()))
        if self.on_anchor is not None:
            self.on_anchor()
        return True
