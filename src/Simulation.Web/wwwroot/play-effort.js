"use strict";
// The student's effort slider. It moves in round steps from the least a bid costs, and its last step, which may pass the
// most the region can spend, is read as that most: both ends of the range the brief quotes are reached exactly.
window.regsimPlay.effort = (() => {
  const { $, money } = window.regsimPlay;
  let floor = 0;
  let cap = 0;

  // A slider step of 1, 2 or 5 times a power of ten, so arrow keys move by round amounts.
  function niceStep(raw) {
    if (!(raw > 0)) return 0.001;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  }

  function setup(brief, start) {
    floor = brief.effortFloorBillionWon;
    cap = brief.effortCapBillionWon;
    const slider = $("effort");
    const step = niceStep((cap - floor) / 200);
    const steps = Math.max(0, Math.ceil((cap - floor) / step - 1e-9));
    slider.min = floor;
    slider.step = step;
    // Half a step past the last one, so that rounding cannot drop it: the browser stops at the last whole step.
    slider.max = floor + (steps + 0.5) * step;
    // The most the region can spend sits on the last step, which the browser reaches from the maximum; any other effort on
    // the nearest step.
    slider.value = start >= cap ? slider.max : start;
    show();
  }

  // Keeps the student's effort when the brief's range moves (the teacher switched the regime): within the new range.
  function follow(brief) {
    if (brief.effortFloorBillionWon !== floor || brief.effortCapBillionWon !== cap) setup(brief, value());
  }

  // The effort the slider stands for, within the region's range.
  function value() { return Math.min(cap, Math.max(floor, Number($("effort").value))); }

  function show() {
    const text = money(value());
    $("effort-value").textContent = text;
    $("effort").setAttribute("aria-valuetext", text);
  }

  $("effort").addEventListener("input", show);

  return { setup, follow, value };
})();
