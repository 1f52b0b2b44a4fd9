"""One Kazakh word for the medium a copy is written to: «жеткізгіш» (issues 17, 18).

The Rules' Kazakh text and the station's Kazakh documents (assets/templates/kk.toml: the
protocol's inventory, the envelope, the application forms, the verification report on the
medium) say «материалдық (электрондық) жеткізгіш»; the copy dialog and the medium prompts once
said «тасымалдағыш» as well, so a secretary read two words for one thing. Every Kazakh text of
the window, of the documents and of the code says «жеткізгіш», and every Kazakh translation of a
message about a medium says it.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OTHER_WORD = re.compile("тасымалдағыш", re.IGNORECASE)
MEDIUM_WORD = re.compile("жеткізгіш", re.IGNORECASE)
MESSAGE = re.compile(
    r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation[^>]*>(.*?)</translation>",
    re.S,
)


def _kazakh_texts() -> dict[str, str]:
    files = [ROOT / "assets/i18n/zhazba_kk.ts", ROOT / "assets/templates/kk.toml"]
    files += sorted((ROOT / "app").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in files}


def test_the_other_word_for_the_medium_is_gone_from_every_kazakh_text() -> None:
    texts = _kazakh_texts()
    assert "assets/templates/kk.toml" in texts and MEDIUM_WORD.search(
        texts["assets/templates/kk.toml"]
    ), "the kk documents name the medium «жеткізгіш»"
    found = {
        name: sorted(set(OTHER_WORD.findall(text)))
        for name, text in texts.items()
        if OTHER_WORD.search(text)
    }
    assert not found, f"«тасымалдағыш» where the station says «жеткізгіш»: {found}"


def test_every_kazakh_message_about_a_medium_says_zhetkizgish() -> None:
    ts = (ROOT / "assets/i18n/zhazba_kk.ts").read_text(encoding="utf-8")
    about_medium = [
        (source, translation)
        for source, translation in MESSAGE.findall(ts)
        if re.search(r"\bmedi(um|a)\b", source, re.IGNORECASE)
    ]
    assert len(about_medium) >= 10, "the copy dialog, the prompts and the pickers speak of media"
    other = [(s, t) for s, t in about_medium if not MEDIUM_WORD.search(t)]
    assert not other, other
