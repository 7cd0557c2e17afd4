"""How regsim writes a sweep's sweep.csv, and what a reader can tell from it; used by regsim.load_sweep. Plain Python.

Columns: point, regime, the factors, seed, replications, then each metric's <metric>_mean, _ci_low and _ci_high in turn,
then the win probabilities; so a factor named like a metric's column (an experiment may name one `equity_mean`) is told
apart by its place, not its name. Rows: a sweep appends each design point's rows (one per regime mode) together and in
turn, so a sweep that was stopped leaves only its last point short of rows; a point short of rows with another after
it, or a point written twice, means the file was edited or damaged, and regsim refuses to resume it.
"""
from collections import Counter
from itertools import groupby

MEASURES = ("_mean", "_ci_low", "_ci_high")  # each metric's columns, in this order


def metrics(columns):
    """Returns the metrics of a sweep.csv header, in order: the names of the column triples after `replications`."""
    after, found = columns[columns.index("replications") + 1:], []
    while after[:3] and after[:3] == [after[0][:-len(MEASURES[0])] + m for m in MEASURES]:
        found.append(after[0][:-len(MEASURES[0])])
        after = after[3:]
    return found


def damage(points, modes):
    """Returns why sweep.csv, whose rows are of `points` in file order, was edited or damaged, or None when it was not:
    a point with more rows than regime modes, or one with fewer and another point after it."""
    if (twice := next((p for p, n in Counter(points).items() if n > modes), None)) is not None:
        return (f"sweep.csv holds point {twice} more than once ({points.count(twice)} rows for {modes} regime modes); "
                "delete the repeated rows, or run the sweep again")
    runs, line = [(p, len(list(rows))) for p, rows in groupby(points)], 2
    for (point, rows), (following, _) in zip(runs, runs[1:]):
        line += rows
        if rows < modes:
            return (f"sweep.csv line {line}: point {point} has {rows} of its {modes} rows (one per regime mode) before "
                    f"point {following} starts, so the file was edited or damaged (a stopped sweep leaves only its last "
                    "point short) and running the sweep again will not mend it (regsim refuses to resume it): delete the "
                    f"rows of point {point} (regsim then runs it again, keeping every other point), or use another --out folder")
    return None


def running(points, modes):
    """Returns how many rows at the end of the file are of a point that has not written every regime mode's row yet:
    the one a stopped sweep was running (0 when the last point is whole)."""
    rows = 0
    while rows < len(points) and points[-1 - rows] == points[-1]:
        rows += 1
    return rows if rows < modes else 0


def deleted(points):
    """Returns the points missing below the highest point present: a sweep writes its points in turn, so their rows were
    deleted from the file (regsim runs them again when the sweep is resumed, and puts every row in order)."""
    return sorted(set(range(max(points, default=-1))) - set(points))
