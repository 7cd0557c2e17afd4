"use strict";
// The teacher's team rules during a game: what they are, who was turned away because every team was full, the change of
// how many students a region takes (the teams' sizes can grow while the class is joining), and a student let in again on
// another device.
window.regsimPlay.teams = (() => {
  const { $, setText, gameCode, api, status } = window.regsimPlay;
  let shown = undefined; // the team size last written into the form, so a teacher's typing is not overwritten
  let regions = []; // the last view's regions, for the names a student may be let in again under

  function rulesText(teams) {
    const size = teams.teamSize;
    const who = size === 1 ? "One student per region" : size == null ? "Open teams: any number of students per region" : `Teams of up to ${size} students per region`;
    if (size === 1) return `${who}.`;
    return teams.captains
      ? `${who}; each team's captain decides for it (the first to join, unless the teacher names another).`
      : `${who}; the last proposal a member sends is the team's decision.`;
  }

  function turnedAwayText(view) {
    const names = view.turnedAway || [];
    if (!names.length) return "";
    const who = names.length === 1 ? `1 student could not join (${names[0]})` : `${names.length} students could not join (${names.join(", ")})`;
    // Once the game is over no seat can be freed nor a team grown, so the note only records who was turned away and why.
    if (view.phase === "finished") {
      const why = view.students >= view.teams.mostStudents ? `the game was full, with ${view.students} students` : "every region's team was full";
      return `${who}: ${why}. The game is over.`;
    }
    if (view.students >= view.teams.mostStudents) {
      return `${who}: the game is full, with ${view.students} students, the most a game takes. Free a seat below for each student who should join.`;
    }
    return `${who}: every region's team was full. Take more students per region below, then ask them to join again.`;
  }

  function render(view) {
    setText("team-rules", rulesText(view.teams));
    setText("turned-away", turnedAwayText(view));
    setText("watching-note", window.regsimPlay.seat.teacherText(view));
    $("team-size-controls").hidden = view.phase === "finished";
    $("rejoin-form").hidden = view.phase === "finished";
    regions = view.regions;
    const seated = regions.flatMap((r) => r.team);
    if ($("rejoin-names").children.length !== seated.length || seated.some((n, i) => $("rejoin-names").children[i].value !== n)) {
      $("rejoin-names").replaceChildren(...seated.map((n) => Object.assign(document.createElement("option"), { value: n })));
    }
    const size = view.teams.teamSize;
    if (size !== shown) {
      shown = size;
      $("team-size-now").value = size == null ? "" : String(size);
      $("team-size-open").checked = size == null;
      $("team-size-now").disabled = size == null;
    }
  }

  $("team-size-open").addEventListener("change", () => { $("team-size-now").disabled = $("team-size-open").checked; });
  $("team-size-controls").addEventListener("submit", async (e) => {
    e.preventDefault();
    const open = $("team-size-open").checked;
    if (!open && !$("team-size-now").reportValidity()) return;
    const teamSize = open ? 0 : Number($("team-size-now").value);
    try {
      await api(`/api/games/${encodeURIComponent(gameCode)}/teams`, { method: "PUT", body: JSON.stringify({ teamSize }) });
      status(open ? "Teams are open now: any number of students per region." : `Teams take up to ${teamSize} student${teamSize === 1 ? "" : "s"} per region now.`);
    } catch (err) { status(err.message); }
  });

  // The student types the same name on the new device within the time the server gives: the page says until when, in this
  // browser's clock, which is the teacher's.
  $("rejoin-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const name = $("rejoin-name").value.trim();
    try {
      const allowed = await api(`/api/games/${encodeURIComponent(gameCode)}/rejoin`, { method: "POST", body: JSON.stringify({ name }) });
      const region = regions.find((r) => r.id === allowed.region);
      const until = new Date(allowed.until).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      $("rejoin-name").value = "";
      status(`${allowed.name} can now join on the other device until ${until}, typing their name and the code ${allowed.code} (tell them, not the class), to play ${region ? region.name : allowed.region} again.`);
    } catch (err) { status(err.message); }
  });

  return { render, rulesText };
})();
