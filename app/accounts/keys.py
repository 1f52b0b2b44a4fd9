"""The secretary's signing key as the windows open it: a PKCS#12 file, its holder and problems.

Sign-in with a key, the key dialog and the self-check open keys through :mod:`signing.keys`;
the windows (ui/) import app/ only, so the names they use are re-exported here as they are.
"""

from __future__ import annotations

from signing.keys import (
    EXPIRY_WARNING_DAYS,
    GOST_MESSAGE,
    KeyInfo,
    KeyProblem,
    OpenedKey,
    open_key_file,
)

__all__ = [
    "EXPIRY_WARNING_DAYS",
    "GOST_MESSAGE",
    "KeyInfo",
    "KeyProblem",
    "OpenedKey",
    "open_key_file",
]
