"""Participant copies: a closed hearing is refused (Rules p. 32), closed parts are silenced in
every file to the frame, the markers inside them are left out, amendments count, and the player
and README say so."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.copies.participant import (
    ClosedHearingRefused,
    Span,
    build_participant_copy,
    mix_matrix,
    silence_spans,
)
from tests.support.export_hearing import event, sealed_with_markers, speech
from tests.support.pki import TestPKI, make_pki

R = 48000


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


def test_silence_spans_is_exact_to_the_frame() -> None:
    block = np.ones((100, 2), dtype=np.float32)
    out = silence_spans(block, 1000, [Span(1010, 1020), Span(1095, 2000), Span(0, 5)])
    zero = np.flatnonzero(out[:, 0] == 0)
    assert list(zero) == list(range(10, 20)) + list(range(95, 100))


def test_mix_matrix_is_equal_power_and_spread() -> None:
    g = mix_matrix(8)
    assert g.shape == (8, 2)
    assert np.allclose((g**2).sum(axis=1), 2 / 8)  # same power from every microphone
    assert g[0, 0] > g[0, 1] and g[-1, 1] > g[-1, 0]  # first left, last right
    assert np.allclose(mix_matrix(1), [[1.0, 1.0]])


def test_closed_hearing_is_refused(tmp_path: Path, pki: TestPKI) -> None:
    sealed = sealed_with_markers(tmp_path, pki, [], closed_hearing=True)
    with pytest.raises(ClosedHearingRefused, match=r"p\. 32"):
        build_participant_copy(sealed.package, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


def test_closed_parts_are_silenced_and_said(tmp_path: Path, pki: TestPKI) -> None:
    markers = [
        (R // 2, speech(1, "Иванов И.", "plaintiff", 2, "иск")),
        (2 * R, event(2, "hearing_closed_declared")),
        (2 * R + R // 2, speech(3, "Ахметова А.", "respondent", 3, "секрет")),
        (4 * R, event(4, "hearing_open_declared")),
        (5 * R, event(5, "other")),  # amended below into a closure that lasts to the end
    ]
    sealed = sealed_with_markers(
        tmp_path, pki, markers, amendments=[(4, {"event": "hearing_closed_declared"})]
    )
    copy = build_participant_copy(sealed.package, tmp_path / "copy", lang="ru")
    assert copy.closed_spans == [Span(2 * R, 4 * R), Span(5 * R, 6 * R)]
    assert copy.omitted_markers == 1 and copy.markers == 4
    for name in ["mix.flac"] + [f"mic-{c:02d}.flac" for c in range(1, 5)]:
        audio, rate = sf.read(tmp_path / "copy" / "audio" / name, dtype="float32", always_2d=True)
        assert rate == R and len(audio) == 6 * R
        loud = np.abs(audio).max(axis=1) > 0
        assert not loud[2 * R : 4 * R].any() and not loud[5 * R :].any(), name
        assert loud[2 * R - 200 : 2 * R].any() and loud[4 * R : 4 * R + 200].any(), name
    doc = json.loads((tmp_path / "copy" / "markers.json").read_text(encoding="utf-8"))
    assert "секрет" not in json.dumps(doc, ensure_ascii=False)
    assert doc["closed_parts"] == [{"from": 2.0, "to": 4.0}, {"from": 5.0, "to": 6.0}]
    assert [m["amended"] for m in doc["markers"]][-1] is True
    readme = (tmp_path / "copy" / "README.txt").read_text(encoding="utf-8")
    assert "CLOSED PARTS ARE SILENCED" in readme and "ЗАКРЫТЫЕ ЧАСТИ ЗАГЛУШЕНЫ" in readme
    html = (tmp_path / "copy" / "player.html").read_text(encoding="utf-8")
    assert '"closed": [{"from": 2.0, "to": 4.0}' in html and "секрет" not in html
    assert "http://" not in html and "https://" not in html  # no network
    sums = (tmp_path / "copy" / "SHA256SUMS.txt").read_text().splitlines()
    assert {line.split("  ", 1)[1] for line in sums} >= {
        "player.html",
        "audio/mix.flac",
        "markers.csv",
        "seal/bag-info.txt",
    }


def test_open_hearing_copy_keeps_all_audio(tmp_path: Path, pki: TestPKI) -> None:
    sealed = sealed_with_markers(tmp_path, pki, [(R, speech(1, "Иванов И.", "plaintiff", 2))])
    copy = build_participant_copy(sealed.package, tmp_path / "copy")
    assert copy.closed_spans == [] and copy.omitted_markers == 0
    audio, _ = sf.read(tmp_path / "copy" / "audio" / "mic-02.flac", dtype="float32")
    assert (np.abs(audio) > 0).mean() > 0.99
    csv = (tmp_path / "copy" / "markers.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf") and "Иванов".encode() in csv


def test_cancel_while_preparing_leaves_nothing_behind(tmp_path: Path, pki: TestPKI) -> None:
    from app.copies.medium import ExportCancelled
    from app.copies.participant_write import export_participant_copy
    from app.copies.progress import CancelToken, Progress

    sealed = sealed_with_markers(tmp_path, pki, [])
    medium, work = tmp_path / "medium", tmp_path / "work"
    medium.mkdir()
    work.mkdir()
    token = CancelToken()
    phases: list[str] = []

    def progress(p: Progress) -> None:
        phases.append(p.phase)
        if p.phase == "preparing" and p.done_bytes > 0:
            token.cancel()

    with pytest.raises(ExportCancelled):
        export_participant_copy(
            sealed.package,
            medium,
            cancel=token,
            progress=progress,
            work_dir=work,
            require_mount=False,
        )
    assert set(phases) == {"preparing"}
    assert list(medium.iterdir()) == [] and list(work.iterdir()) == []


def test_real_recording_with_an_empty_last_segment(tmp_path: Path, pki: TestPKI) -> None:
    """The recorder closes a 0-byte segment when it stops exactly at a rotation."""
    from signing.seal import seal_hearing
    from tests.conftest import record_hearing
    from tests.support.sealing import signer_for

    hearing = record_hearing(
        tmp_path,
        "--source",
        "speech",
        "--seconds",
        "2",
        "--segment-seconds",
        "1",
        "--allow-short-segments",
        "--channels",
        "2",
        "--fast",
    )
    package = seal_hearing(hearing, signer_for(pki.secretary)).package
    copy = build_participant_copy(package, tmp_path / "copy")
    assert copy.seconds == pytest.approx(2.0)
    audio, _ = sf.read(tmp_path / "copy" / "audio" / "mix.flac")
    assert len(audio) == 2 * R


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ru", ["Время", "Истец", "выступление", "мера процессуального принуждения"]),
        ("kk", ["Уақыт", "Талапкер", "сөз сөйлеу", "іс жүргізушілік мәжбүрлеу шарасы"]),
    ],
)
def test_markers_csv_and_readme_speak_the_copys_language(
    tmp_path: Path, pki: TestPKI, lang: str, words: list[str]
) -> None:
    """No code ("plaintiff", "coercion_measure") and no English heading in markers.csv; the
    README starts in Kazakh, then Russian; English comes last."""
    markers = [(R, speech(1, "Иванов И.", "plaintiff", 2)), (2 * R, event(2, "coercion_measure"))]
    sealed = sealed_with_markers(tmp_path, pki, markers)
    build_participant_copy(sealed.package, tmp_path / "copy", lang=lang)
    csv = (tmp_path / "copy" / "markers.csv").read_bytes().decode("utf-8-sig")
    for word in words:
        assert word in csv
    for code in ("plaintiff", "coercion_measure", "speech", "speaker", "amended"):
        assert code not in csv
    readme = (tmp_path / "copy" / "README.txt").read_text(encoding="utf-8")
    assert readme.startswith("СОТ ОТЫРЫСЫНЫҢ АУДИОЖАЗБАСЫНЫҢ КӨШІРМЕСІ")
    assert readme.index("КОПИЯ АУДИОЗАПИСИ") < readme.index("COPY OF THE AUDIO RECORDING")
