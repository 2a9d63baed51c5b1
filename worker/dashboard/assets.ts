/**
 * The dashboard's stylesheet and script, served as files so that admin pages can send a
 * Content-Security-Policy with no inline script or style. The script only enhances: every page
 * works with plain forms when it does not run.
 */

export const DASHBOARD_CSS = `
:root { --ink: #1d2733; --muted: #5b6775; --line: #d9dee4; --bg: #f6f7f9; --card: #fff; --accent: #2458b3;
  --ok: #1f7a3f; --warn: #9a6400; --bad: #b3261e; --kw: #8a5cd6; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; z-index: 10; }
.skip:focus { left: .5rem; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; padding: .6rem 1.5rem; background: #1f2d3d; color: #fff; }
.top a { color: #dfe8f5; text-decoration: none; padding: .3rem .5rem; border-radius: 4px; }
.top a[aria-current="page"] { background: #3a5068; color: #fff; }
.top a:hover { text-decoration: underline; }
.top nav ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
.top form { margin: 0; display: flex; align-items: center; gap: .4rem; }
.site-picker { margin-left: auto !important; }
.top select { padding: .25rem; color: var(--ink); background: #fff; border-radius: 4px; }
.brand { font-size: 1.1rem; margin-right: .5rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.lead { color: var(--muted); max-width: 48rem; }
.hint { color: var(--muted); font-size: .9rem; }
.pager { display: flex; gap: 1.5rem; justify-content: flex-end; margin: 1rem 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
label { display: block; font-weight: 600; margin: .6rem 0 .2rem; }
label.check { font-weight: normal; display: flex; gap: .4rem; align-items: center; }
input[type=text], input[type=url], input[type=password], input[type=date], input:not([type]), select, textarea {
  font: inherit; padding: .4rem .5rem; border: 1px solid #aab4bf; border-radius: 5px; background: #fff; color: inherit; }
input[type=text], input[type=url], input[type=password], input:not([type]), textarea { width: 100%; max-width: 40rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; }
button { font: inherit; padding: .45rem .9rem; border-radius: 5px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; margin-top: .6rem; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: #fff; color: var(--bad); border-color: var(--bad); }
button.link { background: none; border: none; color: #dfe8f5; text-decoration: underline; margin: 0; padding: .3rem; }
.js .js-hidden { display: none; }
.actions { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; }
.actions form { margin: 0; }
form.inline, form.filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: flex-end; }
form.inline label, form.filters label { margin: 0; }
form.filters { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; margin-bottom: 1rem; }
form.filters label:not(.check) { display: flex; flex-direction: column; gap: .2rem; }
form.inline input[type=text] { width: 32rem; max-width: 100%; }
.notice { padding: .6rem .9rem; border-radius: 6px; border: 1px solid; }
.notice.ok { background: #e8f5ec; border-color: #9fd0ae; color: #174d2a; }
.notice.error { background: #fdecea; border-color: #f0a8a2; color: #7a1a14; }
.badge { display: inline-block; font-size: .78rem; padding: .05rem .45rem; border-radius: 999px; background: #e8ebef; color: var(--ink); font-weight: 600; white-space: nowrap; }
.badge.keyword { background: #efe6fb; color: #5a2fa3; }
.badge.low_confidence { background: #fff1d6; color: #7a4d00; }
.badge.visitor_request { background: #e1ecfb; color: #1c4a8f; }
.badge.label { background: #e4f4e8; color: #1f6a37; }
.status { font-size: .85rem; font-weight: 600; white-space: nowrap; }
.status.delivered { color: var(--ok); } .status.pending { color: var(--warn); } .status.failed { color: var(--bad); } .status.none { color: var(--muted); }
details.handoff { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 0 0 .5rem; }
details.handoff[open] { border-color: #8aa4c8; }
details.handoff > summary { display: grid; grid-template-columns: 11rem 8rem auto auto 1fr; gap: .3rem .8rem; align-items: baseline; padding: .6rem 1rem; cursor: pointer; }
details.handoff > summary .message { grid-column: 1 / -1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
details.handoff > summary .status { justify-self: end; }
.when { color: var(--muted); font-size: .9rem; }
.site { font-weight: 600; }
.handoff-body { padding: 0 1rem 1rem; border-top: 1px solid var(--line); }
dl.facts { display: grid; grid-template-columns: 10rem 1fr; gap: .35rem 1rem; margin: .8rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.quote { white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { font-size: .85rem; color: var(--muted); }
.error-text { color: var(--bad); font-size: .9rem; }
ol.transcript { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: .4rem; }
ol.transcript li { max-width: 44rem; padding: .45rem .7rem; border-radius: 8px; background: #eef1f5; }
ol.transcript li.assistant { background: #e9f0fb; margin-left: 3rem; }
ol.transcript .who { font-weight: 600; margin-right: .5rem; }
ol.transcript .judged { display: block; font-size: .8rem; color: var(--muted); }
.empty { color: var(--muted); padding: 2rem 0; }
svg.histogram { width: 100%; max-width: 48rem; height: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
svg .bar { fill: #6f95cf; } svg .bar.keyword { fill: var(--kw); }
svg .axis { stroke: #8893a0; } svg .tick { font-size: 11px; fill: var(--muted); }
svg .current { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 5 4; }
svg .preview { stroke: #d9480f; stroke-width: 3; }
figure { margin: 0 0 1rem; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
.key { display: inline-block; width: .9rem; height: .6rem; vertical-align: middle; margin-left: .6rem; }
.key.scored { background: #6f95cf; } .key.keyword { background: var(--kw); }
.key.current { border-top: 2px dashed var(--ink); height: 0; } .key.preview { border-top: 3px solid #d9480f; height: 0; }
.threshold-form input[type=range] { width: 100%; max-width: 40rem; }
#threshold-value { font-size: 1.2rem; margin-left: .4rem; color: #d9480f; }
.preview-table { max-width: 48rem; margin-top: .8rem; }
.preview-table td, .preview-table th:not([scope=row]) { text-align: right; width: 9rem; font-variant-numeric: tabular-nums; }
.preview-table output { font-weight: 700; }
.verdict { padding: .6rem .9rem; border-radius: 6px; border-left: 5px solid; background: #f4f6f8; }
.verdict.handoff { border-color: #d9480f; } .verdict.answer { border-color: var(--ok); }
ul.phrases { columns: 3 14rem; padding-left: 1.2rem; margin: .4rem 0; }
details.defaults { margin: .3rem 0; } details.defaults summary { cursor: pointer; font-weight: 600; }
.stat-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; margin-bottom: 1rem; }
.stat { font-size: 1.8rem; font-weight: 700; display: block; }
body.login { display: grid; place-items: center; min-height: 100vh; }
.login-card { width: min(26rem, 92vw); }
.login-card input { width: 100%; }
`;

export const DASHBOARD_JS = `"use strict";
(() => {
  document.documentElement.classList.add("js");

  // Pickers that change the page submit themselves; the "Go" buttons stay for no-script use.
  for (const el of document.querySelectorAll("[data-autosubmit]")) {
    el.addEventListener("change", () => el.form && el.form.requestSubmit());
  }

  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  // A fragment never reaches the server, so the sign-in form carries it on to where it leads.
  const next = document.querySelector("form[action='/admin/login'] input[name=next]");
  if (next && /^#handoff\\/[\\w-]+$/.test(location.hash)) next.value += location.hash;

  // Email notifications link to /admin#handoff/<id>: open that handoff, or fetch its own page
  // when it is not in the list shown.
  function openLinkedHandoff() {
    const match = /^#handoff\\/(.+)$/.exec(location.hash);
    if (!match) return;
    const id = decodeURIComponent(match[1]);
    const item = document.getElementById("handoff/" + id);
    if (item) {
      item.open = true;
      item.scrollIntoView({ block: "start" });
      const summary = item.querySelector("summary");
      if (summary) summary.focus();
    } else if (location.pathname === "/admin") {
      location.replace("/admin/handoffs/" + encodeURIComponent(id));
    }
  }
  openLinkedHandoff();
  window.addEventListener("hashchange", openLinkedHandoff);

  // The threshold slider previews from a table the server computed for every step, so the
  // numbers come from the same function the server tests; nothing is recounted here.
  const form = document.querySelector("form[data-preview]");
  if (form) {
    const table = JSON.parse(form.dataset.preview);
    const fields = ["threshold", "answered", "handedOff", "byKeyword", "byConfidence", "labelledAnswered", "labelledKept"];
    const slider = form.querySelector("input[type=range]");
    const line = document.getElementById("preview-line");
    const show = () => {
      const step = Math.round(Number(slider.value) * 100);
      const row = table[step];
      if (!row) return;
      for (const output of form.querySelectorAll("output[data-field]")) {
        output.textContent = String(row[fields.indexOf(output.dataset.field)]);
      }
      const label = Number(slider.value).toFixed(2);
      document.getElementById("threshold-value").textContent = label;
      document.getElementById("preview-threshold-head").textContent = label;
      if (line) {
        const x = Number(line.dataset.left) + Number(slider.value) * Number(line.dataset.width);
        line.setAttribute("x1", String(x));
        line.setAttribute("x2", String(x));
      }
    };
    slider.addEventListener("input", show);
    show();
  }
})();
`;
