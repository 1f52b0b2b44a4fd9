"""What the review window uses to play a hearing: the player and its output sinks.

The judge's window (ui/review/) imports app/ only; playback itself is the audio layer's
(:mod:`audio.playback`), re-exported here as it is, with the output devices to choose from.
"""

from __future__ import annotations

from audio.devices import list_devices
from audio.playback import CapturingSink, OutputSink, Player, SoundDeviceSink

__all__ = ["CapturingSink", "OutputSink", "Player", "SoundDeviceSink", "list_devices"]
