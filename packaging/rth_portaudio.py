"""PyInstaller runtime hook: make sounddevice load the PortAudio bundled with the program.

On Linux sounddevice finds PortAudio with ctypes.util.find_library, which looks at the system,
not at the bundle; a station without libportaudio2 installed would then have no audio. The hook
answers that one lookup with the bundled file (Windows wheels ship their DLL in
_sounddevice_data, which PyInstaller's hook already collects)."""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", None)
if _bundle:
    _original = ctypes.util.find_library

    def _find_library(name):  # type: ignore[no-untyped-def]
        if name == "portaudio":
            for candidate in ("libportaudio.so.2", "libportaudio.so"):
                path = os.path.join(_bundle, candidate)
                if os.path.exists(path):
                    return path
        return _original(name)

    ctypes.util.find_library = _find_library
