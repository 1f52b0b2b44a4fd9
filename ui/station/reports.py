"""What the station tells the secretary in a message box after a hearing and after start-up.

:func:`report_finish` shows, window-modal and without blocking the caller, whether the hearing
that just ended was sealed and signed, is waiting for the secretary's key (p. 14) or was saved
without a seal, whether it is queued for the court archive and what went wrong on the way
(:func:`finish_text` words it). :func:`report_recovery` says which interrupted hearings start-up
recovery closed. The texts keep the ``StationMenu`` translation context they were written in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.hearing.recovery import RecoveryReport
from app.station import FinishResult


def finish_text(result: FinishResult) -> str:
    """The outcome in the secretary's language; problems stay as the station worded them."""
    t = QCoreApplication
    if result.sealed is not None:
        lines = [
            t.translate("StationMenu", "The hearing is sealed and signed: %1").replace(
                "%1", result.sealed.package.name
            )
        ]
        if not result.sealed.timestamped and result.sealed.timestamp_problem:
            lines.append(
                t.translate("StationMenu", "No timestamp yet: %1").replace(
                    "%1", result.sealed.timestamp_problem
                )
            )
    elif result.pending:
        lines = [
            t.translate(
                "StationMenu",
                "The hearing is saved and waits for the secretary's signing key: it "
                "will be sealed as soon as the key is opened (Station → Open signing "
                "key).",
            )
        ]
    else:
        lines = [t.translate("StationMenu", "The hearing was saved but not sealed.")]
    if result.queued:
        lines.append(t.translate("StationMenu", "It is queued for the court archive."))
    if result.problems:
        lines.append(t.translate("StationMenu", "Problems:"))
        lines += [f"• {p}" for p in result.problems]
    return "\n".join(lines)


def report_finish(parent: QWidget | None, result: FinishResult) -> QMessageBox:
    """Show the end-of-hearing outcome (window-modal, does not block the caller)."""
    ok = result.sealed is not None and not result.problems
    box = QMessageBox(
        QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
        QCoreApplication.translate("StationMenu", "The hearing has ended"),
        finish_text(result),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("finishReport")
    box.open()
    return box


def report_recovery(
    parent: QWidget | None, reports: Sequence[RecoveryReport]
) -> QMessageBox | None:
    """After start-up recovery: say which interrupted hearings were closed (nothing if none)."""
    if not reports:
        return None
    t = QCoreApplication
    lines = [
        t.translate(
            "StationMenu",
            "%1 hearing(s) had been interrupted (a crash or power loss) and were closed:",
        ).replace("%1", str(len(reports)))
    ]
    for r in reports:
        state = (
            t.translate("StationMenu", "recovered")
            if r.recovered
            else t.translate("StationMenu", "NOT recovered")
        )
        lines.append(f"• {r.folder.name}: {state}. {r.message}")
    ok = all(r.recovered for r in reports)
    box = QMessageBox(
        QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
        t.translate("StationMenu", "Interrupted hearings"),
        "\n".join(lines),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("recoveryReport")
    box.open()
    return box
