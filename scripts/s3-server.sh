#!/usr/bin/env bash
# A throw-away S3 archive for tests and benchmarks: single-node Ceph (one monitor, one memstore
# OSD, one radosgw) serving S3 with Object Lock on 127.0.0.1 only. Debian 12 ships Ceph 16.
#
#   scripts/s3-server.sh start      install if missing, start (or reuse) the cluster, print env
#   scripts/s3-server.sh stop       stop the daemons by their PIDs and delete the state directory
#   scripts/s3-server.sh env        print the environment (endpoint, keys) of a running cluster
#   scripts/s3-server.sh stop-rgw   stop only radosgw (tests: "the archive went away mid-upload")
#   scripts/s3-server.sh start-rgw  start radosgw again on a running mon + OSD
#
# `start` is idempotent: a healthy cluster is reused, a cluster that only lost radosgw gets it
# back, anything else is stopped and made afresh. Every wait is bounded (ZHAZBA_S3_TIMEOUT).
# Three settings matter on Ceph 16 (found the hard way, see ../shared/reference/ceph-s3):
#   ms mon client mode = crc      without cephx, radosgw otherwise waits forever for a secure mon
#   paxos propose interval = 0.05 pool creation commits at once: start-up ~3 s instead of ~19 s
#   memstore                      no block device; the data is gone when the OSD stops
# and `memstore page set = true`: without it the OSD held several times the stored bytes in RAM and
# stopped writing ("full status failsafe") after ~1 GiB on a 3 GiB device; with it ~1.9x.
# Environment: ZHAZBA_S3_DIR (/tmp/zhazba-s3), ZHAZBA_S3_PORT (17580), ZHAZBA_S3_MON_PORT (13400),
# ZHAZBA_S3_ACCESS_KEY / ZHAZBA_S3_SECRET_KEY, ZHAZBA_S3_TIMEOUT (90 s), ZHAZBA_S3_MEMSTORE_MB
# (3072: the OSD's capacity, taken from RAM as it fills). Runs as root.
set -euo pipefail

DIR=${ZHAZBA_S3_DIR:-/tmp/zhazba-s3}
PORT=${ZHAZBA_S3_PORT:-17580}
MON_PORT=${ZHAZBA_S3_MON_PORT:-13400}
MON_V1_PORT=$((MON_PORT + 1))
ACCESS_KEY=${ZHAZBA_S3_ACCESS_KEY:-ZHAZBATESTACCESS0001}
SECRET_KEY=${ZHAZBA_S3_SECRET_KEY:-zhazba-test-secret-key-0000000000000000}
TIMEOUT=${ZHAZBA_S3_TIMEOUT:-90}
MEMSTORE_BYTES=$(( ${ZHAZBA_S3_MEMSTORE_MB:-3072} * 1024 * 1024 ))
ENDPOINT="http://127.0.0.1:${PORT}"
CONF="$DIR/ceph.conf"
DAEMONS=(client.rgw.a osd.0 mon.a)   # stop order; start order is the reverse

log() { printf 's3-server: %s\n' "$*" >&2; }
fail() {
  log "ERROR: $*"
  for f in "$DIR"/log/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 12 "$f" >&2; }; done
  exit 1
}
deadline=0
arm() { deadline=$(( $(date +%s) + TIMEOUT )); }
wait_until() {  # wait_until WHAT COMMAND...  (polls, bounded by the deadline)
  local what=$1; shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "gave up waiting for $what after ${TIMEOUT}s"
    sleep 0.2
  done
}
pid_of() { cat "$DIR/run/$1.pid" 2>/dev/null || true; }
running() {  # running DAEMON: its PID is alive, not a zombie, and it is this cluster's process
  local p; p=$(pid_of "$1")
  [ -n "$p" ] && [ -e "/proc/$p" ] || return 1
  ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$p/stat" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- "$CONF"
}
s3_answers() {  # radosgw answers an anonymous ListBuckets
  python3 - "$ENDPOINT" <<'PY'
import sys, urllib.request
body = urllib.request.urlopen(sys.argv[1] + "/", timeout=2).read()
sys.exit(0 if b"ListAllMyBucketsResult" in body else 1)
PY
}
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_env() {
  cat <<ENV
export ZHAZBA_S3_ENDPOINT=$ENDPOINT
export ZHAZBA_S3_ACCESS_KEY=$ACCESS_KEY
export ZHAZBA_S3_SECRET_KEY=$SECRET_KEY
export ZHAZBA_S3_REGION=us-east-1
export ZHAZBA_S3_DIR=$DIR
ENV
}

stop_daemon() {  # TERM, wait up to 15 s, then KILL; only our own PIDs
  local d=$1 p end
  p=$(pid_of "$d")
  if [ -n "$p" ] && running "$d"; then
    kill -TERM "$p" 2>/dev/null || true
    end=$(( $(date +%s) + 15 ))
    while [ -e "/proc/$p" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$p/stat" 2>/dev/null \
          && [ "$(date +%s)" -lt "$end" ]; do sleep 0.1; done
    if [ -e "/proc/$p" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$p/stat" 2>/dev/null; then
      kill -KILL "$p" 2>/dev/null || true
      log "$d ($p) killed"
    else
      log "$d ($p) stopped"
    fi
  fi
  rm -f "$DIR/run/$d.pid"
}

install_ceph() {
  local need=() pkg
  for pkg in ceph-mon ceph-osd radosgw ceph-common; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
      || need+=("$pkg")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  log "installing ${need[*]} with apt-get (about 60 MB)"
  export DEBIAN_FRONTEND=noninteractive
  local apt=(apt-get -y -q -o DPkg::Lock::Timeout=300)
  if ! "${apt[@]}" install --no-install-recommends "${need[@]}" >/tmp/zhazba-s3-apt.log 2>&1; then
    "${apt[@]}" update >>/tmp/zhazba-s3-apt.log 2>&1 || true
    "${apt[@]}" install --no-install-recommends "${need[@]}" >>/tmp/zhazba-s3-apt.log 2>&1 \
      || { tail -n 20 /tmp/zhazba-s3-apt.log >&2; fail "apt-get install failed"; }
  fi
}

write_conf() {
  local fsid=$1
  cat >"$CONF" <<CONF
[global]
fsid = $fsid
mon host = [v2:127.0.0.1:${MON_PORT},v1:127.0.0.1:${MON_V1_PORT}]
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind ipv6 = false
# a loopback-only test cluster: no cephx; radosgw must then be allowed a crc mon connection
auth cluster required = none
auth service required = none
auth client required = none
ms mon client mode = crc
keyring = $DIR/keyring
run dir = $DIR/run
admin socket = $DIR/run/\$name.asok
log file = $DIR/log/\$name.log
pid file = $DIR/run/\$name.pid
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon max pg per osd = 1000
mon data avail warn = 1
mon data avail crit = 0
paxos propose interval = 0.05
[mon]
mon data = $DIR/mon.\$id
[osd]
osd data = $DIR/osd.\$id
osd objectstore = memstore
memstore device bytes = ${MEMSTORE_BYTES}
memstore page set = true
osd max object name len = 460
osd max object namespace len = 64
osd class load list = *
osd class default list = *
[client.rgw.a]
rgw frontends = beast endpoint=127.0.0.1:${PORT}
rgw data = $DIR/rgw
rgw thread pool size = 64
rgw enable usage log = false
CONF
}

start_rgw() {
  radosgw -c "$CONF" -n client.rgw.a   # daemonizes, writes its pid file
  wait_until "radosgw on $ENDPOINT" s3_answers
  log "S3 archive ready at $ENDPOINT"
}

start_cluster() {
  local c=(-c "$CONF") fsid osd_uuid osd_id pool
  for port in "$PORT" "$MON_PORT" "$MON_V1_PORT"; do
    port_free "$port" || fail "127.0.0.1:$port is already in use"
  done
  rm -rf "$DIR"
  mkdir -p "$DIR"/{run,log,mon.a,osd.0,rgw}
  fsid=$(cat /proc/sys/kernel/random/uuid)
  write_conf "$fsid"
  ceph-authtool --create-keyring "$DIR/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-authtool "$DIR/keyring" --gen-key -n client.admin --cap mon 'allow *' \
    --cap osd 'allow *' --cap mgr 'allow *' >/dev/null
  monmaptool --create --clobber --fsid "$fsid" \
    --addv a "[v2:127.0.0.1:${MON_PORT},v1:127.0.0.1:${MON_V1_PORT}]" "$DIR/monmap" >/dev/null
  ceph-mon "${c[@]}" --mkfs -i a --monmap "$DIR/monmap" --keyring "$DIR/keyring"
  ceph-mon "${c[@]}" -i a
  wait_until "the monitor" timeout 5 ceph "${c[@]}" --connect-timeout 3 quorum_status
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)
  osd_id=$(timeout 20 ceph "${c[@]}" osd new "$osd_uuid")
  [ "$osd_id" = 0 ] || fail "unexpected OSD id '$osd_id'"
  ceph-osd "${c[@]}" -i 0 --mkfs --osd-uuid "$osd_uuid" >"$DIR/log/osd-mkfs.out" 2>&1 \
    || fail "ceph-osd --mkfs failed"
  ceph-osd "${c[@]}" -i 0 >>"$DIR/log/osd-mkfs.out" 2>&1
  osd_up() { timeout 5 ceph -c "$CONF" osd dump -f json | grep -q '"up":1'; }
  wait_until "the OSD" osd_up
  # the S3 user (this creates radosgw's metadata pools), then the bucket pools up front so
  # that the first CreateBucket does not wait for pool creation
  timeout 60 radosgw-admin "${c[@]}" user create --uid=zhazba --display-name="Zhazba tests" \
    --access-key="$ACCESS_KEY" --secret-key="$SECRET_KEY" >"$DIR/log/user.json" \
    || fail "radosgw-admin user create failed"
  for pool in default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
    timeout 20 ceph "${c[@]}" osd pool create "$pool" 8 8 >/dev/null 2>&1
    timeout 20 ceph "${c[@]}" osd pool application enable "$pool" rgw >/dev/null 2>&1
  done
  start_rgw
}

cmd=${1:-}
case "$cmd" in
  start)
    [ "$(id -u)" = 0 ] || fail "must run as root"
    install_ceph
    arm
    if running mon.a && running osd.0; then
      if running client.rgw.a && s3_answers; then
        log "already running in $DIR"
      else
        stop_daemon client.rgw.a
        start_rgw
      fi
    else
      for d in "${DAEMONS[@]}"; do stop_daemon "$d"; done
      start_cluster
    fi
    print_env
    ;;
  stop)
    for d in "${DAEMONS[@]}"; do stop_daemon "$d"; done
    rm -rf "$DIR"
    ;;
  stop-rgw)
    stop_daemon client.rgw.a
    ;;
  start-rgw)
    arm
    running mon.a && running osd.0 || fail "the cluster is not running; use start"
    running client.rgw.a && s3_answers || { stop_daemon client.rgw.a; start_rgw; }
    ;;
  env)
    running client.rgw.a || fail "not running (scripts/s3-server.sh start)"
    print_env
    ;;
  *)
    echo "usage: $0 start|stop|env|stop-rgw|start-rgw" >&2
    exit 2
    ;;
esac
