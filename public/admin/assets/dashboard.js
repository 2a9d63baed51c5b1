(() => {
  // The pickers that change the page (the site, the look-back period) don't submit themselves:
  // a keyboard user arrowing through a closed select changes its value, and Chromium fires
  // `change` at each step, so the first arrow left the page (WCAG 3.2.2). Their Go and Show
  // buttons, next in the tab order, do it.

  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  // The install page's "Copy" button; where the clipboard is refused, the text is selected instead.
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      const status = document.getElementById("copy-status");
      try {
        await navigator.clipboard.writeText(source.value);
        if (status) status.textContent = "Copied.";
      } catch {
        source.select();
        if (status) status.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
      }
    });
  }

  // A refused save comes back as a new page with its fields marked: focus the first of them, so a
  // keyboard user lands where the fix is (and a screen reader reads its label and its error)
  // rather than at the top, 15 tab stops away. Nothing else moves focus on load.
  document.querySelector("main [aria-invalid='true']")?.focus();

  // A fragment never reaches the server, so the sign-in forms (a member's and the token's)
  // carry it on to where they lead.
  if (/^#handoff\/[\w-]+$/.test(location.hash)) {
    for (const next of document.querySelectorAll("form[action='/admin/login'] input[name=next]"))
      next.value += location.hash;
  }

  // Email notifications link to /admin#handoff/<id>: open that handoff, or fetch its own page
  // when it is not in the list shown.
  function openLinkedHandoff() {
    const match = /^#handoff\/(.+)$/.exec(location.hash);
    if (!match) return;
    const id = decodeURIComponent(match[1]);
    const item = document.getElementById(`handoff/${id}`);
    if (item) {
      item.open = true;
      item.scrollIntoView({ block: "start" });
      const summary = item.querySelector("summary");
      if (summary) summary.focus();
    } else if (location.pathname === "/admin") {
      location.replace(`/admin/handoffs/${encodeURIComponent(id)}`);
    }
  }
  openLinkedHandoff();
  window.addEventListener("hashchange", openLinkedHandoff);

  // The threshold slider previews from a table the server computed for every step, so the
  // numbers come from the same function the server tests; nothing is recounted here.
  const form = document.querySelector("form[data-preview]");
  if (form) {
    const table = JSON.parse(form.dataset.preview);
    const fields = [
      "threshold",
      "answered",
      "handedOff",
      "byKeyword",
      "byButton",
      "byConfidence",
      "labelledAnswered",
      "labelledKept",
    ];
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
