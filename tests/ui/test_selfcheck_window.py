"""The self-check window, offscreen: a run with a dead microphone, the guided step's prompt, the
signed report, and a screenshot (test-artifacts/screenshots/selfcheck.png)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.selfcheck.checks import SelfCheckSettings
from app.selfcheck.report import JsonlSelfCheckHistory
from audio.selfcheck import CheckResult
from audio.sources import InputSource, ToneSource
from signing.keys import load_pkcs12
from tests.support.pki import PASSWORD, make_pki
from ui.selfcheck.window import SelfCheckWindow

WAIT_MS = 60_000  # a generous bound for a loaded machine; no result depends on it


class RoomThenVoice(ToneSource):
    """Quiet room noise on every channel; from ``voice_at`` seconds a voice on ``voice`` (1-based);
    channel ``dead`` (1-based) carries nothing."""

    def __init__(
        self,
        channels: int,
        rate: int,
        bits: int = 16,
        *,
        voice: int | None = None,
        voice_at: float = 1.5,
        dead: int | None = None,
        **kw: object,
    ) -> None:
        super().__init__(channels, rate, bits, **kw)
        self.voice, self.voice_at, self.dead = voice, voice_at, dead
        self.rng = np.random.default_rng(4)

    def _generate(self, start: int, frames: int) -> np.ndarray:
        block = self.rng.normal(0.0, 0.001, (frames, self.channels)).astype(np.float32)
        if self.voice is not None:
            t = np.arange(start, start + frames) / self.rate
            block[:, self.voice - 1] += np.where(
                t >= self.voice_at, 0.2 * np.sin(2 * np.pi * 440.0 * t), 0.0
            )
        if self.dead is not None:
            block[:, self.dead - 1] = 0.0
        return block


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(source: type[RoomThenVoice] | None = None, **kw: object) -> SelfCheckWindow:
        def factory(device: object, channels: int, rate: int, bits: int) -> InputSource:
            return RoomThenVoice(channels, rate, bits, realtime=True, **kw)  # type: ignore[arg-type]

        settings = SelfCheckSettings(
            simulated="tones", channels=4, recordings=tmp_path, test_seconds=1.0
        )
        w = SelfCheckWindow(
            settings,
            who="technician",
            source_factory=factory,
            history=JsonlSelfCheckHistory(tmp_path / "history.jsonl"),
            key=lambda: keys.get("key"),
        )
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    keys: dict[str, object] = {}
    make.keys = keys  # type: ignore[attr-defined]
    return make


def rows(w: SelfCheckWindow) -> dict[str, CheckResult]:
    out = {}
    for i in range(w.list.count()):
        r = w.list.item(i).data(Qt.ItemDataRole.UserRole)
        out[r.check] = r
    return out


def run(qtbot, w: SelfCheckWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.finished, timeout=WAIT_MS):
        qtbot.mouseClick(w.run_button, Qt.MouseButton.LeftButton)


def test_dead_microphone_is_shown_as_a_failure_with_its_remedy(
    qtbot,
    window,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    w = window(dead=2)
    assert "Not run yet" in w.summary.text()
    run(qtbot, w)
    results = rows(w)
    assert results["signal_present"].verdict == "fail"
    assert "channel 2" in results["signal_present"].message
    assert {"disk_space", "write_speed", "clock", "certificate", "archive"} <= set(results)
    assert "must be fixed" in w.summary.text()
    failing = [
        i
        for i in range(w.list.count())
        if w.list.item(i).data(Qt.ItemDataRole.UserRole).check == "signal_present"
    ][0]
    w.list.setCurrentRow(failing)
    assert "What to do:" in w.details.text() and "phantom power" in w.details.text()
    assert w.export_button.isEnabled()
    kept = JsonlSelfCheckHistory(tmp_path / "history.jsonl").recent()
    assert len(kept) == 1 and kept[0].who == "technician" and not kept[0].passed


def test_guided_step_prompt_screenshot_and_signed_report(
    qtbot,
    window,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    artifacts: Path,
) -> None:
    w = window(voice=3, voice_at=1.5, dead=4)
    assert w.export_report(tmp_path / "early.json") == "Run the self-check first."
    run(qtbot, w)
    assert w.list.currentItem().data(Qt.ItemDataRole.UserRole).check == "signal_present"
    done: list[CheckResult] = []
    w.guided_finished.connect(done.append)
    w.mic.setValue(3)
    qtbot.mouseClick(w.guided_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.prompt.text() == "Speak into microphone 3 now", timeout=WAIT_MS)
    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(shots / "selfcheck.png"))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    result = done[0]
    assert result.verdict == "pass", result.message
    assert result.details["loudest_channel"] == 3
    assert rows(w)["microphone_3"].verdict == "pass" and w.prompt.text() == ""
    assert w.run is not None and w.run.results[-1].check == "microphone_3"

    assert "Open the signing key first" in w.export_report(tmp_path / "report.json")
    pki = make_pki()
    window.keys["key"] = load_pkcs12(pki.secretary.p12(), PASSWORD)
    message = w.export_report(tmp_path / "report.json")
    assert message.startswith("Signed report written"), message
    chain = pki.write_chain(tmp_path / "chain.pem")
    for name in ("report.json", "report.txt"):
        r = subprocess.run(
            [
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-purpose",
                "any",
                "-inform",
                "DER",
                "-in",
                str(tmp_path / f"{name}.p7s"),
                "-content",
                str(tmp_path / name),
                "-CAfile",
                str(chain),
                "-out",
                "/dev/null",
            ],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0, r.stderr
    assert "Microphone 3" in (tmp_path / "report.txt").read_text()


def test_the_signed_report_is_a_pdf_in_kazakh_and_russian(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, artifacts: Path
) -> None:
    """Issue 18: "Export signed report…" writes the report as PDF in Kazakh and in Russian into
    the reports folder (no save dialog), each signed (openssl cms -verify), the checks' messages
    in the document's language; the pages are rendered to PNG to be looked at."""
    w = window(voice=3, voice_at=1.5, dead=4)
    w.reports_dir = tmp_path / "reports"
    run(qtbot, w)
    assert "Open the signing key first" in w.export_pdf_reports()
    pki = make_pki()
    window.keys["key"] = load_pkcs12(pki.secretary.p12(), PASSWORD)
    message = w.export_pdf_reports()
    assert message.startswith("Signed report written in Kazakh and Russian"), message
    assert [p.name[-6:] for p in w.report_pdfs] == ["kk.pdf", "ru.pdf"]
    chain = pki.write_chain(tmp_path / "chain.pem")
    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for pdf in w.report_pdfs:
        r = subprocess.run(
            ["openssl", "cms", "-verify", "-binary", "-purpose", "any", "-inform", "DER",
             "-in", f"{pdf}.p7s", "-content", str(pdf), "-CAfile", str(chain), "-out", "/dev/null"],
            capture_output=True, text=True,
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        text = subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        lang = pdf.stem[-2:]
        words = {
            "kk": ("Жабдықты өзін-өзі тексеру", "Әр арнадағы сигнал", "Өтпеді"),
            "ru": ("самопроверки оборудования", "Сигнал на каждом канале", "Не пройдено"),
        }[lang]
        for word in words:
            assert word in " ".join(text.split()), (lang, text[:800])
        assert "What was found" not in text and "Signal on every channel" not in text
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
             str(shots / f"selfcheck-report-{lang}")],
            check=True,
        )  # fmt: skip
    assert w.report_pdfs[0].with_suffix(".json").is_file()  # and the signed JSON for machines
