"""The self-check's and the verifier's own words in the window's language (Russian, Kazakh).

The checks and the verifier build their messages in Qt-free layers as :class:`audio.text.Msg`;
the self-check window and the review window's seal banner show them through
:func:`ui.widgets.i18n.tr_msg`. Expected texts are built from the translations in
``assets/i18n/zhazba_<lang>.ts`` (never a copy of the words here), so the test checks that the
compiled .qm, the window and the .ts agree. Leaves a screenshot of the self-check window in
Kazakh: test-artifacts/screenshots/selfcheck-kk.png.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.evidence.verify import verify_hearing_folder
from app.selfcheck.checks import SelfCheckSettings
from app.selfcheck.report import SelfCheckRun
from app.selfcheck.station import check_archive, check_media
from audio.playback import CapturingSink
from audio.selfcheck import CheckResult, check_recording
from audio.text import Msg, msg
from signing.seal import seal_hearing
from tests.support.pki import TestPKI, shared_pki
from tests.support.review_hearing import RATE, make_review_hearing
from tests.support.sealing import detached_copy, signer_for
from ui.review.viewmodel import banner
from ui.review.window import ReviewWindow
from ui.selfcheck.window import SelfCheckWindow, _esc
from ui.widgets.i18n import I18N_DIR, tr_msg


@cache
def ts_table(lang: str) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` of the finished messages of a .ts file."""
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(I18N_DIR / f"zhazba_{lang}.ts").getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                out[(name, m.findtext("source") or "")] = tr.text
    return out


def expected(value: str, lang: str) -> str:
    """What the window must show for ``value`` in ``lang``, straight from the .ts file."""
    if not isinstance(value, Msg):
        return value
    template = value.template
    if value.context:
        template = ts_table(lang)[(value.context, value.template)]
    params: dict[str, Any] = {k: expected(v, lang) for k, v in value.params.items()}
    return template.format(**params)


def dead_channel_recording() -> np.ndarray:
    """Two seconds of a quiet room on four channels; channel 2 carries nothing."""
    rng = np.random.default_rng(7)
    data = rng.normal(0.0, 30.0, (96000, 4)).astype(np.int16)
    data[:, 1] = 0
    return data


def test_tr_msg_leaves_plain_text_and_english_alone(languages) -> None:  # type: ignore[no-untyped-def]
    assert tr_msg("plain {text}") == "plain {text}"
    m = msg("SelfCheck", "No medium at {mount}.", mount="/media/usb")
    assert tr_msg(m) == "No medium at /media/usb."
    languages.switch("ru")
    assert tr_msg("plain {text}") == "plain {text}"
    unknown = msg("SelfCheck", "A sentence nobody translated: {n}.", n=3)
    assert tr_msg(unknown) == "A sentence nobody translated: 3."


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_tr_msg_translates_templates_and_nested_params(languages, lang: str) -> None:  # type: ignore[no-untyped-def]
    results = {r.check: r for r in check_recording(dead_channel_recording(), 48000, 16)}
    dead = results["signal_present"]
    assert dead.verdict == "fail" and dead.message == (
        "No signal at all on channel 2: the microphone is dead."
    )
    assert isinstance(dead.message, Msg) and isinstance(dead.message.params["channels"], Msg)
    assert languages.switch(lang)
    for text in (dead.message, dead.remedy, results["noise_floor"].message):
        shown = tr_msg(text)
        assert shown == expected(text, lang) and shown != str(text)
    # the nested channel name is translated too, not left in English
    assert expected(dead.message.params["channels"], lang) in tr_msg(dead.message)
    assert "channel 2" not in tr_msg(dead.message)


def fixed_runner(results: list[CheckResult]):  # type: ignore[no-untyped-def]
    def run(settings: SelfCheckSettings, checks: Any, **kw: Any) -> SelfCheckRun:
        done = SelfCheckRun.begin(kw.get("who", ""), kw.get("kind", "selfcheck"), {})
        for r in results:
            done.results.append(r)
            if kw.get("on_result"):
                kw["on_result"](r)
        done.finish()
        return done

    return run


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_selfcheck_window_shows_results_in_the_window_language(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path, artifacts: Path, lang: str
) -> None:
    results = check_recording(dead_channel_recording(), 48000, 16)
    results += [check_media(tmp_path / "no-medium"), check_archive(None)]
    w = SelfCheckWindow(SelfCheckSettings(recordings=tmp_path), runner=fixed_runner(results))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.start_run()
    qtbot.waitUntil(lambda: w.run is not None, timeout=30_000)
    dead = next(r for r in results if r.check == "signal_present")
    assert w._result_at(w.list.currentRow()) is dead  # the first failure is selected
    assert dead.message in w.details.text()  # English before the switch
    summary = w.summary.text()

    assert languages.switch(lang)  # at runtime, with the results already on screen
    message, remedy = expected(dead.message, lang), expected(dead.remedy, lang)
    assert message != dead.message and remedy != dead.remedy
    qtbot.waitUntil(lambda: _esc(message) in w.details.text(), timeout=5_000)
    assert _esc(remedy) in w.details.text()
    assert dead.message not in w.details.text()
    assert w.summary.text() != summary  # "%n problem(s) must be fixed…" follows the language
    for row, r in enumerate(results):
        item = w.list.item(row)
        assert expected(r.message, lang) in item.text()
        assert item.toolTip() == expected(r.remedy or r.message, lang)
    media = next(r for r in results if r.check == "media")
    w.list.setCurrentRow(results.index(media))
    assert _esc(expected(media.remedy, lang)) in w.details.text()
    if lang == "kk":
        shots = artifacts / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        w.list.setCurrentRow(results.index(dead))
        w.resize(1000, 640)
        qtbot.wait(50)
        assert w.grab().save(str(shots / "selfcheck-kk.png"))


def test_hearing_folder_findings_in_the_banner(languages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "journal.jsonl").write_text("not a journal\n", encoding="utf-8")
    report = verify_hearing_folder(tmp_path)
    assert report.problems and all(isinstance(p.message, Msg) for p in report.problems)
    english = banner(report)[1]
    for lang in ("ru", "kk"):
        assert languages.switch(lang)
        level, text = banner(report)
        assert level == "bad" and text != english
        for p in report.problems[:3]:
            assert expected(p.message, lang) in text
            assert p.message not in text


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return shared_pki()


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    hearing = make_review_hearing(tmp_path_factory.mktemp("hearings"))
    return seal_hearing(hearing, signer_for(pki.secretary)).package


def test_review_window_shows_verifier_findings_translated(  # type: ignore[no-untyped-def]
    qtbot, languages, package: Path, pki: TestPKI, tmp_path: Path
) -> None:
    copy = detached_copy(package, tmp_path / "copy.sealed")
    audio = sorted((copy / "data" / "audio").glob("*.flac"))[1]
    raw = bytearray(audio.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    audio.write_bytes(bytes(raw))
    chain = pki.write_chain(tmp_path / "chain.pem")
    w = ReviewWindow(copy, ca_file=chain, sink=CapturingSink(RATE, 2))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.banner_level != "wait", timeout=30_000)
    assert w.banner_level == "bad" and w.report is not None
    first = w.report.problems[0].message
    assert isinstance(first, Msg) and audio.name in first
    assert first in w.banner.text()
    try:
        for lang in ("ru", "kk"):
            assert languages.switch(lang)
            shown = expected(first, lang)
            assert shown != first
            qtbot.waitUntil(lambda s=shown: s in w.banner.text(), timeout=5_000)  # type: ignore[misc]
            assert first not in w.banner.text()
    finally:
        w.close()
