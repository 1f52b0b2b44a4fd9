"""The station's own self-checks besides the disk: clock, signing key, archive, media.

The clock check wants a plausible year, NTP synchronisation where ``timedatectl`` answers, and a
wall clock that keeps step with the monotonic clock; the archive check makes one HTTP request to
the endpoint with a short timeout (any HTTP answer means the server is there); the media check
writes a test file onto each given mount point. The disk's checks are in
:mod:`app.selfcheck.disk`. Each returns a :class:`~audio.selfcheck.CheckResult` and never raises.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.selfcheck.disk import size_text, write_error, write_probe
from app.selfcheck.findings import CheckResult, result
from audio.selfcheck import check_msg
from audio.text import QT_TRANSLATE_NOOP
from signing.keys import KeyProblem, OpenedKey, check_fit_to_sign

MIN_YEAR, MAX_YEAR = 2025, 2100
CLOCK_DRIFT_WARN_S = 0.5
ARCHIVE_TIMEOUT_S = 3.0


# ----------------------------------------------------------------------------- clock
def ntp_status(run: Callable[..., Any] = subprocess.run) -> bool | None:
    """NTPSynchronized from ``timedatectl show`` (None when it cannot be asked)."""
    try:
        out = run(
            ["timedatectl", "show", "--property=NTPSynchronized"],
            capture_output=True,
            text=True,
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if getattr(out, "returncode", 1) != 0:
        return None
    for line in str(out.stdout).splitlines():
        if line.startswith("NTPSynchronized="):
            return line.split("=", 1)[1].strip() == "yes"
    return None


def check_clock(
    *,
    now: Callable[[], float] = time.time,
    monotonic: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    interval_s: float = 0.5,
    ntp: Callable[[], bool | None] = ntp_status,
) -> CheckResult:
    """A plausible year, NTP synchronised when known, wall clock steady against monotonic."""
    w0, m0 = now(), monotonic()
    sleep(interval_s)
    w1, m1 = now(), monotonic()
    drift = (w1 - w0) - (m1 - m0)
    when = dt.datetime.fromtimestamp(w1, dt.UTC)
    synced = ntp()
    details = {"utc": when.isoformat(), "ntp_synchronized": synced, "drift_s": round(drift, 4)}
    if not MIN_YEAR <= when.year <= MAX_YEAR:
        return _impossible_date(when, details)
    if abs(drift) > CLOCK_DRIFT_WARN_S:
        return result(
            "clock", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The wall clock moved by {drift:+.2f} s against "
                "the steady clock during the check: it is being changed.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Let the time synchronisation settle; recordings are timed by their "
                "frame counter, so markers are not affected.",
            ),
            details, drift=drift,
        )  # fmt: skip
    if synced is False:
        return result(
            "clock", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The clock reads {when} UTC but is not synchronised with a time server.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Enable network time synchronisation (NTP) so journal times are exact.",
            ),
            details, when=f"{when:%Y-%m-%d %H:%M:%S}",
        )  # fmt: skip
    if synced:
        state = check_msg(QT_TRANSLATE_NOOP("SelfCheck", "synchronised by NTP"))
    else:
        state = check_msg(QT_TRANSLATE_NOOP("SelfCheck", "NTP status unknown on this system"))
    return result(
        "clock", "pass", QT_TRANSLATE_NOOP("SelfCheck", "The clock reads {when} UTC ({state})."),
        "", details, when=f"{when:%Y-%m-%d %H:%M:%S}", state=state,
    )  # fmt: skip


def _impossible_date(when: dt.datetime, details: dict[str, Any]) -> CheckResult:
    return result(
        "clock", "fail",
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "The computer's clock says {when} "
            "UTC, which cannot be right: journal times would be wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "Set the date and time (and the time zone) in the system settings; "
            "the CMOS battery may be flat if it happens after every start.",
        ),
        details, when=f"{when:%Y-%m-%d %H:%M}",
    )  # fmt: skip


# ----------------------------------------------------------------------------- key, archive
def check_certificate(key: OpenedKey | None, now: dt.datetime | None = None) -> CheckResult:
    """The open signing key's certificate is valid now and fit to sign."""
    if key is None:
        return result(
            "certificate", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "No signing key is open: hearings will wait for signing until one is.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Open the secretary's key (.p12) so "
                "recordings are signed as soon as each hearing ends (Rules p. 14).",
            ),
        )  # fmt: skip
    try:
        info = check_fit_to_sign(key, now)
    except KeyProblem as e:
        return result(
            "certificate", "fail",
            QT_TRANSLATE_NOOP("SelfCheck", "The signing key cannot sign: {error}"),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Obtain a valid signing key from the NCA and open it on the station.",
            ),
            {"holder": key.info.holder, "not_after": key.info.not_after.isoformat()},
            error=str(e),
        )  # fmt: skip
    details = {
        "holder": info.holder,
        "issuer": info.issuer,
        "not_after": info.not_after.isoformat(),
        "serial": info.serial,
    }
    if info.warnings:
        remedy = QT_TRANSLATE_NOOP("SelfCheck", "Apply for a new key before this one expires.")
        warnings = "; ".join(info.warnings).capitalize()
        return CheckResult("certificate", "warn", warnings, check_msg(remedy), details)
    return result(
        "certificate", "pass",
        QT_TRANSLATE_NOOP("SelfCheck", "The key of {holder} is valid until {until}."),
        "", details, holder=info.holder, until=f"{info.not_after:%Y-%m-%d}",
    )  # fmt: skip


def check_archive(endpoint: str | None, timeout: float = ARCHIVE_TIMEOUT_S) -> CheckResult:
    """The archive server answers HTTP at all (any status counts: it is there)."""
    if not endpoint:
        return result(
            "archive", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "No archive server is configured, so recordings stay only on this station.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "An administrator sets the archive up with `zhazba archive configure`.",
            ),
        )  # fmt: skip
    details: dict[str, Any] = {"endpoint": endpoint}
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(
            urllib.request.Request(endpoint, method="HEAD"), timeout=timeout
        ) as resp:
            status = resp.status
    except urllib.error.HTTPError as e:
        status = e.code  # 403 or 404 from S3 means the server is up
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        details["error"] = str(reason)
        return result(
            "archive", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck", "The archive server {endpoint} cannot be reached ({reason})."
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Recording is not affected: sealed hearings wait in the upload queue. Check the "
                "network cable and ask the court's administrator whether the archive server runs.",
            ),
            details, endpoint=endpoint, reason=str(reason),
        )  # fmt: skip
    details.update(status=status, seconds=round(time.monotonic() - t0, 3))
    return result(
        "archive", "pass",
        QT_TRANSLATE_NOOP("SelfCheck", "The archive server {endpoint} answers (HTTP {status})."),
        "", details, endpoint=endpoint, status=status,
    )  # fmt: skip


def check_media(mount: Path) -> CheckResult:
    """A removable medium is mounted there and takes a written, synced, re-read test file."""
    details: dict[str, Any] = {"mount": str(mount)}
    if not mount.is_dir():
        return result(
            "media", "fail", QT_TRANSLATE_NOOP("SelfCheck", "No medium at {mount}."),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Insert the disc or USB drive for the case file and wait until the system "
                "shows it.",
            ),
            details, mount=str(mount),
        )  # fmt: skip
    details["is_mount_point"] = os.path.ismount(mount)
    try:
        details["free_bytes"] = shutil.disk_usage(mount).free
        write_probe(mount, 256 * 1024)
    except OSError as e:
        message, remedy = write_error(mount, e)
        if "read-only" in remedy:
            remedy = check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The medium is write-protected or read-only: move its lock switch, or use "
                    "another medium (a finalised disc cannot be written again).",
                )
            )
        return CheckResult("media", "fail", message, remedy, details)
    if not details["is_mount_point"]:
        return result(
            "media", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "{mount} is writable but is not a separate medium (not a mount point).",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Check that the case-file medium is inserted "
                "and chosen, not a folder on the station's own disk.",
            ),
            details, mount=str(mount),
        )  # fmt: skip
    return result(
        "media", "pass",
        QT_TRANSLATE_NOOP("SelfCheck", "The medium at {mount} is writable ({free} free)."),
        "", details, mount=str(mount), free=size_text(details["free_bytes"]),
    )  # fmt: skip
