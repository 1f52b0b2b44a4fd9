"""What each document says, checked on the document model (no renderer, no Qt)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import docx
import pytest

from app.cli.commands import main
from app.documents import DocumentError, build_document, load_hearing
from app.documents.layout import DL_ENVELOPE, Signatures
from app.documents.texts import Texts
from tests.support.documents_fixture import KAZAKH_LETTERS, NOTES, PARTICIPANTS, make_hearing


def _text(folder: Path, kind: str, lang: str) -> str:
    return build_document(kind, load_hearing(folder), lang).plain_text()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_protocol_names_everything(tmp_path: Path, lang: str) -> None:
    folder = make_hearing(tmp_path, sealed=True, device_loss=True)
    facts = load_hearing(folder)
    text = _text(folder, "protocol", lang)
    t = Texts(lang)
    for f in facts.files:
        assert f.name in text
    assert facts.package_name in text
    for note in (NOTES["opening"], NOTES["witness"], NOTES["amended_to"]):
        assert note in text
    assert NOTES["amended_from"] in text  # the original, kept for history
    for p in PARTICIPANTS:
        assert p["name"] in text
    for reason in ("recess", "deliberation"):
        assert t.term("pauses", reason) in text
    for p in facts.pauses:  # where on the recording each pause is
        at = t.position(facts.hearing_seconds(p.frame))
        assert f"{t.term('pauses', p.reason)} | {at} |" in text
    assert t.term("failures", "device_lost") in text
    assert t.term("events", "appeal_explained") in text
    assert t("protocol.inventory_line", package=facts.package_name, count=2) in text
    assert facts.seal is not None
    assert facts.seal.record_hash[:8] in text
    assert all(letter in text for letter in KAZAKH_LETTERS)
    for m in facts.markers:  # a moment on the recording: floored, as a clock shows it
        assert f"| {t.position(facts.hearing_seconds(m.frame))} |" in text


def test_cassation_has_no_protocol(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path, instance="cassation"))
    with pytest.raises(DocumentError, match="пункт 5"):
        build_document("protocol", facts, "ru")
    with pytest.raises(DocumentError, match="5-тармағы"):
        build_document("protocol", facts, "kk")


def test_act_only_when_something_failed(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path))
    with pytest.raises(DocumentError, match="оснований для составления акта"):
        build_document("act", facts, "ru")
    with pytest.raises(DocumentError):
        build_document("incident", facts, "kk")


@pytest.mark.parametrize(
    ("instance", "signers"),
    [
        ("first", ["Секретарь судебного заседания", "Администратор суда"]),
        (
            "appeal",
            [
                "Секретарь судебного заседания",
                "Руководитель структурного подразделения департамента Судебной администрации",
                "Работник структурного подразделения департамента Судебной администрации",
            ],
        ),
    ],
)
def test_act_signatories_follow_the_instance(
    tmp_path: Path, instance: str, signers: list[str]
) -> None:
    facts = load_hearing(make_hearing(tmp_path, device_loss=True, instance=instance))
    doc = build_document("act", facts, "ru")
    (sig,) = [b for b in doc.blocks if isinstance(b, Signatures)]
    assert [s.role for s in sig.lines] == signers
    text = doc.plain_text()
    lost = next(f for f in facts.failures if f.kind == "device_lost")
    t = Texts("ru")
    day = facts.get("date")
    # the 7.4 s gap, rounded to the tenth, not floored
    row = f"{t.clock(lost.start_utc, day)} | {t.clock(lost.end_utc, day)} | 7,4 с | 1–4"
    assert row in text


def test_act_when_recording_did_not_happen(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path, recorded=False))
    text = build_document("act", facts, "kk").plain_text()
    assert "іс жүзінде жүргізілмегені" in text
    assert "Сот әкімшісі" in text


def test_application_form_follows_p31_and_p32(tmp_path: Path) -> None:
    civil = load_hearing(make_hearing(tmp_path / "a"))
    text = build_document("application", civil, "ru", applicant="Өтеген Сүлейменов").plain_text()
    assert "Приложение 2" in text and "Заявление о выдаче копии аудиозаписи" in text
    assert "7199-26-00-2/1234" in text and "Өтеген Сүлейменов" in text
    criminal = load_hearing(make_hearing(tmp_path / "b", category="criminal"))
    text = build_document("application", criminal, "kk").plain_text()
    assert "1-қосымша" in text and "қылмыстық іс / материал" in text
    closed = load_hearing(make_hearing(tmp_path / "c", closed_hearing=True))
    with pytest.raises(DocumentError, match="пункт 32"):
        build_document("application", closed, "ru")


def test_envelope_is_a_dl_label(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path))
    doc = build_document("envelope", facts, "kk")
    assert doc.page == DL_ENVELOPE and (doc.page.width, doc.page.height) == (220.0, 110.0)
    text = doc.plain_text()
    for value in (facts.get("case_number"), facts.get("secretary"), "Хатшының қолы"):
        assert value in text


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_docx_into_the_protocol_folder(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path, device_loss=True)
    code, out, _ = _cli("protocol", str(folder), "--lang", "kk", "--format", "docx")
    assert code == 0
    path = folder / "protocol" / "protocol-kk.docx"
    assert str(path) in out and path.is_file()
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "ҚЫСҚАША ХАТТАМАСЫ" in body
    code, _, _ = _cli(
        "document",
        "act",
        str(folder),
        "--lang",
        "ru",
        "--format",
        "docx",
        "--out",
        str(tmp_path / "act.docx"),
    )
    assert code == 0 and (tmp_path / "act.docx").is_file()


def test_cli_refuses_with_a_reason(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path, instance="cassation")
    code, _, err = _cli("protocol", str(folder), "--lang", "ru", "--format", "docx")
    assert code == 1 and "кассационной инстанции" in err
    code, _, err = _cli("document", "envelope", str(tmp_path / "nowhere"), "--format", "docx")
    assert code == 1 and "hearing.json is missing" in err


def test_a_sealed_hearing_is_never_written_into(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path, sealed=True)
    before = sorted(p.name for p in folder.rglob("*"))
    # the command line makes documents of a sealed hearing only once its package verifies
    # (#15); this fixture's package is a stand-in, so the command refuses and writes nothing
    code, out, err = _cli("document", "envelope", str(folder), "--format", "docx")
    assert code == 1 and "did NOT verify" in err
    assert not (tmp_path / f"{folder.name}.documents").exists()
    from app.documents import make_document

    written = make_document("envelope", folder, "kk", "docx")
    assert written == tmp_path / f"{folder.name}.documents" / "envelope-kk.docx"
    assert written.is_file()
    code, _, err = _cli(
        "protocol", str(folder), "--format", "docx", "--out", str(folder / "protocol" / "p.docx")
    )
    assert code == 1 and "sealed" in err
    assert sorted(p.name for p in folder.rglob("*")) == before


def test_protocol_of_a_hearing_that_was_not_recorded(tmp_path: Path) -> None:
    facts = load_hearing(make_hearing(tmp_path, recorded=False))
    t = Texts("ru")
    text = build_document("protocol", facts, "ru").plain_text()
    assert t("protocol.not_recorded") in text
    assert t.term("failures", "not_recorded") in text
    assert t("protocol.inventory") not in text  # nothing to put into the case file


def test_cli_json(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path)
    code, out, _ = _cli("document", "envelope", str(folder), "--format", "docx", "--json")
    assert code == 0
    assert json.loads(out) == {
        "document": "envelope",
        "path": str(folder / "protocol" / "envelope-kk.docx"),
    }
    code, out, _ = _cli("document", "act", str(folder), "--format", "docx", "--json")
    assert code == 1 and json.loads(out)["error"]
