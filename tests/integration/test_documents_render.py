"""Documents on paper: PDFs read by pdftotext, DOCX converted by LibreOffice, real recordings.

The text a court would read is checked, not the model: every marker, pause and file name of a
test hearing, in Kazakh and Russian, with every Kazakh letter intact, from the PDF (Qt) and from
the DOCX (python-docx, converted by LibreOffice headless). A hearing recorded by the real engine
from a source that stalls (a simulated device loss) gives an act with the journal's span, and
after real sealing the protocol carries the package signature's fingerprint.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from app.documents import KINDS, load_hearing, make_document
from app.documents.model import parse_utc
from app.documents.texts import Texts
from audio.sources import ToneSource
from signing.journal import read_records
from tests.support.documents_fixture import KAZAKH_LETTERS, NOTES, PARTICIPANTS, make_hearing

pytestmark = pytest.mark.integration
LANGS = ("kk", "ru")


def _need(*tools: str) -> None:
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (scripts/apt-packages*.txt)")


def _words(text: str) -> str:
    """Whitespace collapsed: a table cell wraps wherever its width says, the words stay.

    A line may end after the hyphen of a compound word ("үй-" / "жайдың"): that break is no space.
    """
    return " ".join(re.sub(r"-[ \t]*\n\s*", "-", text).split())


def pdf_text(path: Path) -> str:
    _need("pdftotext")
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True)
    return _words(raw.stdout.decode("utf-8"))


def docx_texts(paths: list[Path], work: Path) -> dict[Path, str]:
    """All DOCX files through one LibreOffice run (it starts slowly), as plain UTF-8 text."""
    _need("soffice")
    out = work / "lo-text"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{work / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {p: _words((out / f"{p.stem}.txt").read_text("utf-8")) for p in paths}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One test hearing (device loss, sealed), every document in both languages and formats."""
    root = tmp_path_factory.mktemp("docs")
    folder = make_hearing(root, device_loss=True, sealed=True)
    out = root / "out"
    files = {
        (kind, lang, fmt): make_document(kind, folder, lang, fmt, out / f"{kind}-{lang}.{fmt}")
        for kind in KINDS
        for lang in LANGS
        for fmt in ("pdf", "docx")
    }
    docx = docx_texts([p for (_, _, fmt), p in files.items() if fmt == "docx"], root)
    return {"folder": folder, "files": files, "docx": docx, "root": root}


def _text(rendered: dict[str, object], kind: str, lang: str, fmt: str) -> str:
    path = rendered["files"][(kind, lang, fmt)]  # type: ignore[index]
    return pdf_text(path) if fmt == "pdf" else rendered["docx"][path]  # type: ignore[index]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", LANGS)
def test_protocol_on_paper_names_every_marker_pause_and_file(
    rendered: dict[str, object], lang: str, fmt: str
) -> None:
    facts = load_hearing(rendered["folder"])  # type: ignore[arg-type]
    t = Texts(lang)
    text = _text(rendered, "protocol", lang, fmt)
    for f in facts.files:
        assert f.name in text
    assert facts.package_name in text
    for note in NOTES.values():
        assert _words(note) in text
    for p in PARTICIPANTS:
        assert p["name"] in text
    for m in facts.markers:  # a moment on the recording: floored, as a clock shows it
        assert t.position(facts.hearing_seconds(m.frame)) in text
        assert t.clock(m.when, facts.get("date")) in text
    for p in facts.pauses:
        assert _words(t.term("pauses", p.reason)) in text
    assert _words(t.term("failures", "device_lost")) in text
    assert _words(t("protocol.inventory_line", package=facts.package_name, count=2)) in text
    assert facts.seal is not None and facts.seal.signature_sha256 is not None
    assert facts.seal.signature_sha256[-8:] in text
    source = "".join(p["name"] for p in PARTICIPANTS) + "".join(NOTES.values())
    letters = {c for c in source if c.lower() in KAZAKH_LETTERS}
    assert set(KAZAKH_LETTERS) <= letters
    for letter in sorted(letters):
        assert letter in text, f"the letter {letter} is lost in the {lang} {fmt}"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", LANGS)
def test_act_shows_the_device_loss_span(rendered: dict[str, object], lang: str, fmt: str) -> None:
    folder: Path = rendered["folder"]  # type: ignore[assignment]
    records = read_records(folder / "journal.jsonl")
    lost = next(r for r in records if r["kind"] == "device_lost")
    back = next(r for r in records if r["kind"] == "device_returned")
    t = Texts(lang)
    day = load_hearing(folder).get("date")
    text = _text(rendered, "act", lang, fmt)
    span = " ".join(
        # the 7.4 s gap, rounded to the tenth, never floored to 0:00:07
        [t.clock(parse_utc(lost["utc"]), day), t.clock(parse_utc(back["utc"]), day), t.span(7.4)]
    )
    assert f"{span} 1–4" in text
    assert _words(t("act.secretary")) in text and _words(t.lst("act.first")[0]) in text


@pytest.mark.parametrize("lang", LANGS)
def test_every_document_renders_in_both_formats(rendered: dict[str, object], lang: str) -> None:
    folder: Path = rendered["folder"]  # type: ignore[assignment]
    case = load_hearing(folder).get("case_number")
    for kind in KINDS:
        for fmt in ("pdf", "docx"):
            assert case in _text(rendered, kind, lang, fmt), (kind, fmt)


def test_pdf_fonts_are_embedded_and_envelope_is_dl(rendered: dict[str, object]) -> None:
    _need("pdffonts", "pdfinfo")
    files: dict = rendered["files"]  # type: ignore[assignment]
    fonts = subprocess.run(
        ["pdffonts", str(files[("protocol", "kk", "pdf")])],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert fonts and all("NotoSerif" in line and " yes " in line for line in fonts)
    info = subprocess.run(
        ["pdfinfo", str(files[("envelope", "ru", "pdf")])],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    w, h = (float(x) for x in size.split(":")[1].split("pts")[0].split(" x "))
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (220, 110)


def test_pages_render_to_images(rendered: dict[str, object], artifacts: Path) -> None:
    """PNG pages for a person to look at (test-artifacts/documents)."""
    _need("pdftoppm")
    dest = artifacts / "documents"
    dest.mkdir(exist_ok=True)
    files: dict = rendered["files"]  # type: ignore[assignment]
    for kind in KINDS:
        for lang in LANGS:
            pdf = files[(kind, lang, "pdf")]
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(pdf), str(dest / pdf.stem)], check=True
            )
    assert len(list(dest.glob("protocol-kk-*.png"))) >= 2


# ---------------------------------------------------------------- the real engine, real sealing
class StallingTones(ToneSource):
    """Real-time tones that stop once for ``stall`` seconds, as an unplugged interface does."""

    def __init__(self, channels: int, rate: int, stall_at: int, stall: float) -> None:
        super().__init__(channels, rate, realtime=True)
        self.stall_at, self.stall, self.stalled = stall_at, stall, False

    def _generate(self, start: int, frames: int) -> np.ndarray:
        if start >= self.stall_at and not self.stalled:
            self.stalled = True
            time.sleep(self.stall)  # the source thread only: no block arrives meanwhile
        return super()._generate(start, frames)


def _wait_for(folder: Path, kind: str, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if any(r["kind"] == kind for r in read_records(folder / "journal.jsonl")):
            return
        time.sleep(0.05)
    raise AssertionError(f"no {kind} record within {limit} s")


def test_real_recording_with_device_loss_then_sealed(tmp_path: Path) -> None:
    from app.hearing.details import HearingInfo
    from app.hearing.session import HearingSession
    from audio.engine_types import EngineConfig
    from signing.seal import seal_hearing
    from tests.support.documents_fixture import hearing_json
    from tests.support.pki import make_pki
    from tests.support.sealing import signer_for

    rate = 16000
    info = HearingInfo.from_json(hearing_json())
    session = HearingSession.create(
        tmp_path, info, channels=4, rate=rate, bits=16, source_name="tones"
    )
    session.record_precheck(True, [])
    session.start(StallingTones(4, rate, stall_at=rate // 2, stall=1.0), EngineConfig())
    judge = PARTICIPANTS[0]
    session.add_marker(judge["name"], role="judge", channel=1, note=NOTES["opening"])
    _wait_for(session.folder, "device_lost")
    _wait_for(session.folder, "device_returned")
    session.pause("recess")
    session.resume()
    witness = PARTICIPANTS[3]
    session.add_marker(
        witness["name"], role="witness", channel=4, event="oath", note=NOTES["witness"]
    )
    session.end()
    folder = session.folder

    protocol = make_document("protocol", folder, "kk", "pdf")
    assert protocol == folder / "protocol" / "protocol-kk.pdf"
    act = pdf_text(make_document("act", folder, "ru", "pdf"))
    records = read_records(folder / "journal.jsonl")
    lost = next(r for r in records if r["kind"] == "device_lost")
    back = next(r for r in records if r["kind"] == "device_returned")
    t = Texts("ru")
    day = info.date
    # the act gives the span without sound: from the last audio before the loss to the first
    # after it (the device's own timing), not the moments the watchdog noticed
    assert t.clock(parse_utc(lost["data"]["silent_since_utc"]), day) in act
    assert t.clock(parse_utc(back["data"]["returned_utc"]), day) in act
    assert t.span(back["data"]["gap_seconds"]) in act
    assert t.detail("no_blocks") in act and "no audio block" not in act
    text = pdf_text(protocol)
    names = [n for r in records if r["kind"] == "segment_closed" for n in r["data"]["files"]]
    assert names and all(n in text for n in names)
    assert _words(NOTES["witness"]) in text and "үзіліс" in text

    pki = make_pki()
    result = seal_hearing(folder, signer_for(pki.secretary))
    # The protocol written before sealing is inside the package, byte for byte.
    assert (result.package / "data" / "protocol" / "protocol-kk.pdf").read_bytes() == (
        protocol.read_bytes()
    )
    after = make_document("protocol", result.package, "ru", "pdf")
    assert after.parent.name == f"{folder.name}.documents"
    signature = (result.package / "tagmanifest-sha256.txt.p7s").read_bytes()
    digest = hashlib.sha256(signature).hexdigest()
    sealed_text = pdf_text(after)
    assert " ".join(digest[i : i + 8] for i in range(0, 64, 8)) in sealed_text
    assert result.package.name in sealed_text


def test_cli_protocol_of_a_hearing_recorded_by_zhazba_record(recorded_hearing: Path) -> None:
    """`zhazba record … --fast` then `zhazba protocol`: the files are named exactly as stored."""
    from app.cli.commands import main

    assert main(["protocol", str(recorded_hearing), "--lang", "ru", "--format", "pdf"]) == 0
    text = pdf_text(recorded_hearing / "protocol" / "protocol-ru.pdf")
    records = read_records(recorded_hearing / "journal.jsonl")
    names = [n for r in records if r["kind"] == "segment_closed" for n in r["data"]["files"]]
    assert names and all(n in text for n in names)
    # not sealed yet: the hearing folder is named, never a package that does not exist
    assert recorded_hearing.name in text and ".sealed" not in text
    assert "Аудиозапись велась непрерывно" in text
    assert "Технических неполадок не зафиксировано" in text
    # nothing failed: no act, and the command says why
    assert main(["document", "act", str(recorded_hearing), "--format", "pdf"]) == 1
