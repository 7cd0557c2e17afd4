"""The headline figures of regsim result folders, drawn with matplotlib; used by regsim.draw_figures, which loads the
folder and hands each kind of result to one function here. Kept apart so that loading results needs no matplotlib."""
import math
import os
import textwrap

import pandas as pd

# The distributions a run draws (regsim's plots/distribution_*.png), by file name.
DISTRIBUTIONS = {"distribution_gini": "gini_resources_per_capita", "distribution_rent_dissipation": "rent_dissipation"}


def pyplot():
    """Returns matplotlib.pyplot with a backend that needs no display, or None when matplotlib is missing."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        return plt
    except ImportError:
        return None


def draw_run(plt, run, outdir):
    """win_probability_<project>.png and the distributions of the Gini and of rent dissipation."""
    drawn = []
    modes = list(pd.unique(run.win_probabilities["regime"]))
    for project, rows in run.win_probabilities.groupby("project", sort=False):
        drawn.append(_grouped_bars(plt, rows, modes, "probability", ["probability"], outdir, f"win_probability_{project}",
                                   f"{project}: who wins, by regime", "Win probability (share of replications)"))
    for name, metric in DISTRIBUTIONS.items():
        fig, ax = plt.subplots(figsize=(8, 5))
        if run.outcomes is not None and metric in run.outcomes.columns:
            values = run.outcomes[metric].dropna()
            bins = _bin_edges(values.min(), values.max(), 40)
            for mode in modes:
                sample = run.outcomes.loc[run.outcomes["regime"] == mode, metric].dropna()
                ax.hist(sample, bins=bins, weights=[1 / max(len(sample), 1)] * len(sample), alpha=0.45, label=mode)
            ax.set_ylabel("Fraction of replications")
        else:
            rows = run.summary[run.summary["metric"] == metric].set_index("regime").reindex(modes)
            ax.errorbar(range(len(modes)), rows["p50"], yerr=[rows["p50"] - rows["p05"], rows["p95"] - rows["p50"]],
                        fmt="o", capsize=6, label="median, 5-95 %")
            ax.plot(range(len(modes)), rows["mean"], "x", label="mean")
            ax.set_xticks(range(len(modes)), modes)
            ax.set_ylabel(metric)
        ax.set(xlabel=metric if run.outcomes is not None else "Regime mode", title=f"{metric}, by regime")
        ax.legend()
        drawn.append(_save(plt, fig, outdir, name))
    return drawn


def plotted(sweep, default):
    """The metrics whose main effects regsim drew in the sweep folder's plots/ (the experiment's `plots`), in the order
    of sweep.csv; those of `default` the sweep has when plots/ has none (a sweep unfinished, or a shard of one)."""
    drawn = [m for m in sweep.metrics if sweep.factors and all(
        any(os.path.isfile(os.path.join(sweep.path, "plots", f"main_effect_{m}_{f}.{ext}")) for ext in ("png", "svg"))
        for f in sweep.factors)]
    return drawn or [m for m in default if m in sweep.metrics]


def draw_sweep(plt, sweep, outdir, effects_of, metrics):
    """main_effect_<metric>_<factor>.png for each metric, from `effects_of(metric)` (regsim.main_effects)."""
    drawn = []
    for metric in metrics:
        effects = effects_of(metric)
        for factor, rows in effects.groupby("factor", sort=False):
            fig, ax = plt.subplots(figsize=(8, 5))
            for mode, line in rows.groupby("regime", sort=False):
                ax.plot(line["level"], line["mean"], marker="o", linewidth=2.5, label=mode)
            ax.set(title=f"Main effect of {factor}", xlabel=f"{factor} (level or bin centre)", ylabel=f"{metric} (mean)")
            ax.legend()
            drawn.append(_save(plt, fig, outdir, f"main_effect_{metric}_{factor}"))
    return drawn


def draw_comparison(plt, comparison, wins, outdir):
    """difference_win_probability_<project>.png from the win rows (regsim.win_differences)."""
    modes = list(pd.unique(wins["regime"]))
    a, b = (os.path.basename(s[0]["path"]) for s in (comparison.manifest["scenarioA"], comparison.manifest["scenarioB"]))
    return [_grouped_bars(plt, rows, modes, "difference", ["mean_a", "mean_b"], outdir, f"difference_win_probability_{project}",
                          f"{project}: change in win probability, {b} - {a}", "Change in win probability")
            for project, rows in wins.groupby("project", sort=False)]


def _grouped_bars(plt, rows, modes, value, nonzero, outdir, name, title, ylabel):
    """Bars per region, one per mode, with the 95 % interval; regions whose `nonzero` columns are 0 in every mode are
    left out (regions that never win), as regsim's own charts do."""
    shown = [r for r in pd.unique(rows["region"]) if (rows.loc[rows["region"] == r, nonzero] > 0).any(axis=None)]
    shown = shown or list(pd.unique(rows["region"]))
    width_inches = max(6, len(shown) * 0.9)
    fig, ax = plt.subplots(figsize=(width_inches, 5))
    width = 0.8 / max(len(modes), 1)
    for i, mode in enumerate(modes):
        r = rows[rows["regime"] == mode].set_index("region").reindex(shown)
        x = [k - 0.4 + width * (i + 0.5) for k in range(len(shown))]
        ax.bar(x, r[value].fillna(0), width, label=mode,
               yerr=[(r[value] - r["ci_low"]).fillna(0).clip(lower=0), (r["ci_high"] - r[value]).fillna(0).clip(lower=0)],
               capsize=3)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(range(len(shown)), shown, rotation=30)
    # A long title (two scenario files' names) is wrapped to the figure's width rather than cut off at its edges.
    ax.set(title="\n".join(textwrap.wrap(title, width=int(width_inches * 9))), xlabel="Region", ylabel=ylabel)
    ax.legend()
    return _save(plt, fig, outdir, name)


def _bin_edges(low, high, bins):
    if not (math.isfinite(low) and math.isfinite(high)):
        return bins
    if low == high:
        low, high = low - (abs(low) * 0.05 or 0.5), high + (abs(high) * 0.05 or 0.5)
    return [low + (high - low) * k / bins for k in range(bins + 1)]


def _save(plt, fig, outdir, name):
    path = os.path.join(outdir, name + ".png")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
