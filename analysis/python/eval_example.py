#!/usr/bin/env python3
"""Drive the regsim model as a black box over `regsim eval`, with the standard library only.

Sends a few parameter points (the Lee regime's equity weight from 0 to 1) as JSON lines and prints, for each, the mean
Gini of resources per person under the timeline with its 95 % interval. Any exploration tool (EMA Workbench, SALib, an R
script) can do the same: one JSON object per line in, one per line out, in the order sent.

    python3 analysis/python/eval_example.py [--regsim "dotnet src/Simulation.Cli/bin/Release/net10.0/regsim.dll"]
"""
import argparse
import json
import shlex
import subprocess
import sys


def evaluate(regsim, scenario, points):
    """Returns one result per point, in order; a refused point comes back with its error."""
    lines = "".join(json.dumps(p) + "\n" for p in points)
    done = subprocess.run(shlex.split(regsim) + ["eval", scenario], input=lines, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regsim", default="dotnet run --project src/Simulation.Cli --", help="command that starts regsim")
    parser.add_argument("--scenario", default="scenarios/baseline.json")
    parser.add_argument("--replications", type=int, default=100)
    args = parser.parse_args()
    weights = [0.0, 0.25, 0.5, 0.75, 1.0]
    points = [{"id": f"equity={w}", "parameters": {"regimes[lee].tilt[equity].weight": w}, "seed": 1, "replications": args.replications}
              for w in weights]
    for result in evaluate(args.regsim, args.scenario, points):
        if result.get("error"):
            print(f"{result['id']}: refused, {result['error']['field']}: {result['error']['message']}", file=sys.stderr)
            continue
        gini = result["modes"]["timeline"]["metrics"]["gini_resources_per_capita"]
        print(f"{result['id']}: Gini {gini['mean']:.4f} (95 % interval {gini['ciLow']:.4f} to {gini['ciHigh']:.4f})")


if __name__ == "__main__":
    main()
