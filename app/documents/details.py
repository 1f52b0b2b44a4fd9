"""What a failure's engine detail says, as a key of the documents' texts (no English on paper).

The engine and the recorder journal their reasons in English (``"audio is 210 ms behind the
clock"``, a PortAudio error string), which a Kazakh or Russian document must never print. Each
known reason is recognised here — by the code the journal record carries (``data["code"]``) when
it has one, else by the shape of the English words — and becomes a key of ``common.details`` in
``assets/templates/<lang>.toml`` with the numbers it needs. A reason this module does not know
becomes ``unknown``: a generic phrase that sends the reader to the journal, never the raw text.
"""

from __future__ import annotations

import re
from typing import Any

Values = tuple[tuple[str, str], ...]

# (failure kind or "*", pattern over the English detail, code, names of the captured values)
_PATTERNS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("*", r"no audio block for ([\d.]+) s at the end", "no_block_at_end", ("s",)),
    ("*", r"no audio block for ([\d.]+) s", "no_block", ("s",)),
    ("*", r"audio is (\d+) ms behind the clock", "behind_clock", ("ms",)),
    ("*", r"no audio has arrived from the device for ([\d.]+) s", "never_arrived", ("s",)),
    ("*", r"the audio source '.*' disappeared", "source_vanished", ()),
    ("*", r"recording could not start", "start_failed", ()),
    ("*", r"recording drive is full", "drive_full", ()),
    ("*", r"recording drive at .* is no longer reachable", "drive_lost", ()),
    ("*", r"writing audio to .* failed", "write_failed", ()),
    ("*", r"cannot create the audio file", "write_failed", ()),
    ("*", r"the recorder stopped", "recorder_stopped", ()),
    ("*", r"(?:USB|interface|device).*(?:disappeared|unplugged|removed)", "source_vanished", ()),
    ("interrupted", r"segment (\d+)", "interrupted_segment", ("n",)),
    ("overflow", r"(\d+|\?)/(\d+|\?)", "overflow_count", ("count", "total")),
    ("silent", r"no signal", "no_signal", ()),
]
# PortAudio's own words about a device, after "recording could not start: …"
_PORTAUDIO = [
    (r"Device unavailable|-9985|Input/output error|No such entity|busy", "pa_unavailable"),
    (r"Invalid number of channels|-9998", "pa_channels"),
    (r"Invalid sample rate|-9997", "pa_rate"),
    (r"Invalid device|-9996", "pa_device"),
    (r"host error|-9999", "pa_host"),
]
LATIN = re.compile(r"[A-Za-z]")


def classify(kind: str, detail: str, data: dict[str, Any] | None = None) -> tuple[str, Values]:
    """The text key and values for a failure's detail; ("", ()) when there is nothing to say."""
    data = data or {}
    code = data.get("code")
    if isinstance(code, str) and code:
        values = tuple(
            (k, str(v)) for k, v in sorted(data.items()) if isinstance(v, int | float | str)
        )
        return code, values
    if not detail:
        return "", ()
    for where, pattern, found, names in _PATTERNS:
        if where not in ("*", kind):
            continue
        m = re.search(pattern, detail)
        if m is None:
            continue
        if found == "start_failed":
            for pa_pattern, pa_code in _PORTAUDIO:
                if re.search(pa_pattern, detail):
                    return pa_code, ()
        return found, tuple(zip(names, m.groups(), strict=True))
    if not LATIN.search(detail):
        return "as_is", (("text", detail),)  # already in the reader's language (Cyrillic)
    return "unknown", ()
