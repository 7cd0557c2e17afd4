"use strict";
// The round timer of the class game page.
window.regsimPlay.clock = (() => {
  const { $, setText } = window.regsimPlay;
  let deadlineAt = null;
  let clock = null;
  let announced = null;
  let serverTime = null;
  let offset = 0; // the server's clock minus this device's, in milliseconds

  // The server closes the round at its deadline; the page only counts down to it, by the server's clock: a device whose own
  // clock is minutes off would otherwise show the wrong time left. Each view carries the server's time when it was made; the
  // difference from this device's clock, taken when a new view arrives, corrects every tick until the next one. Screen
  // readers hear the time left at each minute, then at 30 and 10 seconds, not every second.
  function render(view) {
    if (view.serverTime && view.serverTime !== serverTime) {
      serverTime = view.serverTime;
      offset = Date.parse(serverTime) - Date.now();
    }
    const at = view.phase === "deciding" && view.deadline ? Date.parse(view.deadline) : null;
    if (at !== deadlineAt) {
      deadlineAt = at;
      announced = null;
    }
    $("round-clock").hidden = !at;
    if (!at) {
      stop();
      return;
    }
    tick();
    if (!clock) clock = setInterval(tick, 250);
  }

  function stop() {
    clearInterval(clock);
    clock = null;
    setText("countdown", "");
    setText("countdown-announce", "");
  }

  function tick() {
    const left = Math.max(0, Math.ceil((deadlineAt - (Date.now() + offset)) / 1000));
    setText("countdown", left > 0 ? `Round closes in ${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}` : "Time is up: the round is closing…");
    const mark = left === 0 ? "up" : left <= 10 ? "10" : left <= 30 ? "30" : `${Math.ceil(left / 60)}m`;
    if (mark === announced) return;
    announced = mark;
    setText("countdown-announce", left === 0 ? "Time is up: the round is closing." : `${durationWords(left)} left in this round.`);
  }

  function durationWords(seconds) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    const parts = [];
    if (m) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
    if (s) parts.push(`${s} second${s === 1 ? "" : "s"}`);
    return parts.join(" ");
  }

  return { render, stop };
})();
