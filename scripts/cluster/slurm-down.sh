#!/usr/bin/env bash
# Stops the Slurm daemons that scripts/cluster/slurm-up.sh started, and only those.
#
# Usage (as root):
#   scripts/cluster/slurm-down.sh
#
# Reads /run/regsim-slurm/started (written by slurm-up.sh) and stops each daemon named there by its pid file:
# slurmd, then slurmctld, then munged. Daemons that were already running before slurm-up.sh are left alone.
# Running it when nothing was started does nothing. Jobs still running on the node are killed with slurmd.
set -uo pipefail

readonly state_dir=/run/regsim-slurm

note() {
  echo "slurm-down: $*" >&2
}

[ -s "$state_dir/started" ] || {
  note "nothing to stop (slurm-up.sh started no daemon)"
  exit 0
}

status=0
for daemon in slurmd slurmctld munged; do
  grep -qx "$daemon" "$state_dir/started" || continue
  case "$daemon" in
    munged) pid_file=/run/munge/munged.pid ;;
    *) pid_file=/run/$daemon.pid ;;
  esac
  pid=$(cat "$pid_file" 2>/dev/null || true)
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != "$daemon" ]; then
    note "$daemon is not running"
    continue
  fi
  note "stopping $daemon (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    note "$daemon (pid $pid) did not stop in 10 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || status=1
  fi
done
rm -f "$state_dir/started"
exit "$status"
