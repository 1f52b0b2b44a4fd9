"""Durable file operations: the one place that fsyncs files and folders, and replaces files.

Evidence must survive a power cut: data is fsynced before it is relied on, a file that is replaced
is written beside its target, fsynced and renamed over it (so a crash leaves the old or the new
version, never half of one), and the folder holding a new or renamed entry is fsynced too.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_path(path: str | os.PathLike[str], *, missing_ok: bool = False) -> None:
    """fsync a file or a folder (a folder: so that entries created or renamed in it persist)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        if missing_ok:
            return
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data``: temp file beside it, fsync, rename, fsync the folder."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_path(path.parent)
