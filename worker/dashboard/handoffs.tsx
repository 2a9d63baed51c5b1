/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import * as v from "valibot";
import { isHandoffReason } from "../../shared/handoff.ts";
import { SITE_ID_PATTERN } from "../../shared/limits.ts";
import { deleteConversation } from "../conversations/retention-store.ts";
import { listTranscripts } from "../conversations/store.ts";
import type { AppEnv } from "../env.ts";
import { AppError, handoffNotFound } from "../errors.ts";
import { listDeliveries, listHandoffsWithFailures } from "../handoff/deliveries-store.ts";
import { redeliverFailed } from "../handoff/dispatch.ts";
import { locateHandoff, readEveryDatabase } from "../handoff/locate.ts";
import { isHandoffStatus, listReplies, setHandoffStatus } from "../handoff/replies-store.ts";
import { postReply, replyAuthorSchema, replyTextSchema } from "../handoff/reply.ts";
import {
  getLabelledHandoff,
  type LabelledHandoff,
  setCouldHaveAnswered,
} from "../handoff/store.ts";
import { getKbDocuments } from "../kb/documents-store.ts";
import { liveNotifier } from "../live/notify.ts";
import { listMembers } from "../team/members-store.ts";
import { ADMIN_NAME, actorId, mayRequest, requireActor } from "./actor.ts";
import { teamDirectory } from "./attribution.ts";
import type { SiteBindings } from "../sites/site-database.ts";
import { documentChoices } from "./document-choice.ts";
import { parseDay, safeReturnPath } from "./format.ts";
import { readHandoffListPage } from "./handoff-page.ts";
import { pageLine } from "./page-position.ts";
import { renderPage, withNotice } from "./render.tsx";
import { DeleteConversationForm } from "./views/delete-conversation.tsx";
import { EmptyHandoffs, HandoffFilters, HandoffItem } from "./views/handoffs.tsx";
import { DocumentList } from "./views/teach.tsx";
import { SECTION_IDS, type Section, sectionPath } from "./views/layout.tsx";

const LIST_LIMIT = 50;
/**
 * The latest messages of a conversation a page shows: one handoff's page, and each handoff of the
 * list (collapsed, with a link to its page). A conversation can hold thousands of a visitor's
 * messages (thirty a minute); a real one rarely a hundred.
 */
export const HANDOFF_PAGE_MESSAGES = 300;
export const LIST_PAGE_MESSAGES = 20;

/** The handoff list (the dashboard's home), one handoff, its redelivery and its label. */
export const handoffPages = new Hono<AppEnv>()
  // The site picker: a plain GET form, so it works without the page's script.
  .get("/go", (c) => {
    const raw = c.req.query("site") ?? "";
    const site = SITE_ID_PATTERN.test(raw) ? raw : null;
    const section = c.req.query("section") as Section | undefined;
    if (!site || !section || !SECTION_IDS.includes(section)) {
      return c.redirect(sectionPath("handoffs", site), 303);
    }
    return c.redirect(sectionPath(section, site), 303);
  })
  .get("/", async (c) => {
    const rawSite = c.req.query("site") ?? "";
    const site = SITE_ID_PATTERN.test(rawSite) ? rawSite : null;
    const trigger = c.req.query("trigger") ?? "";
    const from = parseDay(c.req.query("from"));
    const to = parseDay(c.req.query("to"));
    const labelled = c.req.query("labelled") === "1";
    // Open handoffs are the team's work queue, so the list starts there; `status=` shows both.
    const rawStatus = c.req.query("status");
    const status = rawStatus === undefined ? "open" : rawStatus;
    const statusFilter = isHandoffStatus(status) ? status : undefined;
    const filters = {
      site: site ?? undefined,
      reason: isHandoffReason(trigger) ? trigger : undefined,
      from: from ? `${from}T00:00:00.000Z` : undefined,
      until: to ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() : undefined,
      labelledOnly: labelled,
      status: statusFilter,
    };
    const { handoffs, before, nextBefore, counts, page, position } = await readHandoffListPage(
      c.env,
      { filters, before: c.req.query("before"), page: c.req.query("page"), size: LIST_LIMIT },
    );
    // The pagers' links, without the `done=` of an action taken on this page: the next page
    // would say "Reply sent." again. The next page's number goes along (`page=`): counting the
    // handoffs before a cursor read every matching one.
    const url = new URL(c.req.url);
    if (url.searchParams.has("done")) url.searchParams.delete("done");
    const older = nextBefore ? new URL(url) : null;
    older?.searchParams.set("before", nextBefore ?? "");
    if (page === null) older?.searchParams.delete("page");
    else older?.searchParams.set("page", String(page + 1));
    const newest = new URL(url);
    newest.searchParams.delete("before");
    newest.searchParams.delete("page");
    const items = await renderHandoffs(c, handoffs, `${url.pathname}${url.search}`, false);
    const count = `${handoffs.length} ${handoffs.length === 1 ? "handoff" : "handoffs"}`;
    // A page whose number is not known (a link without one) says what it shows.
    const after = before && !position ? ", older than the last page" : "";
    const filter = {
      site,
      trigger: isHandoffReason(trigger) ? trigger : "",
      from: from ?? "",
      to: to ?? "",
      labelled,
      status: statusFilter ?? "",
      counts,
    };
    return renderPage(
      c,
      { title: site ? `Handoffs · ${site}` : "Handoffs", section: "handoffs", site },
      <>
        <HandoffFilters filter={filter} />
        {handoffs.length === 0 ? (
          <EmptyHandoffs filter={filter} />
        ) : (
          <>
            {/* What a filter found (`#results`) and which page a pager opened (`#page`): the
                line dashboard.js focuses, so it is what a screen reader says first. */}
            <p class="hint" data-results data-page tabindex={-1}>
              {`${(position && pageLine(position, "handoffs")) ?? count}, newest first${after}.`}
            </p>
            <div class="handoff-list">{items}</div>
            {older || before ? (
              <nav class="pager" aria-label="More handoffs">
                {before ? (
                  <a href={`${newest.pathname}${newest.search}#page`}>Newest handoffs</a>
                ) : null}
                {older ? (
                  <a href={`${older.pathname}${older.search}#page`}>
                    Older handoffs<span aria-hidden="true"> →</span>
                  </a>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </>,
    );
  })
  .get("/handoffs/:id", async (c) => {
    const { handoff } = await requireHandoff(c.env, c.req.param("id"));
    const documents =
      handoff.reason === "low_confidence" ? await getKbDocuments(c.env.SITES, handoff.site) : null;
    const items = await renderHandoffs(
      c,
      [handoff],
      `/admin/handoffs/${handoff.id}`,
      true,
      documents !== null,
    );
    return renderPage(
      c,
      { title: `Handoff · ${handoff.site}`, section: "handoffs", site: handoff.site },
      <>
        <a class="back" href={sectionPath("handoffs", handoff.site)}>
          ← All handoffs of {handoff.site}
        </a>
        {documents ? <DocumentList choices={documentChoices(documents)} /> : null}
        <div class="handoff-list">{items}</div>
        {mayRequest(
          requireActor(c),
          "POST",
          `/admin/handoffs/${encodeURIComponent(handoff.id)}/delete-conversation`,
        ) ? (
          <DeleteConversationForm handoff={handoff} />
        ) : null}
      </>,
    );
  })
  .post("/handoffs/:id/delete-conversation", async (c) => {
    // A visitor's request to erase what they wrote: the whole conversation, handoff included.
    const form = await c.req.parseBody();
    if (form.confirm !== "1") {
      throw new AppError("bad_request", "Tick the box to confirm; nothing was deleted.");
    }
    const { handoff, shard } = await requireHandoff(c.env, c.req.param("id"));
    await deleteConversation(shard.DB, handoff.site, handoff.conversationId);
    const list = sectionPath("handoffs", handoff.site);
    return c.redirect(`${list}${list.includes("?") ? "&" : "?"}done=conversation-deleted`, 303);
  })
  .post("/handoffs/:id/redeliver", async (c) => {
    const form = await c.req.parseBody();
    const { handoff, shard } = await requireHandoff(c.env, c.req.param("id"));
    const redelivering = await redeliverFailed(shard, handoff.id);
    const notice = redelivering ? "redelivering" : "nothing-failed";
    return c.redirect(withNotice(safeReturnPath(form.back), notice, handoff.id), 303);
  })
  .post("/handoffs/:id/replies", async (c) => {
    const form = await c.req.parseBody();
    const { handoff, shard } = await requireHandoff(c.env, c.req.param("id"));
    const text = v.safeParse(replyTextSchema, form.text);
    if (!text.success) {
      throw new AppError("bad_request", "Write a reply with some text in it; nothing was sent.");
    }
    // A member's reply carries their name; the token holder's the name typed, else "admin".
    // Either way the id says who it was, whatever the name (TOKEN_HOLDER_ID for the token).
    const actor = requireActor(c);
    const typed = v.parse(replyAuthorSchema, typeof form.author === "string" ? form.author : null);
    const author = actor.memberId ? actor.name : (typed ?? ADMIN_NAME);
    await postReply(
      shard,
      handoff,
      { text: text.output, author, authorId: actorId(actor), via: "dashboard" },
      liveNotifier(c.env),
    );
    return c.redirect(withNotice(safeReturnPath(form.back), "replied", handoff.id), 303);
  })
  .post("/handoffs/:id/status", async (c) => {
    const form = await c.req.parseBody();
    const status = isHandoffStatus(form.status) ? form.status : null;
    if (!status) throw new AppError("bad_request", "The status must be open or resolved.");
    const { handoff, shard } = await requireHandoff(c.env, c.req.param("id"));
    const actor = requireActor(c);
    const by = { name: actor.name, id: actorId(actor) };
    await setHandoffStatus(shard.DB, handoff.id, status, by, new Date().toISOString());
    const notice = status === "resolved" ? "resolved" : "reopened";
    return c.redirect(withNotice(safeReturnPath(form.back), notice, handoff.id), 303);
  })
  .post("/handoffs/:id/label", async (c) => {
    const form = await c.req.parseBody();
    const labelled = form.couldHaveAnswered === "1";
    const id = c.req.param("id");
    const { handoff, shard } = await requireHandoff(c.env, id);
    if (labelled && handoff.reason !== "low_confidence") {
      throw new AppError(
        "bad_request",
        "Only a handoff for low confidence can be marked “AI could have answered”: a keyword or the handoff button decided this one, whatever the threshold.",
      );
    }
    await setCouldHaveAnswered(shard.DB, id, labelled, new Date().toISOString());
    const notice = labelled ? "labelled" : "unlabelled";
    return c.redirect(withNotice(safeReturnPath(form.back), notice, id), 303);
  });

/** The handoff with this id, on whichever database its site is on, and that shard; or a 404. */
async function requireHandoff(
  env: Env,
  id: string,
): Promise<{ handoff: LabelledHandoff; shard: SiteBindings }> {
  const found = await locateHandoff(env, id, getLabelledHandoff);
  if (!found) throw handoffNotFound();
  return found;
}

/** Each handoff with its deliveries and its conversation's transcript, read in two queries. */
async function renderHandoffs(
  c: Context<AppEnv>,
  handoffs: LabelledHandoff[],
  returnTo: string,
  open: boolean,
  teachable = false,
): Promise<Child> {
  // The page may hold handoffs of sites on different databases: each is asked for all of them.
  const ids = handoffs.map((h) => h.id);
  const conversations = handoffs.map((h) => ({ site: h.site, conversationId: h.conversationId }));
  const latest = open ? HANDOFF_PAGE_MESSAGES : LIST_PAGE_MESSAGES;
  // The team is on the default database whatever the sites' are: who did what is by id.
  const [transcript, replies, members, failing] = await Promise.all([
    readEveryDatabase(c.env, (db) => listTranscripts(db, conversations, latest)),
    readEveryDatabase(c.env, (db) => listReplies(db, ids)),
    listMembers(c.env.DB),
    readEveryDatabase(c.env, (db) => listHandoffsWithFailures(db, ids)),
  ]);
  // The follow-ups' deliveries of the messages shown, not of every follow-up ever sent.
  const shown = transcript.map((m) => m.id);
  const deliveries = await readEveryDatabase(c.env, (db) => listDeliveries(db, ids, shown));
  const team = teamDirectory(members);
  const actor = requireActor(c);
  return handoffs.map((h) => {
    const own = transcript.filter((m) => m.conversationId === h.conversationId);
    return (
      <HandoffItem
        handoff={h}
        deliveries={deliveries.filter((d) => d.handoffId === h.id)}
        anyFailed={failing.includes(h.id)}
        transcript={own}
        earlierMessages={Math.max(0, (own[0]?.conversationTotal ?? 0) - own.length)}
        replies={replies.filter((r) => r.handoffId === h.id)}
        returnTo={returnTo}
        open={open}
        teachable={teachable}
        sender={actor.memberId ? actor.name : null}
        writer={actorId(actor)}
        team={team}
      />
    );
  });
}
