"""The copy window refuses in its language (#15): a tampered package written from the window set
to Kazakh or Russian onto a real loop-mounted medium is refused, and the window says so with no
English word left (the same check as tests/reliability/test_refusals_in_kk_ru.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.store import Catalog
from app.copies.media import MediaPoller
from tests.reliability.test_refusals_in_kk_ru import english_words
from tests.support.export_hearing import sealed_with_markers, speech
from tests.support.media import ext4_medium, media_unavailable
from tests.support.pki import make_pki
from tests.support.sealing import detached_copy
from ui.copies.export_dialog import ExportDialog
from ui.widgets.i18n import Languages


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_copy_window_refuses_a_tampered_package_in_its_language(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot, languages: Languages, shots: Path, lang: str
) -> None:
    if media_unavailable() is not None:
        pytest.fail(f"loop-mounted media are needed: {media_unavailable()}")
    pki = make_pki()
    sealed = sealed_with_markers(tmp_path, pki, [(4800, speech(1, "Иванов И.", "plaintiff", 2))])
    pkg = detached_copy(sealed.package, tmp_path / "attack" / sealed.package.name)
    (pkg / "data/audio/9999.flac").write_bytes(b"planted")
    medium = ext4_medium(tmp_path, "32M", "KKRU")
    try:
        assert languages.switch(lang)
        with Catalog(tmp_path / "c.sqlite") as catalog:
            dialog = ExportDialog(
                lambda: [pkg], catalog, ca_file=pki.write_chain(tmp_path / "chain.pem"),
                poller=MediaPoller(include_loop=True),
            )  # fmt: skip
            qtbot.addWidget(dialog)
            items = [dialog.media_list.item(i) for i in range(dialog.media_list.count())]
            [mine] = [i for i in items if str(medium.mountpoint) in i.text()]
            dialog.media_list.setCurrentItem(mine)
            dialog.format_first.setChecked(False)
            dialog.start()
            qtbot.waitUntil(
                lambda: not dialog.busy and dialog.write_button.isEnabled(), timeout=60_000
            )
            dialog.grab().save(str(shots / f"export-refused-{lang}.png"))
            text = dialog.status.text()
            assert "9999.flac" in text, text
            assert english_words(text) == [], f"English left in the {lang} window:\n{text}"
            assert [p.name for p in medium.mountpoint.iterdir() if p.name != "lost+found"] == []
    finally:
        medium.cleanup()
