"""The judge's read-only review of a hearing: the model, overview waveforms, speaker turns
and what may be taken away (markers, clips)."""
