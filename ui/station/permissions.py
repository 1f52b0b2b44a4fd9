"""What the signed-in person may do in the window (Rules p. 20), without Qt.

The roles and the permission map are :mod:`app.accounts.roles`' (``PERMISSIONS``); this module only
adds the one thing the window does that the map does not name — copying a sealed package to a
medium — and folds it all into one :class:`RolePermissions` the menu and the window read.
Copying to a medium is the secretary's: she writes the copy that goes into the case file (p. 12)
and keeps it until the case goes to the archive (p. 21), and the copy register names her as the
operator. Opening the signing key follows recording: hearings are sealed with the secretary's key
(p. 14), so nobody else's key may be the one the station seals with. ``role=None`` is a station
with no accounts yet (first run, demonstration): everything is allowed, as in the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.accounts.roles import ROLES, Action, allowed

# p. 12 (the secretary writes the copy for the case file), p. 21 (she keeps it until the archive)
COPY_TO_MEDIUM_ROLES = frozenset({"secretary"})


@dataclass(frozen=True)
class RolePermissions:
    """Which of the window's activities a role may use."""

    role: str | None
    record: bool
    review: bool
    selfcheck: bool
    copy_to_medium: bool
    settings: bool

    @property
    def open_key(self) -> bool:
        """The key seals hearings (p. 14): only whoever records may make it the station's."""
        return self.record


def permissions_for(role: str | None) -> RolePermissions:
    """The permissions of ``role``; None (no accounts on the station) allows everything."""
    if role is None:
        return RolePermissions(None, True, True, True, True, True)
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    return RolePermissions(
        role=role,
        record=allowed(role, Action.RECORDING),
        review=allowed(role, Action.REVIEW),
        selfcheck=allowed(role, Action.SELFCHECK),
        copy_to_medium=role in COPY_TO_MEDIUM_ROLES,
        settings=allowed(role, Action.SETTINGS) and allowed(role, Action.ACCOUNTS),
    )
