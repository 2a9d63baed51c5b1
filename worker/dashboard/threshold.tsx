/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { listRatedAnswers, MAX_RATED_ANSWERS } from "../conversations/message-counts.ts";
import { listCouldHaveAnswered } from "../handoff/store.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { DEFAULT_DAYS, MAX_DAYS, parseDays, periodStart } from "./format.ts";
import { type PageProps, renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { countSitePeriod } from "./site-tally.ts";
import { type JudgedOutcome, weighThreshold } from "./threshold-evidence.ts";
import { EvidencePanel } from "./views/threshold-evidence.tsx";
import { confidenceHistogram, previewThreshold, SLIDER_STEPS } from "./threshold-preview.ts";
import { ThresholdTuning } from "./views/threshold.tsx";
import { siteDatabase } from "../sites/site-database.ts";

/** The threshold page: the logged confidences, a live preview at any threshold, and the save. */
export const thresholdPages = new Hono<SiteEnv>()
  .get("/sites/:site/threshold", (c) => thresholdPage(c))
  .post("/sites/:site/threshold", async (c) => {
    const { site } = c.var;
    const form = await c.req.parseBody();
    const typed = typeof form.threshold === "string" ? form.threshold.trim() : "";
    // A blank or non-numeric field stays a string, so the schema names the problem.
    const threshold = typed !== "" && Number.isFinite(Number(typed)) ? Number(typed) : typed;
    const rawDays = typeof form.days === "string" ? form.days : undefined;
    const days = parseDays(rawDays, DEFAULT_DAYS, MAX_DAYS);
    const saved = await saveSiteConfig(c.env, site, (latest) => ({ ...latest, threshold }));
    if (!saved.ok) {
      return thresholdPage(c, { days, notice: { kind: "error", text: saved.error }, status: 400 });
    }
    return c.redirect(`/admin/sites/${site}/threshold?days=${days}&done=threshold-saved`, 303);
  });

async function thresholdPage(
  c: Context<SiteEnv>,
  options: { days?: number } & Pick<PageProps, "notice" | "status"> = {},
) {
  const { site, config } = c.var;
  const days = options.days ?? parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const since = periodStart(days, Date.now());
  const db = siteDatabase(c.env, c.var.config);
  const [counted, rated, labelled] = await Promise.all([
    countSitePeriod(db, site, since),
    listRatedAnswers(db, site, since),
    listCouldHaveAnswered(db, site, since),
  ]);
  // Small talk is neither answered nor handed off at any threshold: the replay leaves it out.
  const questions = counted.messages.filter((q) => q.decision !== null);
  const requested = Number(c.req.query("threshold") ?? Number.NaN);
  // The replay is at one of the slider's steps, the site's threshold rounded to one when it lies
  // between two (set through the API): the counts tell messages apart by step, and the slider,
  // its label and the page's table already showed the rounded one.
  const previewAt =
    Math.round(
      (Number.isFinite(requested) && requested >= 0 && requested <= 1
        ? requested
        : config.threshold) * 100,
    ) / 100;
  const outcomes: JudgedOutcome[] = [
    ...rated.answers.map((q) => ({
      kind: "verdict" as const,
      confidence: q.confidence,
      helpful: q.helpful,
      by: q.helpfulBy,
      answer: q.sourceDocId,
      at: q.helpfulAt,
    })),
    ...labelled.flatMap((h) =>
      h.reason === "low_confidence" && h.confidence !== null
        ? [{ kind: "could_have_answered" as const, confidence: h.confidence }]
        : [],
    ),
  ];
  return renderPage(
    c,
    { title: `Threshold · ${site}`, section: "threshold", site, ...options },
    <>
      <EvidencePanel
        site={site}
        days={days}
        current={config.threshold}
        evidence={weighThreshold(outcomes, config.threshold, SLIDER_STEPS)}
        capped={rated.capped ? MAX_RATED_ANSWERS : undefined}
      />
      <ThresholdTuning
        site={site}
        days={days}
        // Only its threshold and labelled handoffs are shown (exact at any threshold); the
        // messages' figures are shown at `previewAt`, a slider step.
        current={previewThreshold(questions, labelled, config.threshold)}
        logged={counted.tally}
        preview={previewThreshold(questions, labelled, previewAt)}
        table={SLIDER_STEPS.map((t) => previewThreshold(questions, labelled, t))}
        bins={confidenceHistogram(questions, 20)}
      />
    </>,
  );
}
