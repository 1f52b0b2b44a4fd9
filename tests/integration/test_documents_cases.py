"""Hearings that went wrong, recorded through the real engine, and what their documents say.

Each case is recorded for real: a start whose device is gone (the PulseAudio null sink unloaded
between choosing it and starting), a device lost and back (the sink unloaded mid-recording and
loaded again), a crash (``zhazba record`` killed with SIGKILL, then ``zhazba recover``) and a
deliberation that lasts to the end (then sealed with a real key). The protocol, act, incident
report and envelope are written in Kazakh and Russian, as PDF (read by pdftotext) and DOCX (read
through LibreOffice), and the exact statements the Rules call for are looked for — and the false
ones looked for in vain. Finally every one of those documents is scanned for Latin script:
nothing but file names, hashes and case numbers may be in it.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from app.documents import DocumentError, make_document
from app.documents.details import classify
from app.documents.model import load_hearing, parse_utc
from app.documents.texts import Texts
from signing.journal import read_records
from tests.integration.test_documents_render import _words, docx_texts, pdf_text
from tests.support.audio_servers import (
    Pulse,
    audio_env,
    json_lines,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    python,
    recorder,
)
from tests.support.documents_fixture import PARTICIPANTS, hearing_json

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]
LANGS = ("kk", "ru")
KINDS = ("protocol", "act", "incident", "envelope")
SIGNER = "ЖҰМАБАЕВА АЙГҮЛ"  # the secretary's certificate, as Kazakh certificates name people


def _case(pulse: Pulse, case: str, out: Path, channels: int) -> Path:
    sink, module = pulse.sink(channels)
    r = subprocess.run(
        [python(), "-m", "tests.support.hearing_cases", case, "--out", str(out)]
        + ["--module", module, "--sink", sink],
        env=pulse.record_env(sink),
        capture_output=True,
        text=True,
        timeout=180,
    )
    pulse.loaded.remove(module)  # unloaded by the case itself
    lines = json_lines(r.stdout)
    for line in lines:
        if "reloaded" in line:
            pulse.loaded.append(line["reloaded"])
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    return Path(next(line["folder"] for line in lines if "folder" in line))


def _crash(out: Path) -> Path:
    """`zhazba record` from tones in real time, killed with SIGKILL, then `zhazba recover`."""
    details = out / "hearing-details.json"
    details.parent.mkdir(parents=True, exist_ok=True)
    details.write_text(json.dumps(hearing_json(), ensure_ascii=False), "utf-8")
    hearings = out / "hearings"
    env = audio_env()
    proc = subprocess.Popen(
        [*recorder(), "record", "--out", str(hearings), "--source", "tones"]
        + ["--channels", "4", "--hearing", str(details), "--no-stdin", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    folder = None
    while time.monotonic() < deadline:
        found = list(hearings.glob("*/journal.jsonl"))
        if found and sum(r["kind"] == "checkpoint" for r in read_records(found[0])) >= 3:
            folder = found[0].parent
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert folder is not None, "the recorder never wrote three seconds"
    r = subprocess.run(
        [*recorder(), "recover", str(folder)], env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    return folder


def _pause_to_end(out: Path) -> tuple[Path, Path]:
    """Recorded from real-time tones, paused for deliberation and ended; sealed with a key."""
    from app.hearing.details import HearingInfo
    from app.station import Station
    from audio.engine import EngineConfig
    from audio.sources import ToneSource
    from signing.cades import RsaCadesSigner
    from signing.keys import load_pkcs12
    from tests.support.pki import PASSWORD, _issue, _name, make_pki

    pki = make_pki()
    station = Station(out / "station", out / "hearings")
    info = HearingInfo.from_json(hearing_json())
    from app.hearing.session import HearingSession

    session = HearingSession.create(
        station.hearings, info, channels=4, rate=16000, bits=16, source_name="tones"
    )
    session.record_precheck(True, [])
    session.start(ToneSource(4, 16000, realtime=True), EngineConfig())
    judge = PARTICIPANTS[0]
    session.add_marker(judge["name"], role="judge", channel=1, event="ruling_announced")
    time.sleep(1.5)
    session.pause("deliberation")
    time.sleep(1.2)
    before = session.folder / "protocol"
    station.signer = RsaCadesSigner(
        load_pkcs12(_issue(_name(SIGNER), pki.intermediate).p12(), PASSWORD)
    )
    result = station.finish(session)
    assert result.sealed is not None, result.message
    assert (before / "protocol-kk.pdf").is_file()
    return session.folder, result.sealed.package


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory, pulse_server: dict[str, str]) -> dict:
    root = tmp_path_factory.mktemp("cases")
    pulse = Pulse(pulse_server)
    try:
        folders = {
            "failed_start": _case(pulse, "failed-start", root / "failed", 4),
            "loss": _case(pulse, "loss", root / "loss", 8),
        }
    finally:
        for module in list(pulse.loaded):
            pulse.unload(module)
    folders["crash"] = _crash(root / "crash")
    folders["pause"], package = _pause_to_end(root / "pause")
    files: dict[tuple[str, str, str, str], Path] = {}
    refused: dict[tuple[str, str, str], str] = {}
    sources = {**folders, "sealed": package}
    for case, folder in sources.items():
        for kind in KINDS:
            for lang in LANGS:
                for fmt in ("pdf", "docx"):
                    out = root / "out" / f"{case}-{kind}-{lang}.{fmt}"
                    try:
                        files[(case, kind, lang, fmt)] = make_document(kind, folder, lang, fmt, out)
                    except DocumentError as e:
                        refused[(case, kind, lang)] = str(e)
    docx = docx_texts([p for k, p in files.items() if k[3] == "docx"], root)
    texts = {k: pdf_text(p) if k[3] == "pdf" else docx[p] for k, p in files.items()}
    # the protocols written before sealing, as they are inside the package
    for lang in LANGS:
        inside = package / "data" / "protocol" / f"protocol-{lang}.pdf"
        texts[("inside", "protocol", lang, "pdf")] = pdf_text(inside)
    return {"folders": sources, "texts": texts, "refused": refused, "root": root}


def _both(cases: dict, case: str, kind: str, lang: str) -> list[str]:
    return [cases["texts"][(case, kind, lang, fmt)] for fmt in ("pdf", "docx")]


def _w(text: str) -> str:
    return _words(text)


# ---------------------------------------------------------------- a start that failed
@pytest.mark.parametrize("lang", LANGS)
def test_failed_start_lists_no_file_and_states_why(cases: dict, lang: str) -> None:
    folder: Path = cases["folders"]["failed_start"]
    t = Texts(lang)
    assert not list((folder / "audio").iterdir()), "a failed start left an audio file behind"
    for text in _both(cases, "failed_start", "protocol", lang):
        assert _w(t("protocol.not_recorded")) in text
        assert _w(t("protocol.act_attached")) in text  # the act was written first, for real
        assert _w(t.detail("pa_unavailable")) in text
        assert "audio/0001.flac" not in text and "SHA-256 e3b0c442" not in text
        assert _w(t("protocol.inventory")) not in text
        assert _w(t("protocol.audio_statement", package="")[:40]) not in text
    for text in _both(cases, "failed_start", "act", lang):
        v = load_hearing(folder)
        assert v.recorded is False
        assert _w(t("act.total", total="")[:20]) not in text
        assert _w(t.detail("pa_unavailable")) in text
    assert ("failed_start", "envelope", lang) in cases["refused"]
    assert cases["refused"][("failed_start", "envelope", lang)] == t("envelope.nothing")


# ---------------------------------------------------------------- device lost and back
@pytest.mark.parametrize("lang", LANGS)
def test_device_loss_lasts_the_journals_interval_in_the_readers_words(
    cases: dict, lang: str
) -> None:
    folder: Path = cases["folders"]["loss"]
    records = read_records(folder / "journal.jsonl")
    lost = next(r for r in records if r["kind"] == "device_lost")
    back = next(r for r in records if r["kind"] == "device_returned")
    # the span without sound, as the engine timed it by the device (else the records' times)
    began = parse_utc(lost["data"].get("silent_since_utc") or lost["utc"])
    ended = parse_utc(back["data"].get("returned_utc") or back["utc"])
    gap = back["data"]["gap_seconds"]
    interval = (ended - began).total_seconds()
    seconds = gap if lost["data"].get("silent_since_utc") else max(interval, gap)
    t = Texts(lang)
    day = hearing_json()["date"]
    code, values = classify("device_lost", lost["data"]["detail"], lost["data"])
    assert code != "unknown", lost["data"]["detail"]
    for text in _both(cases, "loss", "act", lang):
        row = " ".join([t.clock(began, day), t.clock(ended, day), t.span(seconds), "1–8"])
        assert row in text
        assert t.span(seconds) != "0:00:00"
        assert _w(t.detail(code, values)) in text
        assert lost["data"]["detail"][:20] not in text
    for text in _both(cases, "loss", "incident", lang):
        assert _w(t("incident.reported_blank")) in text  # nothing journaled it: a blank
        assert _w(t("incident.continued")) in text
        assert _w(t("incident.act_made")) in text
    for text in _both(cases, "loss", "protocol", lang):
        assert _w(t("protocol.act_attached")) in text
        assert _w(t("protocol.not_sealed")) in text


# ---------------------------------------------------------------- crash and recovery
@pytest.mark.parametrize("lang", LANGS)
def test_crash_is_named_in_the_readers_language(cases: dict, lang: str) -> None:
    folder: Path = cases["folders"]["crash"]
    rec = next(r for r in read_records(folder / "journal.jsonl") if r["kind"] == "interrupted")
    t = Texts(lang)
    segment = str(rec["data"]["segment"])
    for text in _both(cases, "crash", "act", lang):
        assert _w(t.term("failures", "interrupted")) in text
        assert _w(t.detail("interrupted_segment", (("n", segment),))) in text
        assert "segment" not in text
        assert t.span(rec["data"]["lost_seconds_max"], True) in text
    for text in _both(cases, "crash", "incident", lang):
        assert _w(t("incident.continued")) not in text  # the crash ended the recording
        assert _w(t("incident.reported_blank")) in text


# ---------------------------------------------------------------- a pause to the end, sealed
@pytest.mark.parametrize("lang", LANGS)
def test_pause_to_the_end_is_never_resumed(cases: dict, lang: str) -> None:
    folder: Path = cases["folders"]["pause"]
    records = read_records(folder / "journal.jsonl")
    paused = next(r for r in records if r["kind"] == "paused")
    assert not any(r["kind"] == "resumed" for r in records)
    t = Texts(lang)
    day = hearing_json()["date"]
    facts = load_hearing(folder)
    row = " ".join(
        [
            _w(t.term("pauses", "deliberation")),
            t.position(facts.hearing_seconds(paused["frame"])),
            t.clock(parse_utc(paused["utc"]), day),
            _w(t("protocol.pause_open")),
        ]
    )
    for text in _both(cases, "pause", "protocol", lang):
        assert row in text


@pytest.mark.parametrize("lang", LANGS)
def test_sealed_protocol_names_the_signer_and_claims_no_upload(cases: dict, lang: str) -> None:
    package: Path = cases["folders"]["sealed"]
    facts = load_hearing(package)
    assert facts.seal is not None and facts.seal.signer == SIGNER
    t = Texts(lang)
    stated = t("protocol.sealed", signer=SIGNER, time=t.stamp(facts.seal.utc))
    for text in _both(cases, "sealed", "protocol", lang):
        assert _w(stated) in text
        assert "сервер" not in text  # the journal does not say it reached the server
    inside = cases["texts"][("inside", "protocol", lang, "pdf")]
    assert _w(t("protocol.not_sealed")) in inside
    assert "автоматически" not in inside and "автоматты" not in inside


# ---------------------------------------------------------------- no English on paper
HEX_GROUP = re.compile(r"^[0-9a-f]{8}$")


def test_no_latin_word_in_any_kk_or_ru_document(cases: dict) -> None:
    allowed: set[str] = {"SHA-256", "SHA-256:", "(SHA-256)", "(SHA-256):"}
    for folder in cases["folders"].values():
        facts = load_hearing(folder)
        allowed |= {facts.package_name, facts.get("case_number")}
        allowed |= {f.name for f in facts.files}
    offenders: dict[str, set[str]] = {}
    for key, text in cases["texts"].items():
        for word in text.split():
            bare = word.strip("«»()[],.;:—")
            if not re.search(r"[A-Za-z]", bare) or HEX_GROUP.match(bare):
                continue
            if bare in allowed or word in allowed or any(a in word for a in allowed if a):
                continue
            offenders.setdefault("/".join(key), set()).add(word)
    assert not offenders, offenders


def test_pages_render_to_images(cases: dict, artifacts: Path) -> None:
    """Every page of every case's PDF, for a person to look at (test-artifacts/document-cases),
    and the texts beside them."""
    dest = artifacts / "document-cases"
    dest.mkdir(exist_ok=True)
    for pdf in sorted((cases["root"] / "out").glob("*.pdf")):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(dest / pdf.stem)], check=True)
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        (dest / f"{pdf.stem}.txt").write_text(text, "utf-8")
    assert list(dest.glob("failed_start-protocol-kk-*.png"))
