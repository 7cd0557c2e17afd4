#!/bin/sh
# Prints git's hash of the code a regsim build is made from: the trees and files that decide its results (src/, the build
# settings, the package versions and the schemas compiled into the tool), as they are in the working tree, tracked and new
# files alike, ignored ones (bin/, obj/) left out. Documents, tests and scripts are not in it, so a commit that changes only
# them gives the same hash, and results computed before it still resume and merge with results computed after it.
# Run from the repository root; prints nothing and exits non-zero where git cannot tell.
set -e
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
index="$scratch/index"
paths=''
for p in src Directory.Build.props Directory.Build.targets Directory.Packages.props scenarios/scenario.schema.json scenarios/experiment.schema.json; do
  if [ -e "$p" ]; then paths="$paths $p"; fi
done
GIT_INDEX_FILE="$index" git read-tree HEAD 2>/dev/null
# shellcheck disable=SC2086
GIT_INDEX_FILE="$index" git add -A -- $paths 2>/dev/null
# Each path's hash is checked: one git cannot give (a copy of regsim inside another repository, where src/ is not at the
# top) ends the script with no hash rather than a hash that leaves that path out.
for p in $paths; do
  if [ -d "$p" ]; then
    hash=$(GIT_INDEX_FILE="$index" git write-tree --prefix="$p/" 2>/dev/null) || exit 1
  else
    hash=$(GIT_INDEX_FILE="$index" git ls-files -s -- "$p" | cut -d' ' -f2)
  fi
  case "$hash" in
    [0-9a-f]*) echo "$p $hash" ;;
    *) exit 1 ;;
  esac
done > "$scratch/list"
git hash-object --stdin < "$scratch/list"
