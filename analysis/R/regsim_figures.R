# The headline figures of regsim result folders, with base R graphics: sourced by regsim_figures() in regsim.R, which
# loads the folder and hands each kind of result to one function here. Kept apart so that loading results draws nothing.

# The colours of the regime modes, in run order: those of regsim's own plots and of matplotlib (Category10, "tab10"), so
# that a mode has one colour whichever drew the figure.
regsim_mode_colours <- function(n) {
  tab10 <- c("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
  rep_len(tab10, n)
}

# The distributions a run draws (regsim's plots/distribution_*.png), by file name.
regsim_distributions <- c(distribution_gini = "gini_resources_per_capita", distribution_rent_dissipation = "rent_dissipation")

regsim_draw_run <- function(run, outdir) {
  w <- run$win_probabilities
  modes <- unique(w$regime)
  drawn <- character()
  for (project in unique(w$project)) {
    rows <- w[w$project == project, ]
    drawn <- c(drawn, regsim_grouped_bars(rows, modes, "probability", "probability", outdir,
                                          paste0("win_probability_", project), paste0(project, ": who wins, by regime"),
                                          "Win probability (share of replications)"))
  }
  colours <- regsim_mode_colours(length(modes))
  for (name in names(regsim_distributions)) {
    metric <- regsim_distributions[[name]]
    path <- regsim_device(outdir, name)
    regsim_legend_margin(modes)
    if (!is.null(run$outcomes) && metric %in% names(run$outcomes)) {
      values <- run$outcomes[[metric]][is.finite(run$outcomes[[metric]])]
      pad <- if (min(values) < max(values)) 0 else if (values[1] == 0) 0.5 else abs(values[1]) * 0.05
      edges <- seq(min(values) - pad, max(values) + pad, length.out = 41L) # 40 bins, as regsim's own chart
      fractions <- lapply(modes, function(m) {
        x <- run$outcomes[[metric]][run$outcomes$regime == m & is.finite(run$outcomes[[metric]])]
        graphics::hist(pmin(pmax(x, edges[1]), edges[length(edges)]), breaks = edges, plot = FALSE)$counts / max(length(x), 1)
      })
      graphics::plot(NA, xlim = range(edges), ylim = c(0, max(unlist(fractions), 0.01) * 1.1), xlab = metric,
                     ylab = "Fraction of replications", main = paste0(metric, ", by regime"))
      for (i in seq_along(modes)) {
        graphics::rect(edges[-length(edges)], 0, edges[-1], fractions[[i]], col = grDevices::adjustcolor(colours[i], 0.45), border = NA)
      }
    } else {
      s <- run$summary[run$summary$metric == metric, ]
      s <- s[match(modes, s$regime), ]
      graphics::plot(seq_along(modes), s$p50, ylim = range(c(s$p05, s$p95), na.rm = TRUE), xaxt = "n", pch = 19,
                     col = colours, xlab = "Regime mode", ylab = metric, main = paste0(metric, ", by regime (median, 5-95 %)"))
      graphics::axis(1, at = seq_along(modes), labels = modes)
      graphics::arrows(seq_along(modes), s$p05, seq_along(modes), s$p95, angle = 90, code = 3, length = 0.08, col = colours)
    }
    regsim_legend(modes, fill = colours)
    grDevices::dev.off()
    drawn <- c(drawn, path)
  }
  drawn
}

# The metrics whose main effects regsim drew in the sweep folder's plots/ (the experiment's plots), in the order of
# sweep.csv; those of regsim_sweep_plots (its default) the sweep has when plots/ has none (a sweep unfinished, or a shard).
regsim_plotted <- function(sweep) {
  drawn <- Filter(function(m) length(sweep$factors) > 0 && all(vapply(sweep$factors, function(f) any(file.exists(file.path(
    sweep$path, "plots", paste0("main_effect_", m, "_", f, c(".png", ".svg"))))), logical(1))), sweep$metrics)
  if (length(drawn) > 0) drawn else intersect(regsim_sweep_plots, sweep$metrics)
}

regsim_draw_sweep <- function(sweep, outdir) {
  drawn <- character()
  if (nrow(sweep$points) == 0) return(drawn) # no point finished yet: nothing to draw
  for (metric in regsim_plotted(sweep)) {
    effects <- regsim_main_effects(sweep, metric)
    for (factor in sweep$factors) {
      e <- effects[effects$factor == factor, ]
      modes <- unique(e$regime)
      colours <- regsim_mode_colours(length(modes))
      path <- regsim_device(outdir, paste0("main_effect_", metric, "_", factor))
      regsim_legend_margin(modes)
      graphics::plot(NA, xlim = range(e$level), ylim = range(e$mean), main = paste0("Main effect of ", factor),
                     xlab = paste0(factor, " (level or bin centre)"), ylab = paste0(metric, " (mean)"))
      for (i in seq_along(modes)) {
        graphics::lines(e$level[e$regime == modes[i]], e$mean[e$regime == modes[i]], type = "b", pch = 19, lwd = 2.5, col = colours[i])
      }
      regsim_legend(modes, col = colours, lwd = 2.5, pch = 19)
      grDevices::dev.off()
      drawn <- c(drawn, path)
    }
  }
  drawn
}

regsim_draw_comparison <- function(comparison, outdir) {
  wins <- regsim_win_differences(comparison)
  ab <- basename(c(comparison$manifest$scenarioA$path[1], comparison$manifest$scenarioB$path[1])) # the scenarios' files
  vapply(unique(wins$project), function(project) {
    regsim_grouped_bars(wins[wins$project == project, ], unique(wins$regime), "difference", c("mean_a", "mean_b"), outdir,
                        paste0("difference_win_probability_", project),
                        paste0(project, ": change in win probability, ", ab[2], " - ", ab[1]), "Change in win probability")
  }, character(1), USE.NAMES = FALSE)
}

# Bars per region, one per mode, with the 95 % interval where there is one (a comparison of one pair has none); regions
# whose nonzero columns are 0 in every mode are left out (regions that never win), as regsim's own charts do.
regsim_grouped_bars <- function(rows, modes, value, nonzero, outdir, name, title, ylabel) {
  regions <- unique(rows$region)
  shown <- regions[vapply(regions, function(r) any(as.matrix(rows[rows$region == r, nonzero]) > 0, na.rm = TRUE), logical(1))]
  if (length(shown) == 0) shown <- regions
  pick <- function(column, missing = 0) { # a matrix: a row per mode, a column per region shown
    matrix(t(vapply(modes, function(m) {
      x <- rows[rows$regime == m, ]
      v <- x[[column]][match(shown, x$region)]
      ifelse(is.na(v), missing, v)
    }, numeric(length(shown)))), nrow = length(modes))
  }
  low <- pick("ci_low", NA)
  high <- pick("ci_high", NA)
  drawn <- !is.na(low) & !is.na(high) & low != high # arrows() warns of, and skips, one of no length
  colours <- regsim_mode_colours(length(modes))
  path <- regsim_device(outdir, name, width = max(6, length(shown) * 0.9))
  regsim_legend_margin(modes)
  centres <- graphics::barplot(pick(value), beside = TRUE, names.arg = shown, col = colours, las = 2, main = title,
                               ylab = ylabel, ylim = range(c(0, low, high), na.rm = TRUE))
  regsim_legend(modes, fill = colours)
  if (any(drawn)) graphics::arrows(centres[drawn], low[drawn], centres[drawn], high[drawn], angle = 90, code = 3, length = 0.04)
  graphics::abline(h = 0)
  grDevices::dev.off()
  path
}

# The legend of every figure goes in the right margin, beside the plot area, so that it never hides a line, a point or a
# bar (inside the plot area it covers whatever falls under it). regsim_legend_margin() widens the margin to fit the labels,
# once the device is open and before the plot is drawn; regsim_legend() then draws the legend there, its top level with
# the plot area's, and returns what graphics::legend() returns (its box, in user coordinates, lies right of par("usr")[2]).
regsim_legend_inches <- function(labels) 0.6 + max(graphics::strwidth(labels, units = "inches", cex = 0.9)) # symbol, gap, text

regsim_legend_margin <- function(labels) {
  graphics::par(mar = c(5.1, 4.1, 4.1, 1.1 + regsim_legend_inches(labels) / graphics::par("csi")))
}

regsim_legend <- function(labels, ...) {
  graphics::legend("topleft", legend = labels, inset = c(1.01, 0), xpd = TRUE, bty = "n", cex = 0.9, ...)
}

# Opens a PNG device (cairo when this R has it) or, without PNG support, a PDF one; returns the file's path.
regsim_device <- function(outdir, name, width = 8, height = 5) {
  path <- file.path(outdir, paste0(name, if (capabilities("png")) ".png" else ".pdf"))
  if (capabilities("png")) {
    grDevices::png(path, width = width * 100, height = height * 100, type = if (capabilities("cairo")) "cairo" else getOption("bitmapType"))
  } else {
    grDevices::pdf(path, width = width, height = height)
  }
  path
}
