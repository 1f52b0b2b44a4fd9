"""`zhazba verify --lang kk|ru`: the archivist's report (Rules p. 22) in the court's language.

A hearing recorded by the real recorder is sealed with a real key; `zhazba verify` runs as a
subprocess on the intact package and on a copy with one audio file changed, in Kazakh and
Russian: the frame and every finding are in that language, and the English report is not.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.support.audio_servers import audio_env, zhazba
from tests.support.pki import shared_pki
from tests.support.sealing import detached_copy, sealed_package

pytestmark = pytest.mark.integration
WORDS = {
    "kk": ["Қолтаңба: ЖАРАМДЫ", "тізбегі бүтін", "ҚОРЫТЫНДЫ: бәрі сәйкес"],
    "ru": ["Подпись: ДЕЙСТВИТЕЛЬНА", "цепочка цела", "ИТОГ: всё сходится"],
}
BROKEN = {"kk": "ҚОРЫТЫНДЫ: БҮТІН ЕМЕС", "ru": "ИТОГ: НЕ ЦЕЛА"}


def _verify(path: Path, lang: str, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*zhazba(), "verify", str(path), "--ca", str(ca), "--lang", lang],
        env=audio_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_verify_report_in_the_courts_language(tmp_path: Path, lang: str) -> None:
    pki = shared_pki()
    ca = pki.write_chain(tmp_path / "chain.pem")
    package = sealed_package(tmp_path, pki).package
    r = _verify(package, lang, ca)
    assert r.returncode == 0, r.stdout + r.stderr
    for words in WORDS[lang]:
        assert words in r.stdout
    assert "Verification of" not in r.stdout and "RESULT" not in r.stdout
    broken = detached_copy(package, tmp_path / "broken.sealed")
    audio = sorted((broken / "data" / "audio").glob("*.flac"))[0]
    data = bytearray(audio.read_bytes())
    data[len(data) // 2] ^= 0xFF
    audio.write_bytes(bytes(data))
    r = _verify(broken, lang, ca)
    assert r.returncode == 1
    assert BROKEN[lang] in r.stdout
    problems = [
        line for line in r.stdout.splitlines() if line.startswith(("БҰЗУШЫЛЫҚ", "НАРУШЕНИЕ"))
    ]
    assert problems
    for line in problems:  # every finding in the reader's script (file names aside)
        words = re.sub(r"\S*[/.]\S*", "", line)
        assert not re.search(r"\b[A-Za-z]{4,}\b", words), line
