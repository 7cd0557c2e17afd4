"use strict";
// The participatory game page: no framework, no build step. Teacher and students share it; the teacher's and each
// student's secret token live in this browser's localStorage, so a reload comes back to the same role and region.
(() => {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const serverCode = params.get("code");
  const gameCode = (params.get("game") || "").toUpperCase();
  const teacherKey = `regsim.teacher.${gameCode}`;
  const seatKey = `regsim.seat.${gameCode}`;
  const money = (x) => `${Number(x) < 0 ? "−" : ""}₩${Math.abs(Number(x)).toLocaleString("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} bn`;
  const percent = (x) => `${Math.round(x * 100)} %`;
  if (serverCode) $("explore-link").href = `/?code=${encodeURIComponent(serverCode)}`;
  let view = null;
  let names = new Map();
  let formRound = null;
  let events = null;

  async function api(path, options = {}) {
    const headers = { "Content-Type": "application/json", ...(options.headers || {}) };
    if (serverCode) headers["X-Join-Code"] = serverCode;
    const teacher = localStorage.getItem(teacherKey);
    const seat = localStorage.getItem(seatKey);
    if (teacher) headers["X-Teacher-Token"] = teacher;
    if (seat) headers["X-Seat-Token"] = seat;
    const response = await fetch(path, { ...options, headers });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(window.regsimProblemText(body, response.status));
    return body;
  }

  function status(text) { $("status").textContent = text || ""; }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function row(cells, header = false) {
    const tr = document.createElement("tr");
    for (const c of cells) {
      const cell = element(header ? "th" : "td", typeof c === "object" && c !== null ? c.text : c);
      if (typeof c === "object" && c !== null && c.num) cell.className = "num";
      tr.append(cell);
    }
    return tr;
  }

  // ----- landing: join or start -----
  async function showStart() {
    $("start").hidden = false;
    const scenarios = await api("/api/scenarios");
    $("game-scenario").replaceChildren(...scenarios.map((n) => new Option(n, n, n === "baseline", n === "baseline")));
    await showRegimes();
  }

  // The regimes a game may start under come from the chosen scenario; the first option starts as its timeline does.
  async function showRegimes() {
    const scenario = $("game-scenario").value;
    const regimes = scenario ? await api(`/api/scenarios/${encodeURIComponent(scenario)}/regimes`) : [];
    $("game-regime").replaceChildren(new Option("as the timeline starts", ""), ...regimes.map((r) => new Option(r.name, r.id)));
  }

  $("game-scenario").addEventListener("change", () => showRegimes().catch((err) => status(err.message)));

  function go(code) {
    const query = new URLSearchParams({ game: code });
    if (serverCode) query.set("code", serverCode);
    location.assign(`/play?${query}`);
  }

  $("join-form").addEventListener("submit", (e) => { e.preventDefault(); go($("join-code-input").value.trim().toUpperCase()); });
  $("new-game-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const started = await api("/api/games", { method: "POST", body: JSON.stringify({ scenario: $("game-scenario").value, regime: $("game-regime").value || null }) });
      localStorage.setItem(`regsim.teacher.${started.code}`, started.teacherToken);
      go(started.code);
    } catch (err) { status(err.message); }
  });

  // ----- following the game -----
  function follow() {
    if (events) events.close();
    const seat = localStorage.getItem(seatKey);
    const query = seat ? `?seat=${encodeURIComponent(seat)}` : "";
    events = new EventSource(`/api/games/${encodeURIComponent(gameCode)}/events${query}`);
    events.addEventListener("state", (e) => { status(""); render(JSON.parse(e.data)); });
    events.onerror = async () => {
      status("Connection lost; reconnecting…");
      const response = await fetch(`/api/games/${encodeURIComponent(gameCode)}`).catch(() => null);
      if (response && response.status === 404) {
        events.close();
        status(`There is no game with the code ${gameCode}. Check the code the teacher shows.`);
        $("start").hidden = false;
        showStart().catch(() => {});
      }
    };
  }

  function render(next) {
    view = next;
    names = new Map(view.regions.map((r) => [r.id, r.name]));
    $("board").hidden = false;
    renderPhase();
    renderResults();
    renderStandings();
    renderComparison();
    if (localStorage.getItem(teacherKey)) renderTeacher(); else renderStudent();
  }

  function currentRound() { return view.round ? view.rounds[view.round - 1] : null; }

  function renderPhase() {
    const round = currentRound();
    const regime = view.regimes.find((r) => r.id === view.regime);
    const texts = {
      lobby: ["Waiting for players", `${view.rounds.length} rounds: ${view.rounds.map((r) => `${r.projectName} (${r.year})`).join(", ")}.`],
      deciding: [`Round ${view.round} of ${view.rounds.length}: ${round && round.projectName} (${round && round.year})`,
        `Candidates: ${view.regions.filter((r) => r.eligible).map((r) => r.name).join(", ")}. Decide now; ${regime.name} will judge the bids.`],
      judged: [`Round ${view.round} judged: ${round && round.projectName}`, "Read who won and why."],
      finished: ["Game over", "The horizon has been simulated to its end. How did the class do against the model?"],
    };
    const [title, text] = texts[view.phase];
    $("phase-title").textContent = title;
    $("phase-text").textContent = text;
  }

  function bidName(bid) {
    const players = bid.regions.map((id) => view.regions.find((r) => r.id === id)).filter((r) => r && r.player);
    const label = bid.regions.map((id) => names.get(id) || id).join(" + ");
    return players.length ? `${label} (${players.map((r) => r.player).join(", ")})` : label;
  }

  function competitionTable(record) {
    const table = document.createElement("table");
    table.append(row(["Bid", { text: "Effort", num: true }, { text: "Criteria score", num: true }, { text: "Chance", num: true }, "Won"], true));
    for (const bid of record.bids) {
      const tr = row([bidName(bid), { text: money(bid.effortBillionWon), num: true }, { text: bid.merit.toFixed(2), num: true }, { text: percent(bid.chance), num: true }, bid.won ? "✓ won" : ""]);
      if (bid.played) tr.classList.add("played");
      if (bid.won) tr.classList.add("won");
      table.append(tr);
    }
    const box = element("div");
    const regime = view.regimes.find((r) => r.id === record.regime);
    box.append(element("h3", `${record.projectName}, ${record.year}, judged under ${regime ? regime.name : record.regime}`));
    const scroll = element("div", null, "scroll");
    scroll.append(table);
    box.append(scroll);
    for (const s of record.why) box.append(element("p", s, "why"));
    return box;
  }

  function renderResults() {
    const results = $("results");
    results.replaceChildren();
    const shown = view.phase === "judged" || view.phase === "finished" ? view.results.length - 1 : view.results.length;
    if (view.phase === "judged" && view.autoPlayed.length) {
      results.append(element("p", `No decision came from ${view.autoPlayed.map((id) => names.get(id)).join(", ")}; the model decided for them this round.`));
    }
    if (shown < view.results.length && shown >= 0) results.append(competitionTable(view.results[shown]));
    for (let i = shown - 1; i >= 0; i--) {
      const details = element("details");
      details.append(element("summary", `Earlier: ${view.results[i].projectName} (${view.results[i].year})`), competitionTable(view.results[i]));
      results.append(details);
    }
  }

  function renderStandings() {
    const table = $("standings");
    table.replaceChildren(row(["#", "Region", "Player", { text: "Wins", num: true }, { text: "Prizes won", num: true }, { text: "Effort", num: true }, { text: "Net gain", num: true }, { text: "Resources per person (₩k)", num: true }], true));
    view.standings.forEach((entry, i) => {
      const s = entry.standing;
      const tr = row([i + 1, s.name, entry.player || "model", { text: s.wins, num: true }, { text: money(s.prizeWonBillionWon), num: true }, { text: money(s.effortBillionWon), num: true }, { text: money(s.netGainBillionWon), num: true }, { text: Math.round(s.resourcesPerCapita).toLocaleString("en"), num: true }]);
      if (s.played) tr.classList.add("played");
      table.append(tr);
    });
  }

  function renderComparison() {
    const box = $("comparison");
    box.replaceChildren();
    if (!view.comparison) return;
    box.append(element("h3", `The class against ${view.comparison.games.toLocaleString("en")} games the model played alone`));
    if (view.comparisonChart) {
      const figure = element("figure", null, "comparison-chart");
      // Drawn by the server from numbers, with names XML-escaped.
      figure.innerHTML = view.comparisonChart;
      box.append(figure);
    }
    for (const s of view.comparison.sentences) box.append(element("p", s, "why"));
  }

  // ----- teacher -----
  function renderTeacher() {
    $("teacher").hidden = false;
    $("join-code").textContent = view.code;
    $("join-url").textContent = `${location.origin}/play`;
    $("join-hint").textContent = ["127.0.0.1", "localhost", "[::1]"].includes(location.hostname)
      ? "This address works on this computer only. For students' devices, start the server with --listen-any --join-code and open the page at one of the addresses it prints."
      : "";
    const options = $("regime-options");
    if (!options.childElementCount) {
      for (const r of view.regimes) {
        const label = element("label");
        const input = element("input");
        input.type = "radio"; input.name = "regime"; input.value = r.id;
        input.addEventListener("change", () => act(`/api/games/${gameCode}/regime`, "PUT", { regime: r.id }));
        label.append(input, document.createTextNode(r.name));
        options.append(label);
      }
    }
    for (const input of options.querySelectorAll("input")) input.checked = input.value === view.regime;
    const next = view.round ? view.rounds[view.round] : view.rounds[0];
    const labels = {
      lobby: `Open round 1: ${view.rounds[0].projectName}`,
      deciding: `Judge round ${view.round}`,
      judged: next ? `Open round ${view.round + 1}: ${next.projectName}` : "Finish the game",
      finished: "Game over",
    };
    $("advance").textContent = labels[view.phase];
    $("advance").disabled = view.phase === "finished";
    const players = view.regions.filter((r) => r.player);
    const decided = players.filter((r) => r.decided).length;
    $("decided").textContent = view.phase === "deciding" ? `${decided} of ${players.length} players have decided.` : `${players.length} players.`;
    $("players").replaceChildren(...players.map((r) => {
      const item = element("li", `${r.player}: ${r.name}${view.phase === "deciding" ? (r.decided ? " ✓ decided" : " … deciding") : ""} `, view.phase === "deciding" && !r.decided ? "waiting" : "");
      if (view.phase !== "finished") {
        const release = element("button", "Free", "small");
        release.type = "button";
        release.setAttribute("aria-label", `Free ${r.name} (${r.player}): the model plays it again`);
        release.addEventListener("click", () => act(`/api/games/${gameCode}/seats/${encodeURIComponent(r.id)}`, "DELETE"));
        item.append(release);
      }
      return item;
    }));
  }

  async function act(path, method, body) {
    try { await api(path, { method, body: body ? JSON.stringify(body) : undefined }); } catch (err) { status(err.message); }
  }

  $("advance").addEventListener("click", () => act(`/api/games/${gameCode}/advance`, "POST"));

  // ----- student -----
  function renderStudent() {
    $("student").hidden = false;
    const me = view.me;
    $("seat-form").hidden = !!me;
    $("my-seat").hidden = !me;
    if (!me && localStorage.getItem(seatKey)) {
      localStorage.removeItem(seatKey); // the teacher freed this region, or the server was restarted
      $("decision-status").textContent = "";
      status("You no longer hold a region in this game: take one again.");
    }
    if (!me) {
      const free = view.regions.filter((r) => !r.player);
      const choice = $("region-choice");
      const kept = choice.value;
      choice.replaceChildren(...free.map((r) => new Option(r.name, r.id)));
      if (free.some((r) => r.id === kept)) choice.value = kept;
      return;
    }
    $("my-region").textContent = me.regionName;
    $("my-name").textContent = me.name;
    const brief = me.brief;
    $("decision-form").hidden = !(view.phase === "deciding" && brief && brief.eligible);
    if (view.phase !== "deciding" || !brief) {
      $("brief").replaceChildren();
      $("decision-status").textContent = view.phase === "finished" ? "The game is over." : "Wait for the teacher to open the next round.";
      formRound = null;
      return;
    }
    if (!brief.eligible) {
      $("brief").replaceChildren(element("p", `${me.regionName} is not a candidate for ${currentRound().projectName}. Watch this round.`));
      $("decision-status").textContent = "";
      return;
    }
    if (formRound === view.round) return; // keep what the student is typing
    formRound = view.round;
    const list = element("dl", null, "brief");
    const add = (term, value) => list.append(element("dt", term), element("dd", value));
    add("Prize value to you", money(brief.prizeValueBillionWon));
    add("Winners", `${brief.winners} of ${brief.candidates} candidates`);
    add("Your rank on the criteria", `${brief.meritRank} of ${brief.candidates}`);
    add("You can spend", `${money(brief.effortFloorBillionWon)} to ${money(brief.effortCapBillionWon)}`);
    add("Rivals expect from you", money(brief.usualEffortBillionWon));
    $("brief").replaceChildren(list);
    const effort = $("effort");
    effort.min = brief.effortFloorBillionWon;
    effort.max = brief.effortCapBillionWon;
    effort.step = niceStep((brief.effortCapBillionWon - brief.effortFloorBillionWon) / 200);
    const decision = me.decision;
    effort.value = decision && decision.effort ? decision.effort : brief.usualEffortBillionWon;
    $("effort-value").textContent = money(effort.value);
    $("bid").checked = decision ? decision.bid : true;
    $("team-up-label").hidden = brief.partners.length === 0;
    $("partners").textContent = brief.partners.map((id) => names.get(id) || id).join(", ");
    $("team-up").checked = decision ? decision.teamUp : false;
    $("decision-status").textContent = decision ? savedText(decision) : "Not decided yet: if you send nothing, the model decides for you.";
  }

  // A slider step of 1, 2 or 5 times a power of ten, so arrow keys move by round amounts.
  function niceStep(raw) {
    if (!(raw > 0)) return 0.001;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  }

  function savedText(d) { return d.bid ? `Sent: bid with ${money(d.effort)}${d.teamUp ? ", teaming up" : ""}.` : "Sent: no bid this round."; }

  $("effort").addEventListener("input", () => { $("effort-value").textContent = money($("effort").value); });
  $("decision-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const decision = { bid: $("bid").checked, effort: Number($("effort").value), teamUp: $("team-up").checked && !$("team-up-label").hidden };
    try {
      await api(`/api/games/${gameCode}/decision`, { method: "PUT", body: JSON.stringify(decision) });
      $("decision-status").textContent = savedText(decision);
    } catch (err) { status(err.message); }
  });

  async function takeSeat(region) {
    try {
      const taken = await api(`/api/games/${gameCode}/seats`, { method: "POST", body: JSON.stringify({ name: $("player-name").value.trim(), region }) });
      localStorage.setItem(seatKey, taken.token);
      follow();
    } catch (err) { status(err.message); }
  }

  $("seat-form").addEventListener("submit", (e) => { e.preventDefault(); takeSeat($("region-choice").value); });
  $("any-region").addEventListener("click", () => { if ($("seat-form").reportValidity()) takeSeat(null); });
  window.addEventListener("pagehide", () => { if (events) events.close(); });

  if (gameCode) follow(); else showStart().catch((err) => status(err.message));
})();
