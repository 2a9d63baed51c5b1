/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { listMissedTexts, MAX_MISSED_TEXTS } from "../conversations/misses-store.ts";
import { groupPicks, lessonsOf } from "../conversations/pick-evidence.ts";
import { listHeldPicks } from "../conversations/picks-store.ts";
import { PICK_WINDOW_MS, teachPickLesson } from "../feedback/learn-from-picks.ts";
import { getTaughtDocuments } from "../kb/documents-store.ts";
import { retrieve } from "../kb/retrieve.ts";
import { getKbIndex } from "../kb/store.ts";
import { listTaughtBy } from "../kb/taught-store.ts";
import { questionKey } from "../kb/teach.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { actorId, mayRequest, requireActor } from "./actor.ts";
import { listMembers } from "../team/members-store.ts";
import { teamDirectory, whoDid } from "./attribution.ts";
import { documentChoices } from "./document-choice.ts";
import { DEFAULT_DAYS, daysAgo, MAX_DAYS, parseDays } from "./format.ts";
import { closestArticles, groupMisses, splitTaught } from "./knowledge-gaps.ts";
import { renderPage, withNotice } from "./render.tsx";
import { KnowledgeGaps } from "./views/gaps.tsx";
import { PickEvidence } from "./views/pick-evidence.tsx";
import { siteBindings, siteDatabase } from "../sites/site-database.ts";

/**
 * Groups a page shows. Only these are run through retrieval for their closest articles, which
 * bounds the page's CPU however many misses the period holds.
 */
const GROUPS_PER_PAGE = 20;

/** Knowledge gaps: every miss of the period, grouped, weightiest first, a page at a time. */
export const gapPages = new Hono<SiteEnv>()
  .get("/sites/:site/gaps", async (c) => {
    const { site } = c.var;
    const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
    const since = daysAgo(days, Date.now());
    const db = siteDatabase(c.env, c.var.config);
    const [texts, index, documents, picks, taughtRows, members] = await Promise.all([
      listMissedTexts(db, site, since),
      getKbIndex(c.env.SITES, site),
      getTaughtDocuments(siteBindings(c.env, c.var.site, c.var.config), site),
      listHeldPicks(db, site, { since, limit: MAX_PICKS }),
      listTaughtBy(db, site),
      listMembers(c.env.DB),
    ]);
    const { open, taught } = splitTaught(texts, documents ?? []);
    // Who taught each, by the id recorded where there is one (a renamed or removed member).
    const team = teamDirectory(members);
    const taughtBy = new Map(
      taughtRows.flatMap((t) => {
        const who = whoDid(team, t.by, t.byId);
        return who ? [[`${t.docId}\n${questionKey(t.question)}`, who]] : [];
      }),
    );
    const groups = groupMisses(open);
    const pages = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
    const page = Math.min(pages, Math.max(1, Math.floor(Number(c.req.query("page")) || 1)));
    const shown = groups.slice((page - 1) * GROUPS_PER_PAGE, page * GROUPS_PER_PAGE).map((g) => ({
      group: g,
      closest: closestArticles(
        g,
        retrieve(index, g.example).ranked.map(({ passage }) => ({
          title: passage.title,
          url: passage.url,
        })),
      ),
    }));
    return renderPage(
      c,
      { title: `Knowledge gaps · ${site}`, section: "gaps", site },
      <KnowledgeGaps
        site={site}
        days={days}
        summary={{
          questions: open.length,
          messages: open.reduce((s, t) => s + t.messages, 0),
          visitors: new Set(open.flatMap((t) => t.visitors)).size,
          groups: groups.length,
          capped: texts.length >= MAX_MISSED_TEXTS,
        }}
        shown={shown}
        page={page}
        pages={pages}
        pageSize={GROUPS_PER_PAGE}
        taught={taught}
        articlesLinked={mayRequest(requireActor(c), "GET", `/admin/sites/${site}/kb/edit`)}
        taughtBy={taughtBy}
        choices={documents ? documentChoices(documents) : null}
        picks={
          <PickEvidence
            site={site}
            evidence={groupPicks(picks)}
            learnFromPicks={c.var.config.learnFromPicks}
          />
        }
      />,
    );
  })
  // Teaches an article every question its held picks were for (the last 90 days), as the
  // automatic teaching would once enough visitors agree, and marks those picks taught.
  .post("/sites/:site/gaps/picks/teach", async (c) => {
    const { site } = c.var;
    const form = await c.req.parseBody();
    const docId = typeof form.document === "string" ? form.document : "";
    const since = new Date(Date.now() - PICK_WINDOW_MS).toISOString();
    const picks = await listHeldPicks(siteDatabase(c.env, c.var.config), site, {
      since,
      limit: MAX_PICKS,
    });
    const article = groupPicks(picks).find((a) => a.docId === docId);
    if (!article) return c.notFound();
    const now = new Date().toISOString();
    for (const lesson of lessonsOf(article)) {
      const taught = await teachPickLesson(
        siteBindings(c.env, c.var.site, c.var.config),
        site,
        lesson,
        now,
        requireActor(c).name,
        actorId(requireActor(c)),
      );
      // A dashboard page (title, language, navigation) that says why, not a bare line of text.
      if (!taught.ok)
        return renderPage(
          c,
          {
            title: "Knowledge gaps",
            section: "gaps",
            site,
            notice: { kind: "error", text: taught.message },
            status: taught.kind === "too_many" ? 409 : 400,
          },
          <p>
            <a href={`/admin/sites/${site}/gaps`}>Back to the knowledge gaps</a>
          </p>,
        );
    }
    // The notice sits under the page's h1, so the page opens at its top, not at the section
    // that has just gone.
    return c.redirect(withNotice(`/admin/sites/${site}/gaps`, "picks-taught"), 303);
  });

// Picks read per page: far more than a page shows, bounded so a flood costs one query.
const MAX_PICKS = 2000;
