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

  // The "Copy" buttons (the install page's snippet, Team's invitation link); where the clipboard
  // is refused, the text is selected instead. A live region is announced when its text changes,
  // so a second press that set the same "Copied." again was heard as nothing: a repeat says
  // "again", and the press after that the plain words, so every press changes the text.
  const say = (status, words, again) => {
    if (status) status.textContent = status.textContent === words ? again : words;
  };
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      const status = document.getElementById("copy-status");
      try {
        await navigator.clipboard.writeText(source.value);
        say(status, "Copied.", "Copied again.");
      } catch {
        source.select();
        say(
          status,
          "Selected: press Ctrl+C (⌘C on a Mac) to copy.",
          "Selected again: press Ctrl+C (⌘C on a Mac) to copy.",
        );
      }
    });
  }

  // A refused save comes back as a new page with its fields marked: focus the first of them, so a
  // keyboard user lands where the fix is (and a screen reader reads its label and its error)
  // rather than at the top, 15 tab stops away. So does a tested message's verdict, printed below
  // the form that asked for it: a status region present at load is never announced, and the
  // keyboard would start at the top of the page again. A filter (or look-back, or search) sent
  // comes back at `#results`: focus goes to what it found, the count or the empty list's words,
  // not the top of the page. A save that worked comes back with its confirmation, which takes
  // the focus for the same reasons (read, and Tab goes on from there), unless the page focuses
  // something of its own (`autofocus`: Team's new invitation link, a new site's origins) or
  // reopens a handoff acted on (its summary, below). A pager's link (`#page`) brings the next
  // page of a list: focus goes to the line above it that says which page of how many and which
  // items, and Tab goes on into them. Nothing else moves focus on load.
  (
    document.querySelector("main [aria-invalid='true']") ??
    document.querySelector("main .verdict[tabindex='-1']") ??
    (location.hash === "#results" ? document.querySelector("main [data-results]") : null) ??
    (location.hash === "#page" ? document.querySelector("main [data-page]") : null) ??
    (document.querySelector("[autofocus]") || location.hash.startsWith("#handoff/")
      ? null
      : document.querySelector("main > .notice.ok[tabindex='-1']"))
  )?.focus();

  // A fragment never reaches the server, so the sign-in forms (a member's and the token's)
  // carry it on to where they lead.
  if (/^#handoff\/[\w-]+$/.test(location.hash)) {
    for (const next of document.querySelectorAll("form[action='/admin/login'] input[name=next]"))
      next.value += location.hash;
  }

  // The handoff id a `#handoff/<id>` fragment names, or null. A fragment is anyone's to write
  // (a link in an email): one that is not valid percent-encoding (`%E0%A4%A`) made
  // decodeURIComponent throw here, at the top of this script, and nothing after it ran: no draft
  // kept or restored, and Sign out no longer forgot the drafts (docs/security.md, seventh pass).
  function linkedHandoffId() {
    const match = /^#handoff\/(.+)$/.exec(location.hash);
    if (!match) return null;
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return null;
    }
  }
  // Email notifications link to /admin#handoff/<id>: open that handoff, or fetch its own page
  // when it is not in the list shown.
  function openLinkedHandoff() {
    const id = linkedHandoffId();
    if (id === null) return;
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
  // After a reply, a resolve or a label the page comes back at `#handoff/<id>`; Chromium, when it
  // scrolls to that fragment as the page finishes loading, takes the focus off the summary
  // focused above and leaves it on the page. Focused again once that is done, a keyboard user
  // is on the handoff they acted on, not at the top of the page.
  window.addEventListener("load", () =>
    setTimeout(() => {
      if (document.activeElement !== document.body) return;
      const id = linkedHandoffId();
      const item = id === null ? null : document.getElementById(`handoff/${id}`);
      item?.querySelector("summary")?.focus();
    }, 0),
  );

  // Reply drafts. A session ends 12 hours after signing in, and a reply typed meanwhile went with
  // it: the post was turned away to the sign-in page. What is typed in a reply box is kept in
  // this browser (localStorage: a reply, never a secret), per writer and handoff, until the reply
  // is sent; the box gets it back when the page opens again, after a sign-in too. Signing out
  // forgets every draft, and one left 7 days is dropped.
  const DRAFT_PREFIX = "clarifier.reply-draft:";
  const DRAFT_MS = 7 * 86_400_000;
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return null; // storage refused (a privacy setting): the box works as it did
    }
  })();
  const readDraft = (key) => {
    try {
      const draft = JSON.parse(storage.getItem(key) ?? "null");
      return draft && typeof draft.text === "string" && typeof draft.savedAt === "number"
        ? draft
        : null;
    } catch {
      return null;
    }
  };
  const writeDraft = (key, draft) => {
    try {
      storage.setItem(key, JSON.stringify(draft));
    } catch {
      // full or refused: the reply can still be sent, it is only not kept
    }
  };
  // Whether the transcript of the form's handoff shows a team reply of `text`, as the worker
  // stores it (NUL dropped, trimmed; the page's text has LF where the post sent CRLF).
  const shownAsReply = (form, text) => {
    const stored = text.replaceAll("\u0000", "").replaceAll("\r\n", "\n").trim();
    const replies = form.closest("details")?.querySelectorAll(".transcript li.team .text") ?? [];
    return [...replies].some((reply) => reply.textContent.trim() === stored);
  };
  if (storage) {
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const draft = readDraft(key);
      if (!draft || Date.now() - draft.savedAt > DRAFT_MS) storage.removeItem(key);
    }
    for (const signOut of document.querySelectorAll("form[action='/admin/logout']")) {
      signOut.addEventListener("submit", () => {
        for (let i = storage.length - 1; i >= 0; i--) {
          const key = storage.key(i);
          if (key?.startsWith(DRAFT_PREFIX) || key?.startsWith(KEPT_PREFIX))
            storage.removeItem(key);
        }
      });
    }
    const sent = new URLSearchParams(location.search).get("done") === "replied";
    for (const form of document.querySelectorAll("form.reply[data-draft]")) {
      const key = DRAFT_PREFIX + form.dataset.draft;
      const text = form.querySelector("textarea[name=text]");
      const author = form.querySelector("input[name=author]");
      const note = document.getElementById(`${text.id}-draft`);
      let draft = readDraft(key);
      // Back from a reply that was sent: its draft (marked when the form went) is done with. A
      // draft typed since (no mark) stays, even on this page reloaded. Sent means shown: the
      // handoff's transcript on this page has a team reply of that text. `?done=replied` alone is
      // anyone's to put in a link (the visitor is told the handoff's id), and a draft whose send
      // was turned away (its session had ended) was dropped on it (docs/security.md, seventh pass).
      if (
        draft?.submittedAt &&
        sent &&
        location.hash === `#handoff/${form.dataset.handoff}` &&
        shownAsReply(form, draft.text)
      ) {
        storage.removeItem(key);
        draft = null;
      }
      if (draft?.text && !text.value) {
        text.value = draft.text;
        if (author && typeof draft.author === "string") author.value = draft.author;
        if (note) note.textContent = "Your unsent reply, kept in this browser. Send it when ready.";
        // It was on its way when the session ended: the owner meant to send it, so the box has
        // the focus (and the page scrolls to it) rather than the top of the page.
        if (draft.submittedAt) text.focus();
      }
      const save = () => {
        if (!text.value && !author?.value) storage.removeItem(key);
        else writeDraft(key, { text: text.value, author: author?.value, savedAt: Date.now() });
      };
      text.addEventListener("input", save);
      author?.addEventListener("input", save);
      form.addEventListener("submit", () => {
        writeDraft(key, {
          text: text.value,
          author: author?.value,
          savedAt: Date.now(),
          submittedAt: Date.now(),
        });
      });
    }
  }

  // Other long text went the same way: an article, an answer written on Teach, keyword phrases,
  // the greeting, the allowed addresses, sent after the session ended, were turned away to the
  // sign-in page and lost. A form marked `data-keep` is kept as it is sent, per writer and page,
  // for one trip: the next page drops it (a save that worked, or a refused one, which shows what
  // was typed), unless that page is the sign-in page; then the page signed in to puts it back,
  // says so and focuses its first changed field. The knowledge base's version goes with it, so a
  // save over someone else's change is still refused (409). Channels' forms are not marked:
  // they hold secrets, which are never written to the browser's storage.
  const KEPT_PREFIX = "clarifier.form-draft:";
  const writer = document.body.dataset.writer;
  const keptKey = (form) => {
    const url = new URL(location.href);
    url.searchParams.delete("done");
    return `${KEPT_PREFIX}${writer}:${url.pathname}${url.search}:${form.dataset.keep}`;
  };
  const SKIPPED = ["password", "file", "submit", "button", "reset"];
  const keptFields = (form) =>
    [...form.elements].filter(
      (el) =>
        el.name && !SKIPPED.includes(el.type) && (el.type !== "hidden" || el.name === "kbVersion"),
    );
  const ticked = (el) => el.type === "radio" || el.type === "checkbox";
  const fieldKey = (el) => (ticked(el) ? `${el.name}=${el.value}` : el.name);
  if (storage) {
    const onSignIn = location.pathname === "/admin/login";
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (!key?.startsWith(KEPT_PREFIX)) continue;
      let draft = null;
      try {
        draft = JSON.parse(storage.getItem(key));
      } catch {}
      if (!draft?.fields || !(Date.now() - draft.savedAt <= DRAFT_MS)) {
        storage.removeItem(key);
      } else if (onSignIn) {
        writeDraft(key, { ...draft, turnedAway: true });
      } else {
        storage.removeItem(key);
        const form = draft.turnedAway
          ? [...document.querySelectorAll("form[data-keep]")].find((f) => keptKey(f) === key)
          : null;
        let first = null;
        for (const el of form ? keptFields(form) : []) {
          const was = draft.fields[fieldKey(el)];
          if (was === undefined || was === (ticked(el) ? el.checked : el.value)) continue;
          if (ticked(el)) el.checked = was;
          else el.value = was;
          if (el.type !== "hidden") first ??= el;
        }
        if (first) {
          const note = form.querySelector("[data-kept-note]");
          if (note)
            note.textContent =
              "Your session had ended, so this was not saved: what you sent is back below, kept in this browser. Save it when ready.";
          first.focus();
        }
      }
    }
    if (writer) {
      for (const form of document.querySelectorAll("form[data-keep]")) {
        form.addEventListener("submit", () => {
          const fields = {};
          for (const el of keptFields(form))
            fields[fieldKey(el)] = ticked(el) ? el.checked : el.value;
          writeDraft(keptKey(form), { fields, savedAt: Date.now() });
        });
      }
    }
  }

  // A confirmation is said once. `done=` named it in the address, so a reload, or this page
  // opened again from the history, said "Keywords saved." again, and so did a page signed in
  // to after a session ended, above the form it put back unsaved. Shown (and read above), it
  // leaves the address.
  const address = new URL(location.href);
  if (address.searchParams.has("done")) {
    address.searchParams.delete("done");
    history.replaceState(history.state, "", address);
  }

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
