"""Marker exports: Audacity's label format, CSV, and the clip that says it is not the original.

Audacity's label track text format (manual: "Importing and exporting labels"): one label per
line, start time, end time and label text separated by tabs, times in seconds; a point label has
equal start and end. The parser below reads it the way Audacity does.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import soundfile as sf

from app.review.export import (
    NOT_ORIGINAL_SUFFIX,
    audacity_labels,
    clip_name,
    marker_label,
    write_audacity_labels,
    write_clip,
    write_markers_csv,
)
from app.review.model import open_review
from tests.support.review_hearing import MARKERS, RATE, make_review_hearing

LINE = re.compile(r"^(\d+\.\d{6})\t(\d+\.\d{6})\t([^\t\n]+)$")


@pytest.fixture(scope="module")
def hearing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_review_hearing(tmp_path_factory.mktemp("labels"))


def parse_labels(text: str) -> list[tuple[float, float, str]]:
    out = []
    for line in text.splitlines():
        m = LINE.match(line)
        assert m, f"not an Audacity label line: {line!r}"
        out.append((float(m[1]), float(m[2]), m[3]))
    return out


def test_audacity_label_file(hearing: Path, tmp_path: Path) -> None:
    rv = open_review(hearing)
    path = tmp_path / "labels.txt"
    write_audacity_labels(rv, rv.markers, path)
    raw = path.read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    labels = parse_labels(raw.decode("utf-8"))
    assert len(labels) == len(MARKERS)
    starts = [s for s, _, _ in labels]
    assert starts == [round(at, 6) for at, *_ in MARKERS]
    # speech: a region to the next speech marker (the turn); event: a point label
    speech = [(s, e) for (s, e, _), m in zip(labels, rv.markers, strict=True) if m.type == "speech"]
    for (_, e), (s2, _) in zip(speech, speech[1:], strict=False):
        assert e == s2
    assert speech[-1][1] == pytest.approx(rv.total_frames / RATE)
    event = next(lab for lab, m in zip(labels, rv.markers, strict=True) if m.type == "event")
    assert event[0] == event[1] and event[2].startswith("[exhibit]")
    assert labels[0][2] == "Сейтқали Б.: opens the hearing (amended)"


def test_label_text_has_no_tabs_or_line_breaks(hearing: Path) -> None:
    rv = open_review(hearing)
    m = rv.markers[1]
    m.note = "two\tparts\nand a line"
    assert marker_label(m) == "Иванов И.: two parts and a line"
    assert len(parse_labels(audacity_labels(rv, [m]))) == 1


def test_csv(hearing: Path, tmp_path: Path) -> None:
    rv = open_review(hearing)
    path = tmp_path / "markers.csv"
    write_markers_csv(rv, rv.markers, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [int(r["frame"]) for r in rows] == [m.frame for m in rv.markers]
    assert rows[0]["note"] == "opens the hearing (amended)"
    assert rows[0]["original_note"] == "opens the hearing" and rows[0]["amended"] == "yes"
    assert rows[1]["amended"] == "no" and rows[1]["speaker"] == "Иванов И."
    assert rows[1]["hearing_time"] == "0:00:01.500" and rows[1]["seconds"] == "1.500000"
    assert rows[2]["type"] == "event" and rows[2]["event"] == "exhibit"
    assert all(r["utc"].endswith("Z") for r in rows)


def test_clip_is_marked_as_not_the_original(hearing: Path, tmp_path: Path) -> None:
    rv = open_review(hearing)
    name = clip_name(rv, RATE, 3 * RATE)
    assert name == f"7199-26-00-2-1234_0-00-01_0-00-03{NOT_ORIGINAL_SUFFIX}.wav"
    wav = write_clip(rv, RATE, 3 * RATE, tmp_path / "mine.wav", [True, False, True, True])
    assert wav.name == f"mine{NOT_ORIGINAL_SUFFIX}.wav"
    data, rate = sf.read(wav)
    assert rate == RATE and data.shape == (2 * RATE, 2)
    raw = wav.read_bytes()
    assert raw[:4] == b"RIFF" and b"LIST" in raw and b"INFO" in raw and b"ICMT" in raw
    assert b"NOT THE ORIGINAL RECORDING" in raw
    with sf.SoundFile(wav) as f:
        assert "NOT THE ORIGINAL" in f.comment and "NOT ORIGINAL" in f.title
    note = wav.with_suffix(".txt").read_text(encoding="utf-8")
    assert note.startswith("THIS SOUND FILE IS NOT THE ORIGINAL RECORDING.")
    assert "0:00:01.000–0:00:03.000" in note and "Microphones heard: 1, 3, 4" in note
    with pytest.raises(ValueError):
        write_clip(rv, 2 * RATE, RATE, tmp_path / "empty.wav")
