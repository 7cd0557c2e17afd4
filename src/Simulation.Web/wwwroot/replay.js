"use strict";
// Replay of one replication, year by year, under the results of a run. No framework, no build step. app.js calls
// regsimReplay.offer(run, api) when a run has finished; everything else happens here.
window.regsimReplay = (() => {
  const $ = (id) => document.getElementById(id);
  let run = null; // { scenario, parameters, replications, modes, modeLabels: [{ mode, label }] from the server }
  let api = null;
  let replay = null;
  let index = 0;

  // The server names the modes (from the scenario); a mode it did not name is shown as it is.
  function modeName(mode) {
    const found = (run.modeLabels || []).find((m) => m.mode === mode);
    return found ? found.label : mode;
  }

  function offer(finished, request) {
    run = finished;
    api = request;
    const select = $("replay-mode");
    const previous = select.value;
    select.replaceChildren(...run.modes.map((m) => new Option(modeName(m), m)));
    if (run.modes.includes(previous)) select.value = previous;
    const number = $("replay-number");
    number.max = run.replications - 1;
    if (Number(number.value) > run.replications - 1) number.value = 0;
    $("replay-range").textContent = `(0 to ${(run.replications - 1).toLocaleString()})`;
    $("replay").hidden = false;
    $("replay-view").hidden = true;
    $("replay-status").textContent = "";
    replay = null;
  }

  async function load() {
    if (!run) return;
    const number = Math.trunc(Number($("replay-number").value));
    if (!Number.isFinite(number) || number < 0 || number >= run.replications) {
      setStatus(`Choose a replication from 0 to ${run.replications - 1}.`, true);
      return;
    }
    setStatus("Loading…");
    try {
      replay = await api("/api/replays", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ scenario: run.scenario, parameters: run.parameters, mode: $("replay-mode").value, replication: number }),
      });
    } catch (e) {
      setStatus(e.message, true);
      return;
    }
    setStatus(`Replication ${number.toLocaleString()}, ${modeName(replay.mode)}: ${replay.years.length} years. Use the buttons or the arrow keys.`);
    index = 0;
    $("replay-view").hidden = false;
    showYear();
  }

  function setStatus(text, isError = false) {
    $("replay-status").textContent = text;
    $("replay-status").className = isError ? "error" : "";
  }

  function step(by) {
    if (!replay) return;
    const next = Math.min(Math.max(index + by, 0), replay.years.length - 1);
    if (next === index) return;
    index = next;
    showYear();
  }

  function showYear() {
    const year = replay.years[index];
    const count = year.competitions.length;
    const held = count === 0 ? "no competition" : `${count} competition${count === 1 ? "" : "s"}`;
    $("replay-year").textContent = `${year.year} (year ${index + 1} of ${replay.years.length}): ${year.regimeName} in force, ${held}`;
    setEnabled($("replay-prev"), index > 0, $("replay-next"));
    setEnabled($("replay-next"), index < replay.years.length - 1, $("replay-prev"));
    // The map is drawn by the server from numbers and the scenario's names, escaped there.
    $("replay-map-svg").innerHTML = year.map;
    const list = $("replay-competitions");
    list.replaceChildren();
    if (count === 0) {
      const p = document.createElement("p");
      p.className = "quiet";
      p.textContent = "No competition this year.";
      list.append(p);
    }
    for (const c of year.competitions) list.append(competition(c));
  }

  // A disabled button cannot keep the keyboard focus: hand it to the other one.
  function setEnabled(button, on, other) {
    if (!on && document.activeElement === button) other.focus();
    button.disabled = !on;
  }

  function names(ids, separator = " + ") {
    return ids.map((id) => replay.regionNames[id] || id).join(separator);
  }

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function percent(p) {
    const value = p * 100;
    return `${value > 0 && value < 9.95 ? value.toFixed(1) : value.toFixed(0)} %`;
  }

  function competition(c) {
    const article = document.createElement("article");
    article.className = "competition";
    const heading = cell("h3", c.projectName);
    heading.append(cell("span", ` (${c.winners} winner${c.winners === 1 ? "" : "s"})`, "hint"));
    article.append(heading);
    if (c.bids.length > 0) {
      const table = document.createElement("table");
      table.append(cell("caption", "Bids, most likely winner first"));
      const head = document.createElement("tr");
      for (const [text, cls] of [["Bid", ""], ["Effort (₩\u00a0bn)", "num"], ["Criteria score", "num"], ["Chance before the selection", "num"], ["Won", "won-cell"]]) {
        const th = cell("th", text, cls);
        th.scope = "col";
        head.append(th);
      }
      table.append(document.createElement("thead"));
      table.tHead.append(head);
      const body = document.createElement("tbody");
      for (const b of c.bids) {
        const row = document.createElement("tr");
        if (b.won) row.className = "won";
        const who = cell("th", names(b.regions));
        who.scope = "row";
        const won = cell("td", "", "won-cell");
        const mark = cell("span", b.won ? "✓" : "");
        mark.setAttribute("aria-hidden", "true");
        won.append(mark, cell("span", b.won ? "won" : "did not win", "sr-only"));
        row.append(who, cell("td", b.effortBillionWon.toFixed(1), "num"), cell("td", b.merit.toFixed(2), "num"), cell("td", percent(b.chance), "num"), won);
        body.append(row);
      }
      table.append(body);
      const scroll = document.createElement("div");
      scroll.className = "scroll";
      scroll.append(table);
      article.append(scroll);
    }
    const bidders = new Set(c.bids.flatMap((b) => b.regions));
    const stayedOut = c.candidates.filter((id) => !bidders.has(id));
    if (stayedOut.length > 0) article.append(cell("p", `Could have bid but did not: ${names(stayedOut, ", ")}.`, "hint"));
    const why = document.createElement("ul");
    why.className = "why";
    for (const sentence of c.why) why.append(cell("li", sentence));
    article.append(why);
    return article;
  }

  $("replay-show").addEventListener("click", load);
  $("replay-number").addEventListener("keydown", (e) => { if (e.key === "Enter") load(); });
  $("replay-random").addEventListener("click", () => {
    if (!run) return;
    $("replay-number").value = Math.floor(Math.random() * run.replications);
    load();
  });
  $("replay-prev").addEventListener("click", () => step(-1));
  $("replay-next").addEventListener("click", () => step(1));
  $("replay-view").addEventListener("keydown", (e) => {
    if (e.key === "ArrowLeft") { step(-1); e.preventDefault(); }
    if (e.key === "ArrowRight") { step(1); e.preventDefault(); }
  });
  return { offer };
})();
