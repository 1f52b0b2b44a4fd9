"""The self-check report as signed PDF documents in Kazakh and Russian, for the court's files.

:func:`write_signed_pdfs` lays a finished :class:`app.selfcheck.report.SelfCheckRun` out as an
A4 document (:mod:`app.documents.layout`: who ran it, when, on which input and how many
microphones, then one row per check with its verdict, what it found and what to do, and a
signature line), renders it with the station's one PDF renderer
(:func:`app.documents.render_pdf.render_pdf`) once in Kazakh and once in Russian, whatever the
window's language, and signs each PDF with a detached CAdES signature (``.p7s``) made by the open
key (:func:`app.selfcheck.report.sign_report_files`), so ``openssl cms -verify`` checks it like a
sealed hearing. The checks' messages are :class:`audio.text.Msg`; they are translated here with a
translator for the document's language (the station's ``zhazba_<lang>.qm``), not the window's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator

from app.accounts.keys import OpenedKey
from app.documents.layout import Document, Fields, Heading, Paragraph, Signature, Signatures, Table
from app.documents.render_pdf import render_pdf
from app.selfcheck.report import TITLES, SelfCheckRun, sign_report_files
from app.translations import QT_TRANSLATE_NOOP, Msg
from ui.widgets.i18n import I18N_DIR

LANGS = ("kk", "ru")
CONTEXT = "SelfCheckReport"
WORDS = {
    "title": QT_TRANSLATE_NOOP("SelfCheckReport", "Report of the equipment self-check"),
    "station": QT_TRANSLATE_NOOP("SelfCheckReport", "Station"),
    "who": QT_TRANSLATE_NOOP("SelfCheckReport", "Run by"),
    "time": QT_TRANSLATE_NOOP("SelfCheckReport", "Time (UTC)"),
    "input": QT_TRANSLATE_NOOP("SelfCheckReport", "Sound input"),
    "channels": QT_TRANSLATE_NOOP("SelfCheckReport", "Microphones (channels)"),
    "result": QT_TRANSLATE_NOOP("SelfCheckReport", "Result"),
    "passed": QT_TRANSLATE_NOOP("SelfCheckReport", "the station can record"),
    "failed": QT_TRANSLATE_NOOP("SelfCheckReport", "problems must be fixed before recording"),
    "check": QT_TRANSLATE_NOOP("SelfCheckReport", "Check"),
    "verdict": QT_TRANSLATE_NOOP("SelfCheckReport", "Verdict"),
    "found": QT_TRANSLATE_NOOP("SelfCheckReport", "What was found"),
    "todo": QT_TRANSLATE_NOOP("SelfCheckReport", "What to do"),
    "default": QT_TRANSLATE_NOOP("SelfCheckReport", "the system's default input"),
    "simulated": QT_TRANSLATE_NOOP("SelfCheckReport", "simulated microphone"),
    "signer": QT_TRANSLATE_NOOP("SelfCheckReport", "Technician"),
    "hint": QT_TRANSLATE_NOOP("SelfCheckReport", "(signature)"),
    "signed": QT_TRANSLATE_NOOP(
        "SelfCheckReport",
        "This document is signed with the electronic signature of {who}: the file {name}.p7s "
        "beside it.",
    ),
}
VERDICTS = {"pass": "Passed", "warn": "Warning", "fail": "Failed"}  # the window's own words


def _translator(lang: str) -> QTranslator:
    t = QTranslator()
    if not t.load(str(I18N_DIR / f"zhazba_{lang}.qm")):
        raise OSError(f"the {lang} translation of the station is missing ({I18N_DIR})")
    return t


def _in(t: QTranslator, context: str, text: str) -> str:
    return t.translate(context, text) or text


def msg_in(t: QTranslator, value: Any) -> str:
    """``value`` in the translator's language when it is a :class:`Msg` (as ``tr_msg`` does)."""
    if not isinstance(value, Msg):
        return str(value)
    template = _in(t, value.context, value.template) if value.context else value.template
    params = {k: msg_in(t, v) if isinstance(v, Msg) else v for k, v in value.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return value.template.format(**params)


def _title(t: QTranslator, check: str) -> str:
    if check.startswith("microphone_"):
        return _in(t, "SelfCheckWindow", "Microphone {0}").format(check.split("_", 1)[1])
    return _in(t, "SelfCheckWindow", TITLES.get(check, check))


def report_document(run: SelfCheckRun, lang: str, signer: str, name: str) -> Document:
    """The report of ``run`` in ``lang`` (kk or ru); ``name`` is the PDF's file name."""
    t = _translator(lang)

    def w(key: str) -> str:
        return _in(t, CONTEXT, WORDS[key])

    s = run.settings
    if s.get("simulated"):
        kind = {"tones": "test tones", "speech": "speech"}.get(str(s["simulated"]), "")
        source = f"{w('simulated')} ({_in(t, 'SelfCheck', kind) if kind else s['simulated']})"
    else:
        source = str(s.get("device") or w("default"))
    rows = [
        [
            _title(t, r.check),
            _in(t, "SelfCheckWindow", VERDICTS[r.verdict]),
            msg_in(t, r.message),
            msg_in(t, r.remedy) if r.remedy else "",
        ]
        for r in run.results
    ]
    stamp = f"{run.started_utc[:19].replace('T', ' ')} – {run.finished_utc[11:19]}"
    doc = Document("selfcheck", lang, w("title"))
    doc.blocks = [
        Heading(w("title"), level=0, align="center"),
        Fields(
            [
                (w("station"), str(s.get("host", ""))),
                (w("who"), run.who),
                (w("time"), stamp),
                (w("input"), source),
                (w("channels"), str(s.get("channels", ""))),
                (w("result"), w("passed") if run.passed else w("failed")),
            ]
        ),
        Table(
            [w("check"), w("verdict"), w("found"), w("todo")],
            rows,
            [0.2, 0.12, 0.38, 0.3],
            size=9.0,
        ),
        Signatures([Signature(w("signer"), signer or run.who, w("hint"))]),
        Paragraph(w("signed").format(who=signer or run.who, name=name), italic=True, size=9.0),
    ]
    return doc


def write_signed_pdfs(
    run: SelfCheckRun, folder: Path, key: OpenedKey, signer: str, now: dt.datetime | None = None
) -> list[Path]:
    """``selfcheck-<time>-kk.pdf`` and ``…-ru.pdf`` in ``folder``, each with its ``.p7s``;
    returns the PDFs. :class:`signing.keys.KeyProblem` when the key may not sign."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d_%H%M%S")
    pdfs = []
    for lang in LANGS:
        path = folder / f"selfcheck-{stamp}-{lang}.pdf"
        render_pdf(report_document(run, lang, signer, path.name), path)
        pdfs.append(path)
    sign_report_files(pdfs, key)
    return pdfs
