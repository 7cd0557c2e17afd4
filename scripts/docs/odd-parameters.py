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
    ("regions", "Region values no source gives (each with its prior; measured values are in `baseline.json`)"),
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
block = "\n".join(out)
text = odd_path.read_text(encoding="utf-8")
begin, end = "<!-- parameters:begin -->", "<!-- parameters:end -->"
if begin not in text or end not in text:
    sys.exit(f"{odd_path}: the markers {begin} and {end} are missing")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
odd_path.write_text(f"{head}{begin}\n{block}\n{end}{tail}", encoding="utf-8")
print(f"{odd_path}: {sum(1 for l in out if l.startswith('| `'))} parameter rows")
