"""`zhazba turns`: the corpus recorded by the real recorder, turns read back by the real CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import soundfile as sf

from audio.activity import Turn
from tests.support.speech_corpus import Corpus, build_corpus, espeak_available, score

PEOPLE = [
    ("judge", "Сейтқали Б."),
    ("plaintiff", "Иванов И."),
    ("respondent", "Петров П."),
    ("witness", "Әлиева А."),
    ("prosecutor", "Омаров Н."),
    ("defence_counsel", "Ким С."),
]


def hearing_form(channels: int) -> dict[str, object]:
    return {
        "court": "Астана қалалық соты",
        "courtroom": "1",
        "instance": "first",
        "category": "civil",
        "case_number": "7194-26-00-2/21",
        "date": "2026-12-04",
        "judge": "Сейтқали Б.",
        "secretary": "Нұрланова Д.",
        "participants": [
            {"role": r, "name": n, "channel": i + 1} for i, (r, n) in enumerate(PEOPLE[:channels])
        ],
    }


def zhazba(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Path]:
    assert espeak_available(), "espeak-ng is missing: scripts/setup.sh --test installs it"
    corpus = build_corpus(channels=6, turns=8, seed=3)
    tmp = tmp_path_factory.mktemp("turns")
    wav = tmp / "corpus.wav"
    sf.write(wav, corpus.int16(), corpus.rate, subtype="PCM_16")
    form = tmp / "hearing.json"
    form.write_text(json.dumps(hearing_form(6), ensure_ascii=False), encoding="utf-8")
    # 10 s segments: turns are read across segment boundaries
    r = zhazba(
        "record", "--out", str(tmp / "hearings"), "--source", str(wav), "--fast",
        "--hearing", str(form), "--no-stdin", "--segment-seconds", "10", "--json",
        "--seconds", f"{len(corpus.audio) / corpus.rate:.3f}",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    (folder,) = (tmp / "hearings").iterdir()
    return corpus, folder


def test_turns_json_matches_the_true_timeline(recorded: tuple[Corpus, Path]) -> None:
    corpus, folder = recorded
    r = zhazba("turns", str(folder), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    turns = [Turn(t["start_frame"], t["end_frame"], t["microphone"] - 1) for t in out["turns"]]
    s = score(corpus.truth, turns, corpus.rate)
    assert not s.missed and not s.split
    assert max(s.start_errors_s) <= 0.5
    assert s.right_share >= 0.95
    names = dict(PEOPLE)
    for t in out["turns"]:
        assert t["participant"] == PEOPLE[t["microphone"] - 1][1]
        assert names[t["role"]] == t["participant"]


def test_turns_csv_and_text(recorded: tuple[Corpus, Path]) -> None:
    corpus, folder = recorded
    r = zhazba("turns", str(folder), "--csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == len(corpus.truth)
    assert rows[0]["participant"] == PEOPLE[corpus.truth[0].channel][1]
    assert abs(float(rows[0]["start"]) - corpus.truth[0].start / corpus.rate) < 0.5
    text = zhazba("turns", str(folder))
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert len(lines) == len(corpus.truth)
    assert f"mic {corpus.truth[0].channel + 1}  {PEOPLE[corpus.truth[0].channel][1]}" in lines[0]


def test_turns_of_something_that_is_not_a_hearing_says_so(tmp_path: Path) -> None:
    r = zhazba("turns", str(tmp_path))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("zhazba turns:") and len(r.stderr.strip().splitlines()) == 1


def test_turns_into_a_pipe_closed_early_is_no_traceback(recorded: tuple[Corpus, Path]) -> None:
    _, folder = recorded
    r = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m app turns "{folder}" --csv | head -1'],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.stdout.startswith("start,end,microphone")
    assert "Traceback" not in r.stderr and "Error" not in r.stderr, r.stderr
