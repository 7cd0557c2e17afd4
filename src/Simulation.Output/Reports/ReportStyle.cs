namespace Simulation.Output.Reports;

// The report's inline style sheet: system fonts, large type and strong contrast for a projector, one column that
// narrows to a phone, wide tables scrolling inside their own box.
internal static class ReportStyle
{
    public const string Css = """

:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d4da; --band: #f3f5f8; --accent: #1f5fa8; }
* { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-top: .75rem; border-top: 3px solid var(--accent); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
.lead { font-size: 1.15rem; margin: .25rem 0 .5rem; }
.meta, .note, figcaption, caption, .desc, footer { color: var(--muted); }
.note, figcaption, caption, .desc, footer { font-size: .85rem; }
nav ul { list-style: none; padding: 0; margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem .6rem; }
nav a { display: inline-block; padding: .15rem .6rem; border: 1px solid var(--rule); border-radius: 1rem; color: var(--accent); text-decoration: none; font-size: .9rem; }
nav a:hover, nav a:focus { background: var(--band); }
ul.findings { padding-left: 1.25rem; }
ul.findings li { margin: .5rem 0; }
p.finding { font-size: 1.05rem; background: var(--band); border-left: 4px solid var(--accent); padding: .6rem .9rem; margin: .75rem 0; }
figure { margin: 1.25rem 0; }
svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
.maps { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 1rem 1.5rem; }
.maps figure { margin: .5rem 0; }
svg.tilemap { display: block; width: 100%; height: auto; max-width: 30rem; }
figcaption { margin-top: .25rem; }
.scroll { overflow-x: auto; margin: .75rem 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; padding-bottom: .4rem; caption-side: top; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { background: var(--band); border-bottom: 2px solid var(--rule); white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ci { color: var(--muted); }
tr.first > * { border-top: 2px solid var(--rule); }
table.params td:first-child, table.manifest th { white-space: nowrap; }
table.manifest td code { word-break: break-all; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
details { margin: .75rem 0 1.25rem; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .75rem; }
@media (max-width: 40rem) {
  html { font-size: 100%; }
  main { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  table { font-size: .8rem; }
}
@media print { nav { display: none; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }

""";
}
