"use strict";
// What every page of the class game shows: the phase, each judged competition with its bids and why the winners won, the
// standings, and the class against the model once the game is over.
window.regsimPlay.board = (() => {
  const { $, money, percent, element, row } = window.regsimPlay;
  let view = null;
  let names = new Map();

  function render(next, regionNames) {
    view = next;
    names = regionNames;
    renderPhase();
    renderResults();
    renderStandings();
    renderComparison();
  }

  function currentRound() { return view.round ? view.rounds[view.round - 1] : null; }

  function solo() { return view.teams.teamSize === 1; }

  function renderPhase() {
    const round = currentRound();
    const regime = view.regimes.find((r) => r.id === view.regime);
    const texts = {
      lobby: ["Waiting for players", `${view.rounds.length} rounds: ${view.rounds.map((r) => `${r.projectName} (${r.year})`).join(", ")}.`],
      deciding: [`Round ${view.round} of ${view.rounds.length}: ${round && round.projectName} (${round && round.year})`,
        `Candidates: ${view.regions.filter((r) => r.eligible).map((r) => r.name).join(", ")}. Decide now; ${regime.name} will judge the bids.`],
      judged: [`Round ${view.round} judged: ${round && round.projectName}`, "Read who won and why."],
      finished: ["Game over", "Every round has been played, and the model has played the scenario's remaining years to its end. How did the class do against the model?"],
    };
    const [title, text] = texts[view.phase];
    $("phase-title").textContent = title;
    $("phase-text").textContent = text;
  }

  // Students' names, each kept whole on its line ("Seung-min" is not broken at its hyphen), separated by commas.
  // A name holding a word longer than any region's ("AAAA…" typed as a joke, forty letters of Hangul) may break inside that
  // word, so that it cannot push Chance and Won off a projector; ordinary names stay whole.
  const longWord = (name) => name.split(/\s+/).some((word) => [...word].length > 16);
  function namesSpan(students, className, before = "", after = "") {
    const span = element("span", before, className);
    students.forEach((name, i) => span.append(i ? ", " : "", element("span", name, longWord(name) ? "name long-name" : "name"), i === students.length - 1 ? after : ""));
    return span;
  }

  // A bid's regions, then who plays them; on a phone the players take a line of their own under the regions. A bid the model
  // made for a seated team that sent no decision says so, so that the class does not credit the team with it.
  function bidCell(bid) {
    const players = bid.regions.map((id) => view.regions.find((r) => r.id === id)).filter((r) => r && r.team.length);
    const cell = element("td", bid.regions.map((id) => names.get(id) || id).join(" + "));
    if (players.length) cell.append(" ", namesSpan(players.flatMap((r) => r.team), "bid-players", "(", bid.played ? ")" : "; the model decided)"));
    return cell;
  }

  function competitionTable(record, index) {
    const table = document.createElement("table");
    table.append(row(["Bid", { text: "Effort", num: true }, { text: "Criteria score", num: true, className: "criteria" }, { text: "Chance", num: true }, "Won"], true));
    for (const bid of record.bids) {
      const tr = row([bidCell(bid), { text: money(bid.effortBillionWon), num: true }, { text: bid.merit.toFixed(2), num: true, className: "criteria" }, { text: percent(bid.chance), num: true }, bid.won ? "✓ won" : ""]);
      if (bid.played) tr.classList.add("played");
      if (bid.won) tr.classList.add("won");
      table.append(tr);
    }
    const box = element("div");
    const regime = view.regimes.find((r) => r.id === record.regime);
    box.append(element("h3", `${record.projectName}, ${record.year}, judged under ${regime ? regime.name : record.regime}`));
    // Keyboard users can scroll a table wider than a phone.
    const scroll = element("div", null, "scroll");
    scroll.tabIndex = 0;
    scroll.setAttribute("role", "region");
    scroll.setAttribute("aria-label", `Bids for ${record.projectName}, ${record.year}`);
    scroll.append(table);
    box.append(scroll);
    // A consortium that stayed out is missing from the bids: say why, to its own students first of all.
    const mine = view.me ? view.me.region : null;
    for (const c of view.stayedOut.filter((s) => s.round === index + 1)) {
      const own = c.members.includes(mine);
      box.append(element("p", own ? c.memberSentence : c.sentence, own ? "why own" : "why"));
    }
    for (const s of record.why) box.append(element("p", s, "why"));
    // The criteria score's explanation goes with its column, which a phone leaves out.
    const hint = element("p", null, "hint");
    hint.append(element("span", "Criteria score: how well the region fits the project's criteria as the regime weighs them, effort left aside; 0 is an average region, below 0 a weaker one. ", "criteria"),
      element("span", "Chance: the bid's chance of winning before the selection."));
    box.append(hint);
    return box;
  }

  function renderResults() {
    const results = $("results");
    results.replaceChildren();
    const shown = view.phase === "judged" || view.phase === "finished" ? view.results.length - 1 : view.results.length;
    // Said of the last judged round after the end too, where the projector keeps that round's table.
    if ((view.phase === "judged" || view.phase === "finished") && view.autoPlayed.length) {
      results.append(element("p", `No decision came from ${view.autoPlayed.map((id) => names.get(id)).join(", ")}${view.teams && view.teams.captains ? " (with captains, only a captain's proposal decides; the others' are advice)" : ""}; the model decided for them ${view.phase === "finished" ? "in the last round" : "this round"}.`));
    }
    if (shown < view.results.length && shown >= 0) results.append(competitionTable(view.results[shown], shown));
    for (let i = shown - 1; i >= 0; i--) {
      const details = element("details");
      details.append(element("summary", `Earlier: ${view.results[i].projectName} (${view.results[i].year})`), competitionTable(view.results[i], i));
      results.append(details);
    }
  }

  // On a phone the standings keep #, the region with its players under its name, wins and net gain, and leave out the columns
  // a hint below the table names (the prizes won and the effort, whose difference the net gain is, and resources per person).
  function renderStandings() {
    const table = $("standings");
    const who = solo() ? "Player" : "Team";
    const region = element("th", "Region");
    region.append(element("span", ` and ${who.toLowerCase()}`, "stacked"));
    table.replaceChildren(row(["#", region, { text: who, className: "players-column" }, { text: "Wins", num: true }, { text: "Prizes won", num: true, className: "wide-only" }, { text: "Effort", num: true, className: "wide-only" }, { text: "Net gain", num: true }, { text: "Resources per person (₩ thousand)", num: true, className: "wide-only" }], true));
    view.standings.forEach((entry, i) => {
      const s = entry.standing;
      const team = (view.regions.find((r) => r.id === s.region) || { team: [] }).team;
      const name = element("td", s.name);
      name.append(team.length ? namesSpan(team, "stacked") : element("span", "model", "stacked"));
      const players = element("td", null, "players-column");
      players.append(team.length ? namesSpan(team) : "model");
      // Before any round is judged every region has nothing: the list is the scenario's order, not a ranking. Before the
      // first round opens no year has run, so no region has received anything yet: a dash, not a count of zero.
      const resources = view.phase === "lobby" ? "–" : Math.round(s.resourcesPerCapita).toLocaleString("en");
      const tr = row([view.results.length ? i + 1 : "–", name, players, { text: s.wins, num: true }, { text: money(s.prizeWonBillionWon), num: true, className: "wide-only" }, { text: money(s.effortBillionWon), num: true, className: "wide-only" }, { text: money(s.netGainBillionWon), num: true }, { text: resources, num: true, className: "wide-only" }]);
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
      box.append(element("p", "Swipe sideways to see the whole chart.", "swipe-hint"));
      const figure = element("figure", null, "comparison-chart");
      // Drawn by the server from numbers, with names XML-escaped.
      figure.innerHTML = view.comparisonChart;
      box.append(figure);
    }
    // One sentence per played region (in the players' order), then the class's rent dissipation; a student's own first.
    const players = view.comparison.players;
    const mine = view.me ? view.me.region : null;
    const sentences = view.comparison.sentences.map((text, i) => ({ text, own: i < players.length && players[i].region === mine }));
    sentences.sort((a, b) => b.own - a.own);
    for (const s of sentences) box.append(element("p", s.text, s.own ? "why own" : "why"));
  }

  return { render };
})();
