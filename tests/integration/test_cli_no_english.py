"""No English in a Kazakh or Russian terminal (issue #16): every refusal of the command line,
made to happen for real through the real `zhazba` subprocess, is said in the station's language.

The cases are the bad-input matrix (tests/integration/test_cli_bad_input_matrix.py), sign-in's
refusals (no user, unknown user, wrong password, locked, disabled, a role that may not, no
terminal), a damaged or missing station.key, and the bounds on names and numbers of
test_cli_fail_closed.py. Each runs with ZHAZBA_LANG=kk and =ru and must exit with the same code
as in English; a line it prints on standard error may hold paths, option names, file names,
numbers, the values the user typed and the command to type (in backquotes), but no English word.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from app.cli.errors import EXIT_OK, EXIT_SIGN_IN, EXIT_STATION_FILES, EXIT_USAGE
from tests.integration.test_cli_bad_input_matrix import CASES, world  # noqa: F401 - fixture
from tests.support.audio_servers import recorder, zhazba

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

LANGS = ("kk", "ru")

# Words that are the same in every language: formats, units, names of programs and standards.
TECHNICAL = {
    "zhazba", "JSON", "UTF", "PDF", "DOCX", "FLAC", "WAV", "PEM", "BagIt", "FAT32", "exFAT",
    "Hz", "MB", "KB", "GB", "YYYY", "MM", "DD", "Ctrl", "NUL", "BEL", "RFC", "CA", "S3", "TSA",
    "ZHAZBA", "PKCS", "Zhazba", "null", "true", "false",
}  # fmt: skip

_SPANS = (
    re.compile(r"`[^`]*`"),  # a command to type
    re.compile(r"'(?:[^'\\]|\\.)*'"),  # a value as Python shows it: 'ten', ['protocol', 'act']
    re.compile(r'"(?:[^"\\]|\\.)*"'),
    re.compile(r"«[^»]*»"),
    re.compile(r"U\+[0-9A-Fa-f]{4,6}"),  # a character's code
    re.compile(r"\b0x[0-9A-Fa-f]+\b"),  # a byte
    re.compile(r"\S*[/\\]\S*"),  # a path
    re.compile(r"--?[A-Za-z][\w-]*"),  # an option
    re.compile(r"\S*\.(?:json|jsonl|key|sqlite|pem|p12|sealed|txt|pdf|docx|flac|wav|log)\b"),
    re.compile(r"\b[A-Z][A-Z0-9_]*_[A-Z0-9_]+\b"),  # an environment variable
    re.compile(r"\b[0-9a-f]{8,}\b"),  # a hearing id or a digest
    re.compile(r"\b[A-Z][A-Z0-9]+\b"),  # a placeholder of the help (COMMAND, FILE, ACTION)
)


def english_words(line: str, typed: list[str]) -> list[str]:
    """The English words of ``line``, apart from what may stand in any language."""
    text = line
    for value in sorted(
        (t for t in typed if len(t) > 1 and not t.isdigit()), key=len, reverse=True
    ):
        text = text.replace(value, " ")  # what the user typed, said back
    for span in _SPANS:
        text = span.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z']*", text)
    return [w for w in words if w not in TECHNICAL and len(w) > 1 or w in ("a", "I")]


def run(station: Path, argv: list[str], lang: str, **extra: str) -> subprocess.CompletedProcess[str]:  # fmt: skip  # noqa: E501
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_USER"}
    env.update({"ZHAZBA_STATION": str(station), "ZHAZBA_LANG": lang, **extra})
    return subprocess.run([*zhazba(), *argv], capture_output=True, text=True, timeout=180,
                          env=env, stdin=subprocess.DEVNULL, start_new_session=True)  # fmt: skip


def refusal_lines(r: subprocess.CompletedProcess[str]) -> list[str]:
    """What a refusal says: its lines on standard error (and a --json-less error on stdout)."""
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    said = [ln for ln in r.stderr.splitlines() if ln.strip()]
    said += [ln for ln in r.stdout.splitlines() if ln.startswith("zhazba")]
    if not said:  # the archive, catalog and account commands say their refusal on stdout
        said = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert said, (r.returncode, r.stdout, r.stderr)
    return said


def assert_no_english(r: subprocess.CompletedProcess[str], typed: list[str]) -> None:
    found = {ln: english_words(ln, typed) for ln in refusal_lines(r)}
    bad = {ln: words for ln, words in found.items() if words}
    assert not bad, bad


# ------------------------------------------------------------------ the bad-input matrix
MATRIX = [pytest.param(c[1], c[2], id=c[0]) for c in CASES]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("argv", "code"), MATRIX)
def test_bad_input_is_refused_in_the_users_language(
    world: dict[str, Path],  # noqa: F811 - the matrix's fixture
    tmp_path: Path,
    argv: list[str],
    code: int,
    lang: str,
) -> None:
    names = {k: str(v) for k, v in world.items()} | {"out": str(tmp_path / "out")}
    words = [w.format(**names) for w in argv]
    r = run(tmp_path / "station", words, lang)
    assert r.returncode == code, r.stdout + r.stderr
    assert_no_english(r, words)


# ------------------------------------------------------------------ sign-in's refusals
@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station with an administrator, a judge and a disabled secretary."""
    folder = tmp_path_factory.mktemp("no-english") / "station"
    admin = {"ZHAZBA_PASSWORD": "admin-pw"}
    steps = [
        (["account", "add", "admin", "--role", "administrator"], {}),
        (["account", "add", "judge", "--role", "judge", "--user", "admin"], admin),
        (["account", "add", "sec", "--role", "secretary", "--user", "admin"], admin),
        (["account", "disable", "sec", "--user", "admin"], admin),
    ]
    for argv, env in steps:
        password = "admin-pw" if argv[2] == "admin" else "pw-" + argv[2]
        r = run(folder, argv, "en", ZHAZBA_NEW_PASSWORD=password, **env)
        assert r.returncode == EXIT_OK, r.stderr
    return folder


SIGN_IN = {
    "no-user": (["account", "list"], {}),
    "unknown-user": (["account", "list", "--user", "nobody"], {"ZHAZBA_PASSWORD": "x"}),
    "wrong-password": (["account", "list", "--user", "judge"], {"ZHAZBA_PASSWORD": "bad"}),
    "disabled": (["account", "list", "--user", "sec"], {"ZHAZBA_PASSWORD": "pw-sec"}),
    "role": (["account", "list", "--user", "judge"], {"ZHAZBA_PASSWORD": "pw-judge"}),
    "judge-records": (["record", "--out", "/nonexistent-out", "--source", "tones", "--seconds",
                       "1", "--demo", "--user", "judge"], {"ZHAZBA_PASSWORD": "pw-judge"}),
    "judge-selfcheck": (["selfcheck", "--user", "judge"], {"ZHAZBA_PASSWORD": "pw-judge"}),
    "no-terminal": (["account", "list", "--user", "admin"], {}),
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("argv", "env"), SIGN_IN.values(), ids=SIGN_IN.keys())
def test_sign_in_refusals(station: Path, lang: str, argv: list[str], env: dict[str, str]) -> None:
    r = run(station, argv, lang, **env)
    assert r.returncode == EXIT_SIGN_IN, r.stdout + r.stderr
    assert_no_english(r, argv)


@pytest.mark.parametrize("lang", LANGS)
def test_a_locked_account(tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "station"
    r = run(folder, ["account", "add", "admin", "--role", "administrator"], "en",
            ZHAZBA_NEW_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    argv = ["account", "list", "--user", "admin"]
    for n in range(6):
        r = run(folder, argv, lang, ZHAZBA_PASSWORD=f"guess{n}")
        assert r.returncode == EXIT_SIGN_IN
        assert_no_english(r, argv)


# ------------------------------------------------------------------ station.key
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("damage", ["delete", "chmod-644", "short"])
def test_station_key_refusals(tmp_path: Path, damage: str, lang: str) -> None:
    folder = tmp_path / "station"
    r = run(folder, ["account", "add", "admin", "--role", "administrator"], "en",
            ZHAZBA_NEW_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    key = folder / "station.key"
    if damage == "delete":
        key.unlink()
    elif damage == "chmod-644":
        key.chmod(0o644)
    else:
        key.write_bytes(b"short")
        key.chmod(0o600)
    argv = ["account", "list", "--user", "admin"]
    r = run(folder, argv, lang, ZHAZBA_PASSWORD="admin-pw")
    assert r.returncode == EXIT_STATION_FILES, r.stdout + r.stderr
    assert_no_english(r, argv)


# ------------------------------------------------------------------ bounds on names and numbers
RECORD = ["record", "--out", "{out}", "--source", "tones", "--demo", "--no-stdin"]
BOUNDS = {
    "seconds-below-one": [*RECORD, "--seconds", "0.5"],
    "unknown-option": [*RECORD, "--seconds", "1", "--colour", "red"],
    "missing-value": [*RECORD, "--seconds"],
    "no-out": ["record", "--seconds", "1"],
    "simulated-without-demo": ["record", "--out", "{out}", "--source", "tones", "--seconds", "1",
                               "--no-stdin"],
    "device-fast": ["record", "--out", "{out}", "--device", "pulse", "--seconds", "1", "--fast",
                    "--no-stdin"],
    "file-source-missing": [*RECORD, "--seconds", "1", "--source", "/nonexistent.wav"],
    "rate-unsupported": [*RECORD, "--seconds", "1", "--rate", "12345"],
    "channels-40": [*RECORD, "--seconds", "1", "--channels", "40"],
    "copies-add-long": ["copies", "add", "--category", "civil", "--applicant", "Z" * 300],
    "copies-add-rtl": ["copies", "add", "--category", "civil", "--applicant", "A\u202eB"],
    "copies-add-date": ["copies", "add", "--category", "civil", "--applicant", "Ok",
                        "--received", "9999-99-99"],
    "copies-add-holidays": ["copies", "add", "--category", "civil", "--applicant", "Ok",
                            "--holidays", "/etc/passwd"],
    "copies-add-no-category": ["copies", "add", "--applicant", "Ok"],
    "account-add-bell": ["account", "add", "a\x07b", "--role", "judge"],
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("argv", BOUNDS.values(), ids=BOUNDS.keys())
def test_bounds_in_the_users_language(tmp_path: Path, lang: str, argv: list[str]) -> None:
    words = [w.replace("{out}", str(tmp_path / "out")) for w in argv]
    r = run(tmp_path / "station", words, lang, ZHAZBA_NEW_PASSWORD="pw", ZHAZBA_DEMO="0")
    assert r.returncode in (EXIT_USAGE, 1), r.stdout + r.stderr
    assert_no_english(r, words)


# ------------------------------------------------------------------ markers on standard input
@pytest.mark.parametrize("lang", LANGS)
def test_rejected_markers_are_reported_in_the_users_language(tmp_path: Path, lang: str) -> None:
    lines = (
        b"\xff\xfe not utf-8\n"
        b"Participant 1\tbell \x07 and escape\n"
        b"Participant 1\t\xe2\x80\xae reversed\n" + b"x" * 10_000 + b"\n"
    )
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_USER"}
    env.update(ZHAZBA_STATION=str(tmp_path / "station"), ZHAZBA_LANG=lang)
    argv = ["record", "--out", str(tmp_path / "out"), "--source", "tones", "--channels", "2",
            "--seconds", "2", "--demo", "--json"]  # fmt: skip
    r = subprocess.run([*recorder(), *argv], input=lines, capture_output=True, timeout=120,
                       env=env)  # fmt: skip
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == EXIT_OK and "Traceback" not in err, err
    refusals = [ln for ln in err.splitlines() if ln.startswith("zhazba:")]
    assert len(refusals) == 4, err
    bad = {ln: english_words(ln, argv) for ln in refusals if english_words(ln, argv)}
    assert not bad, bad


# ------------------------------------------------------------------ what a signed-in command says
_RECORD_LINE = re.compile(r"^\s*\d{4}-\d\d-\d\dT")  # a stored log record: data, not our words


def assert_all_lines_in(r: subprocess.CompletedProcess[str], typed: list[str]) -> None:
    """Every line on both streams (the log's stored records aside) free of English words."""
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    lines = [ln for ln in (r.stdout + r.stderr).splitlines() if ln.strip()]
    assert lines, (r.returncode, r.stdout, r.stderr)
    bad = {ln: english_words(ln, [*typed, "admin"]) for ln in lines if not _RECORD_LINE.match(ln)}
    assert not {ln: w for ln, w in bad.items() if w}, bad


ADMIN = {"ZHAZBA_USER": "admin", "ZHAZBA_PASSWORD": "admin-pw"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("certificate", ["/etc/hostname", "/nonexistent-certificate"])
def test_trust_substitute_with_no_certificate(
    station: Path, tmp_path: Path, lang: str, certificate: str
) -> None:
    argv = ["trust", "substitute", str(tmp_path), "--certificate", certificate, "--why", "а",
            "--ordered-by", "б"]  # fmt: skip
    r = run(station, argv, lang, **ADMIN)
    assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
    assert "asn1" not in r.stderr and "Errno" not in r.stderr, r.stderr
    assert_all_lines_in(r, argv)


@pytest.mark.parametrize("lang", LANGS)
def test_account_log_and_the_signed_in_line(station: Path, lang: str) -> None:
    r = run(station, ["account", "log"], lang, **ADMIN)
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    assert "signed in" not in r.stderr and "account changes" not in r.stdout, r.stdout + r.stderr
    assert_all_lines_in(r, ["admin"])


@pytest.mark.parametrize("lang", LANGS)
def test_check_audit_without_settings(station: Path, lang: str) -> None:
    r = run(station, ["anchors", "check-audit"], lang, **ADMIN)
    assert r.returncode == 1, r.stdout + r.stderr  # not checked: no archive settings
    assert "no settings file" not in r.stdout, r.stdout
    assert_all_lines_in(r, [])


@pytest.mark.parametrize("lang", LANGS)
def test_check_audit_without_a_catalog(tmp_path: Path, lang: str) -> None:
    r = run(tmp_path / "station", ["anchors", "check-audit"], lang)
    assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
    assert_all_lines_in(r, [])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("argv", [["anchors", "check-audit"], ["account", "list"]])
def test_a_catalog_that_is_not_a_database(
    station: Path, tmp_path: Path, lang: str, argv: list[str]
) -> None:
    import shutil

    copy = shutil.copytree(station, tmp_path / "station")
    (copy / "catalog.sqlite").write_bytes(b"garbage" * 100)
    r = run(copy, argv, lang, **ADMIN)
    assert r.returncode == EXIT_STATION_FILES, r.stdout + r.stderr
    assert "not a database" not in r.stderr, r.stderr
    assert_all_lines_in(r, argv)


@pytest.mark.parametrize("lang", LANGS)
def test_verify_speaks_the_users_language_without_lang(tmp_path: Path, lang: str) -> None:
    from tests.integration.test_verify_lang import WORDS
    from tests.support.pki import shared_pki
    from tests.support.sealing import sealed_package

    pki = shared_pki()
    ca = pki.write_chain(tmp_path / "chain.pem")
    package = sealed_package(tmp_path, pki).package
    argv = ["verify", str(package), "--ca", str(ca)]
    r = run(tmp_path / "station", argv, lang)
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    for words in WORDS[lang]:
        assert words in r.stdout
    assert "RESULT" not in r.stdout and "Verification of" not in r.stdout, r.stdout
    r = run(tmp_path / "station", [*argv, "--lang", "en"], lang)  # --lang still decides
    assert r.returncode == EXIT_OK and "RESULT" in r.stdout, r.stdout + r.stderr
    r = run(tmp_path / "station", [*argv, "--json"], lang)  # JSON stays English
    assert r.returncode == EXIT_OK and '"ok": true' in r.stdout, r.stdout + r.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_the_opened_keys_description(tmp_path: Path, lang: str) -> None:
    from tests.support.hearing import make_hearing
    from tests.support.pki import PASSWORD, shared_pki

    pki = shared_pki()
    hearing = make_hearing(tmp_path / "hearings")
    key = tmp_path / "secretary.p12"
    key.write_bytes(pki.secretary.p12())
    info = pki.secretary.cert
    from signing.keys import describe_certificate

    described = describe_certificate(info)
    r = run(tmp_path / "station", ["seal", str(hearing), "--key", str(key)], lang,
            ZHAZBA_KEY_PASSWORD=PASSWORD, ZHAZBA_DEMO="1")  # fmt: skip
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    for label in ("Holder:", "Issuer:", "Valid:", "Usage:"):
        assert label not in r.stderr, r.stderr
    assert described.holder in r.stderr, r.stderr
    assert_all_lines_in(r, [described.holder, described.issuer, str(hearing), str(key)])
