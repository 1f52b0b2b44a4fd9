"""What the operating system said when a file could not be written or read, in words a
translator can take (its own strings are English only).

:func:`os_error_name` is the one place that turns an ``OSError`` into words: the recorder's
failures (:mod:`audio.segments`, the journal) and the command line's refusals
(``app.cli.errors.describe_os_error``, which adds what to do) use it alike.
"""

from __future__ import annotations

import errno

from audio.text import QT_TRANSLATE_NOOP, msg

# errno → what the operating system said, in words a translator can take (its own strings are
# English only); the command line adds what to do (app.cli.errors.describe_os_error)
OS_ERROR_NAMES: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Cli", "No space left on device"),
    errno.EROFS: QT_TRANSLATE_NOOP("Cli", "Read-only file system"),
    errno.EACCES: QT_TRANSLATE_NOOP("Cli", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Cli", "Operation not permitted"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Cli", "File name too long"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "No such file or directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Cli", "Not a directory"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "Is a directory"),
    errno.EIO: QT_TRANSLATE_NOOP("Cli", "Input/output error"),
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP("Cli", "Connection refused"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("Cli", "Connection timed out"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("Cli", "No route to host"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("Cli", "Network is unreachable"),
}


def os_error_name(e: BaseException) -> str:
    """What an operating-system error says: a translatable message for the common ones, else
    its own (English) words."""
    name = OS_ERROR_NAMES.get(getattr(e, "errno", None) or -1)
    if name is not None:
        return msg("Cli", name)
    return getattr(e, "strerror", None) or str(e)
