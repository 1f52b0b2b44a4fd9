"""The judge's windows: the hearing library and the review (timeline, markers, transport)."""
