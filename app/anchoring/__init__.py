"""Live anchors: the journal's state published outside the station while a hearing is
recorded, their upload under Object Lock, and their wiring into a session."""
