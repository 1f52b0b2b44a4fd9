"""A who-is-speaking test corpus: espeak-ng speech in Kazakh and Russian on several microphones.

Each participant has a microphone and a voice (Kazakh or Russian, their own pitch and level).
A turn is one to three phrases with pauses under 0.6 s between them; it is put on the speaker's
own channel and, 20 dB lower and a few milliseconds later, on every other channel (crosstalk);
every channel carries independent room noise at −55 dBFS. Turns follow each other after pauses of
0.3–1.5 s, and in a few places the next speaker starts before the last one has finished
(overlap). :func:`build_corpus` returns the audio and its true timeline; :func:`score` compares
a detected timeline with it. espeak-ng output is cached per process.
"""

from __future__ import annotations

import functools
import io
import shutil
import subprocess
from dataclasses import dataclass

import numpy as np
import soundfile as sf

from audio.activity import Turn

PHRASES = {
    "kk": (
        "Сот отырысы ашық деп жариялаймын.",
        "Тараптар өз орындарында отыр ма?",
        "Куә, сіз жалған айғақ бергеніңіз үшін жауапкершілік туралы ескертілдіңіз.",
        "Мен талап арызды толық қолдаймын.",
        "Жауапкер келісім шартты орындаған жоқ.",
        "Сотқа қосымша құжаттарды ұсынуға рұқсат етіңіз.",
        "Менде сұрақ жоқ, құрметті сот.",
        "Сарапшының қорытындысымен таныстым.",
    ),
    "ru": (
        "Судебное заседание объявляется открытым.",
        "Прошу приобщить к материалам дела эти документы.",
        "Истец поддерживает исковые требования в полном объёме.",
        "Свидетель, вы предупреждены об ответственности за дачу ложных показаний.",
        "Ответчик с иском не согласен.",
        "У меня вопросов нет, ваша честь.",
        "Я видел, как он вышел из здания около девяти часов.",
        "Ходатайство удовлетворить.",
    ),
}
VOICES = ("kk", "ru", "kk+f2", "ru+f3", "kk+m3", "ru+m2", "kk+f4", "ru+m4")


@dataclass(frozen=True)
class Corpus:
    audio: np.ndarray  # frames × channels, float32 in −1..1
    rate: int
    truth: list[Turn]  # true turns, frames [start, end), channel
    pauses: list[tuple[int, int, int]]  # pauses inside turns: (start, end, channel)

    def int16(self) -> np.ndarray:
        return np.clip(np.round(self.audio * 32767.0), -32768, 32767).astype(np.int16)


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


@functools.lru_cache(maxsize=256)
def _espeak(text: str, voice: str, pitch: int, speed: int) -> tuple[np.ndarray, int]:
    out = subprocess.run(
        ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "--stdout", text],
        check=True,
        capture_output=True,
    ).stdout
    data, rate = sf.read(io.BytesIO(out), dtype="float32")
    return _trim(data), int(rate)


def _trim(x: np.ndarray, thr: float = 0.01) -> np.ndarray:
    loud = np.flatnonzero(np.abs(x) > thr)
    return x[loud[0] : loud[-1] + 1] if loud.size else x[:0]


def speech(text: str, voice: str, pitch: int, speed: int, rate: int) -> np.ndarray:
    """espeak-ng speech resampled to ``rate``, trimmed of leading and trailing silence."""
    data, src = _espeak(text, voice, pitch, speed)
    n = int(round(len(data) * rate / src))
    return np.interp(np.arange(n) * (src / rate), np.arange(len(data)), data).astype(np.float32)


def build_corpus(
    channels: int = 6,
    turns: int = 12,
    seed: int = 1,
    rate: int = 48000,
    crosstalk_db: float = -20.0,
    noise_dbfs: float = -55.0,
    overlap_every: int = 5,
) -> Corpus:
    """Turns on ``channels`` microphones with their true timeline (see the module docstring)."""
    rng = np.random.default_rng(seed)
    levels = rng.uniform(-26.0, -20.0, channels)  # each speaker's RMS on their own mic, dBFS
    pitches = rng.integers(30, 70, channels)
    placed: list[tuple[int, int, np.ndarray]] = []  # (start, channel, signal)
    truth: list[Turn] = []
    pauses: list[tuple[int, int, int]] = []
    t = int(0.8 * rate)
    prev = -1
    for k in range(turns):
        ch = int(rng.integers(0, channels))
        while ch == prev:
            ch = int(rng.integers(0, channels))
        voice = VOICES[ch % len(VOICES)]
        lang = voice[:2]
        parts: list[np.ndarray] = []
        inner: list[tuple[int, int]] = []
        for j in range(int(rng.integers(1, 4))):
            if j:
                gap = int(rng.uniform(0.15, 0.55) * rate)
                pos = sum(len(p) for p in parts)
                inner.append((pos, pos + gap))
                parts.append(np.zeros(gap, dtype=np.float32))
            text = PHRASES[lang][int(rng.integers(0, len(PHRASES[lang])))]
            parts.append(speech(text, voice, int(pitches[ch]), int(rng.integers(150, 185)), rate))
        sig = np.concatenate(parts)
        rms = float(np.sqrt(np.mean(sig[np.abs(sig) > 0.01] ** 2)))
        sig = sig * (10 ** (levels[ch] / 20) / rms)
        if k and overlap_every and k % overlap_every == 0 and truth:
            start = max(truth[-1].start + rate, truth[-1].end - int(rng.uniform(0.3, 1.0) * rate))
        else:
            start = (max(x.end for x in truth) if truth else t) + int(rng.uniform(0.3, 1.5) * rate)
        placed.append((start, ch, sig.astype(np.float32)))
        truth.append(Turn(start, start + len(sig), ch))
        pauses.extend((start + a, start + b, ch) for a, b in inner)
        prev = ch
    return _mix(placed, truth, pauses, channels, rate, rng, crosstalk_db, noise_dbfs)


def script_corpus(
    channels: int, script: list[tuple[int, float, int]], seed: int = 5, rate: int = 48000
) -> Corpus:
    """Turns at set times: ``(channel, start seconds, phrases)`` each, in the speaker's voice."""
    rng = np.random.default_rng(seed)
    placed: list[tuple[int, int, np.ndarray]] = []
    truth: list[Turn] = []
    for k, (ch, start_s, phrases) in enumerate(script):
        voice = VOICES[ch % len(VOICES)]
        lang = voice[:2]
        texts = [PHRASES[lang][(k + j) % len(PHRASES[lang])] for j in range(phrases)]
        gap = np.zeros(int(0.3 * rate), dtype=np.float32)
        parts = [speech(t, voice, 50, 170, rate) for t in texts]
        sig = np.concatenate([x for part in parts for x in (part, gap)][:-1])
        rms = float(np.sqrt(np.mean(sig[np.abs(sig) > 0.01] ** 2)))
        sig = sig * (10 ** (-22 / 20) / rms)
        start = int(start_s * rate)
        placed.append((start, ch, sig.astype(np.float32)))
        truth.append(Turn(start, start + len(sig), ch))
    return _mix(placed, truth, [], channels, rate, rng, -20.0, -55.0)


def _mix(
    placed: list[tuple[int, int, np.ndarray]],
    truth: list[Turn],
    pauses: list[tuple[int, int, int]],
    channels: int,
    rate: int,
    rng: np.random.Generator,
    crosstalk_db: float,
    noise_dbfs: float,
) -> Corpus:
    total = max(tr.end for tr in truth) + int(1.0 * rate)
    noise = rng.standard_normal((total, channels)).astype(np.float32)
    audio = noise * np.float32(10 ** (noise_dbfs / 20))
    gain = np.float32(10 ** (crosstalk_db / 20))
    delays = rng.integers(int(0.001 * rate), int(0.008 * rate), (channels, channels))
    for start, ch, sig in placed:
        audio[start : start + len(sig), ch] += sig
        for other in range(channels):
            if other != ch:
                d = int(delays[ch, other])
                audio[start + d : start + d + len(sig), other] += sig * gain
    return Corpus(audio, rate, truth, pauses)


@dataclass(frozen=True)
class Score:
    start_errors_s: list[float]  # |detected start − true start| per true turn found
    end_errors_s: list[float]
    missed: list[Turn]  # true turns with no detected start within 1.5 s on their channel
    right_share: float  # share of speech time attributed to a right microphone
    split: list[Turn]  # true turns (without overlap) split into several detected turns


def score(truth: list[Turn], detected: list[Turn], rate: int, step_s: float = 0.01) -> Score:
    """Compare detected turns with the true timeline (see :class:`Score`)."""
    starts: list[float] = []
    ends: list[float] = []
    missed: list[Turn] = []
    for tr in truth:
        same = [d for d in detected if d.channel == tr.channel]
        best = min(same, key=lambda d: abs(d.start - tr.start), default=None)
        if best is None or abs(best.start - tr.start) > 1.5 * rate:
            missed.append(tr)
            continue
        starts.append(abs(best.start - tr.start) / rate)
        ends.append(abs(best.end - tr.end) / rate)
    end = max([t.end for t in truth] + [d.end for d in detected])
    step = max(1, int(step_s * rate))
    grid = np.arange(0, end, step)
    want = np.zeros((len(grid), 64), dtype=bool)
    got = np.zeros_like(want)
    for tr in truth:
        want[(grid >= tr.start) & (grid < tr.end), tr.channel] = True
    for d in detected:
        got[(grid >= d.start) & (grid < d.end), d.channel] = True
    speaking = want.any(axis=1)
    right = got.any(axis=1) & ~(got & ~want).any(axis=1)
    share = float((right & speaking).sum() / max(1, speaking.sum()))
    split: list[Turn] = []
    for tr in truth:
        if any(o is not tr and o.start < tr.end and tr.start < o.end for o in truth):
            continue
        inside = [
            d
            for d in detected
            if d.channel == tr.channel and min(d.end, tr.end) - max(d.start, tr.start) > 0.1 * rate
        ]
        if len(inside) > 1:
            split.append(tr)
    return Score(starts, ends, missed, share, split)
