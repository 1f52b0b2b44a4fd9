"""The gates that give evidence out refuse in the user's language (#15): Kazakh or Russian.

Each refusal happens for real — a tampered package, a closed hearing, a medium that is not empty,
read-only, unmounted mid-copy or that reads back wrong (loop-mounted ext4 images), a package
planted with a file sent to the archive (Ceph RGW) — and is read the way the secretary reads it:
``zhazba export`` with ``ZHAZBA_LANG`` set (the terminal), or the message translated as the
window does. No English word may be left in it: only names are (paths, file names, commands in
backticks, ``--clear``), which are the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.archive.s3 import ArchiveError, make_client
from app.archive.settings import ArchiveSettings
from app.archive.upload import Archiver
from app.catalog.store import Catalog
from app.cli.commands import main
from app.copies.case_file import export_case_copy
from app.copies.medium import ExportError, MediumGone, ReadBackFailed
from app.copies.progress import Progress
from app.evidence.register import said
from app.translations import translate
from tests.support.media import MountedImage, ext4_medium, media_unavailable, reads_back_wrong
from tests.support.pki import TestPKI, make_pki
from tests.support.sealing import detached_copy, open_and_closed

pytestmark = [pytest.mark.integration]
LANGS = ["kk", "ru"]
# names, the same in every language: not English words
NAMES = {"zhazba", "fat", "exfat", "ntfs", "usb", "flac", "ext4"}


def english_words(text: str) -> list[str]:
    """The Latin-script words of ``text`` that are not names: commands in backticks, paths,
    file names, options and numbers are left out."""
    text = re.sub(r"`[^`]*`", " ", text)
    words = []
    for token in text.split():
        if re.search(r"[/\\._+\-\d]", token):
            continue  # a path, a file (lost+found), an option, a number, a case number
        words += [w for w in re.findall(r"[A-Za-z]{3,}", token) if w.lower() not in NAMES]
    return words


def assert_said_in(lang: str, english: str, shown: str) -> None:
    """``shown`` is the refusal in ``lang``: it says something, and no English word is in it
    (while the English text has plenty: the check has something to find)."""
    assert english_words(english), english
    assert shown.strip() and shown != english, shown
    assert english_words(shown) == [], f"English left in the {lang} refusal:\n{shown}"
    assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", shown), shown


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> dict[str, Path]:
    return open_and_closed(tmp_path_factory.mktemp("kkru"), pki)


@pytest.fixture
def media(tmp_path: Path) -> Iterator[list[MountedImage]]:
    if media_unavailable() is not None:
        pytest.fail(f"loop-mounted media are needed: {media_unavailable()}")
    made: list[MountedImage] = []
    yield made
    for m in made:
        m.cleanup()


def _planted(world: dict[str, Path], tmp: Path) -> Path:
    pkg = detached_copy(world["open"], tmp / "attack" / world["open"].name)
    (pkg / "data/audio/9999.flac").write_bytes(b"planted")
    return pkg


Refused = Callable[..., tuple[str, str]]


@pytest.fixture
def refused(
    tmp_path: Path,
    world: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Refused:
    """``refused(lang, package, medium, *options)``: ``zhazba export`` (against the court's
    chain) refused, as (the refusal said in ``lang``, the same refusal in English)."""

    def run(lang: str, pkg: Path, medium: Path, *extra: str) -> tuple[str, str]:
        said_in: dict[str, str] = {}
        for code in (lang, "en"):
            monkeypatch.setenv("ZHAZBA_LANG", code)
            capsys.readouterr()
            argv = ["export", str(pkg), "--to", str(medium), "--station", str(tmp_path / "st")]
            assert main([*argv, "--ca", str(world["chain"]), *extra]) == 1
            lines = [line for line in capsys.readouterr().out.splitlines() if line]
            first = next(i for i, line in enumerate(lines) if line.startswith("zhazba export: "))
            said_in[code] = "\n".join(lines[first:]).removeprefix("zhazba export: ")
        return said_in[lang], said_in["en"]

    return run


# -- the terminal: zhazba export ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_tampered_package_is_refused_in_the_users_language(
    tmp_path: Path, world: dict[str, Path], media: list[MountedImage], refused: Refused, lang: str
) -> None:
    m = ext4_medium(tmp_path, "32M", "KKRU")
    media.append(m)
    pkg = _planted(world, tmp_path)
    for extra in ((), ("--participant-copy",)):  # the case-file copy, then a participant's
        shown, english = refused(lang, pkg, m.mountpoint, *extra)
        assert "did NOT verify" in english and "9999.flac" in shown, shown
        assert_said_in(lang, english, shown)
    assert [p.name for p in m.mountpoint.iterdir() if p.name != "lost+found"] == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_closed_hearing_is_refused_in_the_users_language(
    tmp_path: Path, world: dict[str, Path], media: list[MountedImage], refused: Refused, lang: str
) -> None:
    m = ext4_medium(tmp_path, "32M", "KKRU")
    media.append(m)
    shown, english = refused(lang, world["closed"], m.mountpoint, "--participant-copy")
    assert "closed" in english
    assert_said_in(lang, english, shown)


@pytest.mark.parametrize("lang", LANGS)
def test_a_medium_that_is_not_empty_or_read_only_is_refused_in_the_users_language(
    tmp_path: Path, world: dict[str, Path], media: list[MountedImage], refused: Refused, lang: str
) -> None:
    full = ext4_medium(tmp_path / "full", "32M", "KKRU")
    media.append(full)
    (full.mountpoint / "old-photos").mkdir()
    (full.mountpoint / "old-photos/a.jpg").write_bytes(b"x" * 1000)
    shown, english = refused(lang, world["open"], full.mountpoint)
    assert "is not empty" in english and "old-photos" in shown
    assert_said_in(lang, english, shown)
    locked = ext4_medium(tmp_path / "ro", "32M", "KKRU", read_only=True)
    media.append(locked)
    shown, english = refused(lang, world["open"], locked.mountpoint)
    assert "read-only" in english
    assert_said_in(lang, english, shown)


@pytest.mark.parametrize("lang", LANGS)
def test_an_application_for_a_closed_hearing_is_refused_in_the_users_language(
    tmp_path: Path,
    world: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    said_in = {}
    for code in (lang, "en"):
        monkeypatch.setenv("ZHAZBA_LANG", code)
        argv = ["copies", "add", "--station", str(tmp_path / "st"), "--applicant", "Иванов И."]
        assert main([*argv, "--package", str(world["closed"])]) == 1
        [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("zhazba ")]
        said_in[code] = line.removeprefix("zhazba copies: ")
    assert "p. 32" in said_in["en"]
    assert_said_in(lang, said_in["en"], said_in[lang])


# -- the window: the refusal as ui.widgets.i18n.tr_msg says it (the same translations) ----------


def _refusal(run: Any) -> ExportError:
    with pytest.raises(ExportError) as caught:
        run()
    return caught.value


@pytest.mark.parametrize("lang", LANGS)
def test_a_medium_pulled_out_mid_copy_is_said_in_the_users_language(
    tmp_path: Path, world: dict[str, Path], media: list[MountedImage], lang: str
) -> None:
    m = ext4_medium(tmp_path, "32M", "PULLED")
    media.append(m)
    fired: list[bool] = []

    def pull(p: Progress) -> None:  # umount -l once the first bytes are on the medium
        if p.phase == "writing" and p.done_bytes > 0 and not fired:
            fired.append(True)
            m.unmount_lazily()

    with Catalog(tmp_path / "catalog.sqlite") as catalog:
        e = _refusal(
            lambda: export_case_copy(
                world["open"], m.mountpoint, catalog=catalog, progress=pull, ca_file=world["chain"]
            )
        )
    assert isinstance(e, MediumGone), e
    assert_said_in(lang, str(e), translate(said(e), lang))


@pytest.mark.parametrize("lang", LANGS)
def test_a_medium_that_reads_back_wrong_is_said_in_the_users_language(
    tmp_path: Path,
    world: dict[str, Path],
    media: list[MountedImage],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    import app.copies.medium_write as writing
    from app.copies.medium_io import read_back

    # one byte on the medium goes bad after it was written
    monkeypatch.setattr(writing, "read_back", reads_back_wrong(read_back))
    m = ext4_medium(tmp_path, "32M", "FAULTY")
    media.append(m)
    e = _refusal(lambda: export_case_copy(world["open"], m.mountpoint, ca_file=world["chain"]))
    assert isinstance(e, ReadBackFailed), e
    assert_said_in(lang, str(e), translate(said(e), lang))


# -- the archive upload (Ceph RGW) -------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_archive_refuses_in_the_users_language(
    tmp_path: Path,
    world: dict[str, Path],
    s3_server: Any,
    settings: ArchiveSettings,
    lang: str,
) -> None:
    creds = s3_server.credentials
    archiver = Archiver(
        Catalog(tmp_path / "catalog.sqlite"), settings, lambda: make_client(settings, creds),
        ca_file=world["chain"],
    )  # fmt: skip
    archiver.queue_package(_planted(world, tmp_path))
    [result] = archiver.run_once().results
    assert result.kind == "damaged_package", result
    assert_said_in(lang, result.message, translate(result.message, lang))
    not_a_package = tmp_path / "not-a-package"
    not_a_package.mkdir()
    with pytest.raises(ArchiveError) as caught:
        archiver.queue_package(not_a_package)
    e = caught.value
    assert_said_in(lang, e.message, translate(e.message, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_a_copy_made_is_said_in_the_users_language(
    tmp_path: Path,
    world: dict[str, Path],
    media: list[MountedImage],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    """What a copy says when it works — its progress, DONE, the check of the copy on the medium,
    what to do with the envelope — and the media listing, in the user's language."""
    m = ext4_medium(tmp_path, "32M", "KKRU")
    media.append(m)
    monkeypatch.setenv("ZHAZBA_LANG", lang)
    capsys.readouterr()
    argv = ["export", str(world["open"]), "--to", str(m.mountpoint), "--station", str(tmp_path)]
    assert main([*argv, "--ca", str(world["chain"])]) == 0
    out, err = capsys.readouterr()
    assert main(["media", "--include-images"]) == 0
    listing = capsys.readouterr().out
    # its line (other media mounted meanwhile are other people's; a label is a name)
    [mine] = [ln.replace("KKRU", "") for ln in listing.splitlines() if str(m.mountpoint) in ln]
    for text in (out, err, mine):
        for line in text.splitlines():
            assert english_words(line) == [], f"English left in the {lang} line:\n{line}"
    assert len(out.splitlines()) >= 4 and err.strip(), (out, err)  # DONE, check, sizes, envelope
    assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", out + err), out + err
