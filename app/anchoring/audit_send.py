"""Sending audit anchors (:mod:`app.anchoring.audit_anchor`) with the anchor sender.

:func:`sender_for` builds an :class:`app.anchoring.upload.AnchorSender` over the station's outbox
that sees only the audit anchors; :func:`send_soon` uploads them in a background thread after an
account change or station-record entry (the S3 client is built first, in the caller's thread,
and kept while settings and secrets are unchanged), and a command that ends waits for it at most
:data:`SEND_WAIT_SECONDS`; what does not go stays queued for the next check, `zhazba anchors send`
or the sender of the next recording.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from pathlib import Path
from typing import Any

from app.anchoring.anchors import Outbox
from app.anchoring.audit_anchor import STREAM
from audio.text import QT_TRANSLATE_NOOP, msg

log = logging.getLogger(__name__)

SEND_WAIT_SECONDS = 3.0  # how long an ending command waits for its anchors to reach the archive


class AuditOutbox(Outbox):
    """The outbox as the sender sees it when only the audit anchors are to go now."""

    def pending(self, hearing: str | None = None) -> list[Path]:
        return super().pending(STREAM)


def sender_for(station: Path) -> Any:
    """An :class:`app.anchoring.upload.AnchorSender` for the station's archive, or the reason
    (a string) why there is none."""
    from app.accounts.secrets import SecretStore
    from app.anchoring.anchors import AnchorSettings
    from app.anchoring.upload import AnchorSender
    from app.archive.s3 import make_client
    from app.archive.settings import SettingsError, load_archive_settings

    station = Path(station)
    try:
        settings = load_archive_settings(station / "settings.json")
        settings.validate()
    except SettingsError as e:  # SettingsDamaged too: the check cannot be made, said so
        return str(e)
    credentials = SecretStore(station / "secrets.json", station / "station.key")
    stored = credentials.archive_credentials()
    if stored is None:
        return msg("Anchors", QT_TRANSLATE_NOOP("Anchors", "no archive credentials are stored"))
    anchors = AnchorSettings.load(station / "settings.json")
    root = station / "anchors"
    return AnchorSender(
        AuditOutbox(root), settings,
        lambda: make_client(settings, stored), retention_margin_days=anchors.retention_margin_days,
    )  # fmt: skip


_SENDING = threading.Lock()  # one sender at a time in this process
_THREADS: list[threading.Thread] = []


def send_soon(station: Path) -> threading.Thread | None:
    """Send the queued audit anchors in a background thread (joined at exit, bounded). The S3
    client is built here, before: ~0.15 s of CPU that must not compete with a recording that
    starts right after a station-record entry (the upload itself waits on the network)."""
    try:
        sender = cached_sender(station)
        if isinstance(sender, str):
            return None  # no archive: the anchors stay queued
        sender.prepare()
    except Exception as e:  # noqa: BLE001 - queued, sent again later
        log.warning("audit anchors not sent: %s", e)
        return None

    def run() -> None:
        with _SENDING:
            try:
                sender.send_pending()
            except Exception as e:  # noqa: BLE001 - queued, sent again later
                log.warning("audit anchors not sent: %s", e)

    thread = threading.Thread(target=run, name="audit-anchor-sender", daemon=True)
    if not _THREADS:
        atexit.register(_join_at_exit)
    _THREADS[:] = [t for t in _THREADS if t.is_alive()] + [thread]
    thread.start()
    return thread


_SENDERS: dict[tuple[Path, float, float], Any] = {}


def cached_sender(station: Path) -> Any:
    """:func:`sender_for`, kept while settings and secrets are unchanged (building an S3 client
    costs about 0.15 s of CPU; a station changes accounts one at a time, but often)."""
    station = Path(station)
    key = (station, _mtime(station / "settings.json"), _mtime(station / "secrets.json"))
    if key not in _SENDERS:
        sender = sender_for(station)
        if isinstance(sender, str):
            return sender
        _SENDERS.clear()
        _SENDERS[key] = sender
    return _SENDERS[key]


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


def _join_at_exit() -> None:
    deadline = time.monotonic() + SEND_WAIT_SECONDS
    for thread in _THREADS:
        thread.join(max(0.0, deadline - time.monotonic()))
