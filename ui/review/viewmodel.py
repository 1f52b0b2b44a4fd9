"""View models of the review window: the player polled on a timer, and the seal check in the
background.

:class:`PlaybackViewModel` owns nothing of the audio: it polls an :class:`audio.playback.Player`
about 30 times a second and emits ``positionChanged`` / ``playingChanged`` only when the values
change, so widgets never touch the player's threads. :class:`SealCheck` runs the verifier
(:func:`app.evidence.verify.verify_path`, which reads every byte) on a worker thread and hands the
report to the GUI thread with a queued signal, so a long hearing opens at once and the banner
follows.
:func:`banner` turns a report into the banner's level and words (the verifier's findings in the
window's language, :func:`ui.widgets.i18n.tr_msg`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.evidence.verify import VerificationReport, verify_path
from app.review.model import format_hearing_time
from app.review.playback import Player
from ui.widgets.background import BackgroundCall
from ui.widgets.i18n import tr_msg


class PlaybackViewModel(QObject):
    positionChanged = Signal(int)
    playingChanged = Signal(bool)

    def __init__(
        self, player: Player, interval_ms: int = 33, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.player = player
        self._position = -1
        self._playing = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    @property
    def position(self) -> int:
        return self.player.position

    def poll(self) -> None:
        pos, playing = self.player.position, self.player.playing
        if pos != self._position:
            self._position = pos
            self.positionChanged.emit(pos)
        if playing != self._playing:
            self._playing = playing
            self.playingChanged.emit(playing)

    def seek(self, frame: int, play: bool | None = None) -> None:
        self.player.seek(frame, play=play)
        self.poll()

    def stop(self) -> None:
        self.timer.stop()


class SealCheck(QObject):
    """Verifies a package or hearing folder off the GUI thread; ``finished`` carries the report
    (or an exception turned into a message in ``failed``)."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self, path: Path, ca_file: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.ca_file = ca_file
        self.report: VerificationReport | None = None
        self._call = BackgroundCall(self)
        self._call.done.connect(self._done)

    def start(self) -> None:
        path, ca_file = self.path, self.ca_file
        self._call.start(lambda: verify_path(path, ca_file), name="seal-check", daemon=True)

    def _done(self, result: Any) -> None:
        if isinstance(result, Exception):  # shown in the banner, never lost
            self.failed.emit(f"{type(result).__name__}: {result}")
            return
        self.report = result
        self.finished.emit(result)


def altered_ranges_text(report: VerificationReport, rate: int) -> str:
    """The altered or damaged stretches of audio in hearing time, with their microphones (#19):
    "Altered audio: 0:00:02.987–0:00:03.072 (microphones 1–8); …", or "" when there are none."""
    parts = []
    for change in report.audio_changes:
        for r in change.ranges:
            span = "{}–{}".format(
                format_hearing_time(r["first_frame"] / rate, millis=True),
                format_hearing_time(r["end_frame"] / rate, millis=True),
            )
            chans = r.get("channels") or []
            text = QCoreApplication.translate("ReviewBanner", "{span} (microphone(s) {channels})")
            parts.append(text.format(span=span, channels=_spans(chans)) if chans else span)
    if not parts:
        return ""
    return QCoreApplication.translate("ReviewBanner", "Altered audio: {ranges}.").format(
        ranges="; ".join(parts)
    )


def _spans(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and out[-1].split("–")[-1] == str(n - 1):
            out[-1] = out[-1].split("–")[0] + f"–{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


def banner(report: VerificationReport) -> tuple[str, str]:
    """``(level, text)``: level is ``ok`` (green), ``warn`` (amber) or ``bad`` (red); the live
    anchors' summary (anchored N times, or not anchored) follows the seal's words."""
    level, text = _seal_banner(report)
    summary = (report.anchors or {}).get("short")
    return level, f"{text} {tr_msg(summary)}" if summary else text


def _seal_banner(report: VerificationReport) -> tuple[str, str]:
    sig: Any = report.signature
    if report.kind != "sealed package":
        if report.ok:
            return "warn", QCoreApplication.translate(
                "ReviewBanner",
                "Not sealed yet: this is a hearing folder. Its journal and audio match what was "
                "recorded; there is no signature to check.",
            )
        lost = " ".join(tr_msg(p.message) for p in report.problems[:3])
        text = QCoreApplication.translate("ReviewBanner", "NOT INTACT: {problems}")
        return "bad", text.format(problems=lost)
    who = QCoreApplication.translate("ReviewBanner", "signed by {signer} on {time}").format(
        signer=getattr(sig, "signer", "") or "?", time=getattr(sig, "signing_time", "") or "?"
    )
    if report.ok:
        return "ok", QCoreApplication.translate(
            "ReviewBanner", "Seal valid: {who}. Nothing has changed since sealing."
        ).format(who=who)
    codes = report.codes()
    if not report.problems and codes <= {"trust_not_checked"} and sig and sig.intact and sig.valid:
        return "warn", QCoreApplication.translate(
            "ReviewBanner",
            "Seal intact: {who}. Who signed is not confirmed: no court root certificate is set "
            "up on this station.",
        ).format(who=who)
    problems = [p.message for p in report.problems] + list(getattr(sig, "problems", None) or [])
    problems = [p for p in problems if "trusted root certificates were given" not in p]
    return "bad", QCoreApplication.translate("ReviewBanner", "SEAL BROKEN: {problems}").format(
        problems=" ".join(tr_msg(p) for p in problems[:3])
    )
