"""The export dialog on a real loop-mounted medium: the medium appears, a non-empty medium is
cleared only after the confirmation, progress arrives, the copy is verified; the copy register
shows overdue applications first and in red."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.catalog.store import Catalog
from app.copies.media import MediaPoller
from app.copies.medium import ClearPlan
from app.copies.register import add_application
from tests.support.export_hearing import sealed_with_markers, speech
from tests.support.media import ext4_medium, media_unavailable
from tests.support.pki import make_pki
from ui.copies.export_dialog import OVERDUE, CopyRegisterModel, ExportDialog


def test_register_model_puts_overdue_first_in_red(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    with Catalog(tmp_path / "c.sqlite") as catalog:
        add_application(
            catalog,
            applicant="On time",
            case_number="1-1",
            category="criminal",
            received=dt.date(2026, 11, 20),
        )
        add_application(
            catalog,
            applicant="Late",
            case_number="2-2",
            category="civil",
            received=dt.date(2026, 11, 2),
        )
        model = CopyRegisterModel(catalog, today=lambda: dt.date(2026, 11, 22))
        assert model.rowCount() == 2
        first = model.index(0, 1)
        assert model.data(first) == "Late"
        assert model.data(first, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE
        assert "OVERDUE" in model.data(model.index(0, 7))
        assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.skipif(media_unavailable() is not None, reason=str(media_unavailable()))
def test_dialog_writes_a_verified_copy_after_confirming_the_clear(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    sealed = sealed_with_markers(
        tmp_path, make_pki(), [(4800, speech(1, "Иванов И.", "plaintiff", 2))]
    )
    medium = ext4_medium(tmp_path, "32M", "DIALOG")
    try:
        (medium.mountpoint / "old.txt").write_text("old\n")
        with Catalog(tmp_path / "c.sqlite") as catalog:
            dialog = ExportDialog(
                lambda: [sealed.package], catalog, poller=MediaPoller(include_loop=True)
            )
            qtbot.addWidget(dialog)
            items = [dialog.media_list.item(i) for i in range(dialog.media_list.count())]
            mine = [i for i in items if str(medium.mountpoint) in i.text()]
            assert mine, [i.text() for i in items]
            dialog.media_list.setCurrentItem(mine[0])
            dialog.format_first.setChecked(False)  # the clearing path (a medium not formatted)
            asked: list[ClearPlan] = []
            dialog.confirm_clear = lambda plan: asked.append(plan) or True  # type: ignore[method-assign]
            dialog.start()
            qtbot.waitUntil(
                lambda: not dialog.busy and dialog.write_button.isEnabled(), timeout=60_000
            )
            assert [e.name for e in asked[0].entries] == ["old.txt"]
            assert dialog.status.text().startswith("DONE"), dialog.status.text()
            assert dialog.progress.value() == 1000
            assert (medium.mountpoint / sealed.package.name / "bagit.txt").is_file()
            assert not (medium.mountpoint / "old.txt").exists()
    finally:
        medium.cleanup()


def test_application_form_registers_with_its_deadline(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    with Catalog(tmp_path / "c.sqlite") as catalog:
        dialog = ExportDialog(lambda: [], catalog, poller=MediaPoller(lister=lambda inc: []))
        qtbot.addWidget(dialog)
        form = dialog.application_form
        form.add_button.click()
        assert "must be filled in" in form.message.text()
        form.applicant.setText("Иванов И.")
        form.case.setText("2-1234")
        form.category.setCurrentIndex(form.category.findData("civil"))
        form.received.setDate(QDate(2026, 11, 20))
        form.add_button.click()
        assert "due by 2026-11-27" in form.message.text()
        model = dialog.register_model
        assert model.rowCount() == 1 and model.data(model.index(0, 6)) == "2026-11-27"
        assert dialog.application_box.count() == 2  # "no application" and the new one


def test_the_dialog_and_the_register_speak_kazakh(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot, languages, shots
) -> None:
    from PySide6.QtCore import QCoreApplication

    languages.switch("kk")
    with Catalog(tmp_path / "c.sqlite") as catalog:
        add_application(
            catalog,
            applicant="Әбенов Қ. Ж.",
            case_number="7199-26-00-2/1234",
            category="civil",
            received=dt.date(2026, 11, 2),
        )
        dialog = ExportDialog(lambda: [], catalog, poller=MediaPoller(include_loop=True))
        qtbot.addWidget(dialog)
        dialog.resize(980, 520)
        dialog.show()
        model = dialog.register_model
        header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert header == QCoreApplication.translate("CopyRegisterModel", "Applicant") != "Applicant"
        assert dialog.tabs.tabText(0) == QCoreApplication.translate(
            "ExportDialog", "Copy to a medium"
        )
        assert dialog.tabs.tabText(0) != "Copy to a medium"
        assert model.data(model.index(0, 4)) == QCoreApplication.translate("Terms", "Civil")
        assert dialog.application_form.category.currentText() != "criminal"
        status = model.data(model.index(0, 7))
        assert "OVERDUE" not in status and "%n" not in status, status
        dialog.grab().save(str(shots / "export-kk.png"))
        dialog.tabs.setCurrentIndex(1)
        assert dialog.grab().save(str(shots / "export-register-kk.png"))


def _bag(root: Path, name: str, case: str, date: str, category: str = "civil") -> Path:
    package = root / name
    package.mkdir(parents=True)
    (package / "bag-info.txt").write_text(
        f"Case-Number: {case}\nHearing-Date: {date}\nCase-Category: {category}\n",
        encoding="utf-8",
    )
    return package


def test_safe_defaults_newest_hearing_no_role_and_cancel_on_enter(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: the newest hearing is chosen, the register form takes its case and category
    and chooses no role, and Enter in the clearing prompt cancels (nothing is deleted)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.copies.medium import ClearEntry

    old = _bag(tmp_path, "2026-11-02_old.sealed", "7199-26-00-2/1001", "2026-11-02")
    new = _bag(tmp_path, "2026-11-21_new.sealed", "7199-26-00-2/1234", "2026-11-21", "criminal")
    with Catalog(tmp_path / "c.sqlite") as catalog:
        dialog = ExportDialog(
            lambda: [old, new], catalog, poller=MediaPoller(lister=lambda inc: [])
        )
        qtbot.addWidget(dialog)
        assert dialog.package_box.currentData() == str(new)
        form = dialog.application_form
        assert form.case.text() == "7199-26-00-2/1234"
        assert form.category.currentData() == "criminal"
        assert form.role.currentData() == ""  # not "judge" unnoticed
        dialog.package_box.setCurrentIndex(1)
        assert form.case.text() == "7199-26-00-2/1001" and form.category.currentData() == "civil"

        plan = ClearPlan("/media/x", [ClearEntry("old.txt", False, 1, 4)], [], "t")
        seen: list[str] = []

        def press_enter() -> None:
            box = dialog.clear_prompt
            assert isinstance(box, QMessageBox)
            seen.append(box.defaultButton().text())
            qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)

        QTimer.singleShot(200, press_enter)
        assert dialog.confirm_clear(plan) is False
        assert seen and seen[0] != "Delete and write"
