"use strict";
// The participatory game page: no framework, no build step. Teacher and students share it; the teacher's and each
// student's secret token live in this browser's localStorage, so a reload, or the server's restart, comes back to the same
// role and region.
(() => {
  const { $, count, element, setText, serverCode, gameCode, teacherKey, seatKey, api, credentials, status, home } = window.regsimPlay;
  const secondsKey = "regsim.roundSeconds";
  let view = null;
  let names = new Map();
  let events = null;
  let retries = 0;
  let retryTimer = null;
  let followedSeat = null; // the seat token the live stream was opened with: its views say whether that seat still holds
  let links = null; // the teacher's links to the debrief and the CSV, with the game's read-only key: { key, debrief, export }

  // ----- following the game -----
  // The server sends the whole view at every change. When the stream drops (a network hiccup, the server restarting), the
  // page asks again after 1, 2, 4… up to 15 seconds, keeping its tokens: games and seats outlive a restart.
  function follow() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (events) events.close();
    // A stream cannot send headers: its token goes in the address: the seat's, or the game's read-only key on the teacher's page
    // (never the teacher's token, which an address would show).
    const seat = localStorage.getItem(seatKey);
    followedSeat = seat;
    const query = seat ? `?seat=${encodeURIComponent(seat)}` : links ? `?key=${encodeURIComponent(links.key)}` : "";
    const source = new EventSource(`/api/games/${encodeURIComponent(gameCode)}/events${query}`);
    events = source;
    source.addEventListener("state", (e) => {
      if (retries) {
        retries = 0;
        connection("Reconnected.");
        setTimeout(() => { if ($("connection").textContent === "Reconnected.") connection(""); }, 4000);
      }
      // Another player's move leaves this page's message in place (it may be the one saying why a request failed); a new
      // round or phase clears it.
      const next = JSON.parse(e.data);
      if (!view || next.round !== view.round || next.phase !== view.phase) status(""); else window.regsimPlay.reached();
      render(next);
    });
    source.onerror = () => {
      if (source !== events) return;
      source.close();
      events = null;
      reconnect();
    };
  }

  function connection(text) { setText("connection", text); }

  async function reconnect() {
    connection("Connection to the server lost; reconnecting…");
    const response = await fetch(`/api/games/${encodeURIComponent(gameCode)}`, { headers: credentials() }).catch(() => null);
    if (events) return; // already following again
    if (response && response.status === 404) { gone(); return; }
    const refused = await window.regsimPlay.waitWhenRefused(response);
    const delay = refused ?? Math.min(15000, 1000 * 2 ** retries) * (0.8 + 0.4 * Math.random());
    retries++;
    retryTimer = setTimeout(follow, delay);
  }

  // Arriving with a code: one request says whether the game exists before the live stream opens, so a mistyped code
  // costs one of the address's allowed misses, not two (the stream's refusal and the check after it).
  async function enter() {
    const response = await fetch(`/api/games/${encodeURIComponent(gameCode)}`, { headers: credentials() }).catch(() => null);
    const refused = await window.regsimPlay.waitWhenRefused(response);
    if (response && response.status === 404) { gone(); return; }
    if (refused) { retryTimer = setTimeout(enter, refused); return; }
    // The teacher's page follows the game with the read-only key, which, like a seat's token, lets it play on when others
    // behind the same address mistyped game codes.
    if (localStorage.getItem(teacherKey)) links = await api(`/api/games/${encodeURIComponent(gameCode)}/links`).catch(() => null);
    follow();
  }

  // The server does not know the game: it was deleted, the code is mistyped, or the server was started again on another
  // data folder. The page keeps its seat or teacher token (they are kept per game code, so they hold nothing else back)
  // and, when it holds one, watches which start of the server answers (every 15 seconds, by a request that names no game
  // code, so it spends none of the address's allowance of wrong codes): once the server is started again, on the right
  // folder, the page asks for the game again and every page of the class carries on by itself, with no one reloading.
  let goneShown = false;
  async function instance() {
    const here = await fetch("/api/this-computer").then((r) => (r.ok ? r.json() : null)).catch(() => null);
    return here ? here.instance : null;
  }
  function watchForRestart(seen) {
    retryTimer = setTimeout(async () => {
      const now = await instance();
      // A start other than the one that did not know the game (or the first answer after none): ask for the game once.
      if (now && now !== seen) enter(); else watchForRestart(seen);
    }, 15000 * (0.8 + 0.4 * Math.random()));
  }
  function gone() {
    view = null; // no game shown: its return is a new view, whose first state clears this message
    connection("");
    window.regsimPlay.clock.stop();
    for (const id of ["teacher", "student", "board", "round-clock"]) $(id).hidden = true;
    const held = localStorage.getItem(teacherKey) || localStorage.getItem(seatKey);
    status(`There is no game with the code ${gameCode}. A game's code is the six letters and digits the teacher's screen shows beside “Game code”.`
      + (held ? " This page played in it: if the teacher deleted it, ask for the new game's code; if the server was started again without its games (another --data folder), start it on the folder that holds them: this page notices the restart within 15 seconds and carries on by itself." : ""));
    // Shown once: asking again must not reset a form the user may be filling in meanwhile.
    if (!goneShown) window.regsimPlay.start.show().catch(() => {});
    goneShown = true;
    if (held) instance().then(watchForRestart);
  }

  function render(next) {
    if (goneShown) { $("start").hidden = true; goneShown = false; } // the game is back: its page replaces the start form
    view = next;
    names = new Map(view.regions.map((r) => [r.id, r.name]));
    $("board").hidden = false;
    window.regsimPlay.board.render(view, names);
    window.regsimPlay.clock.render(view);
    if (localStorage.getItem(teacherKey)) renderTeacher(); else renderStudent();
  }

  // One student per region, as before teams: the page speaks of players and decisions rather than teams and proposals.
  function solo() { return view.teams.teamSize === 1; }


  // ----- teacher -----
  function renderTeacher() {
    $("teacher").hidden = false;
    $("join-code").textContent = view.code;
    $("join-url").textContent = `${location.origin}/play${serverCode ? `?code=${encodeURIComponent(serverCode)}` : ""}`;
    $("join-hint").textContent = ["127.0.0.1", "localhost", "[::1]"].includes(location.hostname)
      ? "This address works on this computer only. For students' devices, open this page at one of the network addresses regsim serve --listen-any --join-code prints (start it so if it is not)."
      : "";
    const options = $("regime-options");
    if (!options.childElementCount) {
      for (const r of view.regimes) {
        const label = element("label");
        const input = element("input");
        input.type = "radio"; input.name = "regime"; input.value = r.id;
        input.addEventListener("change", async () => {
          if (await act(`/api/games/${gameCode}/regime`, "PUT", { regime: r.id })) status(`${r.name} now applies, from the next competition judged.`);
        });
        label.append(input, document.createTextNode(r.name));
        options.append(label);
      }
    }
    for (const input of options.querySelectorAll("input")) input.checked = input.value === view.regime;
    setText("regime-hint", timelineHint());
    window.regsimPlay.teams.render(view);
    const deciding = view.phase === "deciding";
    $("deadline-actions").hidden = !deciding;
    $("deadline-set").textContent = view.deadline ? "Restart the timer for this round" : "Set the timer for this round";
    $("deadline-clear").hidden = !view.deadline;
    showLinks();
    const next = view.round ? view.rounds[view.round] : view.rounds[0];
    const labels = {
      lobby: `Open round 1: ${view.rounds[0].projectName}`,
      deciding: `Judge round ${view.round}`,
      judged: next ? `Open round ${view.round + 1}: ${next.projectName}` : "Finish the game",
      finished: "Game over",
    };
    $("advance").textContent = labels[view.phase];
    $("advance").disabled = $("regime-switch").hidden = $("timer-controls").hidden = view.phase === "finished"; // nothing left to steer
    const players = view.regions.filter((r) => r.player);
    // Only the round's candidates decide; the others watch, so the count waits for no one who cannot act.
    const deciders = players.filter((r) => r.eligible);
    const decided = deciders.filter((r) => r.decided).length;
    const progress = deciding ? (r) => (!r.eligible ? " (not a candidate this round)" : r.decided ? " ✓ decided" : " … deciding") : () => "";
    const watching = players.length - deciders.length;
    const aside = deciding && watching > 0 ? ` ${watching} seated ${watching === 1 ? "region is not a candidate" : "regions are not candidates"} this round.` : "";
    if (solo()) {
      $("players-title").textContent = "Players";
      setText("decided", deciding ? `${decided} of ${count(deciders.length, "candidate", "candidates")} decided.${aside}` : `${players.length} players.`);
    } else {
      $("players-title").textContent = "Teams";
      const students = count(view.students, "student", "students");
      setText("decided", deciding ? `${decided} of ${count(deciders.length, "candidate team", "candidate teams")} decided (${students}).${aside}` : `${students} in ${count(players.length, "team", "teams")}.`);
    }
    // Once no region bids again (every round judged, or the game over) none is marked as watching: all would be.
    const someBid = view.phase !== "finished" && view.regions.some((r) => !r.watches);
    $("players").replaceChildren(...players.map((r) => {
      const captain = captainOf(r);
      // What the region does this round follows its name, so that in a team it does not read as the last member's.
      const region = `${r.name}${r.watches && someBid ? " (watches: does not bid)" : ""}${progress(r)}`;
      const text = solo() ? `${r.player}: ${region}` : `${region}: ${r.team.map((name) => (name === captain ? `${name} (captain)` : name)).join(", ")}`;
      const item = element("li", `${text} `, deciding && r.eligible && !r.decided ? "waiting" : "");
      if (view.phase === "finished") return item;
      if (captain !== null) {
        for (const name of r.team.filter((n) => n !== captain)) {
          const promote = element("button", `Make ${name} captain`, "small");
          promote.type = "button";
          promote.setAttribute("aria-label", `Make ${name} captain of ${r.name}`);
          promote.addEventListener("click", () => chooseCaptain(r, name));
          item.append(promote);
        }
      }
      const seats = `/api/games/${gameCode}/seats/${encodeURIComponent(r.id)}`;
      if (solo()) {
        const release = element("button", "Free", "small");
        release.type = "button";
        release.setAttribute("aria-label", `Free ${r.name} (${r.player}): the model plays it again`);
        release.addEventListener("click", () => {
          if (confirm(`Free ${r.name} from ${r.player}? The model plays it again, and a decision sent this round stops counting.`)) act(seats, "DELETE");
        });
        item.append(release);
        return item;
      }
      // In teams, one member leaves at a time; the model takes the region back when its team is empty.
      for (const name of r.team) {
        const release = element("button", `Free ${name}`, "small");
        release.type = "button";
        release.setAttribute("aria-label", `Free ${name} from ${r.name}`);
        release.addEventListener("click", () => {
          if (confirm(`Free ${name} from ${r.name}? A proposal they sent this round stops counting.`)) act(`${seats}?name=${encodeURIComponent(name)}`, "DELETE");
        });
        item.append(release);
      }
      return item;
    }));
  }

  // The debrief's and the CSV's links carry the game's read-only key, which opens those two and nothing else: an address shows in
  // the address bar (on the projector too), so it never holds the teacher's token. The server gives them for the teacher's token.
  let linksAsked = 0; // when the links were last asked for: a refusal is asked again at the next view 15 s later, not at every one
  async function showLinks() {
    // The key replaced from another device (the teacher's laptop and tablet): the links held here no longer open, so ask again.
    const stale = links && view && links.replaced < view.keysReplaced;
    if (stale) { links = null; linksAsked = 0; }
    $("downloads").hidden = !links;
    if (links) {
      $("export-link").href = links.export;
      $("export-link").download = `regsim-game-${view.code}.csv`;
      // The debrief is dated in this browser's time zone.
      $("debrief-link").href = `${links.debrief}&tz=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone || "")}`;
      return;
    }
    if (Date.now() - linksAsked < 15000) return;
    linksAsked = Date.now();
    try {
      links = await api(`/api/games/${encodeURIComponent(gameCode)}/links`);
      showLinks();
      if (stale) follow(); // the page's stream carries the key too
    } catch (err) { status(err.message); }
  }

  // A link shared with the wrong people: a new key, after which the old links are refused. The page's own stream carries the
  // key too, so it follows the game again with the new one.
  $("replace-key").addEventListener("click", async () => {
    if (!confirm("Replace the key of the debrief's and the CSV's links? Whoever holds the old links can no longer open them; share the new ones.")) return;
    try {
      links = await api(`/api/games/${encodeURIComponent(gameCode)}/key`, { method: "POST" });
      showLinks();
      follow();
      status("The links have a new key: the old debrief and CSV links no longer open them.");
    } catch (err) { status(err.message); }
  });

  // The game does not follow the timeline by itself: the teacher is told when the round to judge next falls in another era.
  function timelineHint() {
    const index = view.phase === "deciding" ? view.round - 1 : view.phase === "finished" ? -1 : view.round || 0;
    const round = view.rounds[index];
    const era = round && view.regimes.find((r) => r.id === view.timelineRegimes[index]);
    if (!era || era.id === view.regime) return "";
    return `On the scenario's timeline, round ${round.number} (${round.year}) falls under ${era.name}; switch above to follow it.`;
  }

  // The server names each team's captain (null without captains), so every teacher's device shows the same one.
  function captainOf(region) {
    return view.teams.captains && region.team.length ? region.captain : null;
  }

  async function chooseCaptain(region, name) {
    try {
      await api(`/api/games/${gameCode}/captain`, { method: "PUT", body: JSON.stringify({ region: region.id, name }) });
      if (view) renderTeacher();
    } catch (err) { status(err.message); }
  }

  // Returns whether the server took the action; a refusal's message is shown.
  async function act(path, method, body) {
    try { await api(path, { method, body: body ? JSON.stringify(body) : undefined }); return true; } catch (err) { status(err.message); return false; }
  }

  // Seconds per round, as typed: undefined when out of range (the browser says why), null when empty (no timer).
  function roundSeconds() {
    const input = $("round-seconds");
    if (!input.reportValidity()) return undefined;
    return input.value ? Number(input.value) : null;
  }

  $("round-seconds").value = localStorage.getItem(secondsKey) || "";
  $("round-seconds").addEventListener("change", () => {
    if ($("round-seconds").value && $("round-seconds").checkValidity()) localStorage.setItem(secondsKey, $("round-seconds").value);
    else if (!$("round-seconds").value) localStorage.removeItem(secondsKey);
  });

  $("advance").addEventListener("click", () => {
    const opens = view && (view.phase === "lobby" || (view.phase === "judged" && view.round < view.rounds.length));
    let query = view ? `?from=${view.phase}&round=${view.round || 0}` : ""; // a double click cannot skip a phase
    if (opens) {
      const seconds = roundSeconds();
      if (seconds === undefined) return;
      if (seconds) query += `&roundSeconds=${seconds}`;
    }
    $("advance").disabled = true; // until the game's next view arrives and sets it again, or the request fails
    api(`/api/games/${gameCode}/advance${query}`, { method: "POST" }).catch((err) => { status(err.message); $("advance").disabled = false; });
  });

  $("deadline-set").addEventListener("click", () => {
    const seconds = roundSeconds();
    if (seconds === undefined) return;
    if (!seconds) {
      status("Type the seconds in “Seconds per round” first.");
      $("round-seconds").focus();
      return;
    }
    act(`/api/games/${gameCode}/deadline`, "PUT", { seconds });
  });

  $("deadline-clear").addEventListener("click", () => act(`/api/games/${gameCode}/deadline`, "PUT", { seconds: null }));

  $("delete-game").addEventListener("click", async () => {
    if (!confirm(`Delete game ${gameCode} and every decision in it? Download the CSV first to keep them. This cannot be undone.`)) return;
    try {
      await api(`/api/games/${encodeURIComponent(gameCode)}`, { method: "DELETE" });
      if (events) events.close();
      events = null;
      localStorage.removeItem(teacherKey);
      home();
    } catch (err) { status(err.message); }
  });

  // ----- student -----
  function renderStudent() {
    $("student").hidden = false;
    const me = view.me;
    $("seat-form").hidden = !!me || view.phase === "finished";
    $("my-seat").hidden = !me;
    // A seat taken after this stream opened (in another tab of this browser, say) is not in its views: follow it instead.
    if (!me && localStorage.getItem(seatKey) && localStorage.getItem(seatKey) !== followedSeat) { follow(); return; }
    if (!me && localStorage.getItem(seatKey)) {
      localStorage.removeItem(seatKey); // the teacher freed this region, or the server was restarted
      $("decision-status").textContent = "";
      status("You no longer hold a region in this game: take one again.");
    }
    if (!me && view.phase === "finished") { status("This game is over: its results are below. Ask the teacher for a new game's code to play."); return; }
    if (!me) { window.regsimPlay.seat.offer(view); return; }
    window.regsimPlay.student.render(view, names, me);
  }

  // Takes a seat, or, moving, trades the one held (in a region that watches) for one in a region that bids: the stream pauses
  // meanwhile, so that the old seat's end is not read as the teacher freeing it.
  async function takeSeat(region, moving = false) {
    if (moving) { clearTimeout(retryTimer); retryTimer = null; if (events) events.close(); events = null; }
    const code = $("rejoin-code").value.trim();
    const body = moving ? { region } : { name: $("player-name").value.trim(), region, ...(code ? { rejoinCode: code } : {}) };
    try {
      const taken = await api(`/api/games/${gameCode}/${moving ? "seat" : "seats"}`, { method: moving ? "PUT" : "POST", body: JSON.stringify(body) });
      localStorage.setItem(seatKey, taken.token);
      if (moving) status(`You now play ${names.get(taken.region) || taken.region}.`);
    } catch (err) {
      status(err.message);
      if (err.field === "rejoinCode") $("rejoin-details").open = true; // the seat waits for its code: show where it goes
      if (!moving) return;
    }
    follow();
  }
  window.regsimPlay.moveSeat = (region) => takeSeat(region || null, true);

  $("seat-form").addEventListener("submit", (e) => { e.preventDefault(); takeSeat($("region-choice").value || null); }); // "" when every team is full
  $("any-region").addEventListener("click", () => { if ($("seat-form").reportValidity()) takeSeat(null); });
  window.addEventListener("pagehide", () => { clearTimeout(retryTimer); retryTimer = null; if (events) events.close(); events = null; });
  // Back from the browser's page cache, or back online: follow the game again at once.
  window.addEventListener("pageshow", (e) => { if (e.persisted && gameCode) follow(); });
  window.addEventListener("online", () => { if (gameCode && !events && retryTimer !== null) follow(); });

  if (gameCode) enter(); else window.regsimPlay.start.show().catch((err) => status(err.message));
})();
