"""The composition root: the station's own files and the long-lived objects built from them.

One :class:`Station` is made at start-up (by the window or a command) and passed to whoever needs
it; nothing reaches it through a global. It knows where the catalog, settings, secrets and the
hearings live, holds the secretary's opened key (in memory only), and carries out what the Rules
ask for when a hearing ends (p. 14): the hearing is registered in the catalog, sealed and signed
automatically with the open key — or journaled as waiting for one, and sealed the moment a key is
opened — and the sealed package is queued for the court archive when an archive is configured.
At start-up it closes hearings a crash left unfinished.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.accounts.secrets import SecretStore
from app.archive.s3 import make_client
from app.archive.settings import ArchiveSettings, archive_section, load_archive_settings
from app.archive.upload import ArchiveError, Archiver
from app.catalog.store import Catalog
from app.evidence.binding import refuse_wrong_signer, station_registry
from app.evidence.trust import TrustStoreError, installed_chain, refuse_unfit_key
from app.hearing.recovery import RecoveryReport, find_unfinished, recover_hearing
from app.hearing.session import HearingSession
from app.hearing.simulated import MARK, is_simulated
from app.station_folder import default_folder
from signing.keys import KeyInfo, OpenedKey, Signer
from signing.seal import SealResult, pending_hearings, seal_hearing, seal_or_mark_pending

TSA_ENV = "ZHAZBA_TSA_URL"


@dataclass
class FinishResult:
    """What happened after a hearing ended, in words the secretary can be shown."""

    folder: Path
    sealed: SealResult | None = None
    pending: bool = False
    queued: bool = False
    documents: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        if self.sealed is not None:
            text = f"sealed and signed: {self.sealed.package.name}"
            if not self.sealed.timestamped and self.sealed.timestamp_problem:
                text += f" (no timestamp yet: {self.sealed.timestamp_problem})"
        else:
            text = "waiting for the secretary's key to be sealed"
        if self.queued:
            text += "; queued for the court archive"
        return "; ".join([text, *self.problems])


class Station:
    """Paths of the station's own files, and the objects built from them."""

    def __init__(self, folder: str | Path | None = None, hearings: str | Path | None = None):
        self.folder = Path(folder) if folder else default_folder()
        self.catalog_path = self.folder / "catalog.sqlite"
        self.signed_in = ""  # the signed-in account's user name (the window sets it)
        self.settings_path = self.folder / "settings.json"
        self.secrets = SecretStore(self.folder / "secrets.json", self.folder / "station.key")
        self.hearings = Path(hearings) if hearings else self.folder / "hearings"
        self.signer: Signer | None = None
        self.key_info: KeyInfo | None = None
        self.opened_key: OpenedKey | None = None
        self.tsa_url: str | None = os.environ.get(TSA_ENV) or None

    # ------------------------------------------------------------------ objects
    def catalog(self) -> Catalog:
        self.folder.mkdir(parents=True, exist_ok=True)
        return Catalog(self.catalog_path)

    def archiver(self, catalog: Catalog) -> Archiver:
        settings = load_archive_settings(self.settings_path)
        settings.validate()

        def client() -> Any:
            credentials = self.secrets.archive_credentials()
            if credentials is None:
                raise ArchiveError(
                    "credentials",
                    "no archive credentials are stored on this station; an administrator enters "
                    "them with `zhazba archive credentials`",
                )
            return make_client(settings, credentials)

        return Archiver(
            catalog,
            settings,
            client,
            ca_file=installed_chain(self.folder),
            registry=station_registry(self.catalog_path),
        )

    def archive_configured(self) -> bool:
        """Whether sealed packages go to the court archive. No settings file or no archive
        section: not configured, a normal state. A damaged file or invalid archive settings
        raise SettingsError naming the file (fail closed: packages are never silently kept
        off the archive)."""
        section = archive_section(self.settings_path)
        if section is None or not (section.get("endpoint") or section.get("bucket")):
            return False
        settings = ArchiveSettings.from_dict(section)
        settings.validate()
        return bool(settings.endpoint) and bool(settings.bucket)

    # ------------------------------------------------------------------ key
    def open_key(
        self, path: str | Path, password: str, *, seal_waiting: bool = True
    ) -> tuple[KeyInfo, list[FinishResult]]:
        """Open the secretary's key (p. 14) and seal every hearing that was waiting for one
        (``seal_waiting=False``: the caller runs :meth:`seal_waiting` itself, e.g. off the GUI
        thread, since a timestamp server that does not answer takes seconds per hearing)."""
        from app.accounts.key_attempts import open_key_counted
        from signing.cades import RsaCadesSigner

        with self.catalog() as catalog:  # wrong passwords are counted and locked (#16)
            opened, info = open_key_counted(catalog, path, password, source="window")
        try:
            refuse_unfit_key(opened, self.folder)  # weak, self-signed, or not the court's chain
        except TrustStoreError as e:  # a court station without its chain: one line, no key
            from signing.keys import KeyProblem

            raise KeyProblem(e.message) from e
        self.signer = RsaCadesSigner(opened)
        self.opened_key = opened  # for signing reports (self-check)
        self.key_info = info
        return info, self.seal_waiting() if seal_waiting else []

    def seal_waiting(self) -> list[FinishResult]:
        """Seal, with the open key, every hearing that was waiting for one; a hearing that cannot
        be sealed is reported in its result and stays waiting, the others are sealed."""
        signer = self.signer
        if signer is None or not self.hearings.exists():
            return []
        results = []
        for hearing in pending_hearings(self.hearings):
            why = self._court_key_refused(hearing)
            if why:
                refused = FinishResult(hearing)
                refused.problems.append(why)
                results.append(refused)
                continue
            try:
                self.refuse_wrong_signer(hearing)
                self.copy_anchors(hearing)
                sealed = seal_hearing(hearing, signer, self.tsa_url)
            except Exception as e:  # noqa: BLE001 - one hearing must not stop the others
                failed = FinishResult(hearing)
                failed.problems.append(f"{hearing.name}: sealing failed: {e}")
                results.append(failed)
                continue
            results.append(self._after_seal(hearing, sealed))
        return results

    def refuse_wrong_signer(self, hearing: Path) -> None:
        """SealError when the open key is not the hearing's secretary's (no substitution)."""
        if self.opened_key is not None:
            refuse_wrong_signer(
                hearing, self.opened_key.certificate, station_registry(self.catalog_path)
            )

    def _court_key_refused(self, hearing: Path) -> str | None:
        from app.hearing.simulated import refuse_court_key

        if self.opened_key is None:
            return None
        return refuse_court_key(hearing, self.opened_key.certificate, self.folder)

    def close_key(self) -> None:
        self.opened_key = None
        self.signer = None
        self.key_info = None

    # ------------------------------------------------------------------ hearings
    def register(self, folder: Path) -> None:
        with self.catalog() as catalog:
            catalog.register_folder(folder)

    def finish(self, session: HearingSession) -> FinishResult:
        """End the hearing, then seal it (or mark it pending) and queue it for the archive."""
        session.end()
        folder = session.folder
        result = FinishResult(folder)
        try:
            self.register(folder)
        except Exception as e:  # noqa: BLE001 - bookkeeping must not stop sealing
            result.problems.append(f"the catalog was not updated: {e}")
        if session.engine is not None and session.engine.error:
            result.problems.append(
                f"the recording stopped with an error; run `zhazba recover {folder}`"
            )
            return result
        result.documents = self.write_documents(folder, result.problems)
        why = self._court_key_refused(folder)
        if why:  # a simulated hearing is never sealed with a court key (app/hearing/simulated.py)
            result.problems.append(why)
            return result
        return self._seal(folder, result)

    def _seal(self, folder: Path, result: FinishResult) -> FinishResult:
        """Seal with the open key (its holder must be the hearing's secretary), the anchors
        inside; with no key open the hearing waits (pending). Never raises: the hearing stays
        intact and the problem is said."""
        try:
            if self.signer is not None:
                self.refuse_wrong_signer(folder)
            self.copy_anchors(folder)
            sealed = seal_or_mark_pending(folder, self.signer, self.tsa_url)
        except Exception as e:  # noqa: BLE001 - the hearing stays intact; say why
            result.problems.append(f"sealing failed: {e}")
            return result
        if sealed is None:
            result.pending = True
            return result
        return self._after_seal(folder, sealed, result)

    def hearing_id_taken(self, name: str) -> bool:
        """Whether the station's record has seen the hearing id ``name`` (never given twice)."""
        from app.evidence.register import id_taken_check

        return id_taken_check(self.folder)(name)

    def protect(self, session: HearingSession) -> Any:
        """Live anchors to the court archive (app/anchoring/wiring.py) and, when the station has
        one, the second copy (app/hearing/mirror.py) while ``session`` records."""
        from app.anchoring.wiring import protect
        from app.evidence.register import record_opening
        from app.hearing.mirror import mirror_folder_setting, mirror_session

        # the station's own record of the hearing's secretary and closed flag, account-bound
        try:
            record_opening(self.folder, session.folder, self.signed_in)
        except Exception as e:  # noqa: BLE001 - one line for the secretary, and no recording
            from app.hearing.session import SessionError

            raise SessionError(
                f"the station's record of this hearing could not be written ({e}); ask the "
                "technician to check the station catalog"
            ) from e
        mirror = mirror_folder_setting(self.settings_path)
        if mirror is not None:
            mirror_session(session, mirror)
        return protect(session, self.folder, tsa_url=self.tsa_url)

    def copy_anchors(self, folder: Path) -> None:
        """Before sealing: the hearing's anchors go into its folder, so into the package."""
        from app.anchoring.wiring import copy_anchors_into

        copy_anchors_into(folder, self.folder)

    def write_documents(self, folder: Path, problems: list[str]) -> list[Path]:
        """Before sealing (so they are part of the package): the brief protocol in Kazakh and
        Russian (none for cassation, p. 5) and, when the journal shows a failure, the act
        (p. 17–18). A document that cannot be made is reported, never a reason not to seal."""
        from app.documents import DocumentError, make_document
        from app.hearing.details import load_hearing_json

        made: list[Path] = []
        # The act first: the protocol says "an act was drawn up" only when one was (p. 17).
        wanted = ["act"]
        if load_hearing_json(folder).get("instance") != "cassation":
            wanted.append("protocol")
        for kind in wanted:
            for lang in ("kk", "ru"):
                try:
                    made.append(make_document(kind, folder, lang, "pdf"))
                except DocumentError as e:
                    if kind == "protocol":
                        problems.append(f"the brief protocol ({lang}) was not written: {e}")
                    # an act is refused when nothing failed: that is the normal case
                except Exception as e:  # noqa: BLE001 - documents must not stop sealing
                    problems.append(f"the {kind} ({lang}) was not written: {e}")
        return made

    def after_failed_start(self, folder: Path) -> FinishResult:
        """Recording could not start (the device was unavailable): the hearing folder's journal
        says so and nothing was recorded. The protocol (stating that) and the act (p. 17) are
        written, and the hearing is sealed like any other, so the failure is on record."""
        result = FinishResult(folder)
        try:
            self.register(folder)
        except Exception as e:  # noqa: BLE001 - bookkeeping must not stop the documents
            result.problems.append(f"the catalog was not updated: {e}")
        try:  # a hearing held unrecorded is opened here too (app/evidence/register.py)
            from app.evidence.register import record_opening

            record_opening(self.folder, folder, self.signed_in)
        except Exception as e:  # noqa: BLE001 - said; sealing will refuse without it
            result.problems.append(f"the station's record of this hearing was not written: {e}")
        result.documents = self.write_documents(folder, result.problems)
        return self._seal(folder, result)

    def _after_seal(
        self, folder: Path, sealed: SealResult, result: FinishResult | None = None
    ) -> FinishResult:
        result = result or FinishResult(folder)
        result.sealed = sealed
        if self.opened_key is not None and self.key_info is not None:
            from app.evidence.binding import _fingerprint
            from app.evidence.register import record_sealed

            try:  # which certificate sealed it, in the station's audit log (court mode)
                record_sealed(
                    self.folder, folder.name, _fingerprint(self.opened_key.certificate),
                    self.key_info.holder,
                )  # fmt: skip
            except Exception as e:  # noqa: BLE001 - the package is sealed; say what is missing
                result.problems.append(f"the station's record of the seal was not written: {e}")
        try:
            with self.catalog() as catalog:
                record = catalog.register_folder(folder)
                catalog.set_state(record.id, "sealed", package=str(sealed.package))
                if self.archive_configured() and is_simulated(folder):  # never evidence
                    result.problems.append(f"{MARK}: not queued for the court archive")
                elif self.archive_configured():
                    self.archiver(catalog).queue_package(sealed.package)
                    result.queued = True
        except Exception as e:  # noqa: BLE001 - the package is sealed; bookkeeping can catch up
            result.problems.append(f"the catalog or upload queue was not updated: {e}")
        return result

    def station_checks(
        self, channels: int, rate: int, bits: int, *, kind: str = "prehearing", who: str = ""
    ) -> list[dict[str, Any]]:
        """The self-check's station checks (disk space in hours, write speed, clock, the open
        key's certificate, the archive), kept in the self-check history; used before each
        hearing (the window adds its own device and microphone checks) and at start-up."""
        from app.selfcheck.checks import SelfCheckSettings, run_checks
        from app.selfcheck.report import open_history

        settings = SelfCheckSettings(
            channels=channels, rate=rate, bits=bits, recordings=self.hearings
        )
        checks = ["disk_space", "write_speed", "clock", "certificate"]
        from app.hearing.mirror import mirror_folder_setting

        settings.mirror = mirror_folder_setting(self.settings_path)
        if settings.mirror is not None:
            checks.append("mirror")
        if self.archive_configured():
            checks.append("archive")
            settings.archive_endpoint = load_archive_settings(self.settings_path).endpoint
        self.hearings.mkdir(parents=True, exist_ok=True)
        run = run_checks(settings, checks, key=self.opened_key, who=who, kind=kind)
        with contextlib.suppress(Exception), self.catalog() as catalog:  # history: best effort
            open_history(self.folder, catalog).add(run)
        return [r.to_json() for r in run.results]

    def recover_unfinished(self) -> list[RecoveryReport]:
        """At start-up: close every hearing a crash left unfinished, keeping all it can."""
        if not self.hearings.exists():
            return []
        reports = []
        from app.hearing.mirror import mirror_folder_setting, restore_from_mirror

        mirror = mirror_folder_setting(self.settings_path)
        for folder in find_unfinished(self.hearings):
            if mirror is not None:  # what the primary drive lost comes from the second copy
                restore_from_mirror(folder, mirror / folder.name)
            reports.append(recover_hearing(folder))
            # the catalog can always be rebuilt from the folders
            with contextlib.suppress(Exception):
                self.register(folder)
        return reports
