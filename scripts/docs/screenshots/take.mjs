// Takes the README's three screenshots from a running `regsim serve` with the system's Chromium:
//   node take.mjs BASE_URL OUT_DIR [CHROMIUM_PID_FILE]
// classroom.png: the model page after a run of the baseline (its own seed), replication 3 replayed to 2007 (its top and
//   its replay, one above the other);
// game-student.png: a student's phone (390 px wide) during the first round of a class game, their decision sent;
// game-teacher.png: the teacher's page of that game once the first round is judged.
// The game is started and played through the API with a fixed seed, one student per region ("Student 1", …), so every
// run shows the same bids; only the game's code, which the server draws, differs. Exits non-zero with one line on failure.
import { writeFileSync } from "node:fs";
import puppeteer from "puppeteer-core";

const [base, out, pidFile] = process.argv.slice(2);
const chromium = "/usr/bin/chromium";
const replication = 3;
const replayYear = "2007";
const gameSeed = 1;

// ----- the game API -----
async function call(method, path, { body, seat, teacher } = {}) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (seat) headers["X-Seat-Token"] = seat;
  if (teacher) headers["X-Teacher-Token"] = teacher;
  const response = await fetch(new URL(path, base), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

// An effort the student's slider can stand for (play-effort.js: steps of 1, 2 or 5 times a power of ten, about 200 from the
// least a bid costs), so that the sent decision and the slider on the student's page show the same amount.
function onSlider(wanted, floor, cap) {
  const raw = (cap - floor) / 200;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = Math.max(0.1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw));
  const steps = Math.min(Math.floor((cap - floor) / step), Math.max(0, Math.round((wanted - floor) / step)));
  return Math.round((floor + steps * step) * 10) / 10;
}

// One student in every region, the first round opened and decided by every candidate's student (efforts around what
// rivals expect, so the bids differ). Returns the game and the seats, each with the brief it was given.
async function playFirstRound() {
  const started = await call("POST", "/api/games", { body: { scenario: "baseline", seed: gameSeed, teamSize: 1 } });
  const { code, teacherToken } = started;
  const seats = [];
  for (const [i, region] of started.view.regions.entries()) {
    const seat = await call("POST", `/api/games/${code}/seats`, { body: { name: `Student ${i + 1}`, region: region.id } });
    seats.push({ region: region.id, token: seat.token });
  }
  await call("POST", `/api/games/${code}/advance`, { teacher: teacherToken });
  const factors = [0.75, 1.0, 0.6, 1.25];
  let k = 0;
  for (const seat of seats) {
    seat.brief = (await call("GET", `/api/games/${code}`, { seat: seat.token })).me.brief;
    if (!seat.brief || !seat.brief.eligible) continue;
    const { usualEffortBillionWon: usual, effortFloorBillionWon: floor, effortCapBillionWon: cap } = seat.brief;
    const effort = onSlider(usual * factors[k++ % factors.length], floor, cap);
    await call("PUT", `/api/games/${code}/decision`, { seat: seat.token, body: { bid: true, effort, teamUp: false } });
  }
  return { code, teacherToken, seats };
}

// ----- the pages -----
const hidden = (page, id) => page.$eval(`#${id}`, (e) => e.hidden);

async function waitShown(page, id, timeout = 60000) {
  await page.waitForFunction((i) => { const e = document.getElementById(i); return e && !e.hidden; }, { timeout }, id);
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

// A page in a browser context of its own whose localStorage holds the given entries before the page's scripts run,
// as a teacher's or student's browser keeps its token.
async function openPage(browser, viewport, storage = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  return page;
}

async function classroom(browser) {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(new URL("/", base).href);
  await page.waitForFunction(() => !document.getElementById("run").disabled, { timeout: 60000 });
  await page.$eval("#replications", (e) => { e.value = "300"; e.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.click("#run");
  await waitShown(page, "replay", 600000);
  await page.$eval("#replay-number", (e, n) => { e.value = String(n); }, replication);
  await page.click("#replay-show");
  await waitShown(page, "replay-view");
  for (let i = 0; i < 30; i++) {
    const year = await page.$eval("#replay-year", (e) => e.textContent);
    if (year.startsWith(replayYear)) break;
    await page.click("#replay-next");
    await page.waitForFunction((before) => document.getElementById("replay-year").textContent !== before, { timeout: 30000 }, year);
  }
  const shown = await page.$eval("#replay-year", (e) => e.textContent);
  if (!shown.startsWith(replayYear)) throw new Error(`the replay never reached ${replayYear} (it shows "${shown}")`);
  await page.$eval("#replay-next", (e) => e.blur());
  await settle(page);
  // The page is too long for one picture: its top, down to the maps and their sentences, and the replay, put one above
  // the other with a dashed line where the charts between them are left out.
  const box = (selector) => page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  const width = 1280;
  const maps = await box("#charts > :first-child");
  const replay = await box("#replay");
  const top = await page.screenshot({ encoding: "base64", clip: { x: 0, y: 0, width, height: Math.ceil(maps.bottom + 16) } });
  const bottom = await page.screenshot({
    encoding: "base64",
    clip: { x: 0, y: Math.floor(replay.top - 16), width, height: Math.ceil(replay.bottom - replay.top + 32) },
  });
  await page.setViewport({ width, height: 900 });
  await page.goto("about:blank");
  await page.setContent(`<body style="margin:0;background:#f4f5f7;line-height:0">
    <img src="data:image/png;base64,${top}" alt="">
    <div style="border-top:2px dashed #888;margin:6px 16px 8px"></div>
    <img src="data:image/png;base64,${bottom}" alt=""></body>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await page.screenshot({ path: `${out}/classroom.png`, fullPage: true });
}

async function student(browser, code, seat) {
  const phone = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
  const page = await openPage(browser, phone, { [`regsim.seat.${code}`]: seat.token });
  await page.goto(new URL(`/play?game=${code}`, base).href);
  await waitShown(page, "student");
  await page.waitForFunction(() => /^Sent/.test(document.getElementById("decision-status").textContent), { timeout: 60000 });
  if (await hidden(page, "decision-form")) throw new Error("the student's page shows no decision form");
  await settle(page);
  // The phone's screen, lengthened if need be down to the line saying the decision was sent.
  const sent = await page.$eval("#decision-status", (e) => e.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({ path: `${out}/game-student.png`, clip: { x: 0, y: 0, width: phone.width, height: Math.max(phone.height, Math.ceil(sent + 24)) } });
}

async function teacher(browser, code, teacherToken) {
  const page = await openPage(browser, { width: 1280, height: 900 }, { [`regsim.teacher.${code}`]: teacherToken });
  await page.goto(new URL(`/play?game=${code}`, base).href);
  await waitShown(page, "teacher");
  await page.waitForFunction(() => / judged: /.test(document.getElementById("phase-title").textContent), { timeout: 60000 });
  await settle(page);
  await page.screenshot({ path: `${out}/game-teacher.png` });
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars", "--font-render-hinting=none"],
  });
  // The calling script stops this Chromium (its process group) should this script be killed before closing it.
  if (pidFile) writeFileSync(pidFile, String(browser.process().pid));
  try {
    await classroom(browser);
    const { code, teacherToken, seats } = await playFirstRound();
    await student(browser, code, seats.find((s) => s.brief && s.brief.eligible));
    await call("POST", `/api/games/${code}/advance?from=deciding&round=1`, { teacher: teacherToken });
    await teacher(browser, code, teacherToken);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  process.stderr.write(`screenshots: ${String(e && e.message ? e.message : e).split("\n")[0]}\n`);
  process.exit(1);
});
