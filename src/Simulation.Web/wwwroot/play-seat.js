"use strict";
// Where a student sits. Without a seat, the regions whose team has room are offered, a region that watches marked as such. A
// region that is a candidate in none of the rounds still to play only watches: its students never bid. A student seated there
// (given it when every other team was full, or having chosen it) is told so plainly, and may move to a region that bids while
// one has room, or is told that none has; the teacher's page names who watches and whether they can move.
window.regsimPlay.seat = (() => {
  const { $, setText } = window.regsimPlay;

  // The seat form's regions: every one whose team has room, with its team and whether it watches.
  function offer(view) {
    const size = view.teams.teamSize;
    const free = view.regions.filter((r) => size == null || r.team.length < size);
    const watches = (r) => (r.watches ? " — watches and does not bid: a candidate in none of the rounds left" : "");
    const label = (r) => (size === 1 ? r.name : `${r.name}${r.team.length ? `: ${r.team.join(", ")}` : ""}${size ? ` (${r.team.length} of ${size})` : ""}`) + watches(r);
    const choice = $("region-choice");
    const kept = choice.value;
    choice.replaceChildren(...(free.length ? free.map((r) => new Option(label(r), r.id)) : [new Option("Every region's team is full: ask the teacher", "")]));
    if (free.some((r) => r.id === kept)) {
      choice.value = kept;
      return;
    }
    // Until the student picks one, the form offers the region that bids with the fewest students, as "Give me any region"
    // would, so that pressing "Take this region" without looking spreads the class rather than filling the first team.
    const bidding = free.filter((r) => !r.watches);
    if (bidding.length) choice.value = bidding.reduce((a, b) => (b.team.length < a.team.length ? b : a)).id;
  }

  // Regions that bid in a round still to play and whose team takes another student.
  function roomToBid(view) {
    const size = view.teams.teamSize;
    return view.regions.filter((r) => !r.watches && (size == null || r.team.length < size));
  }

  // Whether every round has been judged (the teacher has yet to finish the game): every region watches then.
  const noRoundLeft = (view) => view.phase === "judged" && view.round === view.rounds.length;

  // Regions a watching student can move to: one that bids with room; once no round is left, any other team with room, for
  // a student who sat down only then (one who was in the game stays with the team they played with).
  function roomToMove(view, me) {
    const size = view.teams.teamSize;
    if (!noRoundLeft(view)) return roomToBid(view);
    return me.afterLastRound ? view.regions.filter((r) => r.id !== me.region && (size == null || r.team.length < size)) : [];
  }

  // The student's own page: what watching means, and where they can move.
  function render(view, me) {
    const mine = view.regions.find((r) => r.id === me.region);
    const watching = !!mine && mine.watches && view.phase !== "finished";
    $("watching").hidden = !watching;
    if (!watching) return;
    const room = roomToMove(view, me);
    if (noRoundLeft(view)) {
      setText("watching-text", `${me.regionName} watches: every round has been judged, so no region bids again and you follow the standings until the teacher `
        + `finishes the game.${room.length ? " You can move to another region's team below to follow the end with it." : ""}`);
    } else {
      const said = `${me.regionName} watches and does not bid: it is a candidate in none of the rounds left, so you follow the rounds and the standings without deciding.`;
      setText("watching-text", room.length
        ? `${said} ${room.length === 1 ? "A region that bids still has room" : "Regions that bid still have room"}: you can move to one below.`
        : `${said} Every region that bids has a full team: if the teacher takes more students per region, you can move to one here.`);
    }
    $("move-form").hidden = !room.length;
    document.querySelector("label[for='move-choice']").textContent = noRoundLeft(view) ? "Region to follow the end with" : "Region that bids";
    const size = view.teams.teamSize;
    const choice = $("move-choice");
    const kept = choice.value;
    choice.replaceChildren(...room.map((r) => new Option(`${r.name}${size > 1 ? ` (${r.team.length} of ${size})` : ""}`, r.id)));
    if (room.some((r) => r.id === kept)) choice.value = kept;
  }

  // The teacher's page: who watches, and whether a region that bids has room for them.
  function teacherText(view) {
    const watching = view.regions.filter((r) => r.watches && r.team.length);
    if (!watching.length || view.phase === "finished") return "";
    const who = watching.map((r) => `${r.name} (${r.team.join(", ")})`).join("; ");
    if (noRoundLeft(view)) return `Watching, not bidding: ${who}. Every round has been judged, so no region bids again: finish the game to compare the class with the model.`;
    const what = watching.length === 1 ? "a candidate in none of the rounds left" : "candidates in none of the rounds left";
    return `Watching, not bidding: ${who}, ${what}. ` + (roomToBid(view).length
      ? "Regions that bid still have room: these students can move to one from their page."
      : "Every region that bids is full: take more students per region below, and these students can move to one from their page.");
  }

  $("move-form").addEventListener("submit", (e) => {
    e.preventDefault();
    window.regsimPlay.moveSeat($("move-choice").value);
  });

  return { offer, render, teacherText };
})();
