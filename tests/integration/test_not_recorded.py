"""Rules p. 3: a hearing held without recording states its lawful ground, not a fault.

`zhazba not-recorded` runs as a subprocess for each ground; the brief protocol it writes (PDF,
read by pdftotext) states the ground in Kazakh and Russian, carries no file list, no inventory
and no "technical fault"; only the technical ground gets an act. A ground that does not fit the
case category is refused before any hearing folder is made.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.documents.texts import Texts
from tests.integration.test_documents_render import _words, pdf_text
from tests.support.audio_servers import audio_env, zhazba
from tests.support.documents_fixture import hearing_json

pytestmark = pytest.mark.integration


def _run(tmp: Path, ground: str, category: str, note: str = "") -> subprocess.CompletedProcess:
    details = tmp / f"{ground}-{category}.json"
    details.write_text(json.dumps(hearing_json(category=category), ensure_ascii=False), "utf-8")
    env = {**audio_env(), "ZHAZBA_STATION": str(tmp / "station")}
    return subprocess.run(
        [*zhazba(), "not-recorded", "--out", str(tmp / "hearings"), "--hearing", str(details)]
        + ["--ground", ground, "--note", note, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("ground", "category"),
    [("civil_no_summons", "civil"), ("offence_admitted", "administrative_offence")],
)
def test_lawful_ground_is_stated_and_no_fault_is_blamed(
    tmp_path: Path, ground: str, category: str
) -> None:
    note = "Бұйрық тәртібімен іс жүргізу"
    r = _run(tmp_path, ground, category, note)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    folder = Path(result["folder"])
    names = sorted(Path(p).name for p in result["documents"])
    assert names == ["protocol-kk.pdf", "protocol-ru.pdf"]  # no act: nothing failed
    for lang in ("kk", "ru"):
        t = Texts(lang)
        text = pdf_text(folder / "protocol" / f"protocol-{lang}.pdf")
        assert _words(t("protocol.not_recorded_ground", ground=t.term("grounds", ground))) in text
        assert _words(note) in text
        assert _words(t("protocol.not_recorded")) not in text
        assert _words(t("protocol.no_failures")) in text
        assert _words(t("protocol.inventory")) not in text and ".flac" not in text


def test_technical_ground_gets_the_act(tmp_path: Path) -> None:
    r = _run(tmp_path, "technical", "criminal")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    folder = Path(result["folder"])
    assert (folder / "protocol" / "act-ru.pdf").is_file()
    t = Texts("ru")
    text = pdf_text(folder / "protocol" / "protocol-ru.pdf")
    assert _words(t("protocol.not_recorded")) in text
    assert _words(t("protocol.act_attached")) in text


def test_a_ground_for_another_category_is_refused(tmp_path: Path) -> None:
    r = _run(tmp_path, "offence_admitted", "civil")
    assert r.returncode == 2  # bad input (docs/CLI.md)
    assert "another category" in r.stderr
    assert not (tmp_path / "hearings").exists() or not any((tmp_path / "hearings").iterdir())
