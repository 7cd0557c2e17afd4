#!/usr/bin/env bash
# Regenerates the README's screenshots, docs/images/{classroom,game-teacher,game-student}.png, from the pages as they are:
#   scripts/docs/screenshots.sh src/Simulation.Cli/bin/Release/net10.0/regsim.dll
# Builds nothing: it starts the given regsim.dll's `regsim serve` on a free port (5080 or the next free one) with a
# temporary data folder, drives /usr/bin/chromium with scripts/docs/screenshots/take.mjs (puppeteer-core; install it once
# with `npm ci --prefix scripts/docs/screenshots`), and stops both on exit. The images are written to a temporary folder
# and moved into docs/images only once all three are taken, so a failure leaves the old ones as they were.
set -euo pipefail

fail() { echo "screenshots: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: scripts/docs/screenshots.sh PATH/TO/regsim.dll (build it first: dotnet build Simulation.sln -c Release)"
[ -f "$1" ] || fail "$1 does not exist (build it first: dotnet build Simulation.sln -c Release)"
dll=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/scripts/docs/screenshots"
chromium=/usr/bin/chromium
command -v dotnet > /dev/null || fail "dotnet is not installed"
[ -x "$chromium" ] || fail "$chromium is absent (Debian: apt-get install -y chromium)"
command -v node > /dev/null || fail "node is not installed (Debian: apt-get install -y nodejs npm)"
[ -d "$here/node_modules/puppeteer-core" ] || fail "puppeteer-core is not installed: run npm ci --prefix scripts/docs/screenshots"

scratch=$(mktemp -d)
server=""
taker=""
stop() {
  [ -n "$taker" ] && kill "$taker" 2> /dev/null || true
  [ -s "$scratch/chromium.pid" ] && kill -- "-$(cat "$scratch/chromium.pid")" 2> /dev/null || true
  if [ -n "$server" ]; then
    kill "$server" 2> /dev/null || true
    wait "$server" 2> /dev/null || true
  fi
  rm -rf "$scratch"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=5080
while (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do
  port=$((port + 1))
  [ "$port" -lt 5180 ] || fail "no free port from 5080 to 5179"
done
base="http://127.0.0.1:$port"

dotnet "$dll" serve --port "$port" --data "$scratch/data" --scenarios "$root/scenarios" > "$scratch/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  kill -0 "$server" 2> /dev/null || fail "regsim serve did not start: $(tail -n 1 "$scratch/serve.log")"
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then break; fi
  sleep 0.5
done
(exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null || fail "regsim serve did not answer on $base within 60 s"

mkdir "$scratch/images"
node "$here/take.mjs" "$base" "$scratch/images" "$scratch/chromium.pid" &
taker=$!
wait "$taker" || { taker=""; exit 1; }
taker=""

for name in classroom game-teacher game-student; do
  [ -s "$scratch/images/$name.png" ] || fail "$name.png was not taken"
done
for name in classroom game-teacher game-student; do
  mv "$scratch/images/$name.png" "$root/docs/images/$name.png"
done
echo "docs/images: classroom.png, game-teacher.png, game-student.png taken from $base"
