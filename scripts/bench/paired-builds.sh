#!/usr/bin/env bash
# Compares the speed of two builds of regsim by running them at the same time, one core each, so that a machine whose
# speed drifts (a shared virtual machine) slows both alike; the cores are swapped at every pair. Prints each pair's wall
# times and the ratio second/first, then the median ratio and the range: below 1 the second build is faster.
#   scripts/bench/paired-builds.sh FIRST.dll SECOND.dll [--pairs 6] [--replications 50000] [--scenario scenarios/baseline.json] [--second-scenario FILE]
#
# FIRST and SECOND are regsim.dll files (e.g. a copy of src/Simulation.Cli/bin/Release/net10.0 saved before a change, and
# the same folder after it). Each run is `regsim run SCENARIO -n N --threads 1 --quiet --no-outcomes`, whole command
# included. Before timing, both builds run 500 replications of the scenario and their summaries are compared, so a change
# meant to keep results byte for byte is also checked for it ("same results: yes/no"). --second-scenario gives the second
# build its own scenario, for a change the first build cannot read (a new field). The two cores of a virtual machine may
# differ in speed, which swings each pair's ratio one way and the next pair's the other; so two consecutive pairs are also
# summed, each build having run once on each core, and the median of those ratios is printed ("core-balanced").
# Needs two cores and taskset.
set -euo pipefail

usage() { sed -n '5p' "$0" | sed 's/^# *//' >&2; exit 2; }
fail() { echo "paired-builds: $1" >&2; exit 2; }

[ $# -ge 2 ] || usage
first=$1 second=$2
shift 2
pairs=6 replications=50000 scenario=scenarios/baseline.json second_scenario=
while [ $# -gt 0 ]; do
  case $1 in
    --pairs) pairs=${2:-}; shift 2 ;;
    --replications) replications=${2:-}; shift 2 ;;
    --scenario) scenario=${2:-}; shift 2 ;;
    --second-scenario) second_scenario=${2:-}; shift 2 ;;
    *) fail "unknown option '$1'" ;;
  esac
done
for build in "$first" "$second"; do
  [ -f "$build" ] || fail "no regsim build at '$build' (give the path of a regsim.dll)"
done
[ -f "$scenario" ] || fail "no scenario file '$scenario'"
second_scenario=${second_scenario:-$scenario}
[ -f "$second_scenario" ] || fail "no scenario file '$second_scenario' (--second-scenario)"
[[ $pairs =~ ^[1-9][0-9]*$ ]] || fail "--pairs must be a whole number of at least 1, not '$pairs'"
[[ $replications =~ ^[1-9][0-9]*$ ]] || fail "--replications must be a whole number of at least 1, not '$replications'"
command -v taskset > /dev/null || fail "taskset is not installed (util-linux)"
[ "$(nproc)" -ge 2 ] || fail "needs two cores, this machine has $(nproc)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The same results? Both builds' summaries of a short run, byte for byte.
for side in first second; do
  build=$first input=$scenario
  [ $side = second ] && build=$second input=$second_scenario
  dotnet "$build" run "$input" -n 500 --quiet --no-outcomes -o "$scratch/check-$side" > /dev/null \
    || fail "the $side build failed to run '$input'"
done
same=no
cmp -s "$scratch/check-first/summary.csv" "$scratch/check-second/summary.csv" && same=yes

timed() { # build core label scenario: runs the build pinned to a core, writes its wall milliseconds
  local start end
  start=$(date +%s%N)
  taskset -c "$2" dotnet "$1" run "$4" -n "$replications" --threads 1 --quiet --no-outcomes \
    -o "$scratch/run-$3" > /dev/null 2>&1 || { echo failed > "$scratch/ms-$3"; return; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000)) > "$scratch/ms-$3"
}

echo "pair first_ms second_ms ratio"
ratios=() balanced=() held_a=
for pair in $(seq 1 "$pairs"); do
  core_first=$((pair % 2)) core_second=$(((pair + 1) % 2))
  timed "$first" $core_first first "$scenario" & timed "$second" $core_second second "$second_scenario" & wait
  a=$(cat "$scratch/ms-first") b=$(cat "$scratch/ms-second")
  [ "$a" != failed ] && [ "$b" != failed ] || fail "a timed run failed in pair $pair"
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')
  ratios+=("$ratio")
  echo "$pair $a $b $ratio"
  if [ -z "$held_a" ]; then
    held_a=$a held_b=$b
  else
    balanced+=("$(awk -v a=$((held_a + a)) -v b=$((held_b + b)) 'BEGIN { printf "%.3f", b / a }')")
    held_a=
  fi
done
printf '%s\n' "${ratios[@]}" | sort -n | awk -v same=$same '
  { r[NR] = $1 }
  END {
    median = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "median ratio second/first %.3f (range %.3f-%.3f, %d pairs); same results: %s\n", median, r[1], r[NR], NR, same
  }'
if [ ${#balanced[@]} -gt 0 ]; then
  printf '%s\n' "${balanced[@]}" | sort -n | awk '
    { r[NR] = $1 }
    END {
      median = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
      printf "core-balanced ratio second/first %.3f (range %.3f-%.3f, %d pairs of pairs)\n", median, r[1], r[NR], NR
    }'
fi
