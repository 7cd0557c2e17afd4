"use strict";
// The student's effort: a slider and, beside it, a box to type the amount in (a phone's slider over ₩180 bn is hard to stop
// on ₩41.5 bn), kept in step both ways. The slider moves in round steps from the least a bid costs, and its last step, which
// may pass the most the region can spend, is read as that most: both ends of the range the brief quotes are reached exactly.
// The box holds the amount sent, to a tenth of a billion as the page writes amounts; the server takes an amount that reads
// as one within the range the brief quotes (an end as that end) and refuses one outside, quoting the range.
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

  // An amount as the box shows it: to a tenth, rounded as money() rounds, with no thousands separator (a number box takes none).
  const typed = (x) => x.toLocaleString("en", { maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false });

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
    // The box takes the ends as the page shows them, and any tenth between.
    const box = $("effort-amount");
    box.min = typed(floor);
    box.max = typed(cap);
    box.value = typed(Math.min(cap, Math.max(floor, start)));
    show();
  }

  // Keeps the student's effort when the brief's range moves (the teacher switched the regime): within the new range.
  function follow(brief) {
    if (brief.effortFloorBillionWon !== floor || brief.effortCapBillionWon !== cap) setup(brief, value());
  }

  // The slider's effort, within the region's range.
  const sliderValue = () => Math.min(cap, Math.max(floor, Number($("effort").value)));

  // The box's amount, or null while it holds no number (emptied to type another).
  function boxValue() {
    const amount = $("effort-amount").valueAsNumber;
    return Number.isFinite(amount) ? amount : null;
  }

  // The effort to send: the box's amount as typed, else the slider's.
  function value() {
    const amount = boxValue();
    return amount === null ? sliderValue() : amount;
  }

  function show() {
    const text = money(value());
    $("effort-value").textContent = text;
    $("effort").setAttribute("aria-valuetext", money(sliderValue()));
  }

  $("effort").addEventListener("input", () => {
    $("effort-amount").value = typed(sliderValue());
    show();
  });
  $("effort-amount").addEventListener("input", () => {
    const amount = boxValue();
    if (amount !== null) $("effort").value = amount >= cap ? $("effort").max : amount;
    show();
  });
  // A box left empty shows the slider's amount again, which is what would be sent.
  $("effort-amount").addEventListener("change", () => {
    if (boxValue() === null) $("effort-amount").value = typed(sliderValue());
    show();
  });

  return { setup, follow, value };
})();
