"""A second copy of the hearing while it is recorded (optional, per station): mirror and restore.

:class:`Mirror` is one thread that follows the hearing folder (it never touches the engine):
every half second it copies what each file grew by — and the first 64 KiB again, where FLAC and
the peaks keep their headers, which libsndfile rewrites when a segment closes — into
``<mirror folder>/<hearing id>/``, and fsyncs what it wrote, so the second copy keeps the same
one-second rule as the first. A file that shrank or was replaced (``hearing.json``) is copied
whole. When the journal says a segment closed, the copy of each of its files is hashed against
the journal's SHA-256 and copied whole again if it differs; after that the file is left alone.
Losing the mirror (a disk or share gone, full) is reported through ``on_problem`` once, retried
every few seconds, and never stops the recording. :func:`restore_from_mirror` is what recovery
uses: every file the primary lacks, or holds only a beginning of, is taken from the mirror.
Settings: ``"mirror": {"folder": "D:/mirror"}`` in the station's settings.json.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.anchoring.anchors import JournalTail
from audio.durable import fsync_path, replacing
from audio.text import QT_TRANSLATE_NOOP
from signing import journal as J

log = logging.getLogger(__name__)

HEAD = 64 * 1024
BLOCK = 4 * 1024 * 1024


def mirror_folder_setting(settings_path: Path) -> Path | None:
    """The second copy's folder, None when the station has none; SettingsDamaged when the
    settings file or its ``mirror`` section is damaged (fail closed: never "no mirror")."""
    from app.archive.settings import section_damaged, settings_section

    folder = settings_section(settings_path, "mirror").get("folder")
    if folder is not None and not isinstance(folder, str):
        raise section_damaged(settings_path, "mirror")
    return Path(folder) if folder else None


def _files(folder: Path) -> list[Path]:
    out = []
    for p in sorted(folder.rglob("*")):
        if p.name.startswith(".") or p.name.endswith(".torn") or not p.is_file():
            continue
        out.append(p)
    return out


def _copy_range(src: Any, dst: Any, start: int, end: int) -> None:
    src.seek(start)
    dst.seek(start)
    left = end - start
    while left > 0:
        block = src.read(min(BLOCK, left))
        if not block:
            break
        dst.write(block)
        left -= len(block)


def private_dirs(folder: Path) -> None:
    """Make ``folder`` and its missing parents readable by the station's account and group only
    (0750): the second copy holds what the primary does (issue #16)."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=0o750, exist_ok=True)
        os.chmod(path, 0o750)  # whatever the umask


def copy_delta(src: Path, dst: Path, known: int) -> int:
    """Bring ``dst`` up to ``src``: the head and the bytes after ``known`` (all when 0).
    A new copy is 0640, in 0750 folders."""
    private_dirs(dst.parent)
    fd = os.open(dst, os.O_RDWR | os.O_CREAT, 0o640)
    with open(src, "rb") as s, os.fdopen(fd, "r+b") as d:
        size = os.fstat(s.fileno()).st_size
        if known <= 0 or known > size:
            _copy_range(s, d, 0, size)
        else:
            _copy_range(s, d, 0, min(HEAD, size))
            _copy_range(s, d, known, size)
        d.truncate(size)
        d.flush()
        os.fsync(d.fileno())
    return size


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(BLOCK):
            h.update(block)
    return h.hexdigest()


class Mirror:
    """Mirrors one hearing folder while it is recorded (see the module's docstring)."""

    def __init__(
        self,
        folder: Path,
        mirror_root: Path,
        *,
        period: float = 0.5,
        on_problem: Callable[[str], None] | None = None,
    ) -> None:
        self.src = Path(folder)
        self.dst = Path(mirror_root) / self.src.name
        self.period = period
        self.on_problem = on_problem
        self.copied: dict[str, tuple[int, int]] = {}  # rel → (size, mtime_ns) last copied
        self.closed: dict[str, str] = {}  # rel → journal SHA-256, waiting to be checked
        self.done: set[str] = set()
        self.tail = JournalTail(self.src / "journal.jsonl")
        self.problem = ""
        self.last_sync = 0.0
        self.bytes_copied = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mirror", daemon=True)

    @property
    def ok(self) -> bool:
        return not self.problem

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self.sync()

    def _run(self) -> None:
        retry_at = 0.0
        while not self._stop.wait(self.period):
            if self.problem and time.monotonic() < retry_at:
                continue
            if not self.sync():
                retry_at = time.monotonic() + 5.0

    def sync(self) -> bool:
        """One pass; False (and ``problem`` said once) when the mirror cannot be written."""
        try:
            self._pass()
        except OSError as e:
            problem = f"the second copy in {self.dst} cannot be written: {e.strerror or e}"
            if problem != self.problem:
                log.warning("%s", problem)
                if self.on_problem is not None:
                    self.on_problem(problem)
            self.problem = problem
            return False
        if self.problem:
            log.info("the second copy in %s is written again", self.dst)
        self.problem = ""
        self.last_sync = time.monotonic()
        return True

    def _pass(self) -> None:
        for record in self.tail.read():
            if record.get("kind") == J.SEGMENT_CLOSED:
                data = record.get("data") or {}
                for name, meta in (data.get("files") or {}).items():
                    self.closed[name] = meta["sha256"]
                self.closed.update(data.get("peaks") or {})
        folders: set[Path] = set()
        for path in _files(self.src):
            rel = path.relative_to(self.src).as_posix()
            if rel in self.done:
                continue
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            stamp = (st.st_size, st.st_mtime_ns)
            target = self.dst / rel
            if self.copied.get(rel) != stamp or not target.exists():
                before = self.copied.get(rel, (0, 0))[0] if target.exists() else 0
                try:
                    size = copy_delta(path, target, before)
                except FileNotFoundError:
                    continue  # replaced between the listing and the copy: next pass
                self.bytes_copied += max(0, size - before)
                self.copied[rel] = stamp
                folders.add(target.parent)
            if rel in self.closed and self.copied.get(rel) == stamp:
                if _sha256(target) != self.closed[rel]:
                    copy_delta(path, target, 0)
                    folders.add(target.parent)
                self.done.add(rel)
        for rel in [r for r in self.copied if r.endswith(".part")]:
            # a part file the primary replaced by its final file (peaks at a segment's close);
            # nothing else is ever deleted here: a file gone from a failing primary stays
            if not (self.src / rel).exists() and (self.src / rel[: -len(".part")]).exists():
                (self.dst / rel).unlink(missing_ok=True)
                del self.copied[rel]
                folders.add((self.dst / rel).parent)
        for folder in folders:
            fsync_path(folder)


def restore_from_mirror(folder: Path, mirror: Path) -> list[str]:
    """Before recovery: take from ``mirror`` every file that ``folder`` lacks or holds only the
    beginning of (the mirror's copy is longer and starts with the same bytes past the header).
    Returns the files taken."""
    taken: list[str] = []
    if not mirror.is_dir():
        return taken
    for path in _files(mirror):
        rel = path.relative_to(mirror).as_posix()
        target = folder / rel
        if target.exists():
            have, there = target.stat().st_size, path.stat().st_size
            if there <= have or not _same_range(target, path, min(HEAD, have), have):
                continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as tmp:
            shutil.copyfile(path, tmp)
        taken.append(rel)
    return taken


def _same_range(a: Path, b: Path, start: int, end: int) -> bool:
    with open(a, "rb") as fa, open(b, "rb") as fb:
        fa.seek(start)
        fb.seek(start)
        left = end - start
        while left > 0:
            x, y = fa.read(min(BLOCK, left)), fb.read(min(BLOCK, left))
            if x != y or not x:
                return x == y
            left -= len(x)
    return True


def mirror_session(session: Any, mirror_root: Path) -> Mirror:
    """Attach a mirror to ``session`` (started with the engine, stopped after the end); a lost
    mirror becomes a warning the secretary sees, never a stop."""
    from audio.engine_types import Alarm

    def warn(problem: str) -> None:
        frame = session.engine.current_frame() if session.engine else 0
        session.raise_alarm(Alarm("mirror_lost", problem, frame))

    mirror = Mirror(session.folder, mirror_root, on_problem=warn)
    session.companions.append(mirror)
    return mirror


_NO = QT_TRANSLATE_NOOP("SelfCheck", "The second copy cannot be written to {folder}: {error}.")
_NO_REMEDY = QT_TRANSLATE_NOOP(
    "SelfCheck",
    "Recording is not affected, but nothing is mirrored: reconnect the second disk or network "
    "share, or ask the court's technician.",
)
_YES = QT_TRANSLATE_NOOP("SelfCheck", "The second copy goes to {folder} ({free:.1f} GB free).")


def check_mirror(folder: Path) -> Any:
    """The self-check's look at the second copy: the folder takes a written, fsynced file."""
    from audio.selfcheck import CheckResult, check_msg

    probe = Path(folder) / f".zhazba-probe-{os.getpid()}"
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as f:
            f.write(b"zhazba")
            f.flush()
            os.fsync(f.fileno())
        probe.unlink()
        free = shutil.disk_usage(folder).free
    except OSError as e:
        return CheckResult(
            "mirror",
            "warn",
            check_msg(_NO, folder=str(folder), error=str(e.strerror or e)),
            check_msg(_NO_REMEDY),
            {"folder": str(folder)},
        )
    return CheckResult(
        "mirror",
        "pass",
        check_msg(_YES, folder=str(folder), free=free / 1e9),
        details={"folder": str(folder), "free_bytes": free},
    )
