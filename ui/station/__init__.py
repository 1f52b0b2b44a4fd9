"""The station around the windows: composition, menu, sign-in and roles, the signing key,
and the messages after a hearing or at start-up."""
