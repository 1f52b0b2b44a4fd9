"""Start the secretary's window: the composition root of the GUI.

:func:`run_gui` makes the QApplication, registers the bundled fonts (Kazakh letters), installs the
chosen language, builds the :class:`ui.station.composition.WindowParts` (recordings folder,
settings folder, the secretary from an open signing certificate) and the
:class:`ui.recording.window.MainWindow`, and runs the event loop. When the station has accounts,
nobody gets the window without signing in first (:class:`ui.station.signin.SigninDialog`, Rules p.
20; Cancel quits with exit code 1), and the menu and the window then offer only what the signed-in
role may do; a station without accounts (first run, demonstration) opens as before.
:func:`build_window` does the same without the loop or the sign-in, for tests and the benchmark.
Options: ``--lang kk|ru|en``, ``--out DIR`` (recordings), ``--settings DIR``, ``--key FILE.p12``
(password from ``ZHAZBA_KEY_PASSWORD``), ``--channels N``, ``--include-images`` (loop-mounted
file-system images count as media in the key and medium pickers and the export).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.accounts.keys import KeyProblem
from app.accounts.marker import accounts_gone
from app.accounts.roles import Account, AccountStore
from app.cli.signin import take_env_secrets
from app.copies.media import MediaPoller
from app.evidence.trust import installed_chain
from app.selfcheck.checks import SelfCheckSettings
from app.station import Station as CoreStation
from ui.recording.window import MainWindow
from ui.station.composition import WindowParts, default_settings_dir
from ui.station.menu import install_station_menu, report_recovery
from ui.station.role_start import SignedIn
from ui.station.signin import SigninDialog, station_has_accounts
from ui.widgets import pyside_guard
from ui.widgets.background import BackgroundCall
from ui.widgets.i18n import LANGUAGES, Languages, load_fonts, system_language, tr_msg


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="zhazba gui")
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--out", type=Path, default=Path.home() / "zhazba-hearings")
    p.add_argument("--settings", type=Path, default=None)
    p.add_argument("--key", type=Path, default=None, help="the secretary's PKCS#12 key file")
    p.add_argument("--ca", type=Path, default=None, help="the court's root certificates (PEM)")
    p.add_argument(
        "--include-images",
        action="store_true",
        help="count loop-mounted file-system images as media (trying the station out, tests)",
    )
    args, _qt = p.parse_known_args(argv[1:])
    return args


def secretary_from_key(path: Path | None) -> str | None:
    """The certificate holder's name, when a key file and its password are given."""
    if path is None:
        return None
    from app.accounts.keys import KeyProblem, open_key_file

    password = os.environ.get("ZHAZBA_KEY_PASSWORD", "")
    try:
        return open_key_file(path, password)[1].holder
    except (KeyProblem, OSError):
        return None


def start_languages(app: QApplication, lang: str) -> Languages:
    """The guard, the bundled fonts and the chosen language: what any window needs first."""
    pyside_guard.install()  # PySide6 6.12.0 on CPython 3.11 would abort within minutes
    load_fonts(app)
    languages = Languages(app)
    languages.switch(lang)
    return languages


def build_window(
    app: QApplication, station: WindowParts, lang: str, languages: Languages | None = None
) -> tuple[MainWindow, Languages]:
    languages = languages or start_languages(app, lang)
    window = MainWindow(station, languages)
    return window, languages


def run_gui(argv: list[str]) -> int:
    pyside_guard.install()
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    args = parse_args(argv)
    # read once and gone from the environment (and /proc/<pid>/environ) for the session (#16)
    key_password = take_env_secrets(("ZHAZBA_KEY_PASSWORD",)).get("ZHAZBA_KEY_PASSWORD", "")
    core = CoreStation(hearings=args.out)  # the same folder the window records into
    recovered = core.recover_unfinished()  # before anything records there
    if args.key is not None:
        with contextlib.suppress(KeyProblem, OSError):
            core.open_key(args.key, key_password, seal_waiting=False)
    lang = args.lang or system_language()
    languages = start_languages(app, lang)
    if refused_without_accounts(core):
        return 7  # docs/CLI.md: a station file is missing or damaged
    account: Account | None = None
    if station_has_accounts(core.catalog_path, core.catalog):
        if refused_audit_log(core):
            return 7  # the audit log was rolled back or rewritten (the court archive says so)
        account = sign_in(core, include_images=args.include_images)
        if account is None:  # Cancel: nobody signed in, the program ends
            return 1
    secretary = core.key_info.holder if core.key_info else None
    signed: list[SignedIn] = []  # who is signed in now (switching user changes it)

    def who() -> str:
        now = signed[0].account if signed else account
        return _person(now) or (core.key_info.holder if core.key_info else (secretary or ""))

    if account is not None and account.role == "secretary" and secretary is None:
        secretary = account.display_name or None
    station = WindowParts(
        recordings_root=args.out,
        settings_dir=args.settings or default_settings_dir(),
        secretary=secretary,
        finish=core.finish,
        after_failed_start=core.after_failed_start,
        protect=core.protect,
        station_checks=lambda ch, rate, bits: core.station_checks(ch, rate, bits, who=who()),
    )
    window, languages = build_window(app, station, lang, languages)
    # Deleted by Qt on the GUI thread when closed, never by Python's garbage collector on
    # whichever thread (engine, writer) happens to run a collection.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    signed.append(_signed_in(window, core, args, account, who))
    signed[0].apply()  # the role's permissions, and the page where its work is
    window.show()
    report_recovery(window, recovered)
    seal_waiting_in_background(window, core)
    _startup_checks(window, station, core, who)
    return int(app.exec())


def _signed_in(
    window: MainWindow,
    core: CoreStation,
    args: argparse.Namespace,
    account: Account | None,
    who: Any,
) -> SignedIn:
    """The Station menu on ``window`` and who is signed in there (switching user asks again)."""
    menu = install_station_menu(
        window,
        core,
        ca_file=args.ca or installed_chain(core.folder),  # the court chain the station trusts
        languages=window.languages,
        who=who,
        settings_for_selfcheck=lambda: configured_selfcheck(window, args.out),
        selfcheck_key=lambda: core.opened_key,
        media_poller=lambda: MediaPoller(include_loop=args.include_images),
    )
    return SignedIn(
        window,
        menu,
        account,
        lambda parent: sign_in(core, parent, include_images=args.include_images),
    )


def refused_without_accounts(core: CoreStation) -> bool:
    """Fail closed: a station that has had accounts never opens its window without sign-in
    (its catalog missing, or every account deleted outside Zhazba): said, and the window
    does not open."""
    gone = accounts_gone(core.catalog_path)
    if gone is None:
        return False
    print(f"zhazba: {gone}", file=sys.stderr, flush=True)
    QMessageBox.critical(None, "Zhazba", tr_msg(gone))
    return True


def refused_audit_log(core: CoreStation) -> bool:
    """Fail closed: an audit log that the court archive's audit anchors say was rolled back or
    rewritten (:mod:`app.anchoring.audit_anchor`) opens no sign-in; one that could not be checked
    is said so (a warning), never taken as checked."""
    from app.anchoring.audit_anchor import refusal, startup_check
    from app.archive.settings import SettingsDamaged

    try:
        check = startup_check(core.catalog_path, core.catalog)
    except SettingsDamaged as e:  # whether an archive is configured is unknown: fail closed
        print(f"zhazba: {e}", file=sys.stderr, flush=True)
        QMessageBox.critical(None, "Zhazba", tr_msg(e.args[0]) if e.args else str(e))
        return True
    if check is None or check.state == "intact":
        return False
    if check.refused:
        line = refusal(check, core.catalog_path)
        print(f"zhazba: {line}", file=sys.stderr, flush=True)
        QMessageBox.critical(None, "Zhazba", tr_msg(line))
        return True
    print(f"zhazba: {check.line}", file=sys.stderr, flush=True)
    QMessageBox.warning(None, "Zhazba", tr_msg(check.line))
    return False


def configured_selfcheck(window: MainWindow, recordings: Path) -> SelfCheckSettings:
    """The self-check of what this station records with: the input and the number of
    microphones chosen in the hearing form (not the system's default device at 8 channels)."""
    choice = window.form.current_choice()
    station = window.station
    return SelfCheckSettings(
        device=choice.device.name if choice.device is not None else None,
        channels=window.form.channels.value(),
        rate=station.rate,
        bits=station.bits,
        recordings=recordings,
        simulated=None if choice.device is not None else choice.kind,
    )


def seal_waiting_in_background(window: QWidget, core: Any) -> BackgroundCall | None:
    """A key opened at start-up (``--key`` or signing in with it) seals the hearings that waited
    for one here, on a worker thread once the window is up, not before it: a timestamp server that
    does not answer takes seconds per hearing. What was sealed, or not, is shown when done."""
    if core.signer is None:
        return None

    def show(results: Any) -> None:
        if isinstance(results, Exception):  # shown, never lost
            results, problems = [], [str(results)]
        else:
            problems = [p for r in results for p in r.problems]
        sealed = sum(1 for r in results if r.sealed is not None)
        if not results and not problems:
            return
        title = QCoreApplication.translate("Station", "Hearings that waited for the key")
        lines = [
            QCoreApplication.translate(
                "Station", "Hearings that were waiting for the key and are now sealed: %1"
            ).replace("%1", str(sealed))
        ]
        lines += [f"• {p}" for p in problems]
        icon = QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, "\n".join(lines), parent=window)
        box.setObjectName("sealedWaitingReport")
        box.setModal(False)
        box.show()

    call = BackgroundCall(window)
    call.done.connect(show)
    call.start(core.seal_waiting, name="seal-waiting")  # not a daemon: no seal is cut in half
    return call


def _startup_checks(window: QWidget, station: WindowParts, core: CoreStation, who: Any) -> None:
    """The self-check's station checks run once at start-up (issue 8), in the background; only
    a failure is shown. The microphones are checked before each hearing by the window."""

    def show(results: Any) -> None:
        if isinstance(results, Exception):
            return  # the station checks could not run at all: the self-check window says why
        failed = [r for r in results if r.get("verdict") == "fail"]
        if failed:
            text = QCoreApplication.translate("Station", "The station check found problems:")
            lines = [
                f"• {tr_msg(r['message'])} {tr_msg(r.get('remedy', ''))}".strip() for r in failed
            ]
            box = QMessageBox(
                QMessageBox.Icon.Warning, text, "\n".join([text, *lines]), parent=window
            )
            box.setModal(False)
            box.show()

    call = BackgroundCall(window)
    call.done.connect(show)
    call.start(
        lambda: core.station_checks(8, station.rate, station.bits, kind="station-start", who=who()),
        name="station-start-checks",
        daemon=True,
    )


def sign_in(
    core: CoreStation, parent: QWidget | None = None, *, include_images: bool = False
) -> Account | None:
    """Show the sign-in dialog (modal) until someone signs in; None when it is cancelled."""
    with core.catalog() as catalog:
        # the key is opened here; the hearings waiting for it are sealed once the window is up
        dialog = SigninDialog(
            AccountStore(catalog, source="window"),  # wrong passwords counted apart (#16)
            lambda path, password: core.open_key(path, password, seal_waiting=False),
            station_folder=core.folder,
            media_poller=lambda: MediaPoller(include_loop=include_images),
            parent=parent,
        )
        dialog.exec()
        account = dialog.account
        dialog.deleteLater()
    return account


def _person(account: Account | None) -> str:
    return (account.display_name or account.username) if account is not None else ""
