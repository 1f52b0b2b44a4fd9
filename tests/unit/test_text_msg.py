"""audio.text.Msg: a str whose value is the English text, carrying what the window translates."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import string
import xml.etree.ElementTree as ET
from dataclasses import asdict
from pathlib import Path

import pytest

from audio.selfcheck import CheckResult, check_msg, describe_channels
from audio.text import QT_TRANSLATE_NOOP, Msg, join, msg


def test_noop_marker_returns_the_template() -> None:
    assert QT_TRANSLATE_NOOP("Ctx", "Hello {name}.") == "Hello {name}."


def test_msg_is_the_english_text_with_params_filled_in() -> None:
    m = msg("Ctx", "No medium at {mount}.", mount="/media/usb")
    assert isinstance(m, str) and isinstance(m, Msg)
    assert m == "No medium at /media/usb."
    assert str(m) == "No medium at /media/usb." and type(str(m)) is str
    assert (m.context, m.template, m.params) == (
        "Ctx",
        "No medium at {mount}.",
        {"mount": "/media/usb"},
    )
    assert "medium" in m and m + "!" == "No medium at /media/usb.!"
    assert f"{m}" == "No medium at /media/usb."
    assert hash(m) == hash("No medium at /media/usb.")


def test_format_specs_in_templates() -> None:
    m = msg("Ctx", "Noise floor between {a:.0f} and {b:.0f} dBFS.", a=-71.4, b=-52.6)
    assert m == "Noise floor between -71 and -53 dBFS."


def test_nested_messages_and_join() -> None:
    inner = describe_channels([1, 3])
    assert inner == "channels 2 and 4" and isinstance(inner, Msg)
    assert describe_channels([0], capital=True) == "Channel 1"
    assert describe_channels([0, 1, 2]) == "channels 1, 2 and 3"
    outer = check_msg("No signal at all on {channels}: the microphone is dead.", channels=inner)
    assert outer == "No signal at all on channels 2 and 4: the microphone is dead."
    assert outer.params["channels"] is inner
    joined = join("; ", [inner, "plain {not a field}"])
    assert joined == "channels 2 and 4; plain {not a field}"
    assert joined.context == "" and joined.params["p0"] is inner
    assert join(", ", []) == ""


def test_msg_survives_copy_pickle_json_and_dataclasses() -> None:
    m = msg("Ctx", "Microphone {n} did not pick up any voice.", n=3)
    assert copy.deepcopy(m) is m and copy.copy(m) is m
    back = pickle.loads(pickle.dumps(m))
    assert isinstance(back, Msg) and back == m and back.template == m.template
    r = CheckResult("microphone_3", "fail", m, msg("Ctx", "Repeat step {n}.", n=3))
    doc = json.loads(json.dumps(r.to_json()))
    assert doc["message"] == "Microphone 3 did not pick up any voice."
    assert doc["remedy"] == "Repeat step 3."
    assert asdict(r)["message"] == m
    assert CheckResult.from_json(doc) == r  # stored as English, equal as text
    assert m.to_json() == {
        "context": "Ctx",
        "template": "Microphone {n} did not pick up any voice.",
        "params": {"n": 3},
    }


# ----------------------------------------------------------------------------- translations
ROOT = Path(__file__).resolve().parents[2]
CONVERTED = {
    "SelfCheck": [
        "audio/selfcheck.py",
        "audio/selfcheck_guided.py",
        "app/selfcheck/checks.py",
        "app/selfcheck/station.py",
        "app/selfcheck/disk.py",
        "ui/selfcheck/window.py",
    ],
    "Verifier": [
        "app/evidence/verify.py",
        "app/evidence/package_checks.py",
        "app/evidence/hearing_checks.py",
        "app/evidence/audio.py",
        "app/evidence/signature.py",
        "app/evidence/signature_structure.py",
        "app/evidence/signature_trust.py",
        "app/evidence/bag.py",
        "app/evidence/manifest.py",
        "app/evidence/identity.py",
        "app/evidence/binding.py",
    ],
}


def marked_templates(path: Path) -> list[tuple[str, str]]:
    """Every ``QT_TRANSLATE_NOOP("Ctx", "text")`` of a source file (literals, as lupdate reads)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
        ):
            ctx, text = node.args
            assert isinstance(ctx, ast.Constant) and isinstance(text, ast.Constant), (
                f"{path.name}:{node.lineno}: lupdate only reads string literals"
            )
            out.append((ctx.value, text.value))
    return out


def ts_messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ROOT / "assets" / "i18n" / f"zhazba_{lang}.ts").getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def fields(template: str) -> list[tuple[str, str]]:
    return sorted((f, spec or "") for _, f, spec, _ in string.Formatter().parse(template) if f)


def test_every_template_is_marked_in_its_modules_context() -> None:
    for context, files in CONVERTED.items():
        for name in files:
            found = marked_templates(ROOT / name)
            assert found, name
            assert {c for c, _ in found} == {context}, name


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_template_has_a_finished_translation(lang: str) -> None:
    messages = ts_messages(lang)
    templates = {
        t for files in CONVERTED.values() for f in files for t in marked_templates(ROOT / f)
    }
    assert len(templates) > 150
    for context, template in sorted(templates):
        m = messages.get((context, template))
        assert m is not None, f"not in zhazba_{lang}.ts: {context}: {template}"
        tr = m.find("translation")
        assert tr is not None and tr.get("type") is None and tr.text, (
            f"{lang} unfinished: {template}"
        )
        assert fields(tr.text) == fields(template), f"{lang} placeholders differ: {template}"
    # nothing left unfinished in these contexts either (the window's own words included)
    for (context, source), m in messages.items():
        if context in ("SelfCheck", "Verifier", "SelfCheckWindow"):
            assert m.find("translation").get("type") is None, f"{lang} unfinished: {source}"  # type: ignore[union-attr]
