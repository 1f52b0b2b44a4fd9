#!/usr/bin/env bash
# A real multichannel audio server for tests and demos on a machine without a sound card.
#   scripts/audio-server.sh start-pulse   PulseAudio daemon with 8- and 16-channel null sinks
#   scripts/audio-server.sh start-jack    JACK with the dummy back end (exact 48 kHz timing)
#   scripts/audio-server.sh stop          stop both
#   scripts/audio-server.sh env           print the environment a client needs
# State lives in $ZHAZBA_AUDIO_DIR (default /tmp/zhazba-audio). Channel maps follow the ALSA order
# so that 8 (and 16) channels reach the monitor unmixed (AUDIO-NOTES.md).
set -euo pipefail
DIR=${ZHAZBA_AUDIO_DIR:-/tmp/zhazba-audio}
MAP8=front-left,front-right,rear-left,rear-right,front-center,lfe,side-left,side-right
MAP16=$MAP8,aux0,aux1,aux2,aux3,aux4,aux5,aux6,aux7
export XDG_RUNTIME_DIR=$DIR/run
export PULSE_RUNTIME_PATH=$DIR/run/pulse
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

pulse_up() { pactl info >/dev/null 2>&1; }

case "${1:-}" in
  start-pulse)
    if ! pulse_up; then
      pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit -n \
        --load=module-native-protocol-unix --log-target="file:$DIR/pulse.log" 2>/dev/null || true
      for _ in $(seq 100); do pulse_up && break; sleep 0.1; done
      pulse_up || { echo "PulseAudio did not start (log: $DIR/pulse.log)" >&2; exit 1; }
    fi
    pactl list short sinks | grep -q court8 || pactl load-module module-null-sink sink_name=court8 \
      channels=8 rate=48000 channel_map=$MAP8 sink_properties=device.description=Court8 >/dev/null
    pactl list short sinks | grep -q court16 || pactl load-module module-null-sink sink_name=court16 \
      channels=16 rate=48000 channel_map=$MAP16 sink_properties=device.description=Court16 >/dev/null
    pactl set-default-sink court8
    pactl set-default-source court8.monitor
    echo "PulseAudio ready: sinks court8 (8 ch), court16 (16 ch)" >&2
    ;;
  start-jack)
    if ! pgrep -f "jackd .*-d dummy" >/dev/null; then
      nohup jackd --no-realtime -d dummy -r 48000 -p 480 -C 16 -P 16 >"$DIR/jack.log" 2>&1 &
      echo $! > "$DIR/jack.pid"
      for _ in $(seq 100); do jack_lsp >/dev/null 2>&1 && break; sleep 0.1; done
    fi
    echo "JACK dummy server ready (48 kHz, 16 in / 16 out)" >&2
    ;;
  stop)
    pactl exit 2>/dev/null || pulseaudio -k 2>/dev/null || true
    [ -f "$DIR/jack.pid" ] && kill "$(cat "$DIR/jack.pid")" 2>/dev/null || true
    rm -f "$DIR/jack.pid"
    ;;
  env)
    echo "export XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR"
    echo "export PULSE_RUNTIME_PATH=$PULSE_RUNTIME_PATH"
    ;;
  *) echo "usage: $0 start-pulse|start-jack|stop|env" >&2; exit 2 ;;
esac
