"""What one self-check found, as the technician's window shows it.

The checks themselves run in :mod:`app.selfcheck.checks`; the window (ui/selfcheck/) reads their
results, turns a check's code into its translated text, and recognises a device that could not be
opened. Those are the audio layer's own types, re-exported here (ui/ imports app/ only).
"""

from __future__ import annotations

from audio.selfcheck import CheckResult, check_msg
from audio.sources import SourceError

__all__ = ["CheckResult", "SourceError", "check_msg"]
