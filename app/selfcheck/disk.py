"""The recording disk's self-checks: free space in hours of recording, and write speed with fsync.

Free disk space is counted in hours of recording at the current settings (FLAC size estimated
from :func:`measure_flac_ratio` and the ratio measured on real speech); the write test writes,
fsyncs and reads back a test file (:func:`write_probe`, also used on media). Each check returns a
:class:`~audio.selfcheck.CheckResult` and never raises.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.selfcheck.findings import CheckResult, result
from audio.selfcheck import check_msg
from audio.text import QT_TRANSLATE_NOOP, Msg

FLAC_RATIO_SPEECH = 0.58  # FLAC size / PCM size for speech over a −50 dBFS room floor (measured)
DISK_FAIL_HOURS = 2.0  # less than one long hearing left
DISK_WARN_HOURS = 8.0  # less than a court day left
WRITE_TEST_BYTES = 8 * 1024 * 1024
WRITE_FAIL_FACTOR = 4.0  # write speed / recording data rate below this: fail
WRITE_WARN_FACTOR = 50.0  # room for sealing and export while recording
FLAC_MEASURE_TIMEOUT_S = 60.0


def rate_bytes(channels: int, rate: int, bits: int) -> float:
    """Bytes per second of PCM at these settings."""
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


def _disk_details(folder: Path, free: int, channels: int, rate: int, bits: int) -> dict[str, Any]:
    try:
        measured: float | None = measure_flac_ratio(channels, rate, bits)
    except (TimeoutError, RuntimeError, ValueError):
        measured = None  # the estimate does not depend on it
    ratio = max(measured or 0.0, FLAC_RATIO_SPEECH)
    hours = free / (rate_bytes(channels, rate, bits) * ratio * 3600)
    return {
        "folder": str(folder), "free_bytes": free, "hours": round(hours, 1),
        "hours_exact": hours,
        "hours_uncompressed": round(free / (rate_bytes(channels, rate, bits) * 3600), 1),
        "flac_ratio_used": round(ratio, 3),
        "flac_ratio_simulated_speech": None if measured is None else round(measured, 3),
        "ratio_note": (f"FLAC of the simulated speech source measured {measured:.0%} of PCM "
                       f"here; a real room's noise floor compresses less, so {ratio:.0%} is "
                       "assumed") if measured is not None else f"{ratio:.0%} of PCM assumed",
        "channels": channels, "rate": rate, "bits": bits,
    }  # fmt: skip


def _unexaminable(folder: Path, e: OSError) -> CheckResult:
    return result(
        "disk_space", "fail",
        QT_TRANSLATE_NOOP(
            "SelfCheck", "The recording folder {folder} cannot be examined: {error}."
        ),
        QT_TRANSLATE_NOOP(
            "SelfCheck", "Create the folder or choose an existing one in the station settings."
        ),
        {"folder": str(folder)}, folder=str(folder), error=str(e.strerror or e),
    )  # fmt: skip


def check_disk_space(folder: Path, channels: int, rate: int, bits: int) -> CheckResult:
    """Free space in the recording folder, in hours of FLAC recording at these settings."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError as e:
        return _unexaminable(folder, e)
    details = _disk_details(folder, free, channels, rate, bits)
    hours = details.pop("hours_exact")
    figures = dict(
        size=size_text(free), folder=str(folder), hours=hours, channels=channels, rate=rate,
        bits=bits,
    )  # fmt: skip
    if hours < DISK_FAIL_HOURS:
        return result(
            "disk_space", "fail",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "{size} free in {folder}: about {hours:.1f} hours of recording at "
                "{channels} channels, {rate} Hz, {bits}-bit. That is not enough for a hearing.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Free space now: make sure sealed hearings have reached the archive, "
                "then let the station remove their local copies, or move old hearings "
                "to another disk. Ask the court's technician if unsure.",
            ),
            details, **figures,
        )  # fmt: skip
    if hours < DISK_WARN_HOURS:
        return result(
            "disk_space", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "{size} free in {folder}: about {hours:.1f} hours of recording at "
                "{channels} channels, {rate} Hz, {bits}-bit. That is less than a court day.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "Free space before the next court day (uploaded hearings can be "
                "removed from the station).",
            ),
            details, **figures,
        )  # fmt: skip
    return result(
        "disk_space", "pass",
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "{size} free in {folder}: about {hours:.1f} hours of recording at "
            "{channels} channels, {rate} Hz, {bits}-bit.",
        ),
        "", details, **figures,
    )  # fmt: skip


def size_text(n: float) -> str:
    """A byte count in plain units (bytes, KB, MB, GB, TB)."""
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


def write_error(folder: Path, e: OSError) -> tuple[Msg, Msg]:
    """What a failed write into ``folder`` means, and what to do: (message, remedy)."""
    where = str(folder)
    if e.errno == errno.ENOSPC:
        text = QT_TRANSLATE_NOOP(
            "SelfCheck", "The folder {folder} is full: nothing more can be written."
        )
        remedy = QT_TRANSLATE_NOOP(
            "SelfCheck", "Free space on that disk (see the disk-space check)."
        )
    elif e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        text = QT_TRANSLATE_NOOP("SelfCheck", "The station cannot write into {folder} ({error}).")
        remedy = QT_TRANSLATE_NOOP(
            "SelfCheck",
            "The disk is read-only or the folder's permissions forbid writing: check the "
            "disk for errors and that the station's user may write there.",
        )
    elif e.errno == errno.ENOENT:
        text = QT_TRANSLATE_NOOP("SelfCheck", "The folder {folder} does not exist.")
        remedy = QT_TRANSLATE_NOOP(
            "SelfCheck", "Create it, or choose an existing folder in the station settings."
        )
    else:
        text = QT_TRANSLATE_NOOP("SelfCheck", "Writing into {folder} failed: {error}.")
        remedy = QT_TRANSLATE_NOOP("SelfCheck", "Check the disk for errors.")
    denied = e.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    error = str(e.strerror) if denied else str(e.strerror or e)
    return check_msg(text, folder=where, error=error), check_msg(remedy)


def check_write_speed(
    folder: Path, channels: int, rate: int, bits: int, size: int = WRITE_TEST_BYTES
) -> CheckResult:
    """Write + fsync a test file into the recording folder and compare with the data rate."""
    need = rate_bytes(channels, rate, bits)
    details: dict[str, Any] = {
        "folder": str(folder),
        "test_bytes": size,
        "recording_bytes_per_s": need,
    }
    try:
        speed = write_probe(folder, size)
    except OSError as e:
        message, remedy = write_error(folder, e)
        return CheckResult("write_speed", "fail", message, remedy, details)
    details["bytes_per_s"] = round(speed)
    factor = speed / need
    details["times_recording_rate"] = round(factor, 1)
    figures = dict(speed=size_text(speed), factor=factor)
    if factor < WRITE_FAIL_FACTOR:
        return result(
            "write_speed", "fail",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The recording folder takes {speed}/s with fsync ({factor:.0f}× what "
                "recording needs). Too slow to record safely.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck", "The disk is failing or overloaded: have it checked or replaced."
            ),
            details, **figures,
        )  # fmt: skip
    if factor < WRITE_WARN_FACTOR:
        return result(
            "write_speed", "warn",
            QT_TRANSLATE_NOOP(
                "SelfCheck",
                "The recording folder takes {speed}/s with fsync ({factor:.0f}× what "
                "recording needs). Sealing or export while recording may delay it.",
            ),
            QT_TRANSLATE_NOOP(
                "SelfCheck", "Have the disk checked; close other programs that write to it."
            ),
            details, **figures,
        )  # fmt: skip
    return result(
        "write_speed", "pass",
        QT_TRANSLATE_NOOP(
            "SelfCheck",
            "The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs).",
        ),
        "", details, **figures,
    )  # fmt: skip
