#!/usr/bin/env python3
"""Load regsim result folders into pandas data frames and redraw their headline figures.

    import regsim
    run = regsim.load_run("output/smoke")          # regsim run
    run.win_probabilities.query("project == 'maglev'")
    sweep = regsim.load_sweep("output/smoke-sweep")  # regsim sweep
    cmp = regsim.load_comparison("output/compare-roh-only-vs-lee-only")  # regsim compare
    regsim.draw_figures(run, "figures/")            # PNG files, needs matplotlib

From a shell: python3 analysis/python/regsim.py FOLDER [--figures OUTDIR] [--json]
prints a short summary (or, with --json, the tables and the derived values as JSON). A folder that is not a regsim
result exits with code 2 and a message naming the missing file; an unfinished sweep, or a shard of one, is summarized
with a warning of how many points it has, and a sweep.csv edited or damaged (as regsim refuses to resume) is refused.
Needs pandas (Debian's /usr/bin/python3: python3-pandas; another Python: pip), and regsim_sweepfile.py and regsim_install.py
beside this file; figures need matplotlib (python3-matplotlib) and regsim_figures.py; Parquet-only runs pyarrow or fastparquet.
"""
import argparse
import hashlib
import importlib.util
import json
import math
import os
import re
import shlex
import signal
import sys
import warnings
from collections import namedtuple


if os.path.dirname(os.path.abspath(__file__)) not in sys.path:  # the kit's other files are beside this one
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import regsim_sweepfile as sweepfile
    from regsim_install import lacks as _lacks
except ImportError as missing:
    if __name__ != "__main__":
        raise
    sys.exit(f"error: {missing}: copy every file of analysis/python/ together "
             "(regsim_sweepfile.py and regsim_install.py go beside regsim.py)")
try:
    import pandas as pd
except ImportError as missing:
    if __name__ != "__main__":
        raise
    sys.exit(f"error: {missing}: {_lacks('pandas', 'python3-pandas')}")

Run = namedtuple("Run", "path manifest summary win_probabilities outcomes")
Run.__doc__ = """A `regsim run` folder: the manifest (dict), summary and win_probabilities (data frames) and outcomes
(one row per replication and regime mode; None when the run was written with --no-outcomes)."""
Sweep = namedtuple("Sweep", "path manifest points factors metrics indices", defaults=(None,))
Sweep.__doc__ = """A `regsim sweep` or `regsim sensitivity` folder: the manifest (dict), points (sweep.csv: one row per
design point and regime mode), the factor columns and the metrics (each with <metric>_mean, _ci_low, _ci_high columns),
in file order; for a sensitivity study, indices (sensitivity.csv: one index per row), else None."""
Comparison = namedtuple("Comparison", "path manifest comparison parameters")
Comparison.__doc__ = """A `regsim compare` folder: the manifest (dict), comparison (every outcome, B - A with its paired
95 % interval) and parameters (the scenario numbers that differ) data frames."""

# Column types of the tables regsim writes; a column missing from a file is an error naming it.
WIN_PROBABILITIES = {"regime": str, "project": str, "region": str, "wins": "int64", "replications": "int64",
                     "probability": "float64", "ci_low": "float64", "ci_high": "float64"}
SUMMARY = {"metric": str, "regime": str, "count": "int64", "mean": "float64", "sd": "float64",
           "p05": "float64", "p50": "float64", "p95": "float64"}
COMPARISON = {"kind": str, "name": str, "regime": str, "mean_a": "float64", "mean_b": "float64",
              "difference": "float64", "ci_low": "float64", "ci_high": "float64", "pairs": "int64"}
PARAMETERS = {"path": str, "a": str, "b": str}
SWEEP_KEYS = {"point": "int64", "regime": str, "seed": "int64", "replications": "int64"}
SENSITIVITY = {"method": str, "output": str, "regime": str, "factor": str, "index": str, "value": "float64"}
# An index undefined for an output the same at every point; a summary's sd of one value (n - 1), its statistics of none;
MAY_BE_EMPTY = {("sensitivity", "value"), *(("summary", c) for c in ("mean", "sd", "p05", "p50", "p95")),
                ("comparison", "ci_low"), ("comparison", "ci_high")}  # a comparison's interval of one pair
OUTCOME_TYPES = {"int64": "int64", "double": "float64", "string": str, "boolean": "bool"}  # a manifest's outcomeColumns, as pandas types
RANKED_BY = {"morris": "mu_star", "sobol": "total"}  # the index a study's summary ranks factors by
SWEEP_PLOTS = ["gini_resources_per_capita", "rent_dissipation"]
MAIN_EFFECT_BINS = 5  # levels of a factor with more distinct values than MAIN_EFFECT_MAX_LEVELS are binned
MAIN_EFFECT_MAX_LEVELS = 10


class RegsimError(Exception):
    """A folder is not a regsim result or lacks a file or column, or this Python cannot read a table or draw a figure."""


def load(path):
    """Returns a Run, Sweep or Comparison, whichever `path` holds."""
    if os.path.isfile(path):
        raise RegsimError(f"{path}: a file, not a folder: give the folder regsim wrote its results in (its --out)")
    if not os.path.isdir(path):
        raise RegsimError(f"{path}: no such folder")
    if _exists(path, "calibration.manifest.json"):
        raise RegsimError(f"{path}: a calibration folder (regsim calibrate), which the kits do not load: read its CSV "
                          "tables (posterior.csv, summary.csv, ...) with pandas.read_csv")
    if _exists(path, "validation.csv"):
        raise RegsimError(f"{path}: a validation folder (regsim validate), which the kits do not load: read its tables "
                          "(validation.csv, record_scores.csv) with pandas.read_csv, and validation.md")
    if _exists(path, "sweep.csv"):
        return load_sweep(path)
    if any(_exists(path, f"comparison.{ext}") for ext in ("csv", "parquet")):
        return load_comparison(path)
    if any(_exists(path, f"win_probabilities.{ext}") for ext in ("csv", "parquet")):
        return load_run(path)
    shards = sorted(d for d in os.listdir(path) if re.fullmatch(r"shard-\d+-of-\d+", d) and os.path.isdir(os.path.join(path, d)))
    if shards:  # a job array's folder before its merge
        raise RegsimError(f"{path}: holds the shards of a sweep or study ({', '.join(shards[:3])}{', ...' if len(shards) > 3 else ''}), "
                          f"not their gathered result: gather them first (regsim merge --out DIR {shlex.quote(path)}/shard-*, "
                          "or for a study the same regsim sensitivity command without --shard), then load DIR")
    raise RegsimError(f"{path}: not a regsim result folder: none of win_probabilities.csv (or .parquet, regsim run), "
                      "sweep.csv (regsim sweep) or comparison.csv (or .parquet, regsim compare) is there")


def load_run(path):
    """Returns the Run in `path`: CSV tables if present, else the Parquet ones (`--format parquet`)."""
    manifest = _manifest(path, "manifest.json")
    summary = _table(path, "summary", SUMMARY)
    wins = _table(path, "win_probabilities", WIN_PROBABILITIES)
    outcomes = None
    if any(_exists(path, f"outcomes.{ext}") for ext in ("csv", "parquet")):
        listed = manifest.get("outcomeColumns") or {"replication": "int64", "regime": "string"}  # none before regsim listed them
        if unknown := [f"{c} ({t})" for c, t in listed.items() if not isinstance(t, str) or t not in OUTCOME_TYPES]:
            raise RegsimError(f"{path}: manifest.json lists outcome column(s) of a type this kit does not read: {', '.join(unknown)} "
                              f"(it reads {', '.join(OUTCOME_TYPES)}); use the kit of the regsim that wrote the folder")
        types = {c: OUTCOME_TYPES[t] for c, t in listed.items()}  # as written: a count int64, another metric float64 even if whole
        outcomes = _table(path, "outcomes", types, {c for c, t in types.items() if t == "float64"})
        for column in outcomes.columns:
            if column.startswith("winners_"):  # project winners, joint bids as "a+b", several winners "a;b"
                outcomes[column] = outcomes[column].fillna("").astype(str)
            elif column not in types:  # a metric of a run whose manifest lists no types: written as a double
                outcomes[column] = outcomes[column].astype("float64")
    return Run(path, manifest, summary, wins, outcomes)


def load_sweep(path):
    """Returns the Sweep in `path`: factors are the columns between `regime` and `seed`, metrics the column triples after
    `replications` (regsim_sweepfile.py). Warns when the folder is one shard of a sweep, or holds fewer points (each with
    a row per regime mode) than its manifest says; refuses a sweep.csv that was edited or damaged."""
    manifest = _manifest(path, "sweep.manifest.json")
    _refuse_changed_shard(path, manifest)
    points = _table(path, "sweep", SWEEP_KEYS)
    columns = list(points.columns)
    factors = columns[columns.index("regime") + 1:columns.index("seed")]
    for column in [c for c in columns if c not in SWEEP_KEYS]:  # factors and metrics, even where every value is whole
        points[column] = points[column].astype("float64")
    metrics = sweepfile.metrics(columns)
    total, shard, modes = manifest.get("points"), manifest.get("shardIndex"), len(manifest.get("modes", []))
    order = points["point"].tolist()
    if damaged := sweepfile.damage(order, modes):  # regsim refuses such a file too; averaging it would mislead
        raise RegsimError(f"{path}: {damaged}")
    points = points.iloc[:len(order) - sweepfile.running(order, modes)].reset_index(drop=True)
    held = points["point"].nunique()
    if shard is not None or (isinstance(total, int) and held < total):
        gather = ("run the same regsim sensitivity command without --shard" if manifest.get("study")
                  else "regsim merge --out DIR SHARD_DIR ...")
        gap = [] if manifest.get("study") else sweepfile.deleted(points["point"].tolist())  # a study's are run out of turn
        warnings.warn(f"{path}: sweep.csv holds {held} of the {total} points in sweep.manifest.json: " + (
            f"it is shard {shard} of {manifest.get('shardCount')} (gather the shards first: {gather})"
            if shard is not None and held >= _shard_points(total, shard, manifest.get("shardCount")) else
            f"it is shard {shard} of {manifest.get('shardCount')} and unfinished (run it again to finish it: its task of the "
            f"job array, or the same command with --shard; then gather the shards: {gather})"
            if shard is not None else "it is unfinished (run it again to resume it)" if not gap else
            f"the rows of point(s) {', '.join(map(str, gap))} were deleted from the middle of it (run it again to resume it: "
            "regsim runs the missing points and puts every row in order)")
            + "; the summary and main effects are of these points only", stacklevel=2)
    # A study written with --format parquet has its indices in sensitivity.parquet alone; _table reads either, or says why not.
    indices = (_table(path, "sensitivity", SENSITIVITY)
               if _exists(path, "sensitivity.csv") or _exists(path, "sensitivity.parquet") else None)
    return Sweep(path, manifest, points, factors, metrics, indices)


def _shard_points(total, shard, count):
    """How many of the design's points a shard runs (point p is shard p mod count's), or 0 when the manifest does not say."""
    if not all(isinstance(x, int) for x in (total, shard, count)) or count <= 0:
        return 0
    return sum(1 for p in range(total) if p % count == shard)


def load_comparison(path):
    """Returns the Comparison in `path`."""
    manifest = _manifest(path, "manifest.json")
    return Comparison(path, manifest, _table(path, "comparison", COMPARISON), _table(path, "parameters", PARAMETERS))


def top_winners(run):
    """Returns the most likely winner of each project under each regime mode (ties: the first row in file order)."""
    wins = run.win_probabilities.sort_values("probability", ascending=False, kind="mergesort")
    top = wins.groupby(["project", "regime"], sort=False).head(1)
    order = _first_seen(run.win_probabilities, ["project", "regime"])
    return top.set_index(["project", "regime"]).loc[order].reset_index()[
        ["project", "regime", "region", "probability", "ci_low", "ci_high"]]


def largest_changes(comparison):
    """Returns, for each project and regime mode where some region's win probability changes from A to B, the region whose
    changes most (a project and mode where none changes, non-candidates among them, has no row)."""
    wins = win_differences(comparison)
    wins = wins.assign(size=wins["difference"].abs()).sort_values("size", ascending=False, kind="mergesort")
    top = wins.groupby(["project", "regime"], sort=False).head(1)
    top = top[top["size"] > 0]
    order = [k for k in _first_seen(win_differences(comparison), ["project", "regime"]) if k in set(zip(top["project"], top["regime"]))]
    return top.set_index(["project", "regime"]).loc[order].reset_index()[
        ["project", "regime", "region", "mean_a", "mean_b", "difference", "ci_low", "ci_high"]]


def metric_changes(comparison):
    """Returns the metrics whose 95 % interval of B - A excludes 0, with the change relative to A's mean (`relative`, empty
    where A's mean is 0), ranked as regsim ranks them: by |B - A| over the larger of |mean A| and |mean B| (`size`, 0
    where both are 0), largest first, ties in the file's order, so that a fall counts as much as a rise."""
    metrics = comparison.comparison[comparison.comparison["kind"] == "metric"]
    changed = metrics[(metrics["ci_low"] > 0) | (metrics["ci_high"] < 0)]
    changed = changed.assign(relative=changed["difference"] / changed["mean_a"].abs().where(changed["mean_a"] != 0))
    scale = pd.concat([changed["mean_a"].abs(), changed["mean_b"].abs()], axis=1).max(axis=1)
    changed = changed.assign(size=(changed["difference"].abs() / scale.where(scale > 0)).fillna(0.0))
    order = changed["size"].sort_values(ascending=False, kind="mergesort").index
    return changed.loc[order, ["name", "regime", "mean_a", "mean_b", "difference", "ci_low", "ci_high", "relative", "size"]].reset_index(drop=True)


def win_differences(comparison):
    """Returns the comparison's win-probability rows with `project` and `region` split out of `name`."""
    wins = comparison.comparison[comparison.comparison["kind"] == "win"].copy()
    wins[["project", "region"]] = wins["name"].str.split(":", n=1, expand=True)
    return wins


def top_factors(study, count=3):
    """Returns, for each output and regime mode of a sensitivity study, its `count` factors with the largest index the
    method ranks by (Morris: mu_star; Sobol: total), largest first."""
    ranked = study.indices[study.indices["index"].isin(RANKED_BY.values())].dropna(subset=["value"])
    ranked = ranked.sort_values("value", ascending=False, kind="mergesort")
    top = ranked.groupby(["output", "regime"], sort=False).head(count)
    order = {key: i for i, key in enumerate(_first_seen(study.indices, ["output", "regime"]))}
    top = top.assign(order=[order[k] for k in zip(top["output"], top["regime"])]).sort_values("order", kind="mergesort")
    return top[["output", "regime", "factor", "index", "value"]].reset_index(drop=True)


def main_effects(sweep, metric):
    """Returns the main effect of every factor on `metric`: the mean of `<metric>_mean` (or of a win probability's own
    column, `win_<project>_<region>`) over the design points at each
    level of the factor, per regime mode; columns factor, level, regime, mean, points (the number of design points averaged).
    A Latin hypercube's or Sobol design's points are binned, as regsim's plots bin them, into MAIN_EFFECT_BINS equal-width
    bins of the factor's range in the manifest, labelled by their centres; a folder whose manifest records no design or
    ranges (an older regsim's) is binned over the range its points cover when a factor has over MAIN_EFFECT_MAX_LEVELS
    distinct values."""
    column = metric + "_mean" if metric + "_mean" in sweep.points.columns or not metric.startswith("win_") else metric
    if column not in sweep.points.columns:
        raise RegsimError(f"{sweep.path}: sweep.csv has no column {column}")
    rows = []
    modes = list(pd.unique(sweep.points["regime"]))
    ranges = {f["name"]: (f["min"], f["max"]) for f in sweep.manifest.get("factors") or []}
    design = sweep.manifest.get("design")
    for factor in sweep.factors:
        level = values = sweep.points[factor]
        if design is not None and factor in ranges:
            low, high = ranges[factor] if design != "grid" else (0, 0)
        else:
            low, high = (values.min(), values.max()) if values.nunique() > MAIN_EFFECT_MAX_LEVELS else (0, 0)
        if high > low:
            width = (high - low) / MAIN_EFFECT_BINS
            level = low + (((values - low) / width).apply(math.floor).clip(0, MAIN_EFFECT_BINS - 1) + 0.5) * width
        table = sweep.points.assign(level=level).dropna(subset=[column])
        for mode in modes:
            groups = table[table["regime"] == mode].groupby("level")[column]
            rows += [(factor, lvl, mode, g.mean(), len(g)) for lvl, g in groups]
    effects = pd.DataFrame(rows, columns=["factor", "level", "regime", "mean", "points"])
    return effects.astype({"level": "float64", "mean": "float64", "points": "int64"})


def draw_figures(result, outdir):
    """Draws the headline figures of a Run, Sweep or Comparison into `outdir` as PNG files; returns their paths.
    Run: win_probability_<project>.png and distribution_gini.png, distribution_rent_dissipation.png (from outcomes,
    or the 5-95 % ranges of summary when outcomes are absent). Sweep: main_effect_<metric>_<factor>.png for the metrics
    regsim drew in the folder's plots/ (the experiment's `plots`), or the Gini and rent dissipation (its default) when
    plots/ has none yet; none for a sensitivity study, whose bar plots regsim draws in its plots/ (a warning says so, and
    `outdir` is not made). Comparison:
    difference_win_probability_<project>.png. The drawing is in regsim_figures.py, beside this file."""
    if _is_study(result):  # said, not drawn: no folder is made for figures that do not exist
        warnings.warn(f"{result.path}: a sensitivity study has no main effects to draw (its points are placed by its method, not "
                      f"at a factor's levels); its bar plots of the indices are in {os.path.join(result.path, 'plots')}, drawn by regsim, "
                      f"and nothing was written to {outdir}")
        return []
    import regsim_figures as figures
    plt = figures.pyplot()
    if plt is None:
        raise RegsimError(f"figures need matplotlib, and {_lacks('matplotlib', 'python3-matplotlib')}")
    os.makedirs(outdir, exist_ok=True)
    if isinstance(result, Run):
        return figures.draw_run(plt, result, outdir)
    if isinstance(result, Sweep):
        return figures.draw_sweep(plt, result, outdir, lambda metric: main_effects(result, metric), figures.plotted(result, SWEEP_PLOTS))
    return figures.draw_comparison(plt, result, win_differences(result), outdir)


def _is_study(result):
    """Whether a Sweep is a sensitivity study's points (its manifest says so, finished or not)."""
    return isinstance(result, Sweep) and bool(result.manifest.get("study"))


def _exists(path, name):
    return os.path.isfile(os.path.join(path, name))


def _manifest(path, name):
    if not os.path.isdir(path):
        raise RegsimError(f"{path}: no such folder")
    if not _exists(path, name):
        raise RegsimError(f"{path}: {name} is missing; is this a regsim result folder?")
    file = os.path.join(path, name)
    with open(file, encoding="utf-8-sig") as f:  # -sig: a byte-order mark, as some editors save, is read past
        try:
            return json.load(f)
        except ValueError as e:  # json.JSONDecodeError, and text that is not UTF-8
            raise RegsimError(f"{file}: not valid JSON ({e}); the folder's manifest was edited or damaged: run the command again") from e


def _refuse_changed_shard(path, manifest):
    """A finished shard records its sweep.csv's SHA-256; one that no longer has it was edited or damaged since, which
    regsim merge refuses too: its numbers would pass for regsim's."""
    recorded, csv = manifest.get("sweepCsvSha256"), os.path.join(path, "sweep.csv")
    if not recorded or not os.path.isfile(csv):
        return
    digest = hashlib.sha256()
    with open(csv, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if (now := digest.hexdigest()) != recorded.lower():
        raise RegsimError(f"{path}: sweep.csv was changed after regsim finished this shard (edited or damaged): its SHA-256 is "
                          f"now {now[:12]}…, not the {recorded[:12]}… sweep.manifest.json recorded, and regsim merge refuses it too; "
                          "run the shard again into an empty folder")


def _table(path, name, types, may_be_empty=()):
    """Reads NAME.csv, or NAME.parquet if there is no CSV, and checks and sets the column types (empty: text, MAY_BE_EMPTY)."""
    csv, parquet = os.path.join(path, name + ".csv"), os.path.join(path, name + ".parquet")
    if os.path.isfile(csv):
        try:
            table = pd.read_csv(csv, dtype={c: str for c, t in types.items() if t is str or t == "bool"}, keep_default_na=False,
                                na_values=[""], float_precision="round_trip")  # the default parser may be 1 ulp off
        except (ValueError, pd.errors.ParserError) as unreadable:  # a row edited or damaged by hand: say which file
            raise RegsimError(f"{path}: {name}.csv does not read as the table regsim wrote ({unreadable}); "
                              "was it edited or damaged? Write it again with regsim") from None
        with open(csv, "rb") as f:  # a last line without its newline was cut short by a killed run: not a row yet
            cut = f.seek(0, 2) > 0 and (f.seek(-1, 2), f.read(1))[1] != b"\n"
        table, source = (table.iloc[:-1] if cut else table), name + ".csv"
    elif os.path.isfile(parquet):
        if not any(importlib.util.find_spec(m) for m in ("pyarrow", "fastparquet")):
            raise RegsimError(f"{path}: {name}.parquet is there but not {name}.csv, and pandas cannot read Parquet "
                              f"without pyarrow or fastparquet: {_lacks('pyarrow', None, 'run regsim with --format csv or both')}")
        table = pd.read_parquet(parquet)
        source = name + ".parquet"
    else:
        raise RegsimError(f"{path}: {name}.csv is missing")
    if missing := [c for c in types if c not in table.columns]:
        raise RegsimError(f"{path}: {source} lacks the column(s) {', '.join(missing)}")
    for column, kind in types.items():
        if kind is not str and (name, column) not in MAY_BE_EMPTY and column not in may_be_empty and table[column].isna().any():
            raise RegsimError(f"{path}: {source}: column {column} has empty values")
        if kind == "bool" and not pd.api.types.is_bool_dtype(table[column]):  # CSV's true and false, read as text
            if not table[column].isin(["true", "false"]).all():
                raise RegsimError(f"{path}: {source}: column {column} holds values other than true and false")
            table[column] = table[column] == "true"
        try:
            table[column] = table[column].astype(object if kind is str else kind)
        except (ValueError, TypeError) as unreadable:  # a row edited or damaged by hand: say which file and column
            raise RegsimError(f"{path}: {source}: column {column} holds a value that is not {kind} ({unreadable}); "
                              "was it edited or damaged? Write it again with regsim") from None
    return table


def _first_seen(table, keys):
    return list(dict.fromkeys(zip(*(table[k] for k in keys))))


def _records(frame):
    """Rows as dicts of plain Python values, NaN as None (JSON null), floats at full precision."""
    return [{c: (None if isinstance(v, float) and math.isnan(v) else v.item() if hasattr(v, "item") else v)
             for c, v in zip(frame.columns, row)} for row in frame.itertuples(index=False)]


def _describe(frame, records=True):
    kinds = {c: "boolean" if pd.api.types.is_bool_dtype(t) else "integer" if pd.api.types.is_integer_dtype(t)
             else "float" if pd.api.types.is_float_dtype(t) else "string" for c, t in frame.dtypes.items()}
    described = {"columns": list(frame.columns), "types": kinds, "rows": len(frame)}
    if records:
        described["records"] = _records(frame)
    return described


def _counted(count, noun):
    """Returns "1 point", "2 points": the count and its noun, in the plural unless the count is one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _stated(value):
    """Returns a parameter's value as parameters.csv states it; an empty cell (read as NaN) means the scenario lacks it."""
    return "absent" if isinstance(value, float) and math.isnan(value) else value


def _listed(items, most, where):
    """Returns the first `most` items joined, and how many more there are and where to find them."""
    return ", ".join(items[:most]) + (f" and {len(items) - most} more ({where})" if len(items) > most else "")


# What a comparison could not compare, as the manifest's notCompared names it (ComparedPart in regsim).
NOT_COMPARED_PARTS = {"RegimeModes": "regime modes", "Projects": "projects", "Regions": "regions", "Metrics": "metrics"}


def _not_compared(manifest):
    """Returns a line for each part only one scenario has (its regime modes, projects, regions, metrics): regsim cannot
    compare them, and they are in neither table, so a summary that left them out would read as 'no change'."""
    lines = []
    for entry in manifest.get("notCompared") or []:
        part = NOT_COMPARED_PARTS.get(entry.get("part"), entry.get("part"))
        for side in ("A", "B"):
            ids = entry.get("onlyIn" + side) or []
            if ids:
                lines.append(f"not compared, {part} only in {side}: {_listed(ids, 5, 'every one: the manifest')}")
    return lines


def as_json(result, figures=()):
    """Returns the result's kind, manifest, tables (records of the small ones) and derived values as a dict."""
    if isinstance(result, Run):
        tables = {"summary": _describe(result.summary), "win_probabilities": _describe(result.win_probabilities)}
        derived = {"top_winners": _records(top_winners(result))}
        if result.outcomes is not None:
            tables["outcomes"] = _describe(result.outcomes, records=False)
            means = result.outcomes.groupby("regime", sort=False)["gini_resources_per_capita"].mean()
            derived["outcome_means"] = {"gini_resources_per_capita": {k: float(v) for k, v in means.items()}}
    elif _is_study(result):
        tables = {"points": _describe(result.points, records=False)}
        if result.indices is not None:
            tables["indices"] = _describe(result.indices)
        derived = {"factors": result.factors, "metrics": result.metrics,
                   "top_factors": _records(top_factors(result)) if result.indices is not None else []}
    elif isinstance(result, Sweep):
        tables = {"points": _describe(result.points, records=False)}
        derived = {"factors": result.factors, "metrics": result.metrics,
                   "main_effects": {m: _records(main_effects(result, m)) for m in SWEEP_PLOTS if m in result.metrics}}
    else:
        tables = {"comparison": _describe(result.comparison), "parameters": _describe(result.parameters)}
        derived = {"largest_changes": _records(largest_changes(result)), "metric_changes": _records(metric_changes(result))}
    kind = "sensitivity" if _is_study(result) else type(result).__name__.lower()
    return {"kind": kind, "manifest": result.manifest, "tables": tables, **derived, "figures": list(figures)}


def summarize(result):
    """Returns a few lines saying what the folder holds."""
    m = result.manifest
    if isinstance(result, Run):
        lines = [f"run of {m.get('scenarioName')} ({m.get('scenarioFile')}): seed {m.get('seed')}, "
                 f"{_counted(m.get('replications'), 'replication')} x {_counted(len(m.get('modes', [])), 'regime mode')} ({', '.join(m.get('modes', []))})",
                 "most likely winners (probability, 95 % interval):"]
        lines += [f"  {t.project:<16} {t.regime:<10} {t.region:<12} {t.probability:.3f} [{t.ci_low:.3f}, {t.ci_high:.3f}]"
                  for t in top_winners(result).itertuples()]
        gini = result.summary[result.summary["metric"] == "gini_resources_per_capita"]
        lines += ["mean Gini of resources per capita: " + ", ".join(f"{r.regime} {r.mean:.4f}" for r in gini.itertuples())]
        lines += [f"outcomes: {_counted(len(result.outcomes), 'row')}" if result.outcomes is not None else "outcomes: not written"]
    elif isinstance(result, Sweep):
        shown = ", ".join(result.factors[:5]) + (f" and {len(result.factors) - 5} more" if len(result.factors) > 5 else "")
        lines = [f"{'sensitivity study' if _is_study(result) else 'sweep'} {m.get('experiment')}: "
                 f"{_counted(result.points['point'].nunique(), 'point')} x {_counted(result.points['regime'].nunique(), 'regime mode')}, "
                 f"factors {shown}, {_counted(len(result.metrics), 'metric')}"]
        if _is_study(result) and result.indices is None:
            lines.append("indices: not computed yet (the study is unfinished, or this is a shard of it)")
        elif _is_study(result):
            top = top_factors(result)
            shown = top[top["output"].isin(SWEEP_PLOTS)] if top["output"].isin(SWEEP_PLOTS).any() else top.head(3)
            lines.append("factors that matter most (index, value; every output: top_factors() or sensitivity.csv):")
            lines += [f"  {t.output:<26} {t.regime:<9} {t.factor} ({t.index} {t.value:.4g})" for t in shown.itertuples()]
        if result.points.empty:  # a finished shard records its file's digest: one past the last point is empty, not unfinished
            lines.append("this shard holds no point (the sweep has fewer points than shards): it is complete and empty"
                         if result.manifest.get("sweepCsvSha256") else "no point is finished yet (run the sweep again to resume it)")
        for metric in [x for x in SWEEP_PLOTS if x in result.metrics and not _is_study(result) and not result.points.empty]:
            spans = [f"{mode} {rows.min():.4f} to {rows.max():.4f}"  # each regime mode apart: their levels differ
                     for mode, rows in result.points.groupby("regime", sort=False)[metric + "_mean"]]
            lines.append(f"  {metric}, mean at each point, from lowest to highest: {'; '.join(spans)}")
    else:
        a, b = (m[k][0]["path"] for k in ("scenarioA", "scenarioB"))
        differ = [f"{p.path} ({_stated(p.a)} -> {_stated(p.b)})" for p in result.parameters.itertuples()]
        lines = [f"comparison of A = {a} with B = {b}: {_counted(m.get('replications'), 'replication pair')}",
                 "parameters that differ: " + (_listed(differ, 10, "every one: the parameters table") or "none"),
                 *_not_compared(m),
                 "largest change in win probability (B - A, 95 % interval):"]
        largest, changed = largest_changes(result), metric_changes(result)
        lines += [f"  {c.project:<16} {c.regime:<10} {c.region:<12} {c.difference:+.3f} "
                  + ("(no interval from one pair)" if math.isnan(c.ci_low) else f"[{c.ci_low:+.3f}, {c.ci_high:+.3f}]")
                  for c in largest.itertuples()] or ["  none: no region's win probability differs between A and B"]
        total = int((result.comparison["kind"] == "metric").sum())
        lines.append(f"metrics whose 95 % interval of B - A excludes 0: {len(changed)} of {total}"
                     + (" (largest for the metric's size first, as regsim ranks them; every one: metric_changes())" if len(changed) else ""))
        lines += [f"  {c.name:<34} {c.regime:<10} {c.mean_a:.4g} -> {c.mean_b:.4g}"
                  + ("" if math.isnan(c.relative) else f" ({c.relative:+.1%})") for c in changed.head(5).itertuples()]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Summarize a regsim run, sweep or comparison folder.")
    parser.add_argument("folder", help="a folder written by regsim run, sweep or compare")
    parser.add_argument("--figures", metavar="OUTDIR", help="redraw the headline figures into OUTDIR as PNG")
    parser.add_argument("--json", action="store_true", help="print the tables and derived values as JSON")
    args = parser.parse_args(argv)
    if hasattr(signal, "SIGPIPE"):  # piped into `head`: stop quietly, as cat does, not with a traceback
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    warnings.formatwarning = lambda message, *_: f"warning: {message}\n"  # one line on standard error, as errors are
    try:
        result = load(args.folder)
        figures = draw_figures(result, args.figures) if args.figures else []
    except (RegsimError, OSError, ValueError, json.JSONDecodeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(result, figures), allow_nan=False))
    else:
        print(summarize(result))
        for path in figures:
            print(f"figure: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
