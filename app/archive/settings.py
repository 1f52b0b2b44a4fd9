"""Settings of the court archive upload (Rules p. 23, 24, 27) and the retention they imply.

Where the archive is (S3 endpoint, bucket, key prefix), when the station may replicate (a daily
window in station local time; none means any time), how long the archive must keep a package
(S3 Object Lock, COMPLIANCE mode) and how long the station keeps its own copy after a verified
upload (the package, and the hearing folder it was sealed from, whose files it shares).
Retention: the Rules keep a server copy at least one year after the judgment takes effect
(p. 24). When the package names that date (``judgment_effective_date`` in ``hearing.json`` or
``Judgment-Effective-Date`` in ``bag-info.txt``) the objects are locked until that date plus
``retention_days``; the station usually uploads before the judgment, so otherwise the lock runs
``retention_days_unknown_judgment`` from the upload (two years by default). COMPLIANCE retention
can be extended later but never shortened, so the default errs long. The credentials are not
here: they live encrypted in :mod:`app.accounts.secrets`.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from audio.durable import write_atomically
from audio.text import QT_TRANSLATE_NOOP, msg

MIB = 1024 * 1024


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True)
class ArchiveCredentials:
    """The archive's access key and secret; kept encrypted by :mod:`app.accounts.secrets`."""

    access_key: str
    secret_key: str

    def __repr__(self) -> str:  # never print the secret
        return f"ArchiveCredentials(access_key={self.access_key!r}, secret_key=***)"


@dataclass
class ArchiveSettings:
    endpoint: str = ""
    bucket: str = ""
    prefix: str = ""
    region: str = "us-east-1"
    ca_bundle: str | None = None
    retention_days: int = 365
    retention_days_unknown_judgment: int = 730
    multipart_threshold: int = 64 * MIB
    part_size: int = 16 * MIB
    upload_threads: int = 4  # parts of one file sent at once
    window_start: str | None = None  # "HH:MM" station local time, e.g. "22:00"
    window_end: str | None = None  # "HH:MM"; a window may run past midnight
    local_retention_days: float | None = 30.0  # None: never delete the local copy
    delete_hearing_folder: bool = True  # with the package (its audio is hard-linked to it)
    max_request_attempts: int = 3  # per S3 request, inside one upload attempt (botocore)
    backoff_base_seconds: float = 30.0  # between upload attempts of one package
    backoff_max_seconds: float = 3600.0
    connect_timeout: float = 5.0
    read_timeout: float = 60.0

    def validate(self) -> None:
        if not self.endpoint.startswith(("http://", "https://")):
            raise SettingsError(
                _said(
                    QT_TRANSLATE_NOOP(
                        "Cli", "archive endpoint must be an http:// or https:// address"
                    )
                )
            )
        if not self.bucket:
            raise SettingsError(_said(QT_TRANSLATE_NOOP("Cli", "archive bucket is not set")))
        if self.part_size < 5 * MIB:
            raise SettingsError(
                _said(
                    QT_TRANSLATE_NOOP(
                        "Cli", "archive part_size must be at least 5 MiB (S3 minimum)"
                    )
                )
            )
        if not 1 <= self.upload_threads <= 16:
            raise SettingsError(
                _said(QT_TRANSLATE_NOOP("Cli", "archive upload_threads must be between 1 and 16"))
            )
        if self.multipart_threshold < self.part_size:
            raise SettingsError(
                _said(
                    QT_TRANSLATE_NOOP(
                        "Cli", "archive multipart_threshold must be at least part_size"
                    )
                )
            )
        if self.retention_days < 1 or self.retention_days_unknown_judgment < 1:
            raise SettingsError(
                _said(QT_TRANSLATE_NOOP("Cli", "archive retention must be at least one day"))
            )
        if (self.window_start is None) != (self.window_end is None):
            raise SettingsError(
                _said(QT_TRANSLATE_NOOP("Cli", "set both window_start and window_end, or neither"))
            )
        for value in (self.window_start, self.window_end):
            if value is not None:
                _parse_hhmm(value)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> ArchiveSettings:
        known = {f.name for f in fields(cls)}
        unknown = set(doc) - known
        if unknown:
            unknown_names = QT_TRANSLATE_NOOP("Cli", "unknown archive settings: {names}")
            raise SettingsError(_said(unknown_names, names=", ".join(sorted(unknown))))
        return cls(**doc)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    # ---------------------------------------------------------------- retention
    def retain_until(
        self, uploaded: _dt.datetime, judgment_effective: _dt.date | None
    ) -> _dt.datetime:
        """The Object Lock retain-until date for a package uploaded at ``uploaded`` (aware UTC)."""
        if judgment_effective is not None:
            base = _dt.datetime.combine(judgment_effective, _dt.time(0, 0), tzinfo=_dt.UTC)
            until = base + _dt.timedelta(days=self.retention_days + 1)
            # never lock for less than retention_days from now, even for an old judgment
            return max(until, uploaded + _dt.timedelta(days=self.retention_days))
        return uploaded + _dt.timedelta(days=self.retention_days_unknown_judgment)

    # ---------------------------------------------------------------- window
    def in_window(self, now: _dt.datetime) -> bool:
        """Whether ``now`` (aware) is inside the daily upload window (station local time)."""
        if self.window_start is None or self.window_end is None:
            return True
        t = now.astimezone().time().replace(tzinfo=None)
        start, end = _parse_hhmm(self.window_start), _parse_hhmm(self.window_end)
        if start <= end:
            return start <= t < end
        return t >= start or t < end  # the window runs past midnight

    def next_window_start(self, now: _dt.datetime) -> _dt.datetime:
        """When the window opens next (``now`` if open now); aware, in station local time."""
        if self.in_window(now) or self.window_start is None:
            return now
        local = now.astimezone()
        start = _parse_hhmm(self.window_start)
        candidate = local.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
        if candidate <= local:
            candidate += _dt.timedelta(days=1)
        return candidate

    def describe_window(self) -> str:
        if self.window_start is None:
            return msg("Cli", QT_TRANSLATE_NOOP("Cli", "any time"))
        return msg("Cli", QT_TRANSLATE_NOOP("Cli", "daily {start}–{end} (station time)"),
                   start=self.window_start, end=self.window_end)  # fmt: skip


def _said(template: str, **params: Any) -> str:
    """A settings refusal, translatable (the command line says it in the user's language)."""
    return msg("Cli", template, **params)


def _parse_hhmm(value: str) -> _dt.time:
    try:
        hours, minutes = value.split(":")
        return _dt.time(int(hours), int(minutes))
    except ValueError as e:
        not_hhmm = QT_TRANSLATE_NOOP("Cli", "upload window time {value} is not HH:MM")
        raise SettingsError(_said(not_hhmm, value=repr(value))) from e


class SettingsDamaged(SettingsError):
    """The settings file exists but cannot be read or is not a settings file (fail closed)."""


def read_settings_file(path: str | Path) -> dict[str, Any] | None:
    """The whole station settings file (None when there is none); SettingsDamaged when it
    exists but cannot be read or parsed: never taken for "not configured"."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise SettingsDamaged(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the settings file {path} cannot be read ({reason}); check its permissions "
                    "(it belongs to the station's account)",
                ),
                path=str(path),
                reason=str(e.strerror or e),
            )
        ) from e
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise SettingsDamaged(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the settings file {path} is damaged ({reason}); restore it from a backup, "
                    "or move it away and have an administrator set the station up again",
                ),
                path=str(path),
                reason=_unreadable_json(e),
            )
        ) from e
    if not isinstance(doc, dict):
        raise SettingsDamaged(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the settings file {path} is damaged (not a JSON object); restore it from a "
                    "backup, or move it away and have an administrator set the station up again",
                ),
                path=str(path),
            )
        )
    return doc


def _unreadable_json(e: Exception) -> str:
    """Why the settings file's text is not JSON, as a translatable message with where it is."""
    if isinstance(e, json.JSONDecodeError):
        return msg("Cli", QT_TRANSLATE_NOOP("Cli", "not JSON: line {line}, column {column}"),
                   line=e.lineno, column=e.colno)  # fmt: skip
    if isinstance(e, UnicodeDecodeError):
        return msg("Cli", QT_TRANSLATE_NOOP("Cli", "not UTF-8 text: byte {position}"),
                   position=e.start)  # fmt: skip
    return msg("Cli", QT_TRANSLATE_NOOP("Cli", "nested too deeply"))


# The sections of settings.json, each an object (archive: also the whole file on old stations).
SECTIONS = ("archive", "court", "anchors", "mirror", "station")


def settings_section(path: str | Path, name: str) -> dict[str, Any]:
    """One section of the station settings file ({} when the file or the section is absent);
    SettingsDamaged when the file or that section is damaged. Every reader of settings.json
    goes through here or :func:`read_settings_file`: none of them falls back to a default."""
    doc = read_settings_file(path) or {}
    section = doc.get(name, {})
    if not isinstance(section, dict):
        raise section_damaged(path, name)
    return section


def section_damaged(path: str | Path, name: str) -> SettingsDamaged:
    """The error for a section of the settings file that is not what it should be."""
    return SettingsDamaged(
        msg(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                'the "{section}" section of the settings file {path} is damaged; restore the '
                "file from a backup or correct that section",
            ),
            section=name,
            path=str(path),
        )
    )


def write_settings_file(path: str | Path, doc: dict[str, Any]) -> None:
    """Replace the station settings file with ``doc``: written whole and renamed into place,
    readable by the station's account only (0600, in its 0700 folder)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"), mode=0o600)  # the station's account only


def archive_section(path: str | Path) -> dict[str, Any] | None:
    """The ``"archive"`` section of the settings file, None when the archive is not set up
    (no file, or no such section); SettingsDamaged when the file or section is damaged."""
    doc = read_settings_file(path)
    if doc is None or "archive" not in doc:
        return None
    section = doc["archive"]
    if not isinstance(section, dict):
        raise section_damaged(path, "archive")
    return section


def load_archive_settings(path: str | Path) -> ArchiveSettings:
    """The ``"archive"`` section of a station settings JSON file (or the whole file)."""
    path = Path(path)
    doc = read_settings_file(path)
    if doc is None:
        raise SettingsError(_said(QT_TRANSLATE_NOOP(
            "Cli", "no settings file {path}; an administrator sets the archive up with "
            "`zhazba archive configure`"), path=path))  # fmt: skip
    for name in SECTIONS:  # a damaged section is never "no archive settings" (fail closed)
        if name in doc and not isinstance(doc[name], dict):
            raise section_damaged(path, name)
    # the "archive" section, or (older stations) the whole file minus the other sections
    section = doc.get("archive", {k: v for k, v in doc.items() if k not in SECTIONS})
    if not section:
        raise SettingsError(_said(QT_TRANSLATE_NOOP(
            "Cli", "no archive settings in {path}; an administrator sets the archive up with "
            "`zhazba archive configure`"), path=path))  # fmt: skip
    try:
        return ArchiveSettings.from_dict(section)
    except TypeError as e:
        damaged = QT_TRANSLATE_NOOP(
            "Cli", "the archive settings in {path} are damaged ({reason}); correct the archive "
            "section or have an administrator run `zhazba archive configure` again")  # fmt: skip
        raise SettingsDamaged(_said(damaged, path=path, reason=str(e))) from e


def save_archive_settings(path: str | Path, settings: ArchiveSettings) -> None:
    """Write the ``"archive"`` section, keeping any other sections of the file."""
    path = Path(path)
    doc = read_settings_file(path) or {}  # a damaged file is refused, never overwritten
    doc["archive"] = settings.to_dict()
    write_settings_file(path, doc)
