#!/usr/bin/env python3
"""Regenerates the parameter tables of docs/ODD.md §8 from scenarios/baseline.json (between the markers
<!-- parameters:begin --> and <!-- parameters:end -->). Every sourced number of the baseline gets a row with its path,
value, prior (if it is uncertain) and source, so the ODD cannot drift from the scenario (a test checks it)."""
import json, pathlib, sys

root = pathlib.Path(__file__).resolve().parents[2]
scenario = json.loads((root / "scenarios" / "baseline.json").read_text(encoding="utf-8"))
odd_path = root / "docs" / "ODD.md"

def number(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)

def prior(p):
    if not p:
        return ""
    if p["distribution"] == "uniform":
        return f"uniform [{number(p['min'])}, {number(p['max'])}]"
    return f"normal({number(p['mean'])}, {number(p['sd'])}) on [{number(p['min'])}, {number(p['max'])}]"

def rows(node, path):
    if isinstance(node, dict):
        if "value" in node and "source" in node and isinstance(node["value"], (int, float)):
            yield path, node["value"], prior(node.get("prior")), node["source"]
            return
        for key, child in node.items():
            if key == "weight" and "signal" in node:
                yield from rows(child, f"{path}[{node['signal']}].weight")
            else:
                yield from rows(child, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            tag = child.get("id") or child.get("zone") if isinstance(child, dict) else None
            if isinstance(child, dict) and "signal" in child:
                yield from rows(child, path)
            else:
                yield from rows(child, f"{path}[{tag if tag else i}]")

sections = [
    ("regions", "Region values no source gives or the source marks as approximate (each with its prior; measured values are in `baseline.json`)"),
    ("regimes", "Regimes"), ("nationalFund", "Fund path"), ("money", "Money"), ("programmes", "Programmes"),
    ("projects", "Projects"), ("ownClusters", "Own clusters"), ("behaviour", "Behaviour"),
]
out = []
for key, title in sections:
    out.append(f"### {title}\n")
    out.append("| parameter | value | prior | source |")
    out.append("|---|---|---|---|")
    for path, value, pr, source in rows(scenario[key], key):
        out.append(f"| `{path}` | {number(value)} | {pr} | {source} |")
    out.append("")

# Initial values (ODD §5): indices as z-scores (population s.d.), as StandardScores computes them.
import math
regions = scenario["regions"]
attributes = [a["id"] for a in scenario["attributes"]]

def value(region, attribute):
    v = region["values"][attribute]
    return v["value"] if isinstance(v, dict) else v

def zscores(xs):
    n = len(xs); mean = sum(xs) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / n)
    return [0.0] * n if sd < 1e-12 else [(x - mean) / sd for x in xs]

def transform(x, t):
    return math.log(max(x, 1e-9)) if t == "log" else math.log(1 + max(x, 0)) if t == "log1p" else x

indices = {}
for index in scenario["indices"]:
    raw = [0.0] * len(regions)
    for c in index["components"]:
        z = zscores([transform(value(r, c["attribute"]), c.get("transform", "none")) for r in regions])
        sign = -1 if c["direction"] == "lower" else 1
        raw = [a + sign * c["weight"] * b for a, b in zip(raw, z)]
    indices[index["id"]] = zscores(raw)
behaviour = scenario["behaviour"]
share, cap = behaviour["budgetShareOfGrdp"]["value"], behaviour["maxEffortShareOfBudget"]["value"]
shown = [i for i in ("equity", "capacity", "gateway", "medicalBase", "research") if i in indices]
initial = ["| region | capital region | " + " | ".join(f"{i} index" for i in shown) + " | GRDP (₩ bn) | yearly budget (₩ bn) | effort cap per bid (₩ bn) |",
           "|---|---|" + "---|" * (len(shown) + 3)]
def signed(x):
    return f"{'+' if x >= 0 else '-'}{abs(x):.2f}"
for k, r in enumerate(regions):
    grdp = value(r, "population") * value(r, "grdpPerCapita")
    initial.append(f"| {r['name']} | {'yes' if r['capitalRegion'] else 'no'} | " + " | ".join(signed(indices[i][k]) for i in shown)
                   + f" | {grdp:,.0f} | {grdp * share:,.1f} | {grdp * share * cap:,.1f} |")

text = odd_path.read_text(encoding="utf-8")
for name, block in (("parameters", "\n".join(out)), ("initial", "\n".join(initial) + "\n")):
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    if begin not in text or end not in text:
        sys.exit(f"{odd_path}: the markers {begin} and {end} are missing")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    text = f"{head}{begin}\n{block}\n{end}{tail}"
odd_path.write_text(text, encoding="utf-8")
print(f"{odd_path}: {sum(1 for l in out if l.startswith('| `'))} parameter rows, {len(regions)} regions' initial values")
