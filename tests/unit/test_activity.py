"""Who is speaking (audio/activity.py): synthetic edge cases and the espeak-ng corpus."""

from __future__ import annotations

import numpy as np
import pytest

from audio.activity import SpeakerActivity, Turn, detect_turns
from tests.support.speech_corpus import Corpus, build_corpus, espeak_available, score

RATE = 48000


def _blocks(pcm: np.ndarray, size: int = 2400) -> list[np.ndarray]:
    return [pcm[i : i + size] for i in range(0, len(pcm), size)]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    assert espeak_available(), "espeak-ng is missing: scripts/setup.sh --test installs it"
    return build_corpus(channels=6, turns=12, seed=1)


@pytest.fixture(scope="module")
def corpus_4mic() -> Corpus:
    return build_corpus(channels=4, turns=10, seed=7, overlap_every=3)


def _noise(seconds: float, channels: int, dbfs: float = -55.0, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.standard_normal((int(seconds * RATE), channels)) * 10 ** (dbfs / 20)


def _burst(seconds: float, seed: int = 1) -> np.ndarray:
    """Syllable-like bursts of a 220 Hz buzz (4 per second), peak around −20 dBFS."""
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    env = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) ** 0.5
    return (0.1 * env * np.sign(np.sin(2 * np.pi * 220 * t))).astype(np.float64)


def _int16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32767), -32768, 32767).astype(np.int16)


def test_room_noise_alone_is_nobody() -> None:
    assert detect_turns(_blocks(_int16(_noise(10, 8))), 8, RATE) == []


def test_steady_loud_noise_on_one_microphone_is_nobody() -> None:
    x = _noise(12, 4)
    x[:, 2] += np.random.default_rng(3).standard_normal(len(x)) * 10 ** (-30 / 20)
    assert detect_turns(_blocks(_int16(x)), 4, RATE) == []


def test_speaker_found_through_crosstalk_and_pauses_do_not_split() -> None:
    x = _noise(8, 4)
    b = _burst(2.0)
    gap = int(0.5 * RATE)  # a pause under 0.6 s inside the turn
    s1, s2 = int(1.0 * RATE), int(1.0 * RATE) + len(b) + gap
    for s in (s1, s2):
        x[s : s + len(b), 1] += b
        for other in (0, 2, 3):
            x[s : s + len(b), other] += b * 0.1  # −20 dB crosstalk
    turns = detect_turns(_blocks(_int16(x)), 4, RATE)
    assert len(turns) == 1
    (turn,) = turns
    assert turn.channel == 1
    assert abs(turn.start - s1) < 0.1 * RATE
    assert abs(turn.end - (s2 + len(b))) < 0.3 * RATE


def test_block_size_does_not_change_the_result(corpus: Corpus) -> None:
    pcm = corpus.int16()[: 20 * RATE]
    a = detect_turns(_blocks(pcm, 2400), pcm.shape[1], RATE)
    b = detect_turns(_blocks(pcm, 997), pcm.shape[1], RATE)
    c = detect_turns([pcm], pcm.shape[1], RATE)
    assert a == b == c and a


def test_24_bit_samples_give_the_same_turns(corpus: Corpus) -> None:
    pcm = corpus.int16()[: 20 * RATE]
    wide = pcm.astype(np.int32) << 16
    assert detect_turns(_blocks(wide), pcm.shape[1], RATE, 2.0**31) == detect_turns(
        _blocks(pcm), pcm.shape[1], RATE
    )


def test_live_state_follows_the_speaker(corpus: Corpus) -> None:
    pcm = corpus.int16()
    det = SpeakerActivity(pcm.shape[1], RATE)
    seen: list[int | None] = []
    for i, block in enumerate(_blocks(pcm)):
        det.feed(block, i * 2400)
        seen.append(det.current)
    for tr in corpus.truth[:6]:
        mid = (tr.start + tr.end) // 2 // 2400
        assert seen[mid] == tr.channel
    assert det.current_turn() is None or isinstance(det.current_turn(), Turn)


@pytest.mark.parametrize("which", ["corpus", "corpus_4mic"])
def test_corpus_accuracy(which: str, request: pytest.FixtureRequest) -> None:
    c: Corpus = request.getfixturevalue(which)
    pcm = c.int16()
    turns = detect_turns(_blocks(pcm), pcm.shape[1], c.rate)
    s = score(c.truth, turns, c.rate)
    assert not s.missed, f"turns not found: {s.missed}"
    assert max(s.start_errors_s) <= 0.5, s.start_errors_s
    assert s.right_share >= 0.95, s.right_share
    assert not s.split, f"turns split by a short pause: {s.split}"
    # every pause inside a turn (all < 0.6 s) is inside one detected turn of that speaker
    for start, end, ch in c.pauses:
        assert any(t.channel == ch and t.start < start and end < t.end for t in turns)


def test_room_noise_after_digital_silence_is_not_a_turn(corpus: Corpus) -> None:
    """A source that sends zeros before the room sound begins (found through PulseAudio: the
    null sink's monitor is silent until the playback starts): the turn starts with the speech."""
    pcm = corpus.int16()[: 12 * RATE]
    silent = np.zeros((int(1.5 * RATE), pcm.shape[1]), dtype=np.int16)
    turns = detect_turns(_blocks(np.concatenate((silent, pcm))), pcm.shape[1], RATE)
    first = corpus.truth[0]
    assert turns[0].channel == first.channel
    assert abs(turns[0].start - (first.start + len(silent))) < 0.1 * RATE


def test_louder_room_noise_is_followed() -> None:
    x = _noise(20, 4)
    x[8 * RATE :] += _noise(12, 4, dbfs=-35.0, seed=5)  # ventilation switched on
    assert detect_turns(_blocks(_int16(x)), 4, RATE) == []


def test_steady_noise_starting_on_one_microphone_is_at_most_a_blip() -> None:
    """A fan switched on beside one microphone: it leads every other channel by 20 dB, but a
    steady sound does not rise and fall like speech, so only its onset may count (< 0.5 s)."""
    x = _noise(20, 4)
    x[8 * RATE :, 2] += _noise(12, 1, dbfs=-35.0, seed=5)[:, 0]
    turns = detect_turns(_blocks(_int16(x)), 4, RATE)
    assert all(t.end - t.start < 0.5 * RATE and abs(t.start - 8 * RATE) < 0.1 * RATE for t in turns)


def test_the_recording_engine_feeds_the_detector(tmp_path, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    """The writer thread feeds every recorded block: live turns equal the offline ones."""
    import soundfile as sf

    from audio.engine import RecordingEngine
    from audio.engine_types import EngineConfig
    from audio.sources import FileSource
    from tests.support.sinks import ListSink

    pcm = corpus.int16()[: 30 * RATE]
    wav = tmp_path / "corpus.wav"
    sf.write(wav, pcm, RATE, subtype="PCM_16")
    engine = RecordingEngine(
        FileSource(wav, 16, realtime=False),
        tmp_path / "hearing",
        ListSink(),
        EngineConfig(stop_after_frames=len(pcm)),
    )
    engine.start()
    assert engine.ended.wait(60)
    engine.stop()
    live = list(engine.activity.turns)
    current = engine.activity.current_turn()
    if current is not None:
        live.append(current)
    assert live == detect_turns(_blocks(pcm), pcm.shape[1], RATE)
