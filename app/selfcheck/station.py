"""The station's own self-checks: disk, write speed, clock, signing key, archive, media.

Free disk space is counted in hours of recording at the current settings (FLAC size estimated
from :func:`measure_flac_ratio` and the ratio measured on real speech); the write test writes,
fsyncs and reads back a test file; the clock check wants a plausible year, NTP synchronisation
where ``timedatectl`` answers, and a wall clock that keeps step with the monotonic clock; the
archive check makes one HTTP request to the endpoint with a short timeout (any HTTP answer means
the server is there); the media check writes a test file onto each given mount point. Each
returns a :class:`~audio.selfcheck.CheckResult` and never raises.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from audio.selfcheck import CheckResult, check_msg
from audio.text import QT_TRANSLATE_NOOP, Msg
from signing.keys import KeyProblem, OpenedKey, check_fit_to_sign

FLAC_RATIO_SPEECH = 0.58  # FLAC size / PCM size for speech over a −50 dBFS room floor (measured)
DISK_FAIL_HOURS = 2.0  # less than one long hearing left
DISK_WARN_HOURS = 8.0  # less than a court day left
WRITE_TEST_BYTES = 8 * 1024 * 1024
WRITE_FAIL_FACTOR = 4.0  # write speed / recording data rate below this: fail
WRITE_WARN_FACTOR = 50.0  # room for sealing and export while recording
MIN_YEAR, MAX_YEAR = 2025, 2100
CLOCK_DRIFT_WARN_S = 0.5
ARCHIVE_TIMEOUT_S = 3.0
FLAC_MEASURE_TIMEOUT_S = 60.0


# ----------------------------------------------------------------------------- disk
def _rate_bytes(channels: int, rate: int, bits: int) -> float:
    return channels * rate * (2 if bits == 16 else 3)


@lru_cache(maxsize=8)
def measure_flac_ratio(channels: int, rate: int, bits: int, seconds: float = 10.0) -> float:
    """FLAC size / PCM size of the simulated speech source (one speaker at a time, −70 dBFS floor).

    It compresses better than a real courtroom (its idle channels are quieter than a room), so
    the hours estimate uses the larger of this and :data:`FLAC_RATIO_SPEECH`.
    """
    import io

    import numpy as np
    import soundfile as sf

    from audio.pcm import SampleFormat
    from audio.sources import SpeechSource

    groups = min(channels, 8)  # FLAC holds 8 channels per file; more are parallel files
    src = SpeechSource(groups, rate, bits, realtime=False, max_frames=int(seconds * rate))
    blocks: list[Any] = []
    src.start(lambda block, overflowed: blocks.append(block))
    deadline = time.monotonic() + FLAC_MEASURE_TIMEOUT_S
    while not src.finished:
        if time.monotonic() > deadline:
            src.stop()
            raise TimeoutError("the simulated speech source did not finish")
        time.sleep(0.005)
    src.stop()
    data = np.concatenate(blocks)
    buf = io.BytesIO()
    sf.write(buf, data, rate, format="FLAC", subtype=SampleFormat(bits).subtype)
    return len(buf.getvalue()) / (len(data) * groups * (2 if bits == 16 else 3))


def check_disk_space(folder: Path, channels: int, rate: int, bits: int) -> CheckResult:
    """Free space in the recording folder, in hours of FLAC recording at these settings."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError as e:
        return CheckResult(
            "disk_space",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "The recording folder {folder} cannot be examined: {error}."
                ),
                folder=str(folder),
                error=str(e.strerror or e),
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Create the folder or choose an existing one in the station settings.",
                )
            ),
            {"folder": str(folder)},
        )
    try:
        measured: float | None = measure_flac_ratio(channels, rate, bits)
    except (TimeoutError, RuntimeError, ValueError):
        measured = None  # the estimate does not depend on it
    ratio = max(measured or 0.0, FLAC_RATIO_SPEECH)
    per_hour = _rate_bytes(channels, rate, bits) * ratio * 3600
    hours = free / per_hour
    details = {
        "folder": str(folder), "free_bytes": free, "hours": round(hours, 1),
        "hours_uncompressed": round(free / (_rate_bytes(channels, rate, bits) * 3600), 1),
        "flac_ratio_used": round(ratio, 3),
        "flac_ratio_simulated_speech": None if measured is None else round(measured, 3),
        "ratio_note": (f"FLAC of the simulated speech source measured {measured:.0%} of PCM "
                       f"here; a real room's noise floor compresses less, so {ratio:.0%} is "
                       "assumed") if measured is not None else f"{ratio:.0%} of PCM assumed",
        "channels": channels, "rate": rate, "bits": bits,
    }  # fmt: skip
    figures = dict(
        size=_size(free), folder=str(folder), hours=hours, channels=channels, rate=rate, bits=bits
    )
    if hours < DISK_FAIL_HOURS:
        return CheckResult(
            "disk_space",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "{size} free in {folder}: about {hours:.1f} hours of recording at "
                    "{channels} channels, {rate} Hz, {bits}-bit. That is not enough for a hearing.",
                ),
                **figures,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Free space now: make sure sealed hearings have reached the archive, "
                    "then let the station remove their local copies, or move old hearings "
                    "to another disk. Ask the court's technician if unsure.",
                )
            ),
            details,
        )
    if hours < DISK_WARN_HOURS:
        return CheckResult(
            "disk_space",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "{size} free in {folder}: about {hours:.1f} hours of recording at "
                    "{channels} channels, {rate} Hz, {bits}-bit. That is less than a court day.",
                ),
                **figures,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Free space before the next court day (uploaded hearings can be "
                    "removed from the station).",
                )
            ),
            details,
        )
    text = check_msg(
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "{size} free in {folder}: about {hours:.1f} hours of recording at "
            "{channels} channels, {rate} Hz, {bits}-bit.",
        ),
        **figures,
    )
    return CheckResult("disk_space", "pass", text, "", details)


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def write_probe(folder: Path, size: int, name: str = ".zhazba-selfcheck.tmp") -> float:
    """Write ``size`` bytes, fsync, read them back, delete; return bytes per second. OSError."""
    path = folder / name
    chunk = os.urandom(1024 * 1024)
    t0 = time.perf_counter()
    try:
        with open(path, "wb") as f:
            written = 0
            while written < size:
                written += f.write(chunk[: size - written])
            f.flush()
            os.fsync(f.fileno())
        elapsed = max(time.perf_counter() - t0, 1e-6)
        with open(path, "rb") as f:
            head = f.read(len(chunk))
        if head != chunk[: len(head)] or not head:
            raise OSError(f"what was read back from {path} differs from what was written")
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
    return size / elapsed


def _write_error(folder: Path, e: OSError) -> tuple[Msg, Msg]:
    where = str(folder)
    if e.errno == errno.ENOSPC:
        return (
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "The folder {folder} is full: nothing more can be written."
                ),
                folder=where,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "Free space on that disk (see the disk-space check)."
                )
            ),
        )
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The station cannot write into {folder} ({error})."),
                folder=where,
                error=str(e.strerror),
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The disk is read-only or the folder's permissions forbid writing: check the "
                    "disk for errors and that the station's user may write there.",
                )
            ),
        )
    if e.errno == errno.ENOENT:
        return (
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The folder {folder} does not exist."), folder=where
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "Create it, or choose an existing folder in the station settings."
                )
            ),
        )
    return (
        check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "Writing into {folder} failed: {error}."),
            folder=where,
            error=str(e.strerror or e),
        ),
        check_msg(QT_TRANSLATE_NOOP("SelfCheck", "Check the disk for errors.")),
    )


def check_write_speed(
    folder: Path, channels: int, rate: int, bits: int, size: int = WRITE_TEST_BYTES
) -> CheckResult:
    """Write + fsync a test file into the recording folder and compare with the data rate."""
    need = _rate_bytes(channels, rate, bits)
    details: dict[str, Any] = {
        "folder": str(folder),
        "test_bytes": size,
        "recording_bytes_per_s": need,
    }
    try:
        speed = write_probe(folder, size)
    except OSError as e:
        message, remedy = _write_error(folder, e)
        return CheckResult("write_speed", "fail", message, remedy, details)
    details["bytes_per_s"] = round(speed)
    factor = speed / need
    details["times_recording_rate"] = round(factor, 1)
    figures = dict(speed=_size(speed), factor=factor)
    if factor < WRITE_FAIL_FACTOR:
        return CheckResult(
            "write_speed",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The recording folder takes {speed}/s with fsync ({factor:.0f}× what "
                    "recording needs). Too slow to record safely.",
                ),
                **figures,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "The disk is failing or overloaded: have it checked or replaced."
                )
            ),
            details,
        )
    if factor < WRITE_WARN_FACTOR:
        return CheckResult(
            "write_speed",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The recording folder takes {speed}/s with fsync ({factor:.0f}× what "
                    "recording needs). Sealing or export while recording may delay it.",
                ),
                **figures,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "Have the disk checked; close other programs that write to it."
                )
            ),
            details,
        )
    text = check_msg(
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs).",
        ),
        **figures,
    )
    return CheckResult("write_speed", "pass", text, "", details)


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
        return CheckResult(
            "clock",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The computer's clock says {when} "
                    "UTC, which cannot be right: journal times would be wrong.",
                ),
                when=f"{when:%Y-%m-%d %H:%M}",
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Set the date and time (and the time zone) in the system settings; "
                    "the CMOS battery may be flat if it happens after every start.",
                )
            ),
            details,
        )
    if abs(drift) > CLOCK_DRIFT_WARN_S:
        return CheckResult(
            "clock",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The wall clock moved by {drift:+.2f} s against "
                    "the steady clock during the check: it is being changed.",
                ),
                drift=drift,
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Let the time synchronisation settle; recordings are timed by their "
                    "frame counter, so markers are not affected.",
                )
            ),
            details,
        )
    if synced is False:
        return CheckResult(
            "clock",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "The clock reads {when} UTC but is not synchronised with a time server.",
                ),
                when=f"{when:%Y-%m-%d %H:%M:%S}",
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Enable network time synchronisation (NTP) so journal times are exact.",
                )
            ),
            details,
        )
    if synced:
        state = check_msg(QT_TRANSLATE_NOOP("SelfCheck", "synchronised by NTP"))
    else:
        state = check_msg(QT_TRANSLATE_NOOP("SelfCheck", "NTP status unknown on this system"))
    text = check_msg(
        QT_TRANSLATE_NOOP("SelfCheck", "The clock reads {when} UTC ({state})."),
        when=f"{when:%Y-%m-%d %H:%M:%S}",
        state=state,
    )
    return CheckResult("clock", "pass", text, "", details)


# ----------------------------------------------------------------------------- key, archive
def check_certificate(key: OpenedKey | None, now: dt.datetime | None = None) -> CheckResult:
    """The open signing key's certificate is valid now and fit to sign."""
    if key is None:
        return CheckResult(
            "certificate",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "No signing key is open: hearings will wait for signing until one is.",
                )
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Open the secretary's key (.p12) so "
                    "recordings are signed as soon as each hearing ends (Rules p. 14).",
                )
            ),
        )
    try:
        info = check_fit_to_sign(key, now)
    except KeyProblem as e:
        return CheckResult(
            "certificate",
            "fail",
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The signing key cannot sign: {error}"), error=str(e)
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Obtain a valid signing key from the NCA and open it on the station.",
                )
            ),
            {"holder": key.info.holder, "not_after": key.info.not_after.isoformat()},
        )
    details = {
        "holder": info.holder,
        "issuer": info.issuer,
        "not_after": info.not_after.isoformat(),
        "serial": info.serial,
    }
    if info.warnings:
        return CheckResult(
            "certificate",
            "warn",
            "; ".join(info.warnings).capitalize(),
            check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "Apply for a new key before this one expires.")
            ),
            details,
        )
    return CheckResult(
        "certificate",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "The key of {holder} is valid until {until}."),
            holder=info.holder,
            until=f"{info.not_after:%Y-%m-%d}",
        ),
        "",
        details,
    )


def check_archive(endpoint: str | None, timeout: float = ARCHIVE_TIMEOUT_S) -> CheckResult:
    """The archive server answers HTTP at all (any status counts: it is there)."""
    remedy = check_msg(
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "Recording is not affected: sealed hearings wait in the upload queue. Check the "
            "network cable and ask the court's administrator whether the archive server runs.",
        )
    )
    if not endpoint:
        return CheckResult(
            "archive",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "No archive server is configured, so recordings stay only on this station.",
                )
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "An administrator sets the archive up with `zhazba archive configure`.",
                )
            ),
        )
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
        return CheckResult(
            "archive",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck", "The archive server {endpoint} cannot be reached ({reason})."
                ),
                endpoint=endpoint,
                reason=str(reason),
            ),
            remedy,
            details,
        )
    details.update(status=status, seconds=round(time.monotonic() - t0, 3))
    return CheckResult(
        "archive",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP(
                "SelfCheck", "The archive server {endpoint} answers (HTTP {status})."
            ),
            endpoint=endpoint,
            status=status,
        ),
        "",
        details,
    )


def check_media(mount: Path) -> CheckResult:
    """A removable medium is mounted there and takes a written, synced, re-read test file."""
    details: dict[str, Any] = {"mount": str(mount)}
    if not mount.is_dir():
        return CheckResult(
            "media",
            "fail",
            check_msg(QT_TRANSLATE_NOOP("SelfCheck", "No medium at {mount}."), mount=str(mount)),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Insert the disc or USB drive for the case file and wait until the system "
                    "shows it.",
                )
            ),
            details,
        )
    details["is_mount_point"] = os.path.ismount(mount)
    try:
        details["free_bytes"] = shutil.disk_usage(mount).free
        write_probe(mount, 256 * 1024)
    except OSError as e:
        message, remedy = _write_error(mount, e)
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
        return CheckResult(
            "media",
            "warn",
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "{mount} is writable but is not a separate medium (not a mount point).",
                ),
                mount=str(mount),
            ),
            check_msg(
                QT_TRANSLATE_NOOP(
                    "SelfCheck",
                    "Check that the case-file medium is inserted "
                    "and chosen, not a folder on the station's own disk.",
                )
            ),
            details,
        )
    return CheckResult(
        "media",
        "pass",
        check_msg(
            QT_TRANSLATE_NOOP("SelfCheck", "The medium at {mount} is writable ({free} free)."),
            mount=str(mount),
            free=_size(details["free_bytes"]),
        ),
        "",
        details,
    )
