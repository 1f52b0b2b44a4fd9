"""A hearing recorded from a simulated source says so everywhere (issue #16, review), through
the real `zhazba`: the protocol, the act, the envelope (PDF read back with pdftotext, DOCX with
python-docx, the notice on top and at the foot of every page), the participant copy's README,
and `zhazba verify`'s report in Kazakh, Russian and English. And the window offers the
simulated microphones only when no real input device is there, or in demo mode: checked with
the PulseAudio null sinks of scripts/test.sh present."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

from app.cli.errors import EXIT_OK
from app.documents.texts import Texts
from tests.support.audio_servers import audio_env, json_lines, zhazba
from tests.support.pki import PASSWORD, shared_pki

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

NOTICE = {lang: Texts(lang)("simulated.notice") for lang in ("kk", "ru")}
MARK = {lang: Texts(lang)("simulated.mark") for lang in ("kk", "ru")}
HEADLINE = {lang: Texts(lang)("simulated.verify") for lang in ("kk", "ru")}


def run(station: Path, *argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_DEMO"}
    env.update(ZHAZBA_STATION=str(station), **extra)
    return subprocess.run([*zhazba(), *argv], capture_output=True, text=True, timeout=180,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True)  # fmt: skip
    return out.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("simdocs")
    station = base / "station"
    r = run(station, "record", "--out", str(base / "out"), "--source", "speech", "--channels",
            "2", "--seconds", "2", "--fast", "--no-stdin", "--demo", "--json")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    key = base / "demo.p12"  # not a court key: no court CA is named on this station
    key.write_bytes(shared_pki().stranger.p12())
    r = run(station, "seal", str(folder), "--key", str(key), ZHAZBA_KEY_PASSWORD=PASSWORD)
    assert r.returncode == EXIT_OK, r.stderr
    return {"station": station, "folder": folder, "package": Path(f"{folder}.sealed"),
            "base": base}  # fmt: skip


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_protocol_and_envelope_say_simulated(demo: dict[str, Path], lang: str) -> None:
    out = demo["base"] / f"docs-{lang}"
    for kind, source in (("protocol", demo["folder"]), ("envelope", demo["package"])):
        pdf = out / f"{kind}.pdf"
        r = run(demo["station"], "document", kind, str(source), "--lang", lang, "--out", str(pdf))
        assert r.returncode == EXIT_OK, r.stdout + r.stderr
        pages = pdf_text(pdf).split("\f")
        assert flat(pages[0]).startswith(flat(NOTICE[lang])[:40]), pages[0]  # first, on top
        for page in [p for p in pages if p.strip()]:  # and at the foot of every page
            assert MARK[lang] in flat(page.strip().splitlines()[-1]), page
    shot = Path("test-artifacts") / f"simulated-protocol-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                    str(out / "protocol.pdf"), str(shot)], check=False)  # fmt: skip
    docx_path = out / "protocol.docx"
    r = run(demo["station"], "protocol", str(demo["folder"]), "--lang", lang, "--format", "docx",
            "--out", str(docx_path))  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    d = docx.Document(str(docx_path))
    assert d.paragraphs[0].text == NOTICE[lang]
    footer = " ".join(p.text for s in d.sections for p in s.footer.paragraphs)
    assert MARK[lang] in footer


def test_a_live_hearing_does_not(tmp_path: Path) -> None:
    """The mark comes from the hearing, not from the station: the same documents of a hearing
    from a (null-sink) sound card carry no notice."""
    station = tmp_path / "station"
    r = run(station, "record", "--out", str(tmp_path / "out"), "--device", "pulse", "--channels",
            "2", "--seconds", "1", "--no-stdin", "--json", "--demo",
            **audio_env_without_demo())  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    pdf = tmp_path / "protocol.pdf"
    assert run(station, "protocol", str(folder), "--out", str(pdf)).returncode == EXIT_OK
    assert MARK["kk"] not in flat(pdf_text(pdf))


def audio_env_without_demo() -> dict[str, str]:
    env = audio_env()
    return {k: env[k] for k in ("ZHAZBA_AUDIO_DIR", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")}


def test_the_act_of_a_killed_demo_recording_says_so(tmp_path: Path) -> None:
    """A demonstration killed mid-way, recovered: its act of failure is marked too."""
    station = tmp_path / "station"
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_DEMO"}
    env.update(ZHAZBA_STATION=str(station))
    proc = subprocess.Popen([*zhazba(), "record", "--out", str(tmp_path / "out"), "--source",
                             "tones", "--channels", "1", "--seconds", "60", "--no-stdin",
                             "--demo", "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = list((tmp_path / "out").glob("*/audio/*"))
        if found:
            break
        time.sleep(0.2)
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    [folder] = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    r = run(station, "recover", str(folder))
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    for lang in ("kk", "ru"):
        pdf = tmp_path / f"act-{lang}.pdf"
        r = run(station, "document", "act", str(folder), "--lang", lang, "--out", str(pdf))
        assert r.returncode == EXIT_OK, r.stdout + r.stderr
        text = flat(pdf_text(pdf))
        assert text.startswith(flat(NOTICE[lang])[:40]), text


def test_verify_says_so_in_three_languages(demo: dict[str, Path]) -> None:
    for path in (demo["folder"], demo["package"]):
        r = run(demo["station"], "verify", str(path), "--lang", "en")
        assert r.stdout.splitlines()[1] == "*** SIMULATED — NOT EVIDENCE ***", r.stdout
        assert "recorded from a simulated source — not evidence" in r.stdout
        for lang in ("kk", "ru"):
            r = run(demo["station"], "verify", str(path), "--lang", lang)
            lines = r.stdout.splitlines()
            assert lines[1] == HEADLINE[lang], r.stdout
            assert "SIMULATED" not in r.stdout, r.stdout  # the note is translated too
    r = run(demo["station"], "verify", str(demo["package"]), "--json")
    assert "recorded from a simulated source — not evidence" in json.loads(r.stdout)["notes"][0]


def test_the_participant_copy_says_so(demo: dict[str, Path], tmp_path: Path) -> None:
    from tests.support.media import ext4_medium, media_unavailable

    if (why := media_unavailable()) is not None:
        pytest.fail(why)
    medium = ext4_medium(tmp_path, "32M", "SIMCOPY")  # a real, loop-mounted medium
    try:
        r = run(demo["station"], "export", str(demo["package"]), "--to",
                str(medium.mountpoint), "--participant-copy", "--json")  # fmt: skip
        assert r.returncode == EXIT_OK, r.stdout + r.stderr
        [readme] = list(medium.mountpoint.rglob("README.txt"))
        head = readme.read_text(encoding="utf-8").splitlines()[:3]
    finally:
        medium.cleanup()
    assert head == [NOTICE["kk"], NOTICE["ru"], head[2]]
    assert head[2].startswith("SIMULATED — NOT EVIDENCE: recorded from a simulated source")


def _choices(demo: bool | None, station: Path, **env: str) -> list[str]:
    code = (
        "import json, sys\nfrom ui.station.composition import input_choices\n"
        f"print(json.dumps([c.kind for c in input_choices({demo!r})]))\n"
    )
    full = {k: v for k, v in audio_env().items() if k != "ZHAZBA_DEMO"}
    full.update(ZHAZBA_STATION=str(station), **env)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full,
                       timeout=60, cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert r.returncode == 0, r.stderr
    return list(json.loads(r.stdout.splitlines()[-1]))


def test_the_window_offers_the_simulation_only_without_a_sound_card(tmp_path: Path) -> None:
    station = tmp_path / "station"
    kinds = _choices(None, station)
    assert "device" in kinds, kinds  # the PulseAudio null sinks' monitors are real inputs
    assert "speech" not in kinds and "tones" not in kinds, kinds
    assert {"speech", "tones"} <= set(_choices(None, station, ZHAZBA_DEMO="1"))
    station.mkdir()
    (station / "settings.json").write_text(json.dumps({"station": {"demo": True}}))
    assert {"speech", "tones"} <= set(_choices(None, station))
    (station / "settings.json").write_text("{")  # damaged: no demonstration (fail closed)
    assert "speech" not in _choices(None, station)
    # no audio server at all (no sound card): the simulation is what there is
    no_card = _choices(None, station, PULSE_SERVER="unix:/nonexistent", ZHAZBA_AUDIO_DIR="/none",
                       XDG_RUNTIME_DIR=str(tmp_path / "run"))  # fmt: skip
    assert "speech" in no_card, no_card
