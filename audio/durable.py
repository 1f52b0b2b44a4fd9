"""Durable file operations: the one place that fsyncs files and folders, and replaces files.

Evidence must survive a power cut: data is fsynced before it is relied on, a file that is replaced
is written beside its target, fsynced and renamed over it (so a crash leaves the old or the new
version, never half of one), and the folder holding a new or renamed entry is fsynced too.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def replacing(path: str | os.PathLike[str], *, mode: int | None = None) -> Iterator[Path]:
    """Give a temporary path beside ``path`` to write a file at; when the block ends without an
    error, the file is fsynced and renamed over ``path`` and the folder fsynced, else it is
    removed. The temporary file is created empty first, with ``mode`` when given (0o600: a secret
    is never readable by others, not even for an instant)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # made before the caller writes: a folder that takes no file says so with the system's
        # own error (a read-only drive, no permission), not a writer's guess
        os.close(
            os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666 if mode is None else mode)
        )
        if mode is not None:
            os.chmod(tmp, mode)  # whatever the umask took away
        yield tmp
        fsync_path(tmp)
        move_into_place(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):  # the error that stopped the write is the one to tell
            tmp.unlink(missing_ok=True)
        raise


def move_into_place(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """Rename ``src`` (a file or folder already written and fsynced) to ``dst`` and fsync the
    folder that holds it, so the new name survives a power cut."""
    os.replace(src, dst)
    fsync_path(Path(dst).parent)


def write_atomically(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data``: temp file beside it, fsync, rename, fsync the folder."""
    with replacing(path, mode=mode) as tmp, open(tmp, "r+b") as f:
        f.write(data)
