"use strict";
// Replay of one replication, year by year, under the results of a run. No framework, no build step. app.js calls
// regsimReplay.offer(run, api) when a run has finished; everything else happens here. The server words every label (year
// headings, table captions and columns, region and mode names, numbers) from the scenario; this script only draws them.
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
    const number = replicationAsked();
    if (number === null) return;
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
    setStatus(`Replication ${number.toLocaleString()}, ${replay.modeLabel}: ${replay.years.length} years. Use the buttons or the arrow keys.`);
    $("replay-map-caption").textContent = replay.mapCaption;
    index = 0;
    $("replay-view").hidden = false;
    showYear();
    // The arrow keys step from here on, as the status says: the keys are heard inside the view, so focus moves into it.
    $("replay-next").focus();
  }

  // The replication typed, or null after saying what is wrong with it: a number that is not whole (1.5) is refused, not
  // rounded to another replication than the one asked for.
  function replicationAsked() {
    const input = $("replay-number");
    const text = input.value.trim();
    const range = `from 0 to ${(run.replications - 1).toLocaleString()}`;
    if (input.validity.badInput || text === "") {
      setStatus(`Replication: type a whole number ${range}.`, true);
      return null;
    }
    const number = Number(text);
    if (!Number.isInteger(number)) {
      setStatus(`Replication: ${text} is not a whole number; type one ${range}.`, true);
      return null;
    }
    if (number < 0 || number >= run.replications) {
      setStatus(`Replication: ${text} is out of range; type a whole number ${range}.`, true);
      return null;
    }
    return number;
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
    $("replay-year").textContent = year.heading;
    setEnabled($("replay-prev"), index > 0, $("replay-next"));
    setEnabled($("replay-next"), index < replay.years.length - 1, $("replay-prev"));
    // The map is drawn by the server from numbers and the scenario's names, escaped there.
    $("replay-map-svg").innerHTML = year.map;
    const list = $("replay-competitions");
    list.replaceChildren();
    if (year.note) list.append(cell("p", year.note, "quiet"));
    for (const c of year.competitions) list.append(competition(c));
  }

  // A disabled button cannot keep the keyboard focus: hand it to the other one.
  function setEnabled(button, on, other) {
    if (!on && document.activeElement === button) other.focus();
    button.disabled = !on;
  }

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  // Classes of the columns by their kind, as style.css draws them.
  const columnClass = { label: "", number: "num", mark: "won-cell" };

  function table(t) {
    const element = document.createElement("table");
    element.append(cell("caption", t.caption));
    const head = document.createElement("tr");
    const classOf = (column) => [columnClass[column.kind], column.givesWay ? "gives-way" : ""].filter(Boolean).join(" ");
    for (const column of t.columns) {
      const th = cell("th", column.label, classOf(column));
      th.scope = "col";
      head.append(th);
    }
    element.append(document.createElement("thead"));
    element.tHead.append(head);
    const body = document.createElement("tbody");
    for (const r of t.rows) {
      const row = document.createElement("tr");
      if (r.won) row.className = "won";
      t.columns.forEach((column, i) => {
        if (column.kind === "label") {
          const th = cell("th", r.cells[i]);
          th.scope = "row";
          row.append(th);
        } else if (column.kind === "mark") {
          // The mark is for the eye; the cell's words are for screen readers.
          const td = cell("td", "", columnClass.mark);
          const mark = cell("span", r.won ? "✓" : "");
          mark.setAttribute("aria-hidden", "true");
          td.append(mark, cell("span", r.cells[i], "sr-only"));
          row.append(td);
        } else {
          row.append(cell("td", r.cells[i], classOf(column)));
        }
      });
      body.append(row);
    }
    element.append(body);
    const scroll = document.createElement("div");
    scroll.className = "scroll";
    scroll.append(element);
    const notes = t.columns.filter((column) => column.note).map((column) => cell("p", column.note, ["hint", column.givesWay ? "gives-way" : ""].filter(Boolean).join(" ")));
    if (!notes.length) return scroll;
    const box = document.createElement("div");
    box.append(scroll, ...notes);
    return box;
  }

  function competition(c) {
    const article = document.createElement("article");
    article.className = "competition";
    const heading = cell("h3", c.title);
    heading.append(cell("span", ` ${c.subtitle}`, "hint"));
    article.append(heading);
    if (c.table) article.append(table(c.table));
    if (c.stayedOut) article.append(cell("p", c.stayedOut, "hint"));
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
