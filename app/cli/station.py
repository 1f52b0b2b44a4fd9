"""`zhazba` with no command, `zhazba gui` and `zhazba demo`: starting the station.

With a screen, the secretary's window opens. Without one (a server, a CI machine), `zhazba`
records a short demo hearing from the simulated microphone in real time, shows a text level meter
per channel while it records, and then checks what it wrote — so a new user sees the chain work.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.errors import reason_of, said, say
from app.cli.record import bounded_int, demo_hearing, positive_seconds
from app.hearing.session import HearingSession, SessionError
from audio.engine_types import EngineConfig
from audio.pcm import MAX_CHANNELS
from audio.sources import SpeechSource
from audio.text import QT_TRANSLATE_NOOP, join, msg
from signing.journal import verify_journal


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="record a short demo hearing from the simulated microphone")
    p.add_argument("--out", type=Path, default=Path.home() / "zhazba-hearings")
    p.add_argument("--seconds", type=positive_seconds, default=12.0)
    p.add_argument("--channels", type=bounded_int(1, MAX_CHANNELS, "channels"), default=4)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("gui", help="open the station's window (the default with a screen)")
    # named here, not only passed through: argparse refuses a REMAINDER that starts with "--"
    for option, text in GUI_OPTIONS.items():
        p.add_argument(option, help=text)
    p.add_argument(
        "options",
        nargs=argparse.REMAINDER,
        help="further window options (Qt's own, e.g. -platform)",
    )
    p.set_defaults(func=cmd_gui)
    p = sub.add_parser("about", help="version and the native libraries in use")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_about)


GUI_OPTIONS = {
    "--lang": "the window's language: kk, ru or en",
    "--out": "the recordings folder",
    "--settings": "the settings folder",
    "--key": "the secretary's PKCS#12 key file (password from ZHAZBA_KEY_PASSWORD)",
    "--ca": "the court's root certificates (PEM)",
}


def has_screen() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform not in ("offscreen", "minimal"):
        return True
    if platform in ("offscreen", "minimal"):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or (
        sys.platform in ("win32", "darwin")
    )


def cmd_gui(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("ui.main") is None or not has_screen():
        # the window's own --out still says where hearings go
        window = argparse.ArgumentParser(add_help=False)
        window.add_argument("--out", type=Path, default=Path.home() / "zhazba-hearings")
        known, _ = window.parse_known_args(getattr(args, "options", []) or [])
        print(said(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "No screen here: recording a headless demo hearing into {out} instead."),
            out=known.out)), file=sys.stderr)  # fmt: skip
        return cmd_demo(argparse.Namespace(out=known.out, seconds=12.0, channels=4))
    from ui.main import run_gui

    argv = ["zhazba"]
    for option in GUI_OPTIONS:
        value = getattr(args, option.lstrip("-"), None)
        if value is not None:
            argv += [option, str(value)]
    return int(run_gui([*argv, *getattr(args, "options", [])]))


def _bar(db: float, width: int = 30) -> str:
    filled = int(max(0.0, min(1.0, (db + 60.0) / 60.0)) * width)
    return "#" * filled + "." * (width - filled)


def cmd_demo(args: argparse.Namespace) -> int:
    rate = 48000
    source = SpeechSource(args.channels, rate, 16, realtime=True)
    info = demo_hearing("DEMO-0001", args.channels)
    try:
        session = HearingSession.create(
            args.out, info, channels=args.channels, rate=rate, bits=16, source_name="speech",
            simulated=True,
        )  # fmt: skip
    except SessionError as e:
        say(reason_of(e))
        return 2
    print(
        said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "Demo hearing: {folder}"), folder=session.folder))
    )
    print(said(msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Simulated microphone, {channels} channels, {rate} Hz. Recording {seconds:.0f} s…"),
        channels=args.channels, rate=rate, seconds=args.seconds)))  # fmt: skip
    session.start(source, EngineConfig(stop_after_frames=int(args.seconds * rate)))
    names = [p.name for p in info.participants]
    tty = sys.stdout.isatty()
    while not session.wait(timeout=0.5 if tty else 2.0):
        snap = session.engine.meter_snapshot() if session.engine else None
        if snap is None:
            continue
        lines = [
            f"  {names[c] if c < len(names) else c + 1:<16} {_bar(float(snap.display_db[c]))} "
            f"{float(snap.display_db[c]):6.1f} dBFS"
            for c in range(args.channels)
        ]
        t = session.engine.current_frame() / rate if session.engine else 0.0
        clock = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "hearing time {t:5.1f} s"), t=t))
        block = f"  {clock}\n" + "\n".join(lines)
        if tty:
            print(block + f"\x1b[{len(lines) + 1}A", end="\r", flush=True)
        else:
            print(block, flush=True)
    if tty:
        print("\n" * (args.channels + 1))
    if session.engine:
        session.add_marker(names[0], role="judge", channel=1, note="demo marker")
    session.end()
    report = verify_journal(session.folder / "journal.jsonl")
    audio = sorted(p.name for p in (session.folder / "audio").glob("*.flac"))
    chain = (
        msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Recorded: {files}; journal of {n} records, chain intact."),
            files=", ".join(audio), n=report.records)
        if report.ok
        else msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Recorded: {files}; journal of {n} records, chain BROKEN: {problem}."),
            files=", ".join(audio), n=report.records, problem=report.problem)
    )  # fmt: skip
    print(said(chain))
    if not report.ok:
        return 1
    return _demo_seal_and_verify(session.folder)


def _demo_key() -> tuple[Any, bytes]:
    """A throw-away self-signed key, clearly named as not a court certificate (demo only)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from signing.keys import OpenedKey

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ZHAZBA DEMO - NOT A COURT KEY")])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(True, True, False, False, False, True, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    return OpenedKey(key, cert), cert.public_bytes(serialization.Encoding.PEM)


def _demo_seal_and_verify(folder: Path) -> int:
    """Seal with a demo key and verify, so a new user sees the whole evidence chain work."""
    from app.evidence.verify import verify_path
    from signing.cades import RsaCadesSigner
    from signing.seal import seal_hearing

    opened, pem = _demo_key()
    sealed = seal_hearing(folder, RsaCadesSigner(opened))
    chain = folder.parent / f"{folder.name}.demo-ca.pem"
    chain.write_bytes(pem)
    result = verify_path(sealed.package, chain)
    print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "Sealed and signed with a demo key: {package}"),
                   package=sealed.package)))  # fmt: skip
    verdict = (
        msg("Cli", QT_TRANSLATE_NOOP("Cli", "Verified: everything holds"))
        if result.ok
        else msg("Cli", QT_TRANSLATE_NOOP("Cli", "Verified: PROBLEMS: {problems}"),
                 problems=join("; ", [f.message for f in result.problems]))
    )  # fmt: skip
    print(said(verdict))
    print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "Check it without Zhazba:"))))
    print(
        f"  cd {sealed.package}\n"
        f"  openssl cms -verify -binary -purpose any -inform DER -in tagmanifest-sha256.txt.p7s "
        f"-content tagmanifest-sha256.txt -CAfile {chain} -out /dev/null\n"
        "  sha256sum -c tagmanifest-sha256.txt && sha256sum -c manifest-sha256.txt"
    )
    return 0 if result.ok else 1


def libraries() -> dict[str, Any]:
    """Version and the native libraries actually loaded (the frozen build's smoke test reads it)."""
    import platform

    import app

    info: dict[str, Any] = {
        "version": app.__version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "bundle": getattr(sys, "_MEIPASS", None),
        "python": platform.python_version(),
    }
    try:
        import sounddevice

        info["portaudio"] = {
            "path": str(sounddevice._libname),
            "version": sounddevice.get_portaudio_version()[1],
        }
    except OSError as e:
        info["portaudio"] = {"error": str(e)}
    import soundfile

    info["libsndfile"] = {
        "path": str(getattr(soundfile, "_full_path", None) or getattr(soundfile, "_libname", "")),
        "version": soundfile.__libsndfile_version__,
    }
    try:
        from PySide6 import QtCore

        info["qt"] = {
            "version": QtCore.qVersion(),
            "plugins": QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath),
        }
    except ImportError as e:
        info["qt"] = {"error": str(e)}
    return info


def cmd_about(args: argparse.Namespace) -> int:
    import json

    info = libraries()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(f"Zhazba {info['version']}{' (frozen)' if info['frozen'] else ''}")
        for key in ("portaudio", "libsndfile", "qt"):
            print(f"  {key}: {info[key]}")
    return 0
