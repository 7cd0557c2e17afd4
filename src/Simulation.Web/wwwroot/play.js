"use strict";
// The participatory game page: no framework, no build step. Teacher and students share it; the teacher's and each
// student's secret token live in this browser's localStorage, so a reload, or the server's restart, comes back to the same
// role and region.
(() => {
  const { $, money, count, element, row, setText, serverCode, gameCode, teacherKey, seatKey, api, credentials, status, home } = window.regsimPlay;
  const secondsKey = "regsim.roundSeconds";
  let view = null;
  let names = new Map();
  let formRound = null;
  let events = null;
  let retries = 0;
  let retryTimer = null;
  let followedSeat = null; // the seat token the live stream was opened with: its views say whether that seat still holds

  // ----- following the game -----
  // The server sends the whole view at every change. When the stream drops (a network hiccup, the server restarting), the
  // page asks again after 1, 2, 4… up to 15 seconds, keeping its tokens: games and seats outlive a restart.
  function follow() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (events) events.close();
    // A stream cannot send headers: its tokens go in the address (the seat, or the teacher's).
    const seat = localStorage.getItem(seatKey);
    const teacher = localStorage.getItem(teacherKey);
    followedSeat = seat;
    const query = seat ? `?seat=${encodeURIComponent(seat)}` : teacher ? `?teacher=${encodeURIComponent(teacher)}` : "";
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
    if (response && response.status === 404) gone(); else if (refused) retryTimer = setTimeout(enter, refused); else follow();
  }

  // The game was deleted, or the server was restarted without keeping games: its tokens are of no use any more.
  function gone() {
    connection("");
    localStorage.removeItem(teacherKey);
    localStorage.removeItem(seatKey);
    window.regsimPlay.clock.stop();
    for (const id of ["teacher", "student", "board", "round-clock"]) $(id).hidden = true;
    status(`There is no game with the code ${gameCode}. A game's code is the six letters and digits the teacher's screen shows beside “Game code”.`);
    window.regsimPlay.start.show().catch(() => {});
  }

  function render(next) {
    view = next;
    names = new Map(view.regions.map((r) => [r.id, r.name]));
    $("board").hidden = false;
    window.regsimPlay.board.render(view, names);
    window.regsimPlay.clock.render(view);
    if (localStorage.getItem(teacherKey)) renderTeacher(); else renderStudent();
  }

  function currentRound() { return view.round ? view.rounds[view.round - 1] : null; }

  // One student per region, as before teams: the page speaks of players and decisions rather than teams and proposals.
  function solo() { return view.teams.teamSize === 1; }

  function proposalText(d) { return d.bid ? `bid with ${money(d.effort)}${d.teamUp ? ", teaming up" : ""}` : "no bid"; }
  function sameChoice(a, b) { return a.bid === b.bid && a.effort === b.effort && a.teamUp === b.teamUp; }
  function listText(items) { return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`; }

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
    const base = `/api/games/${encodeURIComponent(view.code)}`;
    const token = encodeURIComponent(localStorage.getItem(teacherKey));
    $("export-link").href = `${base}/export.csv?teacher=${token}`;
    $("export-link").download = `regsim-game-${view.code}.csv`;
    // The debrief is dated in this browser's time zone.
    $("debrief-link").href = `${base}/debrief?teacher=${token}&tz=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone || "")}`;
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
    $("players").replaceChildren(...players.map((r) => {
      const captain = captainOf(r);
      const text = (solo() ? `${r.player}: ${r.name}` : `${r.name}: ${r.team.map((name) => (name === captain ? `${name} (captain)` : name)).join(", ")}`)
        + (r.watches ? " (watches: does not bid)" : "");
      const item = element("li", `${text}${progress(r)} `, deciding && r.eligible && !r.decided ? "waiting" : "");
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
    $("my-region").textContent = me.regionName;
    $("my-name").textContent = me.name;
    $("decision-submit").textContent = solo() ? "Send my decision" : "Send my proposal";
    renderTeam(me);
    window.regsimPlay.seat.render(view, me);
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
    add("You can spend", money(brief.effortCapBillionWon) === money(brief.effortFloorBillionWon)
      ? `only ${money(brief.effortFloorBillionWon)}: what is left of this year's budget covers no more than the smallest bid`
      : `${money(brief.effortFloorBillionWon)} to ${money(brief.effortCapBillionWon)}`);
    add("Rivals expect from you", money(brief.usualEffortBillionWon));
    if (brief.consortium.length) add("You bid as one with", `${listText(brief.consortium.map((id) => names.get(id) || id))}, the consortium on record: the joint bid enters only if every student playing it bids, and its effort adds up what each puts in; your region is charged what it puts in`);
    $("brief").replaceChildren(list);
    // Start from the student's own proposal, else from what the team decided so far.
    const decision = me.proposal || me.decision;
    window.regsimPlay.effort.setup(brief, decision && decision.effort ? decision.effort : brief.usualEffortBillionWon);
    $("bid").checked = decision ? decision.bid : true;
    $("team-up-label").hidden = brief.partners.length === 0;
    $("partners").textContent = listText(brief.partners.map((id) => names.get(id) || id));
    $("team-up").checked = decision ? decision.teamUp : false;
    if (solo()) $("decision-status").textContent = decision ? savedText(decision) : "Not decided yet: if you send nothing, the model decides for you.";
    else $("decision-status").textContent = me.proposal ? savedText(me.proposal) : "You have not proposed anything yet.";
  }

  // The student's team, live: who is in it, what each member proposes, and which proposal is the region's decision.
  function renderTeam(me) {
    $("team").hidden = solo();
    if (solo()) return;
    const captain = me.team.find((m) => m.captain);
    let rule = `Anyone may propose; the last proposal sent is ${me.regionName}'s decision.`;
    if (view.teams.captains) {
      rule = me.captain ? `You are ${me.regionName}'s captain: your proposal is its decision.`
        : `${captain ? captain.name : "The captain"} is ${me.regionName}'s captain: their proposal is its decision; yours is advice.`;
    }
    setText("team-rule", rule);
    const open = view.phase === "deciding" && me.brief && me.brief.eligible;
    $("team-list").replaceChildren(...me.team.map((m) => {
      const tags = [m.me ? "you" : null, m.captain ? "captain" : null].filter((t) => t);
      const who = `${m.name}${tags.length ? ` (${tags.join(", ")})` : ""}`;
      return element("li", open ? `${who}: ${m.proposal ? proposalText(m.proposal) : "no proposal yet"}` : who);
    }));
    if (!open) {
      setText("team-decision", "");
      return;
    }
    const d = me.decision;
    if (!d) {
      setText("team-decision", `${me.regionName} has no decision yet: if nobody in your team decides, the model decides for it.`);
      return;
    }
    const by = me.team.filter((m) => m.proposal && sameChoice(m.proposal, d) && (!view.teams.captains || m.captain)).map((m) => (m.me ? "you" : m.name));
    setText("team-decision", `${me.regionName}'s decision now: ${proposalText(d)}${by.length ? ` (proposed by ${listText(by)})` : ""}.`);
  }

  function savedText(d) { return d.bid ? `Sent: bid with ${money(d.effort)}${d.teamUp ? ", teaming up" : ""}.` : "Sent: no bid this round."; }

  $("decision-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const decision = { bid: $("bid").checked, effort: window.regsimPlay.effort.value(), teamUp: $("team-up").checked && !$("team-up-label").hidden };
    try {
      await api(`/api/games/${gameCode}/decision`, { method: "PUT", body: JSON.stringify(decision) });
      $("decision-status").textContent = savedText(decision);
    } catch (err) { status(err.message); }
  });

  // Takes a seat, or, moving, trades the one held (in a region that watches) for one in a region that bids: the stream pauses
  // meanwhile, so that the old seat's end is not read as the teacher freeing it.
  async function takeSeat(region, moving = false) {
    if (moving) { clearTimeout(retryTimer); retryTimer = null; if (events) events.close(); events = null; }
    const body = moving ? { region } : { name: $("player-name").value.trim(), region };
    try {
      const taken = await api(`/api/games/${gameCode}/${moving ? "seat" : "seats"}`, { method: moving ? "PUT" : "POST", body: JSON.stringify(body) });
      localStorage.setItem(seatKey, taken.token);
      if (moving) status(`You now play ${names.get(taken.region) || taken.region}.`);
    } catch (err) { status(err.message); if (!moving) return; }
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
