"use strict";
// How both pages word a refused request. The server answers every error as RFC 9457 problem details
// (application/problem+json): `detail` says what is wrong and the extension member `field` names the JSON field at fault.
window.regsimProblemText = (problem, status) => {
  const what = problem && (problem.detail || problem.title);
  if (!what) return `request failed (${status})`;
  return problem.field ? `${problem.field}: ${what}` : what;
};
