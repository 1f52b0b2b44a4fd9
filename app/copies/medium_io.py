"""Copying files onto a medium and reading them back from it, through :class:`Medium`.

:func:`write_files` copies new files block by block (the progress callback may cancel between
blocks), hashing the station's bytes as they are read so a file that no longer matches its
sealed hash stops the copy, and fsyncs each file, then its folders, then the medium's file
system. :func:`read_back` drops each written file's cached pages (``posix_fadvise`` DONTNEED,
which works on clean pages, so after the fsync), checks with ``mincore`` that none is left in
memory, and reads and hashes the file from the medium.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import mmap
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO

from app.copies.medium import CHUNK, LIBC, Medium, SourceDamaged, write_all
from audio.text import QT_TRANSLATE_NOOP, msg

_m = partial(msg, "Copies")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Copies",
    "{path} on this station cannot be read ({why}): the station's disk has a problem, not the "
    "medium. Nothing was changed on the station; report it to the court's technician.",
)
NOT_AS_SEALED = QT_TRANSLATE_NOOP(
    "Copies",
    "{path} on this station does not match its sealed hash: the station's copy is damaged. "
    "Nothing was changed on the station; run `zhazba verify` on the package and report it to "
    "the court administrator.",
)


@dataclass
class CopyItem:
    """One file to write: where it comes from, where it goes, and the hash it must have."""

    source: Path
    dest: str  # relative to the medium's root
    size: int
    expected_sha256: str | None = None


Tick = Callable[[int, str], None]  # (bytes just done, file) -> may raise ExportCancelled


def _unreadable(path: Path, e: OSError) -> SourceDamaged:
    return SourceDamaged(_m(UNREADABLE, path=str(path), why=e.strerror or str(e)))


def _station_file(path: Path) -> BinaryIO:
    """Open a station file, so that its errors are never blamed on the medium."""
    try:
        return open(path, "rb")
    except OSError as e:
        raise _unreadable(path, e) from e


def _read_station(src: BinaryIO, path: Path) -> bytes:
    try:
        return src.read(CHUNK)
    except OSError as e:
        raise _unreadable(path, e) from e


def write_files(medium: Medium, items: list[CopyItem], tick: Tick) -> dict[str, str]:
    """Copy every item (new files only), fsync each; returns dest -> SHA-256 of what was written.

    The source bytes are hashed as they are read, so a station file that does not match its
    sealed hash stops the copy (:class:`SourceDamaged`) instead of spreading a damaged copy.
    """
    written: dict[str, str] = {}
    dirs: set[str] = set()
    for item in items:
        medium.check_present()
        parent = str(Path(item.dest).parent)
        if parent != "." and parent not in dirs:
            medium.makedirs(parent)
            dirs.add(parent)
        h = hashlib.sha256()
        path, dfd = medium._at(item.dest)
        out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644, dir_fd=dfd)
        try:
            with _station_file(item.source) as src:
                while True:
                    block = _read_station(src, item.source)
                    if not block:
                        break
                    h.update(block)
                    write_all(out, block)
                    tick(len(block), item.dest)
            os.fsync(out)
            drop_cache(out)
        finally:
            os.close(out)
        digest = h.hexdigest()
        if item.expected_sha256 and digest != item.expected_sha256:
            raise SourceDamaged(_m(NOT_AS_SEALED, path=str(item.source)))
        written[item.dest] = digest
    for d in sorted(dirs, key=lambda s: -s.count("/")):
        medium.fsync_dir(d)
        for up in Path(d).parents:
            if str(up) != ".":
                medium.fsync_dir(str(up))
    medium.fsync_dir()
    medium.sync()
    return written


def drop_cache(fd: int) -> None:
    """Ask the kernel to forget the (clean, fsynced) cached pages of a file."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def resident_pages(fd: int) -> int | None:
    """How many pages of the file are in memory now (mincore); None where that cannot be asked."""
    size = os.fstat(fd).st_size
    if LIBC is None or size == 0:
        return None if LIBC is None else 0
    addr = LIBC.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
    if addr in (None, ctypes.c_void_p(-1).value):
        return None
    try:
        pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
        vec = (ctypes.c_ubyte * pages)()
        if LIBC.mincore(addr, size, vec) != 0:
            return None
        return sum(v & 1 for v in vec)
    finally:
        LIBC.munmap(addr, size)


@dataclass
class ReadBack:
    files: int = 0
    bytes: int = 0
    cold_files: int = 0  # files with no page in memory when their read began
    unknown_files: int = 0  # files whose residency could not be asked
    mismatched: list[str] = field(default_factory=list)


def read_back(medium: Medium, expected: dict[str, str], tick: Tick) -> ReadBack:
    """Read every written file back from the medium and compare it with what was written."""
    report = ReadBack()
    for rel, digest in sorted(expected.items()):
        medium.check_present()
        path, dfd = medium._at(rel)
        fd = os.open(path, os.O_RDONLY, dir_fd=dfd)
        try:
            drop_cache(fd)
            resident = resident_pages(fd)
            if resident is None:
                report.unknown_files += 1
            elif resident == 0:
                report.cold_files += 1
            if hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
            h = hashlib.sha256()
            while True:
                block = os.read(fd, CHUNK)
                if not block:
                    break
                h.update(block)
                report.bytes += len(block)
                tick(len(block), rel)
        finally:
            os.close(fd)
        report.files += 1
        if h.hexdigest() != digest:
            report.mismatched.append(rel)
    return report
