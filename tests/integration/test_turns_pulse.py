"""Who is speaking, through the real PulseAudio path: the espeak-ng corpus (8 microphones, each
turn on its own channel with −20 dB crosstalk on the others and −55 dBFS room noise) is played
into a private null sink, recorded from its monitor by `zhazba record` through PortAudio, and
`zhazba turns` is run on the recorded hearing. The recording starts before the playback, so the
true timeline is shifted by where the corpus begins in the recording (found by cross-correlation).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from audio.activity import Turn
from tests.support.audio_servers import (
    Pulse,
    journal,
    kinds,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    read_segments,
    terminate,
    zhazba,
)
from tests.support.speech_corpus import build_corpus, espeak_available, score
from tests.unit.test_cli_turns import PEOPLE, hearing_form

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]


def _wait_for(pred, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _offset(captured: np.ndarray, played: np.ndarray) -> int:
    """Where ``played`` begins inside ``captured`` (both mixed to mono), by cross-correlation."""
    a = captured.astype(np.float64).sum(axis=1)
    b = played.astype(np.float64).sum(axis=1)
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    corr = np.fft.irfft(np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n)), n)
    return int(np.argmax(corr[: len(a)]))


def test_turns_of_the_corpus_recorded_through_pulseaudio(pulse: Pulse, tmp_path: Path) -> None:
    assert espeak_available(), "espeak-ng is missing: scripts/setup.sh --test installs it"
    people = PEOPLE + [("expert", "Бекова Ж."), ("interpreter", "Сапаров Т.")]
    corpus = build_corpus(channels=8, turns=5, seed=22, overlap_every=3)
    pcm = corpus.int16()
    wav = tmp_path / "corpus.wav"
    sf.write(wav, pcm, corpus.rate, subtype="PCM_16")
    form = hearing_form(6)
    form["participants"] = [
        {"role": r, "name": n, "channel": i + 1} for i, (r, n) in enumerate(people)
    ]
    (tmp_path / "hearing.json").write_text(json.dumps(form, ensure_ascii=False), "utf-8")
    sink, _module = pulse.sink(8)
    out = tmp_path / "out"
    rec = subprocess.Popen(
        [
            *zhazba(), "record", "--out", str(out), "--device", "pulse", "--channels", "8",
            "--hearing", str(tmp_path / "hearing.json"), "--no-stdin", "--json",
        ],
        env=pulse.record_env(sink),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    player = None
    try:
        folder = _wait_for(
            lambda: next(iter(out.glob("*/journal.jsonl")), None), 30, "the hearing folder"
        ).parent
        _wait_for(lambda: kinds(journal(folder), "checkpoint"), 30, "audio to arrive")
        player = pulse.play(sink, wav, 8)
        assert player.wait(timeout=len(pcm) / corpus.rate + 30) == 0
        time.sleep(1.5)
    finally:
        code = terminate(rec)
        if player is not None and player.poll() is None:
            player.kill()
    _, stderr = rec.communicate()
    assert code == 0, stderr

    r = subprocess.run(
        [*zhazba(), "turns", str(folder), "--json"],
        env=pulse.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)["turns"]
    captured = read_segments(folder, 8)
    shift = _offset(captured, pcm)
    turns = [
        Turn(t["start_frame"] - shift, t["end_frame"] - shift, t["microphone"] - 1) for t in found
    ]
    s = score(corpus.truth, turns, corpus.rate)
    print(
        f"PulseAudio: corpus at {shift / corpus.rate:.3f} s in the recording; "
        f"{len(found)} turns for {len(corpus.truth)}; right mic {s.right_share:.3f}; "
        f"start errors max {max(s.start_errors_s, default=0):.3f} s"
    )
    assert not s.missed, s.missed
    assert not s.split, s.split
    assert max(s.start_errors_s) <= 0.5
    assert s.right_share >= 0.95
    assert [t["participant"] for t in found] == [people[t.channel][1] for t in corpus.truth]
