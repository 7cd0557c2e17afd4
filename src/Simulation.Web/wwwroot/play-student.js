"use strict";
// A seated student's part of the class game page: their region, the open round's brief, the decision form and its status,
// and their team's proposals. Every view of the game redraws them, save what the student is typing.
window.regsimPlay.student = (() => {
  const { $, money, element, setText, gameCode, api, status } = window.regsimPlay;
  let view = null;
  let names = new Map();
  let formFor = null; // the round and region whose decision form is drawn ("2:daegu")
  let touched = false; // whether the student changed the form since it last followed the seat's proposal
  let briefShown = null; // the brief last drawn, as JSON
  // A decision sent while the server could not be reached: { at, decision }. It is sent again when the page hears from the
  // server and the round is still open, and the student is told if the round closed first: never silently dropped.
  let unsent = null;
  let resending = false;
  let queue = Promise.resolve(); // the sends, one after another
  let latest = 0; // the number of the newest send

  // One student per region, as before teams: the page speaks of players and decisions rather than teams and proposals.
  function solo() { return view.teams.teamSize === 1; }

  function proposalText(d) { return d.bid ? `bid with ${money(d.effort)}${d.teamUp ? ", teaming up" : ""}` : "no bid"; }
  function sameChoice(a, b) { return a.bid === b.bid && a.effort === b.effort && a.teamUp === b.teamUp; }
  function listText(items) { return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`; }

  function render(next, regionNames, me) {
    view = next;
    names = regionNames;
    $("my-region").textContent = me.regionName;
    $("my-name").textContent = me.name;
    $("decision-submit").textContent = solo() ? "Send my decision" : "Send my proposal";
    renderTeam(me);
    window.regsimPlay.seat.render(view, me);
    const brief = me.brief;
    $("decision-form").hidden = !(view.phase === "deciding" && brief && brief.eligible);
    if (view.phase !== "deciding" || !brief) {
      $("brief").replaceChildren();
      briefShown = null;
      if (view.phase === "finished" && view.comparison) {
        // The comparison with the model is far down a phone's page: the student is pointed to it, their own region first there.
        const link = element("a", "See how your region did against the model");
        link.href = "#comparison";
        $("decision-status").replaceChildren("The game is over. ", link, ".");
      } else {
        $("decision-status").textContent = view.phase === "finished" ? "The game is over." : "Wait for the teacher to open the next round.";
      }
      if (unsent) {
        $("decision-status").textContent = notArrived(unsent.decision);
        unsent = null;
      }
      formFor = null;
      return;
    }
    if (!brief.eligible) {
      $("brief").replaceChildren(element("p", `${me.regionName} is not a candidate for ${view.rounds[view.round - 1].projectName}. Watch this round.`));
      briefShown = null;
      $("decision-status").textContent = "";
      return;
    }
    // Every view redraws the brief (the teacher may switch the regime mid-round, which moves the rank and the range) and the
    // decision's status (another tab or device of this seat may have sent a proposal), but not what the student is typing:
    // the form follows the seat's latest proposal until the student changes it, and again once they send it.
    showBrief(me, brief);
    const at = `${view.round}:${me.region}`;
    if (formFor !== at) {
      formFor = at;
      touched = false;
    }
    // The student's own proposal, else what the team decided so far.
    const decision = me.proposal || me.decision;
    if (touched) {
      window.regsimPlay.effort.follow(brief); // the student's effort stays, within the range the brief gives now
    } else {
      window.regsimPlay.effort.setup(brief, decision && decision.effort ? decision.effort : brief.usualEffortBillionWon);
      $("bid").checked = decision ? decision.bid : true;
      $("team-up").checked = decision ? decision.teamUp : false;
    }
    $("team-up-label").hidden = brief.partners.length === 0;
    $("partners").textContent = listText(brief.partners.map((id) => names.get(id) || id));
    if (solo()) setText("decision-status", decision ? savedText(decision) : "Not decided yet: if you send nothing, the model decides for you.");
    else setText("decision-status", me.proposal ? savedText(me.proposal) : "You have not proposed anything yet.");
    if (unsent && unsent.at === at) {
      setText("decision-status", unsentText(unsent.decision));
      resend();
    } else if (unsent) {
      setText("decision-status", notArrived(unsent.decision));
      unsent = null;
    }
  }

  // Sends the kept decision again, unless a send of it is under way. Also tried every few seconds and when the browser says it
  // is online again: a phone's network may come back while the page's stream never broke, so no new view would prompt it.
  function resend() {
    if (!unsent || resending) return;
    resending = true;
    send(unsent.decision, true, unsent.at).finally(() => { resending = false; });
  }
  window.addEventListener("online", resend);
  setInterval(resend, 5000);

  function notArrived(d) {
    return `Your last ${solo() ? "decision" : "proposal"} (${proposalText(d)}) did not reach the game's server before the round closed.`;
  }

  function unsentText(d) {
    return `Not sent yet: ${proposalText(d)}. The game's server could not be reached; this page sends it as soon as the server answers again.`;
  }

  // Sends a decision. Sends go out one after another, so the server gets them in the order the student made them (the last
  // one sent decides), and only the newest send's answer is said. One the server could not be reached to take is kept and
  // sent again (above); a refusal is the server's answer and is only said. A new decision replaces one not yet sent.
  function send(decision, again, madeFor) {
    const number = ++latest;
    const at = madeFor || formFor; // the round it was made for ("2:daegu"), whatever round the page is in when the answer comes
    if (!again) {
      unsent = null;
      setText("decision-status", `Sending: ${proposalText(decision)}…`);
    }
    const sent = queue.then(() => put(decision, again, number, at));
    queue = sent.catch(() => {});
    return sent;
  }

  async function put(decision, again, number, at) {
    try {
      // The round goes with it: the server refuses a decision for a round that has closed rather than put it into the next.
      await api(`/api/games/${gameCode}/decision`, { method: "PUT", body: JSON.stringify({ ...decision, round: Number(at.split(":")[0]) }) });
      if (number !== latest) return;
      unsent = null;
      if (!again) touched = false; // the form is the seat's proposal now, and follows it again (a resend leaves what is typed)
      setText("decision-status", `${savedText(decision)}${again ? " (sent once the server answered again)" : ""}`);
    } catch (err) {
      if (number !== latest) return;
      unsent = err.status === undefined ? { at, decision } : null;
      if (unsent) setText("decision-status", unsentText(decision));
      else if (again && err.status === 409) setText("decision-status", notArrived(decision));
      status(err.message);
    }
  }

  // What the student needs to decide, drawn again only when it changed.
  function showBrief(me, brief) {
    const drawn = JSON.stringify([me.region, brief]);
    if (drawn === briefShown) return;
    briefShown = drawn;
    const list = element("dl", null, "brief");
    const add = (term, value) => list.append(element("dt", term), element("dd", value));
    add("Prize value to you", money(brief.prizeValueBillionWon));
    add("Winners", `${brief.winners} of ${brief.candidates} candidates`);
    add("Your rank on the criteria", `${brief.meritRank} of ${brief.candidates}`);
    add("You can spend", money(brief.effortCapBillionWon) === money(brief.effortFloorBillionWon)
      ? `only ${money(brief.effortFloorBillionWon)}: what is left of this year's budget covers no more than the smallest bid`
      : `${money(brief.effortFloorBillionWon)} to ${money(brief.effortCapBillionWon)}`);
    add("Rivals expect from you", money(brief.usualEffortBillionWon));
    if (!brief.consortium.length) {
      $("brief").replaceChildren(list);
      return;
    }
    add("You bid as one with", listText(brief.consortium.map((id) => names.get(id) || id)));
    // A sentence of its own under the terms, as wide as the brief, rather than a narrow column of the list.
    $("brief").replaceChildren(list, element("p", "This is your consortium on record: its joint bid enters only if every region students play in it decides to bid, and its effort adds up what each region puts in; your region is charged what it puts in.", "consortium-note"));
  }

  // The student's team, live: who is in it, what each member proposes, and which proposal is the region's decision.
  function renderTeam(me) {
    $("team").hidden = solo();
    if (solo()) return;
    const captain = me.team.find((m) => m.captain);
    const mine = view.regions.find((r) => r.id === me.region);
    let rule = `Anyone may propose; the last proposal sent is ${me.regionName}'s decision.`;
    if (mine && mine.watches && view.phase !== "finished") {
      rule = `Your team follows the rounds together: ${me.regionName} has no decision to make in the rounds left.`;
    } else if (view.teams.captains) {
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
      // With captains a member's proposal is advice: the region has no decision until its captain sends one.
      setText("team-decision", view.teams.captains
        ? `${me.regionName} has no decision yet: only its captain's proposal decides; if the captain sends none, the model decides for it.`
        : `${me.regionName} has no decision yet: if nobody in your team decides, the model decides for it.`);
      return;
    }
    const by = me.team.filter((m) => m.proposal && sameChoice(m.proposal, d) && (!view.teams.captains || m.captain)).map((m) => (m.me ? "you" : m.name));
    setText("team-decision", `${me.regionName}'s decision now: ${proposalText(d)}${by.length ? ` (proposed by ${listText(by)})` : ""}.`);
  }

  function savedText(d) { return d.bid ? `Sent: bid with ${money(d.effort)}${d.teamUp ? ", teaming up" : ""}.` : "Sent: no bid this round."; }

  $("decision-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const decision = { bid: $("bid").checked, effort: window.regsimPlay.effort.value(), teamUp: $("team-up").checked && !$("team-up-label").hidden };
    await send(decision, false);
  });
  for (const id of ["bid", "effort", "effort-amount", "team-up"]) $(id).addEventListener("input", () => { touched = true; });

  return { render };
})();
