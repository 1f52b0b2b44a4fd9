"""Where a secretary's signing key file is: the PKCS#12 files (.p12, .pfx) in the usual places.

The key picker (:class:`ui.station.key_picker.KeyPicker`) shows these instead of a file dialog: the
station's key folder (``<station folder>/keys``), the removable media plugged in now
(:func:`app.copies.media.list_volumes`: a key issued by the NCA usually comes on a stick) and the
person's home folder. Each place is searched a few folders deep only (a stick may hold a whole
archive; the keys sit near its top), hidden folders are skipped, and a place that cannot be read
is skipped, never an error. Nothing here opens a key: only names, sizes and dates are read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.copies.media import Volume, list_volumes

KEY_SUFFIXES = (".p12", ".pfx")
MAX_DEPTH = 3  # folders below a place's top
MAX_FILES = 200  # per place: a medium full of certificates must not hang the picker


@dataclass(frozen=True)
class KeyPlace:
    """One place to look: ``kind`` is station | medium | home; ``label`` names a medium."""

    kind: str
    path: Path
    label: str = ""


@dataclass(frozen=True)
class KeyFile:
    path: Path
    place: KeyPlace
    size: int
    modified: float  # seconds since the epoch

    @property
    def name(self) -> str:
        return self.path.name


def station_key_folder(station_folder: Path) -> Path:
    """The folder the technician puts the station's key files in."""
    return station_folder / "keys"


def usual_places(
    station_folder: Path | None,
    volumes: Iterable[Volume] | None = None,
    home: Path | None = None,
) -> list[KeyPlace]:
    """The station's key folder, each medium plugged in, and the home folder, in that order."""
    places: list[KeyPlace] = []
    if station_folder is not None:
        places.append(KeyPlace("station", station_key_folder(station_folder)))
    for v in list_volumes() if volumes is None else volumes:
        name = v.label or Path(v.mountpoint).name or v.mountpoint
        places.append(KeyPlace("medium", Path(v.mountpoint), name))
    places.append(KeyPlace("home", home if home is not None else Path.home()))
    return places


def find_key_files(places: Iterable[KeyPlace]) -> list[KeyFile]:
    """Every .p12/.pfx file in ``places`` (each file once, in the first place it is found)."""
    found: list[KeyFile] = []
    seen: set[str] = set()
    for place in places:
        for path in _walk(place.path):
            real = os.path.realpath(path)
            if real in seen:
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            seen.add(real)
            found.append(KeyFile(path, place, st.st_size, st.st_mtime))
    return found


def _walk(top: Path) -> list[Path]:
    out: list[Path] = []
    if not top.is_dir():
        return out
    for dirpath, dirnames, filenames in os.walk(top, onerror=lambda _e: None):
        depth = len(Path(dirpath).relative_to(top).parts)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        if depth >= MAX_DEPTH:
            dirnames[:] = []
        for name in sorted(filenames):
            if name.lower().endswith(KEY_SUFFIXES):
                out.append(Path(dirpath) / name)
                if len(out) >= MAX_FILES:
                    return out
    return out
