"""Wiring of live anchors into a recording session, and their copy into the hearing before sealing.

:func:`protect` is what the window and `zhazba record` call after creating a
:class:`app.hearing.session.HearingSession`: when the station has a court archive configured
(settings and credentials) and anchors are not switched off, it attaches an
:class:`AnchorCompanion` — the :class:`app.anchoring.anchors.Anchorer` thread for this hearing and
an
:class:`app.anchoring.upload.AnchorSender` that also sends anchors left queued by earlier hearings
— which the session starts with the engine and stops after the end. :func:`copy_anchors_into`
copies the anchors the station holds for a hearing into its folder (``anchors/``) so that
sealing puts them into the package.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.anchoring.anchors import Anchorer, AnchorSettings, Outbox, token_path
from app.anchoring.upload import AnchorSender
from audio.durable import write_atomically
from audio.text import QT_TRANSLATE_NOOP, Msg, msg

log = logging.getLogger(__name__)

OUTBOX_FOLDER = "anchors"
HEARING_ANCHORS = "anchors"


def outbox_for(station_folder: Path) -> Outbox:
    return Outbox(Path(station_folder) / OUTBOX_FOLDER)


class AnchorCompanion:
    """Starts and stops the anchorer and the sender with the recording."""

    def __init__(
        self, anchorer: Anchorer, sender: AnchorSender, flush_seconds: float = 10.0
    ) -> None:
        self.anchorer = anchorer
        self.sender = sender
        self.flush_seconds = flush_seconds
        self.delivered = False

    def start(self) -> None:
        self.sender.start()
        self.anchorer.start()

    def stop(self) -> None:
        """After the end: the end anchor is written, and sent if the archive takes it soon."""
        self.anchorer.stop()
        self.delivered = self.sender.flush(self.anchorer.builder.hearing, self.flush_seconds)
        self.sender.stop()

    def status(self) -> str:
        problem = self.sender.last_problem or self.anchorer.last_problem
        queued = len(self.anchorer.outbox.pending(self.anchorer.builder.hearing))
        counts = msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{made} anchors made, {sent} sent, {queued} queued"),
            made=self.anchorer.builder.n, sent=self.sender.sent, queued=queued)  # fmt: skip
        return (
            Msg("", "{counts} ({problem})", {"counts": counts, "problem": problem})
            if problem
            else counts
        )


def protect(
    session: Any,
    station_folder: Path,
    *,
    interval_seconds: float | None = None,
    tsa_url: str | None = None,
) -> AnchorCompanion | None:
    """Attach live anchors to ``session`` when the station's archive is configured."""
    from app.accounts.secrets import SecretStore
    from app.archive.s3 import make_client
    from app.archive.settings import SettingsDamaged, SettingsError, load_archive_settings

    station_folder = Path(station_folder)
    settings_path = station_folder / "settings.json"
    anchor_settings = AnchorSettings.load(settings_path)
    if not anchor_settings.enabled:
        return None
    try:
        archive = load_archive_settings(settings_path)
        archive.validate()
    except SettingsDamaged:
        raise  # fail closed: a damaged settings file is never "no archive, no anchors"
    except SettingsError:
        return None
    secrets = SecretStore(station_folder / "secrets.json", station_folder / "station.key")
    try:
        credentials = secrets.archive_credentials()
    except Exception:  # noqa: BLE001 - unreadable secrets: no anchors, the recording goes on
        credentials = None
    if credentials is None:
        return None
    outbox = outbox_for(station_folder)
    sender = AnchorSender(
        outbox,
        archive,
        lambda: make_client(archive, credentials),
        tsa_url=anchor_settings.tsa_url or tsa_url,
        retention_margin_days=anchor_settings.retention_margin_days,
    )
    try:
        sender.prepare()
    except Exception as e:  # noqa: BLE001 - a bad setting: no anchors, the recording goes on
        log.warning("no live anchors: %s", e)
        return None
    anchorer = Anchorer(
        session.folder,
        outbox,
        interval_seconds or anchor_settings.interval_seconds,
        on_anchor=sender.wake,
    )
    companion = AnchorCompanion(anchorer, sender, anchor_settings.flush_seconds)
    session.companions.append(companion)
    return companion


def copy_anchors_into(hearing_folder: Path, station_folder: Path) -> int:
    """Copy the station's anchors of this hearing (and their timestamp tokens) into
    ``<hearing>/anchors/`` before sealing; returns how many anchors are there."""
    from signing.seal import package_path_for

    hearing_folder = Path(hearing_folder)
    source = outbox_for(station_folder).anchors(hearing_folder.name)
    if not source or package_path_for(hearing_folder).exists():
        return 0
    target = hearing_folder / HEARING_ANCHORS
    target.mkdir(exist_ok=True)
    for anchor in source:
        for path in (anchor, token_path(anchor)):
            if path.exists() and not (target / path.name).exists():
                write_atomically(target / path.name, path.read_bytes())
    return len(source)
