"""The engine's watch over the device: loss detection, reconnection, clock anchors.

PulseAudio moves a stream silently when its device disappears; JACK simply stops calling back; a
capture process can die with its server. The watchdog thread of :class:`WatchedEngine` compares the
frames received with the monotonic clock, asks the source whether its device still exists, and
declares the device lost (journal, alarm, the segment closed) when audio stopped coming; a
reconnector thread then tries the same device until it answers and journals the gap. A busy
computer delays blocks without losing them, so lateness it explains is not a loss. The watchdog
also journals clock anchors (wall clock against monotonic) and any jump of the system clock.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

from audio.engine_core import EngineCore
from audio.engine_types import Alarm, EngineState, iso_utc


class WatchedEngine(EngineCore):
    """The data path (:class:`~audio.engine_core.EngineCore`) with a watch over its device."""

    def _init_watch(self) -> None:
        """The watch's state (the engine's constructor calls this after the data path's)."""
        self.device_lost = False
        self.interruptions = 0
        self.lost_since_utc: float | None = None  # wall clock of the last audio before a loss
        self.changed_device: dict[str, Any] | None = None  # offered, waiting for the secretary
        self._watchdog: threading.Thread | None = None
        self._stop_watchdog = threading.Event()
        self._lost_lock = threading.Lock()
        self._first_new_frames = 0
        self._frames_at_loss = 0
        self._identity_at_loss: dict[str, Any] | None = None
        self._cpu_wait_seen = (0.0, 0.0)
        self._last_window = 0.0  # the watchdog thread's: when the dropout window last moved
        self._lost_code = ""
        self._reconnector: threading.Thread | None = None
        self._stopping = threading.Event()
        self._accept_change = threading.Event()

    def _check_alive_before_stop(self) -> None:
        """A device that died a moment ago is not yet seen by the watchdog: wait for one fresh
        block, so that the journal says so if it did."""
        if self._first_block_t is None:
            return
        seen = self.frames_captured
        deadline = time.monotonic() + self.config.watchdog_silence_s
        while self.frames_captured == seen and time.monotonic() < deadline:
            time.sleep(0.005)
        if self.frames_captured == seen:
            self._lost(
                f"no audio block for {self.config.watchdog_silence_s:.2f} s at the end",
                "no_blocks",
            )

    # ------------------------------------------------------------------ watchdog thread
    def _watchdog_loop(self) -> None:
        """The watchdog thread: a clock anchor every so often, a look at the device every 0.1 s."""
        started = time.monotonic()
        next_anchor = started
        self._last_window = started
        last_anchor: tuple[int, int] | None = None
        next_presence = started + 0.2
        while not self._stop_watchdog.wait(0.1):
            now = time.monotonic()
            flowing = self._first_block_t is not None or not self.source.realtime
            if (
                now >= next_anchor
                and flowing
                and self.state in (EngineState.RECORDING, EngineState.PAUSED)
            ):
                # a full journal drive must not end the watchdog
                with contextlib.suppress(Exception):
                    last_anchor = self._anchor(last_anchor)
                next_anchor = now + self.config.anchor_interval_s
            if not self.source.realtime or self.state in (EngineState.ENDED, EngineState.FAILED):
                continue
            if self._stopping.is_set():
                continue  # stop() looks at the device itself, then ends
            if self.device_lost:
                self._delivering_again(now)
                continue  # otherwise the reconnector owns the device until it is back
            if now >= next_presence:
                # cheap: the list of sources is read again only when one came or went
                next_presence = now + 0.1
                self._check_presence()
                if self.device_lost:
                    continue
                now = time.monotonic()
            self._check_flow(now, started)

    def _delivering_again(self, now: float) -> None:
        """While the device is lost: a source that cannot be reopened (simulated) simply
        delivers again."""
        if self._reconnector is None and now - self._last_block_t < 0.1:
            self._first_new_frames = self.frames_captured - self._frames_at_loss
            self._returned(getattr(self.source, "current_identity", None) or {})

    def _check_flow(self, now: float, started: float) -> None:
        """Is audio still coming, and all of it? A loss is declared; missing audio journaled."""
        cfg = self.config
        if now - self._last_window >= 10.0:
            self._prev_win_min, self._win_min = self._win_min, float("inf")
            self._last_window = now
        first = self._first_block_t
        if first is None:
            if now - started > cfg.first_block_timeout_s:
                self._lost(
                    f"no audio has arrived from the device for {now - started:.1f} s",
                    "no_audio",
                )
            return
        since_last = now - self._last_block_t
        if getattr(self.source, "capturing", True) is False:
            # the capture process ended (its device or server died): no need to wait
            self._lost("the capture process ended", "capture_ended")
            return
        busy = self._busy_computer(now, since_last)
        if since_last > cfg.watchdog_silence_s and not (busy and since_last < cfg.busy_grace_s):
            self._lost(f"no audio block for {since_last:.2f} s", "no_blocks")
            return
        base = min(self._win_min, self._prev_win_min)
        lag = now - (self.frames_captured / self.rate + base)
        if since_last < 0.15 and lag > cfg.dropout_s:
            # blocks keep coming but fewer frames than the clock says: audio never came
            missing = round(lag, 3)
            frame = self.current_frame()
            self._emit_safely("dropout", {"missing_seconds": missing}, frame)
            self._alarm(Alarm("dropout", f"{missing:.1f} s of audio did not arrive", frame))
            self._win_min = self._prev_win_min = float("inf")
            self._last_window = now

    def _busy_computer(self, now: float, since_last: float) -> bool:
        """Audio is late because the computer is busy, not because the device went: blocks wait
        unread in the pipe, or the capture process waited for a CPU more than a fifth of the
        time lately. A real loss leaves the pipe empty and the capture process asleep."""
        last_t, last_w = self._cpu_wait_seen
        if since_last < 0.3 and now - last_t < 1.0:
            return False  # audio flows: the CPU-wait baseline is refreshed once a second
        pending = getattr(self.source, "pending_bytes", None)
        if since_last >= 0.3 and pending is not None and pending() > 0:
            return True
        probe = getattr(self.source, "cpu_wait", None)
        waited = probe() if probe is not None else None
        if waited is None:
            return False
        if now - last_t >= 0.5 or waited < last_w:
            self._cpu_wait_seen = (now, waited)
        if now - last_t > 2.0 or waited < last_w or now <= last_t:
            return False
        return (waited - last_w) > 0.2 * (now - last_t)

    def _check_presence(self) -> None:
        """Ask the source whether its device still exists: PulseAudio moves a stream whose
        device vanished to another source, often without any gap in the audio to notice."""
        probe = getattr(self.source, "presence_problem", None)
        if probe is None:
            return
        problem = probe()
        if problem is not None:
            removed = getattr(self.source, "removed_at", lambda: None)()
            self._lost(problem, "source_removed", removed_at=removed)

    def _lost(self, detail: str, code: str, *, removed_at: float | None = None) -> None:
        """The device is gone: say so, close the segment, and keep trying to get it back."""
        with self._lost_lock:
            if self.device_lost:
                return
            self.device_lost = True
        last = self._last_capture_end or time.monotonic()
        if removed_at is not None:
            # audio captured after the source went comes from wherever the server moved the
            # stream: not the microphones, so it is not recorded
            self._cutoff_t = removed_at
            last = min(last, removed_at)
        self.lost_since_utc = time.time() - (time.monotonic() - last)
        self.interruptions += 1
        self._lost_code = code
        self._identity_at_loss = getattr(self.source, "current_identity", None)
        self._frames_at_loss = self.frames_captured
        frame = self.current_frame()
        self._emit_safely(
            "device_lost",
            {
                "detail": detail,
                "code": code,
                "silent_since_utc": iso_utc(self.lost_since_utc),
                "device": getattr(self.source, "current_identity", None),
            },
            frame,
        )
        self._alarm(Alarm("device_lost", detail, frame))
        if hasattr(self.source, "reopen") and not self._stopping.is_set():
            self._reconnector = threading.Thread(
                target=self._reconnect, name="reconnect", daemon=True
            )
            self._reconnector.start()

    def _reconnect(self) -> None:
        """Let go of the lost stream, then try the same device again until it answers."""
        source: Any = self.source
        # the capture process is alive: a stalled driver may deliver again by itself, with what
        # it buffered; killing it would throw that away
        alive = self._lost_code == "no_blocks" and getattr(source, "capturing", False)
        if alive and self._await_block(self._frames_at_loss, timeout=1.5):
            self._returned(getattr(source, "current_identity", None) or {})
            return
        source.abandon()
        self.clock.reset()  # the next stream's buffering and timing start anew
        if self._writer is not None and self._writer.is_alive():
            self._command("interrupt", wait=False)
        with contextlib.suppress(Exception):
            source.prepare_reopen()
        from audio.devices import DeviceChanged  # Qt-free, PortAudio-free

        watched = hasattr(source, "presence_problem")
        present_since: float | None = None
        while not self._stopping.is_set() and self.state not in (
            EngineState.ENDED,
            EngineState.FAILED,
        ):
            if watched and source.presence_problem() is not None:
                present_since = None
                self._stopping.wait(self.config.reconnect_interval_s)
                continue
            # a device that flaps in and out is taken back only once it stayed a moment
            now = time.monotonic()
            present_since = present_since or now
            if now - present_since < 0.3:
                self._stopping.wait(0.1)
                continue
            seen = self.frames_captured
            try:
                identity = source.reopen(accept_change=self._accept_change.is_set())
            except DeviceChanged as e:
                if self.changed_device != e.after:  # each device that answers, once
                    self.changed_device = e.after
                    frame = self.current_frame()
                    self._emit_safely(
                        "device_changed", {"before": e.before, "after": e.after}, frame
                    )
                    self._alarm(Alarm("device_changed", str(e), frame))
                self._stopping.wait(self.config.reconnect_interval_s)
                continue
            except Exception:  # noqa: BLE001 - not back yet: try again
                self._stopping.wait(self.config.reconnect_interval_s)
                continue
            if self._await_block(seen) and self._still_there(source):
                self._returned(identity)
                return
            source.abandon()
            present_since = None

    def _still_there(self, source: Any) -> bool:
        """After the first block of a reopened stream: is its device still there? (Asking
        lists the sources anew when one came or went.) A source that vanished while the stream
        opened had PulseAudio move the stream elsewhere: nothing of this stream is recorded."""
        if not hasattr(source, "presence_problem") or source.presence_problem() is None:
            return True
        first = self._last_capture_end - self._first_new_frames / self.rate
        self._cutoff_t = first - 1e-3
        if self._writer is not None and self._writer.is_alive():
            self._command("interrupt", wait=False)
        return False

    def _await_block(self, seen: int, timeout: float = 3.0) -> bool:
        deadline = time.monotonic() + timeout
        while self.frames_captured == seen and time.monotonic() < deadline:
            if self._stopping.wait(0.005):
                return False
        self._first_new_frames = self.frames_captured - seen
        return self.frames_captured != seen

    @property
    def signal_lost(self) -> bool:
        """No audio is arriving from the device now (the screen must not say RECORDING)."""
        return self.device_lost and self.state is EngineState.RECORDING

    def _returned(self, identity: dict[str, Any]) -> None:
        # the first frame from the device that came back, by the device's own timing
        first = self._last_capture_end - self._first_new_frames / self.rate
        returned_utc = time.time() - (time.monotonic() - first)
        gap = max(0.0, returned_utc - (self.lost_since_utc or returned_utc))
        self._win_min = self._prev_win_min = float("inf")
        self._first_block_t = self._last_block_t
        before = self._identity_at_loss or {}
        keys = ("name", "hostapi", "pulse_source", "channels")
        changed = bool(before) and any(before.get(k) != identity.get(k) for k in keys)
        self.changed_device = None
        self._accept_change.clear()
        with self._lost_lock:
            self.device_lost = False
        frame = self.current_frame()
        if self.state is EngineState.RECORDING:
            frame -= self._first_new_frames  # where the new audio begins (paused: not recorded)
            self._stretch_start = max(self._stretch_start, frame)  # no marker in the gap
        self._emit_safely(
            "device_returned",
            {
                "gap_seconds": round(gap, 3),
                "lost_utc": iso_utc(self.lost_since_utc or returned_utc),
                "returned_utc": iso_utc(returned_utc),
                "device": identity,
                "changed": changed,
            },
            frame,
        )
        self._alarm(
            Alarm(
                "device_returned",
                f"recording again after {gap:.1f} s without audio",
                frame,
                None,
                round(gap, 1),
            )
        )

    @property
    def changed_device_usable(self) -> bool:
        """Whether the device that answered instead can carry this hearing's channels (one
        with fewer inputs cannot: only the device it was recording from can resume it)."""
        found = self.changed_device
        return found is not None and int(found.get("channels") or 0) >= self.channels

    def accept_changed_device(self) -> None:
        """The secretary agreed to go on recording from the device that answered instead."""
        if self.changed_device_usable:
            self._accept_change.set()

    def _anchor(self, last: tuple[int, int] | None) -> tuple[int, int]:
        utc_ns, mono_ns = time.time_ns(), time.monotonic_ns()
        self.events.emit(
            "clock_anchor", {"utc_ns": utc_ns, "monotonic_ns": mono_ns}, self.current_frame()
        )
        if last is not None:
            jump = ((utc_ns - last[0]) - (mono_ns - last[1])) / 1e9
            if abs(jump) > self.config.clock_jump_s:
                self.events.emit(
                    "clock_jump", {"jump_seconds": round(jump, 3)}, self.current_frame()
                )
                self._alarm(
                    Alarm(
                        "clock_jump",
                        f"the system clock jumped by {jump:+.1f} s",
                        self.current_frame(),
                    )
                )
        return utc_ns, mono_ns
