#!/usr/bin/env bash
# Regenerates every generated block of docs/VALIDATION.md from the code at HEAD: the validation checks, the calibration
# and the sensitivity screening. Run from the repository root. Deterministic: the same code gives the same file, whatever
# the machine or thread count. REGSIM overrides how regsim is invoked (the drift test uses the built binary).
set -euo pipefail
regsim=${REGSIM:-"dotnet run --project src/Simulation.Cli -c Release --"}
target=docs/VALIDATION.md
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# validate exits 4 when a judged check fails; the document reports that honestly, so it is not an error here.
$regsim validate --leave-one-out scenarios/calibration.json --loo-particles 200 --loo-replications 20 \
  --markdown "$target" --out "$scratch/validation" -q || [ $? -eq 4 ]
$regsim calibrate scenarios/calibration.json --particles 400 --replications 40 --predictive-replications 1000 \
  --sbc-records 20 --sbc-particles 60 --markdown "$target" --out "$scratch/calibration" -q
$regsim sensitivity --priors scenarios/assumptions.json --method morris --trajectories 20 --replications 500 \
  --markdown "$target" --out "$scratch/sensitivity" -q
