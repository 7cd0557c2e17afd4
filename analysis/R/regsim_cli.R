# The kit from a shell: Rscript analysis/R/regsim.R FOLDER [--figures OUTDIR] [--json] prints a short summary of the folder
# (or its tables and derived values as JSON), or says on standard error why it cannot (exit code 2). Sourced by regsim.R.

regsim_main <- function(args) {
  figures_at <- match("--figures", args)
  outdir <- if (is.na(figures_at)) NULL else args[figures_at + 1L]
  folder <- args[!seq_along(args) %in% c(figures_at, figures_at + 1L) & args != "--json"]
  if (length(folder) != 1L || (!is.na(figures_at) && is.na(outdir)) || any(startsWith(folder, "--"))) {
    cat("usage: Rscript analysis/R/regsim.R FOLDER [--figures OUTDIR] [--json]\n", file = stderr())
    quit(status = 2)
  }
  result <- withCallingHandlers(tryCatch({
    loaded <- regsim_load(folder)
    list(loaded = loaded, figures = if (is.null(outdir)) character() else regsim_figures(loaded, outdir))
  }, error = function(e) {
    cat("error: ", conditionMessage(e), "\n", sep = "", file = stderr())
    quit(status = 2)
  }), warning = function(w) { cat("warning: ", conditionMessage(w), "\n", sep = "", file = stderr()); invokeRestart("muffleWarning") })
  # Piped into `head`: stop quietly once the reader has read enough, as cat(1) does, rather than with R's error.
  tryCatch(if ("--json" %in% args) {
    cat(regsim_json(result$loaded, result$figures), "\n", sep = "")
  } else {
    cat(regsim_summary(result$loaded), sep = "\n")
    if (length(result$figures) > 0) cat(paste0("figure: ", result$figures), sep = "\n")
  }, error = function(e) if (grepl("SIGPIPE", conditionMessage(e), fixed = TRUE)) quit(status = 141) else stop(e))
}
