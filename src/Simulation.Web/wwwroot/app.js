"use strict";
// The classroom page: no framework, no build step. Talks to the JSON API of `regsim serve`.
(() => {
  const $ = (id) => document.getElementById(id);
  const code = new URLSearchParams(location.search).get("code");
  const headers = code ? { "X-Join-Code": code } : {};
  if (code) $("play-link").href = `/play?code=${encodeURIComponent(code)}`;
  let defaults = [];
  let current = null; // { id, source }
  let previous = null; // the id of this page's last finished run of the scenario shown, which the next run is compared with

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...headers, ...(options.headers || {}) } });
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw Object.assign(new Error(window.regsimProblemText(body, response.status)), { status: response.status });
    return body;
  }

  // The server queues runs, first come, first served; only when its queue is full does it refuse one, and the page asks
  // again every few seconds rather than giving up.
  const busyRetryMs = 2000;
  let waiting = null; // the timer of a run waiting for room in the server's queue
  let attempt = 0; // the run asked for last; Cancel before it starts (waiting for room in the queue, or its request in flight) moves it on

  function pause(ms) {
    return new Promise((resolve) => { waiting = setTimeout(resolve, ms); });
  }

  function status(text, isError = false) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  // As the server formats it (ValueFormat): the scenario's number times a scale (an exchange rate, 100 for a percentage).
  function format(p, value) {
    if (p.kind === "switch") return value >= 0.5 ? "on" : "off";
    const f = p.format;
    const digits = { minimumFractionDigits: f.decimals, maximumFractionDigits: f.decimals };
    return f.prefix + (Number(value) * f.scale).toLocaleString("en-US", digits) + f.suffix;
  }

  async function loadScenarios() {
    const names = await api("/api/scenarios");
    const select = $("scenario");
    select.replaceChildren(...names.map((n) => new Option(n, n, n === "baseline", n === "baseline")));
    await loadParameters();
    $("run").disabled = false; // a run needs a scenario to name
  }

  // Each load is numbered: when the scenario changes while an earlier scenario's parameters are still on their way, only
  // the latest answer is shown, so the sliders are always the chosen scenario's whatever order the answers arrive in.
  let parametersAsked = 0;
  async function loadParameters() {
    const asked = ++parametersAsked;
    const info = await api(`/api/scenarios/${encodeURIComponent($("scenario").value)}/parameters`);
    if (asked !== parametersAsked) return;
    // What the scenario is, in its own words, so a teacher picks by meaning rather than by file name.
    $("scenario-about").textContent = info.description || "";
    defaults = info.parameters;
    $("replications").max = info.maxReplications;
    const groups = new Map();
    for (const p of info.parameters) {
      if (!groups.has(p.group)) groups.set(p.group, []);
      groups.get(p.group).push(p);
    }
    const container = $("parameters");
    container.replaceChildren();
    let i = 0;
    for (const [group, list] of groups) {
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = group;
      fieldset.append(legend);
      for (const p of list) {
        const id = `p${i++}`;
        const label = document.createElement("label");
        label.htmlFor = id;
        const input = document.createElement("input");
        input.id = id;
        input.dataset.path = p.path;
        input.dataset.initial = p.value;
        if (p.kind === "switch") {
          input.type = "checkbox";
          input.checked = p.value >= 0.5;
          label.className = "switch";
          label.append(input, document.createTextNode(p.label));
        } else {
          input.type = "range";
          input.min = p.min; input.max = p.max; input.step = p.step; input.value = p.value;
          const out = document.createElement("output");
          out.htmlFor = id;
          out.textContent = format(p, p.value);
          // A slider snaps the scenario's value to its step; only one the user moved sends its value back.
          input.addEventListener("input", () => { input.dataset.moved = "1"; out.textContent = format(p, input.value); });
          input.addEventListener("reset-value", () => { delete input.dataset.moved; input.value = p.value; out.textContent = format(p, p.value); });
          label.append(document.createTextNode(p.label), out);
        }
        if (p.source) {
          const source = document.createElement("span");
          source.className = "source";
          source.textContent = `Source: ${p.source}`;
          label.append(source);
        }
        fieldset.append(label);
        if (p.kind !== "switch") fieldset.append(input);
      }
      container.append(fieldset);
    }
  }

  function overrides() {
    const result = {};
    for (const input of $("parameters").querySelectorAll("input[data-path]")) {
      if (input.type !== "checkbox" && !input.dataset.moved) continue;
      const value = input.type === "checkbox" ? (input.checked ? 1 : 0) : Number(input.value);
      if (value !== Number(input.dataset.initial)) result[input.dataset.path] = value;
    }
    return result;
  }

  function busy(on) {
    $("run").disabled = on;
    $("cancel").disabled = !on;
    $("scenario").disabled = on; // a run under way or waiting keeps the scenario it was asked for
  }

  async function run() {
    busy(true);
    const mine = ++attempt;
    $("progress").value = 0;
    status("Starting…");
    let started;
    const request = { scenario: $("scenario").value, replications: Number($("replications").value), parameters: overrides() };
    if (previous) request.previous = previous;
    for (;;) {
      try {
        started = await api("/api/runs", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(request),
        });
        if (mine !== attempt) {
          api(`/api/runs/${started.id}`, { method: "DELETE" }).catch(() => {}); // started just as Cancel was pressed
          return;
        }
        break;
      } catch (e) {
        if (mine !== attempt) return;
        if (e.status === 429) {
          status("The server's queue of runs is full; this one joins it as soon as there is room (Cancel stops waiting)…");
          await pause(busyRetryMs);
          waiting = null;
          if (mine !== attempt) return;
          continue;
        }
        status(e.message, true);
        busy(false);
        return;
      }
    }
    const url = started.events + (code ? `?code=${encodeURIComponent(code)}` : "");
    const source = new EventSource(url);
    current = { id: started.id, source };
    source.addEventListener("queued", (e) => {
      const q = JSON.parse(e.data);
      $("progress").value = 0;
      status(`Waiting for the runs ahead of it: ${q.text}. It starts by itself (Cancel stops waiting).`);
    });
    source.addEventListener("progress", (e) => {
      const p = JSON.parse(e.data);
      $("progress").value = p.total ? p.done / p.total : 0;
      status(`Running: ${p.done.toLocaleString()} of ${p.total.toLocaleString()} replications`);
    });
    source.addEventListener("result", (e) => { finish(); previous = started.id; show(JSON.parse(e.data), request); });
    source.addEventListener("cancelled", () => { finish(); status("Cancelled."); });
    source.addEventListener("failed", (e) => { finish(); status(JSON.parse(e.data).message, true); });
    source.onerror = () => { if (current && current.source === source) { finish(); status("Lost the connection to the server.", true); } };
  }

  function finish() {
    if (current) current.source.close();
    current = null;
    busy(false);
  }

  async function cancel() {
    if (!current) {
      attempt++;
      if (waiting !== null) clearTimeout(waiting);
      waiting = null;
      busy(false);
      status("Cancelled before it started.");
      return;
    }
    try { await api(`/api/runs/${current.id}`, { method: "DELETE" }); } catch (e) { status(e.message, true); }
  }

  function sentences(list) {
    const caption = document.createElement("figcaption");
    for (const s of list) {
      const p = document.createElement("p");
      p.className = "sentence";
      p.textContent = s;
      caption.append(p);
    }
    return caption;
  }

  // One map per regime side by side, on one colour scale; the SVGs carry their own titles for screen readers.
  function maps(set) {
    const figure = document.createElement("figure");
    figure.id = `chart-${set.id}`;
    figure.className = "maps-figure";
    const heading = document.createElement("h3");
    heading.textContent = set.title;
    const caption = document.createElement("p");
    caption.className = "maps-caption";
    caption.textContent = set.caption;
    const row = document.createElement("div");
    row.className = "maps";
    for (const map of set.maps) {
      const one = document.createElement("div");
      one.id = `chart-${map.id}`;
      // Drawn by the server from numbers and the scenario's region names, escaped there.
      one.innerHTML = map.svg;
      row.append(one);
    }
    figure.append(heading, caption, row, sentences(set.sentences));
    return figure;
  }

  // The chart's title and legend, sent by the server beside the picture (which has neither), stay above it: on a phone the
  // picture keeps a legible width and scrolls sideways, and they would scroll out of view with it.
  function chartFigure(chart) {
    const figure = document.createElement("figure");
    figure.id = `chart-${chart.id}`;
    const heading = document.createElement("h3");
    heading.className = "chart-title";
    heading.textContent = chart.title;
    const legend = document.createElement("ul");
    legend.className = "legend";
    for (const entry of chart.legend) {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.setAttribute("aria-hidden", "true");
      swatch.style.backgroundColor = entry.colour;
      item.append(swatch, document.createTextNode(entry.label));
      legend.append(item);
    }
    const picture = document.createElement("div");
    picture.setAttribute("role", "img");
    picture.setAttribute("aria-label", chart.title);
    // The SVG is drawn by the server from numbers only (ScottPlot), never from request text.
    picture.innerHTML = chart.svg;
    figure.append(heading, legend, picture, sentences(chart.sentences));
    return figure;
  }

  function show(report, request) {
    status(`Done: ${request.scenario}, ${report.replications.toLocaleString()} replications, seed ${report.seed}.`);
    $("empty").hidden = true;
    $("changes-list").replaceChildren(...report.changes.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
    $("changes").hidden = report.changes.length === 0;
    const charts = $("charts");
    charts.replaceChildren(maps(report.resourceMaps));
    for (const chart of report.charts) charts.append(chartFigure(chart));
    window.regsimReplay.offer({ ...request, replications: report.replications, modes: report.modes, modeLabels: report.modeLabels }, api);
    // On a wide screen the results stand beside the long list of settings, so after pressing Run far down it their top is
    // out of view above: bring it back. (On a phone they follow the settings, below the button, where scrolling finds them.)
    if ($("results").getBoundingClientRect().top < 0) $("results").scrollIntoView({ block: "start" });
  }

  function reset() {
    for (const input of $("parameters").querySelectorAll("input[data-path]")) {
      if (input.type === "checkbox") input.checked = Number(input.dataset.initial) >= 0.5;
      else input.dispatchEvent(new Event("reset-value"));
    }
  }

  $("replications").addEventListener("input", () => { $("replications-value").textContent = $("replications").value; });
  $("replications-value").textContent = $("replications").value;
  // Results of another scenario would sit under this one's sliders: they go when the scenario changes.
  function clearResults() {
    previous = null; // a run of another scenario is not compared with this one's
    $("changes").hidden = true;
    $("charts").replaceChildren();
    $("empty").hidden = false;
    $("replay").hidden = true; // its replications were the old scenario's
    $("progress").value = 0;
    status("");
  }

  $("scenario").addEventListener("change", () => { clearResults(); loadParameters().catch((e) => status(e.message, true)); });
  $("run").addEventListener("click", run);
  $("cancel").addEventListener("click", cancel);
  $("reset").addEventListener("click", reset);
  window.addEventListener("pagehide", () => { if (current) current.source.close(); });
  loadScenarios().catch((e) => status(e.message, true));
})();
