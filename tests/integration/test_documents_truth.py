"""The longest realistic hearing, recorded for real, and what its documents and copy say.

A hearing recorded through the real engine from a PulseAudio null sink's monitor, with 40 markers
(every participant, notes, events) and 5 device losses (the sink unloaded mid-recording and
loaded again). Then, through the real commands:

- its act, protocol and incident report (kk, ru, PDF) are laid out without a paragraph on two
  pages (no line twice in the PDF's text), with the signature block and every SHA-256 on one
  page, and every loss lasts the journal's interval rounded to the tenth — never floored;
- before sealing they name the hearing folder, never a "….sealed" package that does not exist;
- the incident report leaves the judge line blank until ``zhazba judge-informed`` journals it
  (refused before the first failure, in the future, and once sealed), then states the time;
- sealed with a real key, formatted with ``zhazba format-medium`` on a loop-mounted exFAT image
  and copied with ``zhazba export --lang ru``, the medium holds ``verification-ru.txt``: the
  package's identity, what was checked, the verdict, and no English word.

Every page is rendered to ``test-artifacts/document-truth`` for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.copies.medium_format import mount_entry
from app.documents import build_document, make_document
from app.documents.layout import Paragraph, Signatures
from app.documents.model import load_hearing, parse_utc
from app.documents.parts import group_hash
from app.documents.texts import Texts
from signing.journal import read_records
from tests.integration.test_documents_cases import _case
from tests.integration.test_documents_render import _words
from tests.support.audio_servers import (
    Pulse,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    zhazba,
)
from tests.support.documents_fixture import hearing_json
from tests.support.media import media_unavailable
from tests.support.pki import PASSWORD, _issue, _name, make_pki

pytestmark = [pytest.mark.integration, pytest.mark.timeout(400)]
LANGS = ("kk", "ru")
SIGNER = "ЖҰМАБАЕВА АЙГҮЛ"


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    n = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    return [
        _words(
            subprocess.run(
                ["pdftotext", "-raw", "-f", str(i), "-l", str(i), str(pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for i in range(1, n + 1)
    ]


def _cli(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*zhazba(), *argv], env=env, capture_output=True, text=True, timeout=180,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture(scope="module")
def long_hearing(
    tmp_path_factory: pytest.TempPathFactory, pulse_server: dict[str, str]
) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("truth")
    pulse = Pulse(pulse_server)
    try:
        folder = _case(pulse, "long", root / "long", 8)
    finally:
        for module in list(pulse.loaded):
            pulse.unload(module)
    env = dict(os.environ, ZHAZBA_STATION=str(root / "station"))
    yield {"folder": folder, "root": root, "env": env}


def _documents(folder: Path, out: Path, kinds: tuple[str, ...]) -> dict[tuple[str, str], Path]:
    return {
        (kind, lang): make_document(kind, folder, lang, "pdf", out / f"{kind}-{lang}.pdf")
        for kind in kinds
        for lang in LANGS
    }


def _look(pdfs: list[Path], artifacts: Path) -> None:
    dest = artifacts / "document-truth"
    dest.mkdir(exist_ok=True)
    for pdf in pdfs:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(dest / pdf.stem)], check=True)


# ---------------------------------------------------------------- layout of a long hearing
def test_long_hearing_was_recorded_for_real(long_hearing: dict) -> None:
    records = read_records(long_hearing["folder"] / "journal.jsonl")
    kinds = [r["kind"] for r in records]
    assert kinds.count("marker") == 40
    assert kinds.count("device_lost") == 5 and kinds.count("device_returned") == 5
    assert "recording_ended" in kinds and "sealed" not in kinds


@pytest.mark.parametrize("kind", ["act", "protocol", "incident"])
def test_no_paragraph_twice_no_signature_or_hash_split(
    long_hearing: dict, kind: str, artifacts: Path
) -> None:
    folder = long_hearing["folder"]
    facts = load_hearing(folder)
    out = long_hearing["root"] / "layout"
    for lang in LANGS:
        pdf = make_document(kind, folder, lang, "pdf", out / f"{kind}-{lang}.pdf")
        _look([pdf], artifacts)
        pages = _pages(pdf)
        assert len(pages) >= 2, "the long hearing's document should fill more than a page"
        doc = build_document(kind, facts, lang)
        texts = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.text.strip()]
        for text in texts:
            if texts.count(text) > 1:
                continue
            head = _words(text)[:60]
            where = [i for i, page in enumerate(pages, 1) if head in page]
            assert len(where) == 1, (lang, head, where)  # printed once, on one page
        for block in doc.blocks:
            if isinstance(block, Signatures):
                parts = [_words(x) for s in block.lines for x in (s.role, s.name) if x.strip()]
                parts = [p for p in parts if "___" not in p]
                # the block ends the document: all of it, in order, on the last page
                last = pages[-1]
                at = last.rfind(parts[0])
                for part in parts:
                    found = last.find(part, at)
                    assert found >= at >= 0, (lang, "signature block split", part)
                    at = found
        for digest in [f.sha256 for f in facts.files] + [facts.journal_head]:
            if kind != "protocol":
                break
            groups = group_hash(digest).split()
            on = {i for i, page in enumerate(pages, 1) for g in groups if g in page}
            assert len(on) == 1, (lang, digest, on)


@pytest.mark.parametrize("lang", LANGS)
def test_every_loss_lasts_its_interval_rounded_not_floored(long_hearing: dict, lang: str) -> None:
    folder = long_hearing["folder"]
    records = read_records(folder / "journal.jsonl")
    t = Texts.for_hearing(lang, load_hearing(folder))
    pdf = make_document("act", folder, lang, "pdf", long_hearing["root"] / f"act-{lang}.pdf")
    text = " ".join(_pages(pdf))
    lost = [r for r in records if r["kind"] == "device_lost"]
    back = [r for r in records if r["kind"] == "device_returned"]
    total = 0.0
    for gone, came in zip(lost, back, strict=True):
        began = parse_utc(gone["data"].get("silent_since_utc") or gone["utc"])
        ended = parse_utc(came["data"].get("returned_utc") or came["utc"])
        gap = came["data"]["gap_seconds"]
        seconds = (
            gap
            if gone["data"].get("silent_since_utc")
            else max((ended - began).total_seconds(), gap)
        )
        total += seconds
        shown = t.span(seconds)
        assert re.fullmatch(r"\d+,\d с", shown), shown  # tenths under a minute, never H:MM:SS
        day = hearing_json()["date"]
        assert f"{t.clock(began, day)} {t.clock(ended, day)} {shown}" in text
    assert _words(t("act.total", total=t.span(total))) in text


# ---------------------------------------------------------------- only what exists
@pytest.mark.parametrize("kind", ["act", "protocol", "envelope", "incident"])
def test_unsealed_documents_name_the_folder_never_a_package(long_hearing: dict, kind: str) -> None:
    folder = long_hearing["folder"]
    assert not folder.with_name(folder.name + ".sealed").exists()
    for lang in LANGS:
        out = long_hearing["root"] / f"n-{kind}-{lang}.pdf"
        pdf = make_document(kind, folder, lang, "pdf", out)
        text = " ".join(_pages(pdf))
        assert ".sealed" not in text
        assert folder.name in text


# ---------------------------------------------------------------- the judge informed (p. 9)
def test_judge_informed_only_once_journaled(long_hearing: dict) -> None:
    folder, env, root = long_hearing["folder"], long_hearing["env"], long_hearing["root"]
    facts = load_hearing(folder)
    for lang in LANGS:
        t = Texts(lang)
        pdf = make_document("incident", folder, lang, "pdf", root / f"b-{lang}.pdf")
        before = " ".join(_pages(pdf))
        assert _words(t("incident.reported_blank")) in before
        head, tail = (re.escape(_words(x)) for x in t("incident.reported", time="@").split("@"))
        assert not re.search(head + r" ?\d\d:\d\d" + tail, before)
    tz = Texts.for_hearing("ru", facts).tz
    first = min(f.start_utc for f in facts.failures).astimezone(tz)
    early = (first - dt.timedelta(hours=1)).strftime("%H:%M")
    r = _cli(env, "judge-informed", str(folder), "--at", early, "--by", "Жұмабаева А.")
    assert r.returncode == 1 and "before the first failure" in r.stderr, r.stdout + r.stderr
    late = (dt.datetime.now(tz) + dt.timedelta(hours=1)).strftime("%H:%M")
    if dt.datetime.now(tz).date() == first.date() and late > first.strftime("%H:%M"):
        r = _cli(env, "judge-informed", str(folder), "--at", late, "--by", "Жұмабаева А.")
        assert r.returncode == 1 and "has not come yet" in r.stderr, r.stdout + r.stderr
    assert "judge_informed" not in {x["kind"] for x in read_records(folder / "journal.jsonl")}
    r = _cli(env, "judge-informed", str(folder), "--by", "Жұмабаева А.", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    told = json.loads(r.stdout)
    assert told["by"] == "Жұмабаева А."
    at = parse_utc(told["at_utc"])
    for lang in LANGS:
        t = Texts.for_hearing(lang, load_hearing(folder))
        text = " ".join(_pages(make_document(
            "incident", folder, lang, "pdf", root / f"after-{lang}.pdf")))  # fmt: skip
        told = t.clock(at, facts.get("date"))[:-3]  # HH:MM, as the secretary gives it
        assert _words(t("incident.reported", time=told)) in text
        assert _words(t("incident.reported_blank")) not in text


# ---------------------------------------------------------------- the report on the medium
@pytest.fixture
def exfat_stick(tmp_path: Path) -> Iterator[Path]:
    why = media_unavailable()
    tools = ("mkfs.exfat", "mount.exfat-fuse", "fusermount", "losetup")
    missing = [x for x in tools if shutil.which(x) is None]
    if why or missing:
        pytest.fail(f"{why or ''} missing: {missing} (scripts/apt-packages-test.txt)")
    image, mnt = tmp_path / "stick.img", tmp_path / "stick"
    subprocess.run(["truncate", "-s", "64M", str(image)], check=True)
    device = subprocess.run(
        ["losetup", "-f", "--show", str(image)], check=True, capture_output=True, text=True
    ).stdout.strip()
    mnt.mkdir()
    try:
        subprocess.run(["mkfs.exfat", device], check=True, capture_output=True)
        subprocess.run(["mount.exfat-fuse", device, str(mnt)], check=True, capture_output=True)
        for _ in range(100):
            if mount_entry(mnt) is not None:
                break
            time.sleep(0.05)
        (mnt / "old.txt").write_text("an old file\n")
        yield mnt
    finally:
        for _ in range(3):
            if mount_entry(mnt) is None:
                break
            subprocess.run(["fusermount", "-u", "-z", str(mnt)], check=False)
            time.sleep(0.2)
        subprocess.run(["losetup", "-d", device], check=False)


def test_sealed_copy_carries_its_verification_report_in_russian(
    long_hearing: dict, exfat_stick: Path, tmp_path: Path, artifacts: Path
) -> None:
    folder, env = long_hearing["folder"], long_hearing["env"]
    facts = load_hearing(folder)
    pki = make_pki()
    key = tmp_path / "secretary.p12"
    key.write_bytes(_issue(_name(SIGNER), pki.intermediate).p12())
    chain = pki.write_chain(tmp_path / "chain.pem")
    env = dict(env, ZHAZBA_KEY_PASSWORD=PASSWORD)
    r = _cli(env, "seal", str(folder), "--key", str(key))
    assert r.returncode == 0, r.stdout + r.stderr
    package = folder.with_name(folder.name + ".sealed")
    assert package.is_dir()
    r = _cli(env, "judge-informed", str(folder), "--by", "x")  # sealed: nothing may be added
    assert r.returncode == 1 and "sealed" in r.stderr
    act = " ".join(_pages(make_document("act", package, "ru", "pdf", tmp_path / "act.pdf")))
    assert package.name in act  # now it exists, the act names it
    case = facts.get("case_number")
    r = _cli(env, "format-medium", str(exfat_stick), "--case", case, "--yes")
    assert r.returncode == 0, r.stdout + r.stderr
    r = _cli(env, "export", str(package), "--to", str(exfat_stick), "--ca", str(chain),
             "--lang", "ru")  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    assert not (exfat_stick / "old.txt").exists()
    assert not (exfat_stick / "verification-kk.txt").exists()
    report = (exfat_stick / "verification-ru.txt").read_text(encoding="utf-8-sig")
    (artifacts / "document-truth").mkdir(exist_ok=True)
    (artifacts / "document-truth" / "verification-ru.txt").write_text(report, "utf-8")
    t = Texts("ru")
    for line in (
        t("medium_report.title_case"),
        t("medium_report.what_case"),
        t("medium_report.copy", folder=package.name, medium=str(exfat_stick)),
        t("verify.identity.case", case=case),
        t("verify.identity.hearing", id=facts.get("id"), date=t.date(facts.get("date"))),
        t("verify.identity.court", court=facts.get("court"), courtroom=facts.get("courtroom")),
        t("verify.identity.secretary", secretary=facts.get("secretary")),
        t("verify.identity.signer", signer=SIGNER),
        t("verify.signature_ok"),
        f"{t('verify.result')}: {t('verify.ok_sealed')}",
    ):
        assert line in report, (line, report)
    allowed = {package.name, case, facts.get("id"), "SHA-256", "(SHA-256)"}
    # commands to type (in backquotes) are literals, not words
    report_words = re.sub(r"`[^`]*`", "", report)
    latin = [
        w
        for w in report_words.split()
        if re.search(r"[A-Za-z]", w)
        and not any(a in w for a in allowed)
        and str(exfat_stick) not in w
        and not re.fullmatch(r"[\w.-]*\.(flac|peaks|txt|json|pdf|docx|p7s)", w.strip("«»(),.:"))
    ]
    issuer = {"Test", "NCA", "Issuing", "RSA"}  # "Test NCA Issuing (RSA)": the issuer's name
    latin = [w for w in latin if w.strip("(),:") not in issuer]
    assert not latin, (latin, report)
