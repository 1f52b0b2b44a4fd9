"""Bad input to every `zhazba` command: a clear one-line message and the exit code of the table
in docs/CLI.md, never a Python traceback, and nothing written where it must not be.

Every case runs the real `zhazba` command (``python -m app``) as a subprocess, with its own empty
station folder. The cases that crashed before (issue #16) are marked in their ids with ``crash``.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app.cli.errors import EXIT_FAILED, EXIT_STATION_FILES, EXIT_USAGE
from signing.seal import seal_hearing
from tests.support.audio_servers import zhazba
from tests.support.hearing import make_hearing
from tests.support.pki import shared_pki
from tests.support.sealing import signer_for

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A finished hearing, its sealed package, and files of every bad kind."""
    root = tmp_path_factory.mktemp("matrix")
    hearing = make_hearing(root / "hearings", seconds=2, channels=2)
    package = seal_hearing(hearing, signer_for(shared_pki().secretary)).package
    files = {
        "hearing": hearing,
        "package": package,
        "list_json": root / "list.json",
        "nul_name": root / "nul.json",
        "bidi_name": root / "bidi.json",
        "long_name": root / "long.json",
        "binary": root / "binary.json",
        "bad_participant": root / "participant.json",
        "channel_text": root / "channel.json",
        "corrupt_station": root / "corrupt-station",
        "regular_file": root / "a-file.txt",
        "fifo": root / "a-fifo",
    }
    base = json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))
    files["list_json"].write_text("[1, 2, 3]")
    for key, judge in (("nul_name", "Judge\x00\x07\nX"), ("bidi_name", "Judge \u202egnp.exe"),
                       ("long_name", "J" * 10_000)):  # fmt: skip
        files[key].write_text(json.dumps({**base, "judge": judge}), encoding="utf-8")
    files["binary"].write_bytes(b"\xff\xfe\x00garbage")
    files["bad_participant"].write_text(json.dumps({**base, "participants": ["x"]}))
    part = {"role": "judge", "name": "A", "channel": "one"}
    files["channel_text"].write_text(json.dumps({**base, "participants": [part]}))
    files["corrupt_station"].mkdir()
    (files["corrupt_station"] / "settings.json").write_text("{not json")
    files["regular_file"].write_text("not a folder")
    os.mkfifo(files["fifo"])  # waited on for ever if opened
    return files


# (id, argv with {placeholders} from `world` and {out}, exit code, text the message contains)
CASES: list[tuple[str, list[str], int, str]] = [
    ("record-seconds-nan-crash", ["record", "--out", "{out}", "--seconds", "nan", "--fast"],
     EXIT_USAGE, "greater than 0"),
    ("record-seconds-inf-crash", ["record", "--out", "{out}", "--seconds", "inf"],
     EXIT_USAGE, "greater than 0"),
    ("record-seconds-negative", ["record", "--out", "{out}", "--seconds", "-5"],
     EXIT_USAGE, "greater than 0"),
    ("record-seconds-zero-fast", ["record", "--out", "{out}", "--seconds", "0", "--fast"],
     EXIT_USAGE, "greater than 0"),
    ("record-seconds-text", ["record", "--out", "{out}", "--seconds", "ten"],
     EXIT_USAGE, "is not a number"),
    ("record-fast-endless", ["record", "--out", "{out}", "--fast"],
     EXIT_USAGE, "--fast needs --seconds"),
    ("record-segment-zero", ["record", "--out", "{out}", "--seconds", "1", "--segment-seconds",
                             "0"], EXIT_USAGE, "a segment is 10 s to 3600 s"),
    ("record-segment-short", ["record", "--out", "{out}", "--seconds", "1", "--segment-seconds",
                              "5"], EXIT_USAGE, "a segment is 10 s to 3600 s"),
    ("record-segment-long", ["record", "--out", "{out}", "--seconds", "1", "--segment-seconds",
                             "4000"], EXIT_USAGE, "a segment is 10 s to 3600 s"),
    ("record-channels-zero", ["record", "--out", "{out}", "--seconds", "1", "--channels", "0"],
     EXIT_USAGE, "1 to 32"),
    ("record-channels-text", ["record", "--out", "{out}", "--channels", "many"],
     EXIT_USAGE, "invalid int value"),
    ("record-rate-negative", ["record", "--out", "{out}", "--seconds", "1", "--rate", "-1"],
     EXIT_USAGE, "the station records 1 to 384000"),
    ("record-hearing-fifo", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                             "{fifo}"], EXIT_USAGE, "is not a regular file"),
    ("record-source-fifo", ["record", "--out", "{out}", "--seconds", "1", "--source", "{fifo}"],
     EXIT_USAGE, "is not a regular file"),
    ("record-hearing-list-crash", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                                   "{list_json}"], EXIT_USAGE, "must be a JSON object"),
    ("record-hearing-control-chars", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                                      "{nul_name}"], EXIT_USAGE, "control character"),
    ("record-hearing-bidi", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                             "{bidi_name}"], EXIT_USAGE, "text-direction control character"),
    ("record-hearing-10k-name", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                                 "{long_name}"], EXIT_USAGE, "longer than 200 characters"),
    ("record-hearing-binary", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                               "{binary}"], EXIT_USAGE, "are not usable"),
    ("record-hearing-participant", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                                    "{bad_participant}"], EXIT_USAGE, "must be an object"),
    ("record-hearing-channel-text", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                                     "{channel_text}"], EXIT_USAGE, "channel must be a whole"),
    ("record-hearing-missing", ["record", "--out", "{out}", "--seconds", "1", "--hearing",
                                "{out}/none.json"], EXIT_USAGE, "cannot read the hearing details"),
    ("record-out-inside-package", ["record", "--out", "{package}/data", "--seconds", "1"],
     EXIT_USAGE, "inside the sealed package"),
    ("record-out-inside-hearing", ["record", "--out", "{hearing}/audio", "--seconds", "1"],
     EXIT_USAGE, "inside the hearing folder"),
    ("recover-file-crash", ["recover", "{hearing}/hearing.json"], EXIT_USAGE, "is not a folder"),
    ("recover-missing", ["recover", "{out}/none"], EXIT_USAGE, "no such folder"),
    ("verify-300-char-name-crash", ["verify", "{hearing}/../" + "a" * 300], EXIT_USAGE,
     "File name too long"),
    ("verify-missing", ["verify", "{out}/none"], EXIT_USAGE, "none"),
    ("seal-no-key", ["seal", "{hearing}"], EXIT_USAGE, "--key"),
    ("seal-missing-folder", ["seal", "{out}/none", "--key", "{regular_file}"], EXIT_USAGE,
     "no such hearing folder"),
    ("protocol-missing", ["protocol", "{out}/none"], EXIT_FAILED, "none"),
    ("turns-no-hearing", ["turns", "/nonexistent-hearing"], EXIT_FAILED, "nor a hearing folder"),
    ("document-unknown-kind", ["document", "poem", "{hearing}"], EXIT_USAGE, "invalid choice"),
    ("export-missing-package", ["export", "{out}/none.sealed", "--to", "{out}"], EXIT_FAILED,
     "zhazba export"),
    ("copies-issue-text-id", ["copies", "issue", "first", "--what", "x", "--medium", "y"],
     EXIT_USAGE, "invalid int value"),
    ("archive-configure-corrupt-settings-crash",
     ["archive", "configure", "--station", "{corrupt_station}", "--endpoint", "http://x",
      "--bucket", "b"], EXIT_STATION_FILES, "is damaged"),
    ("archive-status-corrupt-settings", ["archive", "status", "--station", "{corrupt_station}"],
     EXIT_STATION_FILES, "is damaged"),
    ("archive-extend-bad-date", ["archive", "extend", "{package}", "--judgment-date", "soon"],
     EXIT_FAILED, "error:"),
    ("catalog-rebuild-typo", ["catalog", "rebuild", "{out}/typo"], EXIT_USAGE,
     "is not a folder"),
    ("catalog-search-bad-state", ["catalog", "search", "--state", "lost"], EXIT_USAGE,
     "invalid choice"),
    ("account-add-no-role", ["account", "add", "someone"], EXIT_USAGE, "--role"),
    ("demo-channels-99", ["demo", "--channels", "99"], EXIT_USAGE, "1 to 32"),
    ("demo-seconds-nan", ["demo", "--seconds", "nan"], EXIT_USAGE, "greater than 0"),
    ("selfcheck-seconds-nan", ["selfcheck", "--seconds", "nan"], EXIT_USAGE, "greater than 0"),
    ("trust-no-action", ["trust"], EXIT_USAGE, "required"),
    ("trust-install-missing", ["trust", "install", "{out}/none.pem"], EXIT_USAGE,
     "not installed"),
    ("trust-install-not-a-certificate", ["trust", "install", "{regular_file}"], EXIT_USAGE,
     "is not a certificate file"),
    ("unknown-command", ["dance"], EXIT_USAGE, "invalid choice"),
    ("anchors-unknown-action", ["anchors", "forget"], EXIT_USAGE, "invalid choice"),
    ("record-anchor-seconds-nan", ["record", "--out", "{out}", "--seconds", "1",
                                   "--anchor-seconds", "nan"], EXIT_USAGE, "greater than 0"),
    ("devices-unknown-option", ["devices", "--colour"], EXIT_USAGE, "unrecognized arguments"),
    ("media-unknown-option", ["media", "--all"], EXIT_USAGE, "unrecognized arguments"),
    ("about-unknown-option", ["about", "--verbose"], EXIT_USAGE, "unrecognized arguments"),
    ("selfcheck-corrupt-settings", ["selfcheck", "--station", "{corrupt_station}", "--channels",
                                    "1", "--recordings", "{out}"], EXIT_STATION_FILES,
     "is damaged"),
    ("time-zone-unknown", ["time-zone", "Mars/Base", "--station", "{out}/station"], EXIT_USAGE,
     "unknown time zone"),
    ("not-recorded-unknown-ground", ["not-recorded", "--out", "{out}", "--hearing",
                                     "{hearing}/hearing.json", "--ground", "whim"], EXIT_USAGE,
     "invalid choice"),
    ("listening-end-text-id", ["listening", "end", "first", "--mark", "x"], EXIT_USAGE,
     "invalid int value"),
    ("format-medium-not-mounted", ["format-medium", "{out}/none", "--case", "1-2/3", "--yes"],
     EXIT_FAILED, "no medium is mounted"),
    ("judge-informed-sealed", ["judge-informed", "{package}", "--by", "x"], EXIT_FAILED,
     "nothing may be added"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "code", "message"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_bad_input(
    world: dict[str, Path], tmp_path: Path, argv: list[str], code: int, message: str
) -> None:
    names = {k: str(v) for k, v in world.items()} | {"out": str(tmp_path / "out")}
    words = [w.format(**names) for w in argv]
    before = sorted(p.relative_to(world["package"]) for p in world["package"].rglob("*"))
    env = dict(os.environ, ZHAZBA_STATION=str(tmp_path / "station"))
    r = subprocess.run(
        [*zhazba(), *words], capture_output=True, text=True, timeout=120, env=env,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    both = r.stdout + r.stderr
    assert "Traceback" not in both, both
    assert r.returncode == code, both
    assert message in both, both
    assert r.returncode != 0
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert sorted(p.relative_to(world["package"]) for p in world["package"].rglob("*")) == before


def test_every_subcommand_is_in_the_matrix() -> None:
    from app.cli.commands import COMMAND_HOME

    covered = {c[1][0] for c in CASES}
    assert set(COMMAND_HOME) - covered <= {"gui"}, (  # gui: test_gui_without_a_screen_uses_out
        set(COMMAND_HOME) - covered
    )
