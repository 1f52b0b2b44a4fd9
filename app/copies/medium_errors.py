"""What can go wrong with a medium, said once: the copy's exceptions and their messages.

Every refusal about a medium — an ``OSError`` from it (its errno), or a check made before
writing — comes from the one table :data:`PROBLEMS` through :func:`medium_problem` and
:func:`medium_error`, as one of the things a secretary can act on (:class:`MediumGone`,
:class:`MediumFull`, :class:`MediumReadOnly`). The messages are :class:`audio.text.Msg`: English
as strings, said in Kazakh or Russian by the window and the command line.
"""

from __future__ import annotations

import errno
from functools import partial

from audio.text import QT_TRANSLATE_NOOP, msg

GONE = {
    errno.EIO,
    errno.ENODEV,
    errno.ENOENT,
    errno.ENXIO,
    errno.ENOTCONN,
    errno.ESTALE,
    errno.ENOMEDIUM if hasattr(errno, "ENOMEDIUM") else errno.ENODEV,
    errno.EBADF,
}
FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class ExportError(Exception):
    """The copy did not happen; ``code`` names the reason for programs, the message for people."""

    code = "failed"


class MediumGone(ExportError):
    code = "medium_gone"


class MediumFull(ExportError):
    code = "medium_full"


class MediumReadOnly(ExportError):
    code = "medium_read_only"


class ExportCancelled(ExportError):
    code = "cancelled"


class MediumNotEmpty(ExportError):
    code = "medium_not_empty"


class SourceDamaged(ExportError):
    code = "source_damaged"


class ReadBackFailed(ExportError):
    code = "read_back_failed"


_m = partial(msg, "Copies")
# What a failure of the medium means to a secretary: the one table every refusal about the
# medium comes from (an OSError's errno, or a check made before writing).
PROBLEMS: dict[str, tuple[type[ExportError], str]] = {
    "full": (
        MediumFull,
        QT_TRANSLATE_NOOP(
            "Copies",
            "the medium at {where} is full ({doing}). Use a larger medium, or clear this one.",
        ),
    ),
    "read_only": (
        MediumReadOnly,
        QT_TRANSLATE_NOOP(
            "Copies",
            "the medium at {where} is read-only: nothing can be written to it ({doing}). Slide "
            "the stick's write-protect switch off, or use another medium.",
        ),
    ),
    "gone": (
        MediumGone,
        QT_TRANSLATE_NOOP(
            "Copies",
            "the medium at {where} was unmounted or removed, or stopped answering, while {doing} "
            "({why}). Plug it in again and start the copy again; the copy on it is incomplete "
            "and must not go into the case file.",
        ),
    ),
    "failed": (
        ExportError,
        QT_TRANSLATE_NOOP("Copies", "the medium at {where} failed while {doing}: {why}"),
    ),
}
# What the station was doing with the medium, said in the refusal.
DOING = {
    "listing": _m(QT_TRANSLATE_NOOP("Copies", "listing what is on it")),
    "opening": _m(QT_TRANSLATE_NOOP("Copies", "opening it")),
    "present": _m(QT_TRANSLATE_NOOP("Copies", "checking it is still there")),
    "checking": _m(QT_TRANSLATE_NOOP("Copies", "checking it")),
    "clearing": _m(QT_TRANSLATE_NOOP("Copies", "clearing it")),
    "writing": _m(QT_TRANSLATE_NOOP("Copies", "writing the copy")),
    "reading back": _m(QT_TRANSLATE_NOOP("Copies", "reading the copy back")),
    "verifying": _m(QT_TRANSLATE_NOOP("Copies", "verifying the copy")),
    "done": _m(QT_TRANSLATE_NOOP("Copies", "finishing the copy")),
}


NOT_THERE = QT_TRANSLATE_NOOP("Copies", "{where} is not there: no medium is mounted at that place.")
NOT_MOUNTED = QT_TRANSLATE_NOOP(
    "Copies",
    "{where} is a folder on this computer, not a mounted medium. Plug the medium in and choose "
    "the place it is mounted at.",
)
CHANGED_SINCE_SHOWN = QT_TRANSLATE_NOOP(
    "Copies",
    "what is on the medium at {where} changed since it was shown for confirmation; nothing was "
    "deleted. Look at the list again and confirm it.",
)


def errno_kind(code: int | None) -> str:
    """The kind of medium failure (a key of :data:`PROBLEMS`) an errno means."""
    if code in FULL:
        return "full"
    if code in READ_ONLY:
        return "read_only"
    if code in GONE:
        return "gone"
    return "failed"


def medium_problem(kind: str, where: str, doing: str, why: str = "") -> ExportError:
    """The refusal for a failure of the medium at ``where`` of ``kind`` while ``doing`` (a key
    of :data:`DOING`, or a text of its own)."""
    cls, template = PROBLEMS[kind]
    return cls(_m(template, where=where, doing=DOING.get(doing, doing), why=why or "—"))


def medium_error(e: OSError, where: str, doing: str) -> ExportError:
    """The plain-words error for an OSError raised by the medium."""
    return medium_problem(errno_kind(e.errno), where, doing, e.strerror or str(e))
