"""A removable medium opened for a copy: its root, checking it is still there, and clearing it.

Everything on the medium is reached through a directory file descriptor opened on its root at
the start (``openat``-style calls with ``dir_fd``), never by path: if the medium is unmounted
mid-copy (``umount -l``) a path would silently lead to the station's own disk underneath the
mount point, while the descriptor keeps pointing at the medium, and :meth:`Medium.check_present`
notices that the mount point no longer holds it. Errors from the medium are turned into the three
things a secretary can act on (:class:`MediumGone`, :class:`MediumFull`, :class:`MediumReadOnly`)
by :mod:`app.copies.medium_errors`, the one place that says what they mean.

Clearing (Rules p. 33) is two calls: :func:`plan_clear` lists what is on the medium and gives a
token over that listing; :meth:`Medium.clear` deletes only when handed the same token, so nothing
is deleted that the person confirming did not see. Copying and reading back are in
:mod:`app.copies.medium_io`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import hashlib
import json
import os
import shutil
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from app.copies.medium_errors import (
    CHANGED_SINCE_SHOWN,
    NOT_MOUNTED,
    NOT_THERE,
    ExportCancelled,
    ExportError,
    MediumFull,
    MediumGone,
    MediumNotEmpty,
    MediumReadOnly,
    ReadBackFailed,
    SourceDamaged,
    medium_error,
    medium_problem,
)
from audio.text import QT_TRANSLATE_NOOP, join, msg

NO_LONGER_MOUNTED = msg("Copies", QT_TRANSLATE_NOOP("Copies", "the mount point no longer holds it"))
__all__ = [  # the errors are imported from here by the copies and their callers
    "ExportCancelled",
    "ExportError",
    "MediumFull",
    "MediumGone",
    "MediumNotEmpty",
    "MediumReadOnly",
    "ReadBackFailed",
    "SourceDamaged",
    "medium_error",
    "medium_problem",
    "Medium",
    "ClearPlan",
    "ClearEntry",
    "plan_clear",
    "write_all",
]
_m = partial(msg, "Copies")

CHUNK = 4 << 20
MARKER_NAME = "INCOMPLETE-COPY.txt"
KEPT_NAMES = {"lost+found", "System Volume Information"}  # file-system structures, not data
ON_LINUX = sys.platform.startswith("linux")
LIBC = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True) if ON_LINUX else None
if LIBC is not None:
    LIBC.mmap.restype = ctypes.c_void_p
    LIBC.mmap.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_long,
    ]
    LIBC.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    LIBC.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
    LIBC.syncfs.argtypes = [ctypes.c_int]


@dataclass
class ClearEntry:
    name: str
    is_dir: bool
    files: int
    bytes: int


@dataclass
class ClearPlan:
    """What clearing the medium deletes; ``token`` is what the confirmation hands back."""

    mountpoint: str
    entries: list[ClearEntry]
    kept: list[str]
    token: str

    @property
    def files(self) -> int:
        return sum(e.files for e in self.entries)

    @property
    def bytes(self) -> int:
        return sum(e.bytes for e in self.entries)

    @property
    def empty(self) -> bool:
        return not self.entries

    def describe(self, limit: int = 30) -> str:
        """What clearing deletes, one line an entry (a :class:`Msg`: said in the reader's
        language)."""
        where = self.mountpoint
        if self.empty:
            return _m(
                QT_TRANSLATE_NOOP("Copies", "The medium at {where} is empty: nothing to delete."),
                where=where,
            )
        lines = [
            _m(
                QT_TRANSLATE_NOOP(
                    "Copies", "Clearing the medium at {where} DELETES {files} files ({mb} MB):"
                ),
                where=where,
                files=self.files,
                mb=f"{self.bytes / 1e6:.1f}",
            )
        ]
        for e in self.entries[:limit]:
            mb = f"{e.bytes / 1e6:.2f}"
            lines.append(
                _m(
                    QT_TRANSLATE_NOOP("Copies", "  {name}/  (folder, {files} files, {mb} MB)"),
                    name=e.name,
                    files=e.files,
                    mb=mb,
                )
                if e.is_dir
                else _m(
                    QT_TRANSLATE_NOOP("Copies", "  {name}  (file, {mb} MB)"), name=e.name, mb=mb
                )
            )
        if len(self.entries) > limit:
            lines.append(
                _m(QT_TRANSLATE_NOOP("Copies", "  … and {n} more"), n=len(self.entries) - limit)
            )
        if self.kept:
            lines.append(
                _m(
                    QT_TRANSLATE_NOOP("Copies", "Kept (file-system structures): {names}"),
                    names=", ".join(self.kept),
                )
            )
        return join("\n", lines)


def _walk_size(path: str) -> tuple[int, int, int]:
    """(files, bytes, newest mtime_ns) of a folder, without following links."""
    files = size = newest = 0
    for root, dirs, names in os.walk(path, followlinks=False):
        for n in names + dirs:
            try:
                st = os.lstat(os.path.join(root, n))
            except OSError:
                continue
            newest = max(newest, st.st_mtime_ns)
            if not stat.S_ISDIR(st.st_mode):
                files += 1
                size += st.st_size
    return files, size, newest


def plan_clear(mountpoint: str | os.PathLike[str]) -> ClearPlan:
    """List everything on the medium that clearing would delete (read only)."""
    root = Path(mountpoint)
    entries, kept, facts = [], [], []
    try:
        st_root = os.stat(root)
        names = sorted(os.listdir(root))
    except OSError as e:
        raise medium_error(e, str(root), "listing") from e
    for name in names:
        if name in KEPT_NAMES:
            kept.append(name)
            continue
        p = root / name
        st = os.lstat(p)
        if stat.S_ISDIR(st.st_mode):
            files, size, newest = _walk_size(str(p))
            entries.append(ClearEntry(name, True, files, size))
        else:
            files, size, newest = 1, st.st_size, st.st_mtime_ns
            entries.append(ClearEntry(name, False, 1, size))
        if name != MARKER_NAME:  # our own marker: rewritten before clearing, so not in the token
            facts.append([name, files, size, max(newest, st.st_mtime_ns), st.st_ino])
    token = hashlib.sha256(
        json.dumps([st_root.st_dev, st_root.st_ino, facts]).encode()
    ).hexdigest()[:32]
    return ClearPlan(str(root), entries, kept, token)


class Medium:
    """An open medium: its root as a directory descriptor, checked to still be mounted."""

    def __init__(self, mountpoint: str | os.PathLike[str], require_mount: bool = True) -> None:
        self.mountpoint = Path(mountpoint)
        where = str(self.mountpoint)
        if not self.mountpoint.is_dir():
            raise MediumGone(_m(NOT_THERE, where=where))
        if require_mount and not os.path.ismount(self.mountpoint):
            raise ExportError(_m(NOT_MOUNTED, where=where))
        self.fd = -1
        try:
            if ON_LINUX:
                self.fd = os.open(self.mountpoint, os.O_RDONLY | os.O_DIRECTORY)
                self.dev = os.fstat(self.fd).st_dev
            else:  # Windows opens no folder as a file: paths, checked against the volume serial
                self.dev = os.stat(self.mountpoint).st_dev
        except OSError as e:
            raise medium_error(e, where, "opening") from e

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Medium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # paths relative to the medium's root, resolved through the descriptor where the OS can
    def _at(self, rel: str) -> tuple[str, int | None]:
        if ON_LINUX:
            return rel, self.fd
        return str(self.mountpoint / rel), None

    def real_path(self, rel: str = "") -> Path:
        """A path that reaches the medium itself even if its mount point was taken away."""
        base = Path(f"/proc/self/fd/{self.fd}") if ON_LINUX else self.mountpoint
        return base / rel if rel else base

    def check_present(self) -> None:
        try:
            st = os.stat(self.mountpoint)
            ok = st.st_dev == self.dev and os.path.ismount(self.mountpoint)
            if ON_LINUX:
                os.fstatvfs(self.fd)  # the medium itself still answers
        except OSError as e:
            raise medium_error(e, str(self.mountpoint), "present") from e
        if not ok:
            raise medium_problem("gone", str(self.mountpoint), "present", NO_LONGER_MOUNTED)

    def sync(self) -> None:
        """Flush the medium's whole file system (``syncfs``), for drivers whose fsync is lax
        (FUSE); only this medium, so a recording running on the station is not stalled."""
        if LIBC is not None and LIBC.syncfs(self.fd) == 0:
            return
        if hasattr(os, "sync"):
            os.sync()

    def free_bytes(self) -> tuple[int, int]:
        """(bytes free for us, the file system's allocation unit)."""
        if not hasattr(os, "fstatvfs"):  # Windows: no statvfs; FAT32/exFAT sticks use 32 KiB
            return shutil.disk_usage(self.mountpoint).free, 32 << 10
        st = os.fstatvfs(self.fd)
        return st.f_bavail * st.f_frsize, max(st.f_bsize, st.f_frsize, 512)

    def read_only(self) -> bool:
        if hasattr(os, "fstatvfs") and os.fstatvfs(self.fd).f_flag & os.ST_RDONLY:
            return True
        return not os.access(self.mountpoint, os.W_OK)

    def exists(self, rel: str) -> bool:
        path, fd = self._at(rel)
        try:
            os.stat(path, dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            return False
        return True

    def makedirs(self, rel: str) -> None:
        parts = Path(rel).parts
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            if not self.exists(sub):
                path, fd = self._at(sub)
                os.mkdir(path, dir_fd=fd)

    def write_small(self, rel: str, data: bytes, append: bool = False) -> None:
        """Write a small file in one go and fsync it (the marker, the instructions).

        ``append`` adds to the end instead: on a full medium that fails without emptying the
        file first, so the marker keeps what it already says."""
        path, fd = self._at(rel)
        mode = os.O_APPEND if append else os.O_TRUNC
        out = os.open(path, os.O_WRONLY | os.O_CREAT | mode, 0o644, dir_fd=fd)
        try:
            write_all(out, data)
            os.fsync(out)
        finally:
            os.close(out)
        self.fsync_dir(str(Path(rel).parent) if "/" in rel else "")

    def remove(self, rel: str) -> None:
        path, fd = self._at(rel)
        os.unlink(path, dir_fd=fd)

    def fsync_dir(self, rel: str = "") -> None:
        if not ON_LINUX:
            return  # Windows cannot open a folder to fsync it; FlushFileBuffers covers files
        path, fd = self._at(rel or ".")
        d = os.open(path, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        try:
            os.fsync(d)
        except OSError as e:
            if e.errno not in (errno.EINVAL, errno.ENOTSUP):  # some FUSE file systems
                raise
        finally:
            os.close(d)

    def clear(self, token: str, keep: Iterable[str] = (MARKER_NAME,)) -> ClearPlan:
        """Delete what :func:`plan_clear` listed, only if the medium still matches ``token``."""
        plan = plan_clear(self.real_path())
        if plan.token != token:
            raise ExportError(_m(CHANGED_SINCE_SHOWN, where=str(self.mountpoint)))
        keep = set(keep)
        for e in plan.entries:
            if e.name in keep:
                continue
            path, fd = self._at(e.name)
            if e.is_dir:
                shutil.rmtree(path, dir_fd=fd) if ON_LINUX else shutil.rmtree(path)
            else:
                os.unlink(path, dir_fd=fd)
        self.fsync_dir()
        return plan


def write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:
            raise OSError(errno.ENOSPC, "No space left on device (short write)")
        view = view[n:]
