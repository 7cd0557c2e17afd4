"use strict";
// The class game page before a game: a student joins with the teacher's code, a teacher starts a game.
window.regsimPlay.start = (() => {
  const { $, serverCode, api, status, element } = window.regsimPlay;

  // Games are started only on the computer running the server: the server says whether this page is on it, and any other
  // device sees why there is nothing to start here before anyone tries, with the join form only.
  async function show() {
    $("start").hidden = false;
    const here = await api("/api/this-computer").catch(() => null);
    if (!here || !here.runsTheServer) {
      elsewhere("Games are started on the computer that runs regsim serve. Students: type the game code your teacher shows.");
      return;
    }
    let scenarios;
    try { scenarios = await api("/api/scenarios"); } catch (err) {
      elsewhere(err.status === 401 ? joinCodeRefused() : err.message);
      return;
    }
    $("start-elsewhere").hidden = true;
    $("new-game-form").hidden = false;
    $("game-scenario").replaceChildren(...scenarios.map((n) => new Option(n, n, n === "baseline", n === "baseline")));
    await showRegimes();
    $("start-game").disabled = false; // only once the scenario and its regimes are there to send
    await showServerGames();
  }

  // The server asks for its own code (a classroom network): this address lacks it, or carries one the server refused.
  function joinCodeRefused() {
    return serverCode
      ? `The server refused the join code in this page's address (?code=${serverCode}): check it against the address regsim serve printed, and open that address to start a game.`
      : "This server asks for its join code: to start a game, open this page at the address regsim serve printed, which ends in ?code= and the code.";
  }

  function elsewhere(sentence) {
    $("start-elsewhere").textContent = sentence;
    $("start-elsewhere").hidden = false;
    $("new-game-form").hidden = true;
    $("server-games").hidden = true;
  }

  // The server's own computer lists every game with its teacher token; any other device is refused and sees no list.
  async function showServerGames() {
    let games;
    try { games = await api("/api/games"); } catch { $("server-games").hidden = true; return; }
    $("server-games").hidden = games.length === 0;
    $("server-games-list").replaceChildren(...games.map((g) => {
      const when = new Date(g.lastActivity).toLocaleString();
      const item = element("li", `${g.code}: ${g.scenario}, ${g.phase}, ${g.roundsJudged} of ${g.rounds} rounds judged, ${g.students} seated (last active ${when}) `);
      const open = element("button", `Open ${g.code} as teacher`, "small");
      open.type = "button";
      open.addEventListener("click", () => { localStorage.setItem(`regsim.teacher.${g.code}`, g.teacherToken); go(g.code); });
      const remove = element("button", `Delete ${g.code}`, "small");
      remove.type = "button";
      remove.addEventListener("click", async () => {
        if (!confirm(`Delete game ${g.code} and everything played in it?`)) return;
        try {
          await api(`/api/games/${encodeURIComponent(g.code)}`, { method: "DELETE", headers: { "X-Teacher-Token": g.teacherToken } });
          await showServerGames();
        } catch (err) { status(err.message); }
      });
      item.append(open, remove);
      return item;
    }));
  }

  // The regimes a game may start under come from the chosen scenario, each with the years its timeline gives it; the one
  // the timeline starts under is chosen first. The game stays under the regime chosen until the teacher switches.
  async function showRegimes() {
    const scenario = $("game-scenario").value;
    const regimes = scenario ? await api(`/api/scenarios/${encodeURIComponent(scenario)}/regimes`) : [];
    $("game-regime").replaceChildren(...regimes.map((r) => {
      const years = r.timelineYears ? ` (on the timeline: ${r.timelineYears})` : " (not on the timeline)";
      return new Option(`${r.name}${years}`, r.id, r.timelineFirst, r.timelineFirst);
    }));
  }

  $("game-scenario").addEventListener("change", () => showRegimes().catch((err) => status(err.message)));

  function go(code) {
    const query = new URLSearchParams({ game: code });
    if (serverCode) query.set("code", serverCode);
    location.assign(`/play?${query}`);
  }

  $("join-form").addEventListener("submit", (e) => { e.preventDefault(); go($("join-code-input").value.trim().toUpperCase()); });
  // Back from a game the page started (the browser restores it as it was left): its button starts a game again.
  window.addEventListener("pageshow", (e) => { if (e.persisted && !$("new-game-form").hidden) $("start-game").disabled = false; });

  $("new-game-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    if ($("start-game").disabled) return; // a double click starts one game, not two
    $("start-game").disabled = true;
    try {
      const teamSize = $("game-open-teams").checked ? 0 : Number($("game-team-size").value);
      const body = { scenario: $("game-scenario").value, regime: $("game-regime").value || null, teamSize, captains: $("game-captains").checked };
      const started = await api("/api/games", { method: "POST", body: JSON.stringify(body) });
      localStorage.setItem(`regsim.teacher.${started.code}`, started.teacherToken);
      go(started.code);
    } catch (err) { status(err.message); $("start-game").disabled = false; }
  });

  $("game-open-teams").addEventListener("change", () => { $("game-team-size").disabled = $("game-open-teams").checked; });

  return { show };
})();
