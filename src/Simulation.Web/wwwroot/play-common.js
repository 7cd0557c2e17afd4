"use strict";
// What the class game's scripts share: which game the page is about (from its address) and the tokens it keeps, calls to
// the API with them, element lookup and creation, table rows, and the page's number formats.
window.regsimPlay = (() => {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const serverCode = params.get("code");
  const gameCode = (params.get("game") || "").toUpperCase();
  const teacherKey = `regsim.teacher.${gameCode}`;
  const seatKey = `regsim.seat.${gameCode}`;
  if (serverCode) $("explore-link").href = `/?code=${encodeURIComponent(serverCode)}`;
  const money = (x) => `${Number(x) < 0 ? "−" : ""}₩${Math.abs(Number(x)).toLocaleString("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} bn`;
  const percent = (x) => `${Math.round(x * 100)} %`;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  // Writes only a change, so a live region is not announced again for the same words.
  function setText(id, text) { if ($(id).textContent !== text) $(id).textContent = text; }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  // A table row of cells, each a text, a cell already made, or { text, num, className } (num: a number, right-aligned; a class
  // names the column, so a narrow screen can leave it out).
  function row(cells, header = false) {
    const tr = document.createElement("tr");
    for (const c of cells) {
      if (c instanceof Node) { tr.append(c); continue; }
      const described = typeof c === "object" && c !== null;
      const cell = element(header ? "th" : "td", described ? c.text : c);
      const classes = described ? [c.num ? "num" : null, c.className].filter((n) => n) : [];
      if (classes.length) cell.className = classes.join(" ");
      tr.append(cell);
    }
    return tr;
  }

  // The server's code and this browser's tokens of the game: every request carries them, so that a seated student or the
  // teacher is never held back when others behind the same address mistyped game codes.
  function credentials() {
    const headers = {};
    if (serverCode) headers["X-Join-Code"] = serverCode;
    const teacher = localStorage.getItem(teacherKey);
    const seat = localStorage.getItem(seatKey);
    if (teacher) headers["X-Teacher-Token"] = teacher;
    if (seat) headers["X-Seat-Token"] = seat;
    return headers;
  }

  const unreachable = "The game's server cannot be reached";

  async function api(path, options = {}) {
    if (options.method && options.method !== "GET") status(""); // a new action's answer replaces the last one's message
    const headers = { "Content-Type": "application/json", ...(options.headers || {}), ...credentials() };
    const teacher = localStorage.getItem(teacherKey);
    // A server that cannot be reached makes fetch throw a browser's own words ("Failed to fetch"): say what it means.
    const response = await fetch(path, { ...options, headers }).catch(() => {
      throw new Error(teacher
        ? `${unreachable}: check the connection and that regsim serve is still running, then try again.`
        : `${unreachable}: check the connection, or ask the teacher whether it is still running, then send again.`);
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw Object.assign(new Error(problemSentence(body, response.status)), { status: response.status, field: body && body.field });
    return body;
  }

  // What each field a refusal names is, in the words of the person reading it: the server's detail about a field says what is
  // wrong with it ("is required…", "must be between…"), so the page puts the field's subject before it.
  const subjects = {
    name: "Your name", effort: "The effort", bid: "Whether to bid", region: "The region", seconds: "The round's time",
    rejoinCode: "The code from your teacher", roundSeconds: "Seconds per round", teamSize: "The number of students per region", regime: "The regime", scenario: "The scenario",
    seed: "The seed", body: "The request", "X-Seat-Token": "The seat this device holds",
    "X-Teacher-Token": "The teacher's token this browser holds", teacher: "The teacher's token in this link",
  };

  // A refusal as one whole sentence a student or teacher reads without knowing the API: the field's subject, then what is
  // wrong with it; a detail that is already a sentence of its own ("the game is over") only gains its capital letter.
  function problemSentence(problem, status) {
    const said = problem && (problem.detail || problem.title);
    if (!said) return window.regsimProblemText(problem, status);
    const subject = problem.field && subjects[problem.field];
    const text = subject && /^(is|are|must|may|does|has|holds|needs|cannot|arrived|could|make)\b/.test(said) ? `${subject} ${said}` : said.charAt(0).toUpperCase() + said.slice(1);
    return /[.!?)]$/.test(text) ? text : `${text}.`;
  }

  function status(text) { $("status").textContent = text || ""; }

  // The page hears from the server again: a message that it could not be reached no longer holds.
  function reached() { if ($("status").textContent.startsWith(unreachable)) status(""); }

  // A device refused for too many wrong game codes (429) is told so, with the server's wait, instead of "reconnecting":
  // returns the milliseconds to wait before trying again, or null for any other answer.
  async function waitWhenRefused(response) {
    if (!response || response.status !== 429) return null;
    const body = await response.json().catch(() => null);
    const said = (body && body.detail) || "too many wrong game codes from this device";
    setText("connection", `${said.charAt(0).toUpperCase()}${said.slice(1)}.`);
    return 1000 * Math.max(5, Number(response.headers.get("Retry-After")) || 60);
  }

  function home() {
    location.assign(serverCode ? `/play?${new URLSearchParams({ code: serverCode })}` : "/play");
  }

  return { $, money, percent, count, setText, element, row, serverCode, gameCode, teacherKey, seatKey, api, problemSentence, credentials, status, reached, home, waitWhenRefused };
})();
