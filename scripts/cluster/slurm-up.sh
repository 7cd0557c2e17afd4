#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine, for trying `regsim slurm` and for the integration test.
#
# Usage (as root, on a Debian machine without systemd, e.g. a CI container):
#   scripts/cluster/slurm-up.sh      # install slurm-wlm and munge if missing, start munged, slurmctld, slurmd
#   sinfo                            # the node shows as idle
#   sbatch --array=0-3 --wrap 'hostname'
#   scripts/cluster/slurm-down.sh    # stops the daemons this script started
#
# Running it again while Slurm is up does nothing. It writes /etc/slurm/slurm.conf (a single node named after
# `hostname -s`, all its cores, one default partition "batch") but refuses to replace a slurm.conf it did not
# write. Daemons it starts are listed in /run/regsim-slurm/started so slurm-down.sh stops only those.
# Environment: SLURM_UP_TIMEOUT (seconds to wait for the node to become idle, default 60).
set -euo pipefail

readonly marker="# Written by regsim scripts/cluster/slurm-up.sh"
readonly conf=/etc/slurm/slurm.conf
readonly state_dir=/run/regsim-slurm
readonly timeout=${SLURM_UP_TIMEOUT:-60}

fail() {
  echo "slurm-up: error: $*" >&2
  exit 1
}

note() {
  echo "slurm-up: $*" >&2
}

# True when the pid file names a live process whose command is $2.
running() {
  local pid_file=$1 name=$2 pid
  [ -s "$pid_file" ] || return 1
  pid=$(cat "$pid_file" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]
}

remember() {
  mkdir -p "$state_dir"
  grep -qx "$1" "$state_dir/started" 2>/dev/null || echo "$1" >>"$state_dir/started"
}

node_state() {
  timeout 10 sinfo --noheader --node="$(hostname -s)" --format='%T' 2>/dev/null | head -n 1 || true
}

[ "$(id -u)" = "0" ] || fail "run this as root (it installs packages and starts system daemons)"

# Already up (started earlier by this script, or a real Slurm): nothing to do.
if command -v sinfo >/dev/null 2>&1; then
  case "$(node_state)" in
    idle | mixed | allocated | completing)
      note "Slurm is already up: node $(hostname -s) is $(node_state)"
      exit 0
      ;;
  esac
fi

# Packages.
if ! command -v slurmctld >/dev/null 2>&1 || ! command -v slurmd >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || fail "slurm-wlm and munge are not installed, and there is no apt-get to install them"
  note "installing slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update failed"
  apt-get install -y -qq slurm-wlm munge >/dev/null || fail "apt-get install slurm-wlm munge failed"
fi

# Munge: a key, its runtime folder, the daemon.
getent passwd munge >/dev/null || fail "the munge package did not create the 'munge' user"
mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
if [ ! -s /etc/munge/munge.key ]; then
  note "creating /etc/munge/munge.key"
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
chmod 700 /etc/munge /var/lib/munge /var/log/munge
chmod 400 /etc/munge/munge.key
chmod 755 /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  note "starting munged"
  # As its own user, as the Debian service does; munged run as root needs --force and warns about ownership.
  if command -v runuser >/dev/null 2>&1; then
    runuser -u munge -- munged || fail "munged did not start (see /var/log/munge/munged.log)"
  else
    munged --force || fail "munged did not start (see /var/log/munge/munged.log)"
  fi
  remember munged
  for _ in $(seq 1 20); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
    sleep 0.25
  done
  munge -n 2>/dev/null | unmunge >/dev/null 2>&1 || fail "munged started but does not answer (see /var/log/munge/munged.log)"
fi

# slurm.conf for one node with all its cores and 90 % of its memory (slurmd drains a node whose RealMemory is
# above what it finds).
host=$(hostname -s)
cpus=$(nproc)
mem_mb=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
[ "${mem_mb:-0}" -gt 0 ] || fail "cannot read MemTotal from /proc/meminfo"
if [ -e "$conf" ] && ! head -n 1 "$conf" | grep -qF "$marker"; then
  fail "$conf exists and was not written by this script; move it away to let this script configure a test node"
fi
mkdir -p /etc/slurm /var/lib/slurm/slurmctld /var/lib/slurm/slurmd /var/log/slurm
new_conf=$(
  cat <<EOF
$marker: a single-node cluster for tests.
ClusterName=regsim
SlurmctldHost=$host
AuthType=auth/munge
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
StateSaveLocation=/var/lib/slurm/slurmctld
SlurmdSpoolDir=/var/lib/slurm/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
SlurmctldTimeout=60
SlurmdTimeout=60
NodeName=$host CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=batch Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
)
conf_changed=false
if [ ! -e "$conf" ] || [ "$(cat "$conf")" != "$new_conf" ]; then
  printf '%s\n' "$new_conf" >"$conf"
  conf_changed=true
fi

# The daemons: a controller whose configuration changed is restarted so it reads the new one.
if $conf_changed; then
  for daemon in slurmd slurmctld; do
    if running "/run/$daemon.pid" "$daemon"; then
      note "restarting $daemon for the new $conf"
      kill "$(cat "/run/$daemon.pid")"
      for _ in $(seq 1 40); do
        running "/run/$daemon.pid" "$daemon" || break
        sleep 0.25
      done
    fi
  done
fi
for daemon in slurmctld slurmd; do
  if ! running "/run/$daemon.pid" "$daemon"; then
    note "starting $daemon"
    # A test cluster keeps no jobs across restarts: the controller starts with its saved state cleared (-c), so jobs
    # of an earlier run whose processes are gone cannot hold the node's cores.
    args=()
    [ "$daemon" = slurmctld ] && args=(-c)
    "$daemon" "${args[@]}" || fail "$daemon did not start; the end of /var/log/slurm/$daemon.log:
$(tail -n 20 "/var/log/slurm/$daemon.log" 2>/dev/null)"
    remember "$daemon"
    for _ in $(seq 1 20); do
      running "/run/$daemon.pid" "$daemon" && break
      sleep 0.25
    done
    running "/run/$daemon.pid" "$daemon" || fail "$daemon exited after starting; the end of /var/log/slurm/$daemon.log:
$(tail -n 20 "/var/log/slurm/$daemon.log" 2>/dev/null)"
  fi
done

# Wait for the node to register and become idle. A node left down or drained by an earlier run is resumed.
deadline=$((SECONDS + timeout))
state=""
while [ "$SECONDS" -lt "$deadline" ]; do
  state=$(node_state)
  case "$state" in
    idle | mixed | allocated | completing)
      note "Slurm is up: node $host ($cpus CPUs, ${mem_mb} MB) is $state"
      exit 0
      ;;
    down* | drain*)
      timeout 10 scontrol update NodeName="$host" State=RESUME >/dev/null 2>&1 || true
      ;;
  esac
  sleep 1
done
fail "node $host is not idle after ${timeout} s (state: '${state:-no answer from sinfo}'); the end of /var/log/slurm/slurmctld.log:
$(tail -n 20 /var/log/slurm/slurmctld.log 2>/dev/null)
and of /var/log/slurm/slurmd.log:
$(tail -n 20 /var/log/slurm/slurmd.log 2>/dev/null)"
