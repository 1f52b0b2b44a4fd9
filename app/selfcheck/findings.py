"""What one self-check found, as the technician's window shows it.

The checks themselves run in :mod:`app.selfcheck.checks`; the window (ui/selfcheck/) reads their
results, turns a check's code into its translated text, and recognises a device that could not be
opened. Those are the audio layer's own types, re-exported here (ui/ imports app/ only).
"""

from __future__ import annotations

from typing import Any

from audio.selfcheck import CheckResult, check_msg
from audio.sources import SourceError

__all__ = ["CheckResult", "SourceError", "check_msg", "result"]


def result(
    check: str,
    verdict: Any,
    text: str,
    remedy: str = "",
    details: dict[str, Any] | None = None,
    **params: Any,
) -> CheckResult:
    """A check's result from its templates (marked with QT_TRANSLATE_NOOP where written): the
    message is ``text`` filled with ``params``, the remedy ``remedy`` (no remedy when empty)."""
    return CheckResult(
        check,
        verdict,
        check_msg(text, **params),
        check_msg(remedy) if remedy else "",
        details or {},
    )
