"""audio.text.Msg: a str whose value is the English text, carrying what the window translates."""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import asdict

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
