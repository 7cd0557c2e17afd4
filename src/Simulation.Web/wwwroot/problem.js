"use strict";
// How both pages word a refused request. The server answers every error as RFC 9457 problem details
// (application/problem+json): `detail` says what is wrong and the extension member `field` names the JSON field at fault.
// A field that is a request header (X-Join-Code) means nothing to the person reading: its detail is said alone, as a sentence.
window.regsimProblemText = (problem, status) => {
  const what = problem && (problem.detail || problem.title);
  if (!what) return `request failed (${status})`;
  if (problem.field && /^X-/i.test(problem.field)) return `${what.charAt(0).toUpperCase()}${what.slice(1)}${/[.!?)]$/.test(what) ? "" : "."}`;
  return problem.field ? `${problem.field}: ${what}` : what;
};
