#!/usr/bin/env Rscript
# Load regsim result folders into data frames and redraw their headline figures, with base R and jsonlite.
#
#   source("analysis/R/regsim.R")
#   run <- regsim_load_run("output/smoke")                 # regsim run: manifest, summary, win_probabilities, outcomes
#   subset(run$win_probabilities, project == "maglev")
#   sweep <- regsim_load_sweep("output/smoke-sweep")       # regsim sweep: manifest, points, factors, metrics
#   cmp <- regsim_load_comparison("output/compare-roh-only-vs-lee-only")  # regsim compare: manifest, comparison, parameters
#   regsim_figures(run, "figures")                         # PNG files (PDF when this R cannot write PNG)
#
# From a shell: Rscript analysis/R/regsim.R FOLDER [--figures OUTDIR] [--json] prints a short summary (or, with --json,
# the tables and the derived values as JSON). A folder that is not a regsim result exits with status 2 and a message
# naming the missing file; an unfinished sweep, or a shard of one, is summarized with a warning of how many points it has,
# and an edited or damaged one refused. Needs R (r-base-core) and jsonlite (r-cran-jsonlite); Parquet needs arrow.

# Column classes of the tables regsim writes; a column missing from a file is an error naming it.
regsim_columns <- list(
  win_probabilities = c(regime = "character", project = "character", region = "character", wins = "integer",
                        replications = "integer", probability = "numeric", ci_low = "numeric", ci_high = "numeric"),
  summary = c(metric = "character", regime = "character", count = "integer", mean = "numeric", sd = "numeric",
              p05 = "numeric", p50 = "numeric", p95 = "numeric"),
  outcomes = c(replication = "integer", regime = "character"),
  # seed is text: it goes up to 2^63 - 1, beyond R's integers and doubles, and is passed back as is (regsim run --seed)
  sweep = c(point = "integer", regime = "character", seed = "character", replications = "integer"),
  comparison = c(kind = "character", name = "character", regime = "character", mean_a = "numeric", mean_b = "numeric",
                 difference = "numeric", ci_low = "numeric", ci_high = "numeric", pairs = "integer"),
  parameters = c(path = "character", a = "character", b = "character"),
  sensitivity = c(method = "character", output = "character", regime = "character", factor = "character",
                  index = "character", value = "numeric"))
# Typed columns that may be empty: a study's index of an output the same at every point; a summary's statistics of a
# metric without values, and its sd of one value (n - 1); a comparison's interval of one pair.
regsim_may_be_empty <- c("sensitivity.value", paste0("summary.", c("mean", "sd", "p05", "p50", "p95")), "comparison.ci_low", "comparison.ci_high")
regsim_outcome_types <- c(int64 = "integer", double = "numeric", string = "character", boolean = "logical") # as outcomeColumns says
# The metrics a sweep plots, and the index a sensitivity study's summary ranks factors by.
regsim_sweep_plots <- c("gini_resources_per_capita", "rent_dissipation")
regsim_ranked_by <- c(morris = "mu_star", sobol = "total")
# This file's folder, where regsim_figures.R is: the innermost source() reading this file, else Rscript's --file (which
# writes a space as ~+~); NA when neither says, and regsim_figures() then asks for the folder.
regsim_home <- local({
  sourced <- Filter(function(f) !is.null(f) && grepl("regsim\\.R$", f), lapply(rev(sys.frames()), function(e) e$ofile))
  file <- if (length(sourced) > 0) sourced[[1]] else gsub("~+~", " ", sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1]), fixed = TRUE)
  if (is.na(file) || !file.exists(file)) NA_character_ else dirname(normalizePath(file))
})
regsim_main_effect_bins <- 5L; regsim_main_effect_max_levels <- 10L # a factor with more distinct values is binned

# Signals a folder that is not a regsim result, lacks a file or column, or holds a table this R cannot read.
regsim_error <- function(...) {
  stop(structure(class = c("regsim_error", "error", "condition"), list(message = paste0(...), call = NULL)))
}

# Returns a run, sweep or comparison, whichever the folder holds.
regsim_load <- function(path) {
  if (file.exists(path) && !dir.exists(path)) regsim_error(path, ": a file, not a folder: give the folder regsim wrote its results in (its --out)")
  if (!dir.exists(path)) regsim_error(path, ": no such folder")
  has <- function(name) file.exists(file.path(path, name))
  if (has("calibration.manifest.json")) regsim_error(path, ": a calibration folder (regsim calibrate), which the kits do not load: ",
                                                     "read its CSV tables (posterior.csv, summary.csv, ...) with read.csv")
  if (has("validation.csv")) regsim_error(path, ": a validation folder (regsim validate), which the kits do not load: ",
                                          "read its tables (validation.csv, record_scores.csv) with read.csv, and validation.md")
  if (has("sweep.csv")) return(regsim_load_sweep(path))
  if (has("comparison.csv") || has("comparison.parquet")) return(regsim_load_comparison(path))
  if (has("win_probabilities.csv") || has("win_probabilities.parquet")) return(regsim_load_run(path))
  shards <- sort(list.files(path, pattern = "^shard-[0-9]+-of-[0-9]+$"))
  shards <- shards[dir.exists(file.path(path, shards))]
  if (length(shards) > 0) regsim_error(path, ": holds the shards of a sweep or study (", paste(utils::head(shards, 3), collapse = ", "),
                                       if (length(shards) > 3) ", ..." else "", "), not their gathered result: gather them first ",
                                       "(regsim merge --out DIR ", shQuote(path), "/shard-*, or for a study the same regsim ",
                                       "sensitivity command without --shard), then load DIR")
  regsim_error(path, ": not a regsim result folder: none of win_probabilities.csv (or .parquet, regsim run), ",
               "sweep.csv (regsim sweep) or comparison.csv (or .parquet, regsim compare) is there")
}

# How many of the design's points a shard runs (point p is shard p mod count's), or 0 when its manifest does not say.
regsim_shard_points <- function(manifest) {
  total <- manifest$points; shard <- manifest$shardIndex; count <- manifest$shardCount
  if (!is.numeric(total) || !is.numeric(shard) || !is.numeric(count) || count <= 0) return(0L)
  sum(((seq_len(total) - 1L) %% count) == shard)
}

# Returns a list of class regsim_run: manifest (list), summary, win_probabilities and outcomes (NULL when the run was
# written with --no-outcomes) data frames. CSV tables are read if present, else the Parquet ones (needs arrow).
regsim_load_run <- function(path) {
  run <- list(path = path, manifest = regsim_manifest(path, "manifest.json"),
              summary = regsim_table(path, "summary"), win_probabilities = regsim_table(path, "win_probabilities"), outcomes = NULL)
  if (file.exists(file.path(path, "outcomes.csv")) || file.exists(file.path(path, "outcomes.parquet"))) {
    listed <- unlist(run$manifest$outcomeColumns) # as written: a count integer, another metric numeric even if whole
    if (length(unknown <- listed[!listed %in% names(regsim_outcome_types)]) > 0) regsim_error(path, ": manifest.json lists outcome ",
      "column(s) of a type this kit does not read: ", paste0(names(unknown), " (", unknown, ")", collapse = ", "), " (it reads ",
      paste(names(regsim_outcome_types), collapse = ", "), "); use the kit of the regsim that wrote the folder")
    types <- if (is.null(listed)) regsim_columns$outcomes else stats::setNames(regsim_outcome_types[listed], names(listed))
    outcomes <- regsim_table(path, "outcomes", types, may_be_empty = names(types)[types == "numeric"])
    for (column in grep("^winners_", names(outcomes), value = TRUE)) { # joint bids "a+b", several winners "a;b"
      outcomes[[column]] <- ifelse(is.na(outcomes[[column]]), "", as.character(outcomes[[column]]))
    }
    for (column in setdiff(names(outcomes), c(names(types), grep("^winners_", names(outcomes), value = TRUE)))) # listed by no
      outcomes[[column]] <- as.numeric(outcomes[[column]]) # manifest (a run of an earlier regsim): a metric, written as a double
    run$outcomes <- outcomes
  }
  structure(run, class = "regsim_run")
}

# Returns a list of class regsim_sweep: manifest, points (sweep.csv: a row per design point and regime mode), factors (the
# columns between regime and seed) and metrics (the triples <metric>_mean, _ci_low, _ci_high after replications: a factor
# named equity_mean is no metric). Warns when the folder is a shard, or holds fewer points than its manifest says. A sweep
# appends a point's rows together, so only its last point may be short; a point short with more after it, or twice, is an error.
regsim_load_sweep <- function(path) {
  manifest <- regsim_manifest(path, "sweep.manifest.json")
  regsim_refuse_changed_shard(path, manifest)
  points <- regsim_table(path, "sweep")
  columns <- names(points)
  factors <- columns[seq_len(match("seed", columns) - 1L)][-seq_len(match("regime", columns))]
  for (column in setdiff(columns, names(regsim_columns$sweep))) points[[column]] <- as.numeric(points[[column]])
  metrics <- character(); after <- columns[-seq_len(match("replications", columns))] # then the win probabilities
  while (length(after) >= 3L && identical(after[1:3], paste0(sub("_mean$", "", after[1]), c("_mean", "_ci_low", "_ci_high")))) {
    metrics <- c(metrics, sub("_mean$", "", after[1])); after <- after[-(1:3)]
  }
  modes <- length(manifest$modes)
  rows <- table(factor(points$point, levels = unique(points$point)))
  if (any(rows > modes)) { # averaging it would count a point twice
    repeated <- names(rows)[rows > modes][1]
    regsim_error(path, ": sweep.csv holds point ", repeated, " more than once (", rows[[repeated]], " rows for ", modes,
                 " regime modes); delete the repeated rows, or run the sweep again")
  }
  runs <- rle(points$point) # the rows point by point, in file order
  if (!is.na(short <- which(utils::head(runs$lengths, -1L) < modes)[1])) {
    regsim_error(path, ": sweep.csv line ", 2L + sum(runs$lengths[seq_len(short)]), ": point ", runs$values[short], " has ",
                 runs$lengths[short], " of its ", modes, " rows (one per regime mode) before point ", runs$values[short + 1L],
                 " starts, so the file was edited or damaged (a stopped sweep leaves only its last point short) and running the ",
                 "sweep again will not mend it (regsim refuses to resume it): delete the rows of point ", runs$values[short],
                 " (regsim then runs it again, keeping every other point), or use another --out folder")
  }
  if (length(runs$lengths) > 0 && (last <- runs$lengths[length(runs$lengths)]) < modes) points <- utils::head(points, -last) # running
  held <- length(unique(points$point))
  if (!is.null(manifest$shardIndex) || (is.numeric(manifest$points) && held < manifest$points)) {
    gap <- if (is.null(manifest$study)) setdiff(seq_len(max(c(points$point, 0L))) - 1L, points$point) else integer() # deleted rows
    warning(path, ": sweep.csv holds ", held, " of the ", manifest$points, " points in sweep.manifest.json: ",
            if (!is.null(manifest$shardIndex)) paste0("it is shard ", manifest$shardIndex, " of ", manifest$shardCount,
            if (held < regsim_shard_points(manifest)) paste0(" and unfinished (run it again to finish it: its task of the job array, or ",
            "the same command with --shard; then gather the shards: ") else " (gather the shards first: ",
            if (is.null(manifest$study)) "regsim merge --out DIR SHARD_DIR ...)" else
            "run the same regsim sensitivity command without --shard)") else if (length(gap) == 0) "it is unfinished (run it again to resume it)"
            else paste0("the rows of point(s) ", paste(gap, collapse = ", "), " were deleted from the middle of it (run it again ",
                        "to resume it: regsim runs the missing points and puts every row in order)"),
            "; the summary and main effects are of these points only", call. = FALSE)
  }
  # A study written with --format parquet has its indices in sensitivity.parquet alone; regsim_table reads either, or says why not.
  indices <- if (file.exists(file.path(path, "sensitivity.csv")) || file.exists(file.path(path, "sensitivity.parquet")))
    regsim_table(path, "sensitivity") else NULL
  structure(list(path = path, manifest = manifest, points = points, factors = factors, metrics = metrics, indices = indices),
            class = "regsim_sweep")
}

# Returns a list of class regsim_comparison: manifest, comparison (every outcome, B - A with its paired 95 % interval)
# and parameters (the scenario numbers that differ).
regsim_load_comparison <- function(path) {
  structure(list(path = path, manifest = regsim_manifest(path, "manifest.json"),
                 comparison = regsim_table(path, "comparison"), parameters = regsim_table(path, "parameters")),
            class = "regsim_comparison")
}

# Returns the most likely winner of each project under each regime mode (ties: the first row in file order).
regsim_top_winners <- function(run) {
  regsim_first_per_group(run$win_probabilities, -run$win_probabilities$probability,
                         c("project", "regime", "region", "probability", "ci_low", "ci_high"))
}

# Returns, for each project and regime mode where some region's win probability changes from A to B, the region whose
# changes most (a project and mode where none changes, non-candidates among them, has no row).
regsim_largest_changes <- function(comparison) {
  wins <- regsim_win_differences(comparison)
  top <- regsim_first_per_group(wins, -abs(wins$difference),
                                c("project", "regime", "region", "mean_a", "mean_b", "difference", "ci_low", "ci_high"))
  top <- top[top$difference != 0, ]
  rownames(top) <- NULL
  top
}

# Returns the metrics whose 95 % interval of B - A excludes 0, with the change relative to A's mean (relative, NA where A's
# mean is 0), ranked as regsim ranks them: by |B - A| over the larger of |mean A| and |mean B| (size, 0 where both are 0),
# largest first, ties in the file's order, so that a fall counts as much as a rise.
regsim_metric_changes <- function(comparison) {
  m <- comparison$comparison[comparison$comparison$kind == "metric", ]
  # which(): an empty interval (one pair) is NA, which excludes nothing, rather than a row of NAs.
  m <- m[which(m$ci_low > 0 | m$ci_high < 0), c("name", "regime", "mean_a", "mean_b", "difference", "ci_low", "ci_high")]
  m$relative <- ifelse(m$mean_a != 0, m$difference / abs(m$mean_a), NA_real_)
  scale <- pmax(abs(m$mean_a), abs(m$mean_b))
  m$size <- ifelse(scale > 0, abs(m$difference) / scale, 0)
  m <- m[order(-m$size, seq_len(nrow(m))), ]
  rownames(m) <- NULL
  m
}

# Returns, for each output and regime mode of a sensitivity study, its count factors with the largest index the method
# ranks by (Morris: mu_star; Sobol: total), largest first.
regsim_top_factors <- function(study, count = 3L) {
  ranked <- study$indices[study$indices$index %in% regsim_ranked_by & !is.na(study$indices$value), ]
  ranked <- ranked[order(-ranked$value, seq_len(nrow(ranked))), ]
  keys <- paste(ranked$output, ranked$regime, sep = "\r")
  top <- ranked[ave(seq_along(keys), keys, FUN = seq_along) <= count, ]
  order <- unique(paste(study$indices$output, study$indices$regime, sep = "\r"))
  top <- top[order(match(paste(top$output, top$regime, sep = "\r"), order), seq_len(nrow(top))), c("output", "regime", "factor", "index", "value")]
  rownames(top) <- NULL
  top
}

# Returns the comparison's win-probability rows with project and region split out of name ("project:region").
regsim_win_differences <- function(comparison) {
  wins <- comparison$comparison[comparison$comparison$kind == "win", ]
  wins$project <- sub(":.*$", "", wins$name)
  wins$region <- sub("^[^:]*:", "", wins$name)
  wins
}

# Returns the main effect of every factor on a metric: the mean of <metric>_mean (or of a win probability's own column,
# win_<project>_<region>) over the design points at each level of the factor, per regime mode; columns factor, level,
# regime, mean, points (the number of design points averaged). A Latin hypercube's or Sobol design's points are binned, as
# regsim's plots bin them, into regsim_main_effect_bins equal-width bins of the factor's range in the manifest, labelled
# by their centres; a folder whose manifest records no design or ranges (an older regsim's) is binned over the range its
# points cover when a factor has over regsim_main_effect_max_levels distinct values.
regsim_main_effects <- function(sweep, metric) {
  column <- paste0(metric, "_mean")
  if (!column %in% names(sweep$points) && startsWith(metric, "win_")) column <- metric # a win probability's own column
  if (!column %in% names(sweep$points)) regsim_error(sweep$path, ": sweep.csv has no column ", column)
  rows <- list()
  ranges <- sweep$manifest$factors # a data frame: name, parameter, min, max
  design <- sweep$manifest$design
  for (factor in sweep$factors) {
    values <- sweep$points[[factor]]
    level <- values
    range <- if (!is.null(design) && is.data.frame(ranges) && factor %in% ranges$name) {
      if (design != "grid") unlist(ranges[ranges$name == factor, c("min", "max")]) else c(0, 0)
    } else if (length(unique(values)) > regsim_main_effect_max_levels) c(min(values), max(values)) else c(0, 0)
    if (range[2] > range[1]) {
      width <- (range[2] - range[1]) / regsim_main_effect_bins
      bin <- pmin(pmax(floor((values - range[1]) / width), 0), regsim_main_effect_bins - 1L)
      level <- range[1] + (bin + 0.5) * width
    }
    keep <- !is.na(sweep$points[[column]])
    for (mode in unique(sweep$points$regime)) {
      at <- keep & sweep$points$regime == mode
      for (l in sort(unique(level[at]))) {
        y <- sweep$points[[column]][at & level == l]
        rows[[length(rows) + 1L]] <- data.frame(factor = factor, level = l, regime = mode, mean = mean(y), points = length(y))
      }
    }
  }
  do.call(rbind, rows)
}

# Draws the headline figures of a run, sweep or comparison into outdir; returns their paths. Run:
# win_probability_<project> and distribution_gini, distribution_rent_dissipation (from outcomes, or the 5-95 % ranges of
# summary when outcomes are absent). Sweep: main_effect_<metric>_<factor> for the metrics regsim drew in the folder's plots/
# (the experiment's plots; the Gini and rent dissipation while plots/ has none; none for a sensitivity study, with a warning
# that points to its plots/, and outdir is not made). Comparison:
# difference_win_probability_<project>. PNG when capabilities("png") (cairo when available), else PDF.
regsim_figures <- function(result, outdir) {
  if (!exists("regsim_draw_run")) {
    if (is.na(regsim_home) || !file.exists(file.path(regsim_home, "regsim_figures.R"))) regsim_error("regsim_figures.R, which draws ",
      "the figures, was not found beside regsim.R; set regsim_home to the folder that holds both")
    source(file.path(regsim_home, "regsim_figures.R"))
  }
  if (inherits(result, "regsim_sweep") && !is.null(result$manifest$study)) { # said, not drawn: no folder for figures that do not exist
    warning(result$path, ": a sensitivity study has no main effects to draw (its points are placed by its method, not at a factor's ",
            "levels); its bar plots of the indices are in ", file.path(result$path, "plots"), ", drawn by regsim, and nothing was written to ",
            outdir, call. = FALSE)
    return(character())
  }
  dir.create(outdir, showWarnings = FALSE, recursive = TRUE)
  if (inherits(result, "regsim_run")) return(regsim_draw_run(result, outdir))
  if (inherits(result, "regsim_sweep")) return(regsim_draw_sweep(result, outdir))
  regsim_draw_comparison(result, outdir)
}

# Returns a file's UTF-8 text without the byte-order mark some editors put before it.
regsim_text <- function(file) sub("^\ufeff", "", paste(readLines(file, warn = FALSE, encoding = "UTF-8"), collapse = "\n"))

regsim_manifest <- function(path, name) {
  if (!dir.exists(path)) regsim_error(path, ": no such folder")
  if (!file.exists(file <- file.path(path, name))) regsim_error(path, ": ", name, " is missing; is this a regsim result folder?")
  # Whole numbers past 2^53 as text, which doubles would round; a byte-order mark (as some editors save) is read past.
  manifest <- tryCatch(jsonlite::fromJSON(regsim_text(file), bigint_as_char = TRUE), error = function(e)
    regsim_error(file, ": not valid JSON (", trimws(gsub("\\s+", " ", conditionMessage(e))), "); the folder's manifest was edited or damaged: run the command again"))
  if (!is.null(manifest$seed)) manifest$seed <- format(manifest$seed, scientific = FALSE) # text, exact, for regsim run --seed
  structure(manifest, file = file) # the file, so that --json can print it with its arrays as they are
}

# Reads NAME.csv, or NAME.parquet when there is no CSV, with the column classes of regsim_columns (or types).
# A finished shard records its sweep.csv's SHA-256; one that no longer has it was edited or damaged since, which regsim merge
# refuses too. Read with the digest or openssl package, else the system's sha256sum or shasum; with none of them, said.
regsim_refuse_changed_shard <- function(path, manifest) {
  csv <- file.path(path, "sweep.csv")
  if (is.null(recorded <- manifest$sweepCsvSha256) || !file.exists(csv)) return(invisible())
  tool <- function(command, args) { # the first word of the tool's line, without the backslash it puts before an escaped name
    line <- tryCatch(suppressWarnings(system2(command, args, stdout = TRUE)), error = function(e) character())
    if (length(line) == 0) NA_character_ else sub("^\\\\", "", sub(" .*", "", line[1]))
  }
  now <- if (requireNamespace("digest", quietly = TRUE)) digest::digest(file = csv, algo = "sha256")
    else if (requireNamespace("openssl", quietly = TRUE)) { con <- file(csv, "rb"); on.exit(close(con)); as.character(openssl::sha256(con)) }
    else if (nzchar(Sys.which("sha256sum"))) tool("sha256sum", shQuote(csv))
    else if (nzchar(Sys.which("shasum"))) tool("shasum", c("-a", "256", shQuote(csv)))
    else NA_character_
  if (length(now) != 1 || is.na(now)) {
    warning(path, ": could not check sweep.csv against the SHA-256 this shard recorded (no digest or openssl package, no ",
            "sha256sum or shasum); regsim merge checks it", call. = FALSE)
  } else if (!identical(tolower(now), tolower(recorded))) {
    regsim_error(path, ": sweep.csv was changed after regsim finished this shard (edited or damaged): its SHA-256 is now ",
                 substr(now, 1, 12), "..., not the ", substr(recorded, 1, 12), "... sweep.manifest.json recorded, and regsim merge ",
                 "refuses it too; run the shard again into an empty folder")
  }
}

regsim_table <- function(path, name, types = regsim_columns[[name]], may_be_empty = character()) {
  csv <- file.path(path, paste0(name, ".csv")); parquet <- file.path(path, paste0(name, ".parquet"))
  if (file.exists(csv)) {
    source <- paste0(name, ".csv")
    header <- names(utils::read.csv(csv, nrows = 1, check.names = FALSE))
    table <- tryCatch(utils::read.csv(csv, colClasses = types[intersect(names(types), header)], check.names = FALSE,
                                      na.strings = "", stringsAsFactors = FALSE),
                      error = function(e) regsim_error(path, ": ", name, ".csv does not read as the table regsim wrote (",
                                                       conditionMessage(e), "); was it edited or damaged? Write it again with regsim"))
    con <- file(csv, "rb"); seek(con, max(file.size(csv) - 1, 0)); last <- readBin(con, "raw", 1); close(con)
    if (nrow(table) > 0 && !identical(last, as.raw(10))) table <- table[-nrow(table), , drop = FALSE] # cut by a killed run
  } else if (file.exists(parquet)) {
    source <- paste0(name, ".parquet")
    if (!requireNamespace("arrow", quietly = TRUE)) regsim_error(path, ": ", source, " is there but not ", name, ".csv, and R cannot ",
      "read Parquet without the arrow package (from CRAN: install.packages(\"arrow\"); Debian 12 does not package it); or run regsim with --format csv or both")
    table <- as.data.frame(arrow::read_parquet(parquet))
  } else {
    regsim_error(path, ": ", name, ".csv is missing")
  }
  missing <- setdiff(names(types), names(table))
  if (length(missing) > 0) regsim_error(path, ": ", source, " lacks the column(s) ", paste(missing, collapse = ", "))
  for (column in names(types)) {
    table[[column]] <- methods::as(table[[column]], types[[column]])
    if (types[[column]] != "character" && !(paste0(name, ".", column) %in% c(regsim_may_be_empty, paste0(name, ".", may_be_empty))) &&
        anyNA(table[[column]])) regsim_error(path, ": ", source, ": column ", column, " has empty values")
  }
  table
}

regsim_first_per_group <- function(table, key, columns) {
  ordered <- table[order(key, seq_len(nrow(table))), ]
  groups <- unique(table[c("project", "regime")])
  first <- ordered[!duplicated(ordered[c("project", "regime")]), ]
  first <- first[match(paste(groups$project, groups$regime), paste(first$project, first$regime)), columns]
  rownames(first) <- NULL
  first
}

regsim_describe <- function(table, records = TRUE) {
  types <- lapply(table, function(x) if (is.logical(x)) "boolean" else if (is.integer(x)) "integer" else if (is.numeric(x)) "float" else "string")
  described <- list(columns = I(names(table)), types = types, rows = nrow(table))
  if (records) described$records <- table
  described
}

# Returns the result's kind, manifest, tables (records of the small ones) and derived values as JSON text.
regsim_json <- function(result, figures = character()) {
  if (inherits(result, "regsim_run")) {
    out <- list(kind = "run", manifest = result$manifest,
                tables = list(summary = regsim_describe(result$summary),
                              win_probabilities = regsim_describe(result$win_probabilities)),
                top_winners = regsim_top_winners(result))
    if (!is.null(result$outcomes)) {
      out$tables$outcomes <- regsim_describe(result$outcomes, records = FALSE)
      modes <- unique(result$outcomes$regime)
      means <- vapply(modes, function(m) mean(result$outcomes$gini_resources_per_capita[result$outcomes$regime == m]), 0)
      out$outcome_means <- list(gini_resources_per_capita = as.list(means))
    }
  } else if (inherits(result, "regsim_sweep") && !is.null(result$manifest$study)) {
    out <- list(kind = "sensitivity", manifest = result$manifest, tables = list(points = regsim_describe(result$points, FALSE)),
                factors = I(result$factors), metrics = I(result$metrics), top_factors = list())
    if (!is.null(result$indices)) {
      out$tables$indices <- regsim_describe(result$indices)
      out$top_factors <- regsim_top_factors(result)
    }
  } else if (inherits(result, "regsim_sweep")) {
    plotted <- intersect(regsim_sweep_plots, result$metrics)
    out <- list(kind = "sweep", manifest = result$manifest, tables = list(points = regsim_describe(result$points, FALSE)),
                factors = I(result$factors), metrics = I(result$metrics),
                main_effects = stats::setNames(lapply(plotted, function(m) regsim_main_effects(result, m)), plotted))
  } else {
    out <- list(kind = "comparison", manifest = result$manifest,
                tables = list(comparison = regsim_describe(result$comparison), parameters = regsim_describe(result$parameters)),
                largest_changes = regsim_largest_changes(result), metric_changes = regsim_metric_changes(result))
  }
  out <- regsim_exact_numbers(out)
  out$figures <- I(figures)
  # The manifest as written, its text inserted as it is: fromJSON's simplified copy would print a one-element array (one
  # mode, one factor) as a scalar, and a parsed copy a seed past 2^53 rounded.
  file <- attr(result$manifest, "file")
  if (!is.null(file)) out$manifest <- structure(regsim_text(file), class = "json")
  jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", dataframe = "rows", null = "null", json_verbatim = TRUE)
}

# Returns x with every double (a number, or a value of a data frame's column) written out in the fewest digits (15 to 17)
# that read back as the same number, for toJSON to insert as they are (json_verbatim): jsonlite itself writes at most 15
# significant digits. Not finite: null. A vector of another length is left to jsonlite.
regsim_exact_numbers <- function(x) {
  if (is.double(x) && length(x) == 1L && is.null(dim(x)) && !inherits(x, "AsIs")) {
    text <- sprintf("%.15g", x)
    for (digits in 16:17) {
      inexact <- is.finite(x) & suppressWarnings(as.numeric(text)) != x
      text[inexact] <- sprintf(paste0("%.", digits, "g"), x[inexact])
    }
    text[!is.finite(x)] <- "null"
    return(structure(text, class = "json"))
  }
  if (is.data.frame(x)) { # each column's values, one per row
    for (column in names(x)) if (is.double(x[[column]])) x[[column]] <- structure(vapply(x[[column]], regsim_exact_numbers, ""), class = "json")
    return(x)
  }
  if (is.list(x)) {
    kept <- attributes(x)
    x <- lapply(x, regsim_exact_numbers)
    attributes(x) <- kept
  }
  x
}

# Returns "1 point", "2 points": the count and its noun, in the plural unless the count is one.
regsim_counted <- function(count, noun) paste(format(count, scientific = FALSE), if (identical(as.numeric(count), 1)) noun else paste0(noun, "s"))

# Returns a few lines saying what the folder holds.
regsim_summary <- function(result) {
  m <- result$manifest
  f <- function(x, digits) formatC(x, format = "f", digits = digits)
  if (inherits(result, "regsim_run")) {
    top <- regsim_top_winners(result)
    gini <- result$summary[result$summary$metric == "gini_resources_per_capita", ]
    c(sprintf("run of %s (%s): seed %s, %s x %s (%s)", m$scenarioName, m$scenarioFile, format(m$seed, scientific = FALSE),
              regsim_counted(m$replications, "replication"), regsim_counted(length(m$modes), "regime mode"), paste(m$modes, collapse = ", ")),
      "most likely winners (probability, 95 % interval):",
      sprintf("  %-16s %-10s %-12s %s [%s, %s]", top$project, top$regime, top$region, f(top$probability, 3),
              f(top$ci_low, 3), f(top$ci_high, 3)),
      paste0("mean Gini of resources per capita: ", paste(gini$regime, f(gini$mean, 4), collapse = ", ")),
      if (is.null(result$outcomes)) "outcomes: not written" else paste("outcomes:", regsim_counted(nrow(result$outcomes), "row")))
  } else if (inherits(result, "regsim_sweep")) {
    p <- result$points
    shown <- paste0(paste(utils::head(result$factors, 5L), collapse = ", "),
                    if (length(result$factors) > 5L) sprintf(" and %d more", length(result$factors) - 5L) else "")
    study <- !is.null(m$study)
    top <- if (!is.null(result$indices)) regsim_top_factors(result) else NULL
    if (!is.null(top)) top <- if (any(top$output %in% regsim_sweep_plots)) top[top$output %in% regsim_sweep_plots, ] else utils::head(top, 3L)
    c(sprintf("%s %s: %s x %s, factors %s, %s", if (study) "sensitivity study" else "sweep", m$experiment,
              regsim_counted(length(unique(p$point)), "point"), regsim_counted(length(unique(p$regime)), "regime mode"), shown,
              regsim_counted(length(result$metrics), "metric")),
      if (study && is.null(top)) "indices: not computed yet (the study is unfinished, or this is a shard of it)",
      if (!is.null(top)) c("factors that matter most (index, value; every output: regsim_top_factors() or sensitivity.csv):",
                   sprintf("  %-26s %-9s %s (%s %s)", top$output, top$regime, top$factor, top$index, formatC(top$value, digits = 4, format = "g"))),
      if (nrow(p) == 0) { if (!is.null(m$sweepCsvSha256)) "this shard holds no point (the sweep has fewer points than shards): it is complete and empty"
                          else "no point is finished yet (run the sweep again to resume it)" }, # a finished shard records its digest
      if (!study && nrow(p) > 0) vapply(intersect(regsim_sweep_plots, result$metrics), function(metric) {
        spans <- vapply(unique(p$regime), function(mode) { # each regime mode apart: their levels differ
          x <- p[[paste0(metric, "_mean")]][p$regime == mode]
          sprintf("%s %s to %s", mode, f(min(x, na.rm = TRUE), 4), f(max(x, na.rm = TRUE), 4))
        }, character(1))
        sprintf("  %s, mean at each point, from lowest to highest: %s", metric, paste(spans, collapse = "; "))
      }, character(1), USE.NAMES = FALSE))
  } else {
    top <- regsim_largest_changes(result)
    changed <- regsim_metric_changes(result)
    shown <- utils::head(changed, 5L)
    stated <- function(x) ifelse(is.na(x) | x == "", "absent", x) # an empty cell: the scenario lacks the parameter
    differ <- with(result$parameters, regsim_listed(sprintf("%s (%s -> %s)", path, stated(a), stated(b)), 10L, "every one: the parameters table"))
    c(sprintf("comparison of A = %s with B = %s: %s", m$scenarioA$path[1], m$scenarioB$path[1], regsim_counted(m$replications, "replication pair")),
      paste0("parameters that differ: ", if (nzchar(differ) && nrow(result$parameters) > 0L) differ else "none"),
      regsim_not_compared(m),
      "largest change in win probability (B - A, 95 % interval):",
      if (nrow(top) == 0L) "  none: no region's win probability differs between A and B" else
        with(top, sprintf("  %-16s %-10s %-12s %+.3f %s", project, regime, region, difference,
                          ifelse(is.na(ci_low), "(no interval from one pair)", sprintf("[%+.3f, %+.3f]", ci_low, ci_high)))),
      paste0(sprintf("metrics whose 95 %% interval of B - A excludes 0: %d of %d", nrow(changed), sum(result$comparison$kind == "metric")),
             if (nrow(changed) > 0L) " (largest for the metric's size first, as regsim ranks them; every one: regsim_metric_changes())" else ""),
      if (nrow(shown) > 0L) with(shown, sprintf("  %-34s %-10s %s -> %s%s", name, regime, signif(mean_a, 4), signif(mean_b, 4),
        ifelse(is.na(relative), "", sprintf(" (%+.1f%%)", 100 * relative)))))
  }
}

# The first `most` items joined, and how many more there are and where to find them.
regsim_listed <- function(items, most, where) {
  paste0(paste(utils::head(items, most), collapse = ", "),
         if (length(items) > most) sprintf(" and %d more (%s)", length(items) - most, where) else "")
}

# A line for each part only one scenario of a comparison has (regime modes, projects, regions, metrics), as the manifest's
# notCompared names it: regsim cannot compare them and they are in neither table, so a summary without them would read as
# "no change".
regsim_not_compared <- function(manifest) {
  parts <- c(RegimeModes = "regime modes", Projects = "projects", Regions = "regions", Metrics = "metrics")
  entries <- manifest$notCompared
  if (is.null(entries) || length(entries) == 0L || NROW(entries) == 0L) return(character(0))
  unlist(lapply(seq_len(NROW(entries)), function(i) {
    part <- if (entries$part[i] %in% names(parts)) parts[[entries$part[i]]] else entries$part[i]
    lines <- character(0)
    for (side in c("A", "B")) {
      ids <- unlist(entries[[paste0("onlyIn", side)]][i])
      if (length(ids) > 0L) {
        lines <- c(lines, sprintf("not compared, %s only in %s: %s", part, side, regsim_listed(ids, 5L, "every one: the manifest")))
      }
    }
    lines
  }))
}

# From a shell (Rscript analysis/R/regsim.R FOLDER ...): regsim_main, in regsim_cli.R beside this file.
if (sys.nframe() == 0L) {
  if (is.na(regsim_home) || !file.exists(file.path(regsim_home, "regsim_cli.R"))) {
    cat("error: regsim_cli.R is not beside regsim.R: copy every regsim*.R file of analysis/R/ together\n", file = stderr()); quit(status = 2)
  }
  source(file.path(regsim_home, "regsim_cli.R"))
  regsim_main(commandArgs(trailingOnly = TRUE))
}
