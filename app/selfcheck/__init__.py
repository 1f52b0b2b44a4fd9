"""The equipment self-check: the audio checks and the station's own, the pre-hearing
subset, the run history and the signed report."""
