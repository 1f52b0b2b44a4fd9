"""Every string the windows can show has a finished Kazakh and Russian translation.

The committed .ts files are compared with what pyside6-lupdate collects from the sources now
(the same file list as scripts/update-translations.sh), so a new string that was never added to
the .ts files, or one lupdate cannot place in a context (``tr = self.tr`` aliases), fails here.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


def _sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for folder in ("audio", "app"):
        for p in sorted((ROOT / folder).rglob("*.py")):
            if p.name != "text.py" and 'QT_TRANSLATE_NOOP("' in p.read_text(encoding="utf-8"):
                files.append(str(p.relative_to(ROOT)))
    return files


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(I18N / f"zhazba_{lang}.ts")
    assert messages
    unfinished = []
    for (ctx, src), m in messages.items():
        tr = m.find("translation")
        assert tr is not None
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text for f in tr.iter("numerusform")] or [tr.text]
        if tr.get("type") == "unfinished" or not all(forms):
            unfinished.append(f"{ctx}: {src}")
    assert not unfinished, f"{len(unfinished)} untranslated in zhazba_{lang}.ts: {unfinished[:10]}"
    nameless = [src for (ctx, src) in messages if not ctx]
    assert not nameless, f"strings lupdate could not put in a context: {nameless}"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is installed by scripts/setup.sh")
def test_the_translation_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", *_sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = set(_messages(fresh))
    assert len(wanted) > 400, f"lupdate found only {len(wanted)} strings"
    for lang in ("kk", "ru"):
        have = set(_messages(I18N / f"zhazba_{lang}.ts"))
        missing = sorted(wanted - have)
        assert not missing, (
            f"zhazba_{lang}.ts lacks {len(missing)} strings of the sources (run "
            f"scripts/update-translations.sh and translate them): {missing[:10]}"
        )
