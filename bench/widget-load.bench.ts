/**
 * What the widget costs a customer's page as it loads, in headless Chromium against the real
 * local stack (`wrangler dev`, the demo site): a plain page served from another 127.0.0.1 port
 * embeds widget.js by script tag, as a site would.
 *
 * - launcher painted: from a Chromium trace (CDP `Tracing`), the start of widget.js's evaluation
 *   to the end of the first paint after widget.js last ran (it adds the launcher in a task after
 *   the host page's first paint, and runs no more until intent); and whether the host's first
 *   paint came before it, as it should.
 * - main-thread time: from the same trace, the thread time of every top-level
 *   main-thread task in which widget.js was compiled or ran (its evaluation, its timers), as
 *   Lighthouse attributes a third party's main-thread time; beside it, the whole page load's,
 *   for scale. Each load is cold: a new browser context. widget.js is the facade: the chat
 *   (widget-app.<build>.js), its strings and its config load only on intent.
 * - click → panel usable: from the pointer reaching the launcher (which starts fetching the app,
 *   as a visitor's pointer does on its way to a click) to the first frame after the message box
 *   exists (it renders once the app runs and the site's config has arrived). Cold: a new browser
 *   context, nothing cached. Warm: the same context after a reload (the app revalidated from the
 *   HTTP cache), the previous conversation forgotten so the panel starts closed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/browser/chromium.ts";
import { startStack } from "../scripts/local-stack.ts";
import { median } from "../scripts/stats.ts";
import type { BenchSection } from "./types.ts";

const RUNS = 7;
const IDLE_MS = 500;

function pageHtml(workerUrl: string): string {
  const script = `<script async src="${workerUrl}/widget.js" data-site="acme"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><h1>A customer's page</h1><p>${"Some ordinary content. ".repeat(40)}</p>${script}</body></html>`;
}

interface Run {
  /** Thread time of the main-thread tasks in which widget.js ran (compile, run, callbacks). */
  widgetTaskMs: number;
  /** Thread time of everything on the page's main thread during the load. */
  allTaskMs: number;
  /** From the start of widget.js's evaluation to the end of the paint that showed the launcher. */
  paintedMs: number;
  /** Whether the host page had painted before the launcher was added. */
  hostPaintedFirst: boolean;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

const TOP_LEVEL = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

// Events that run widget.js code. (Others carry its URL without running it, e.g. the HTML
// parser's request for the file.)
const SCRIPT_EVENTS = new Set(["EvaluateScript", "v8.compile", "FunctionCall"]);

/** Whether a trace event compiles or runs widget.js code. */
function isWidgetEvent(event: TraceEvent): boolean {
  const url = event.args?.data?.url ?? event.args?.fileName ?? "";
  return SCRIPT_EVENTS.has(event.name) && url.endsWith("/widget.js");
}

/**
 * The main-thread time a script cost, attributed as Lighthouse attributes third-party time: the
 * whole top-level task in which the script was compiled or ran (style and layout it forced within
 * the task included), summed over tasks, in thread time.
 */
function widgetTaskTime(events: TraceEvent[]): Run {
  const widgetEvents = events.filter(isWidgetEvent);
  const main = widgetEvents[0];
  if (!main) throw new Error("widget.js never ran in the trace");
  const nested = events.filter(
    (e) => e.ph === "X" && TOP_LEVEL.has(e.name) && e.pid === main.pid && e.tid === main.tid,
  );
  // A RunTask may wrap another: count only the outermost.
  const within = (inner: TraceEvent, outer: TraceEvent) =>
    inner.ts >= outer.ts && inner.ts <= outer.ts + (outer.dur ?? 0);
  const tasks = nested.filter(
    (task) =>
      !nested.some(
        (other) => other !== task && within(task, other) && (other.dur ?? 0) > (task.dur ?? 0),
      ),
  );
  const time = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const widgetTasks = tasks.filter((task) =>
    widgetEvents.some((e) => e.pid === task.pid && e.tid === task.tid && within(e, task)),
  );
  // Without intent, widget.js runs its evaluation, a frame callback and the task that adds the
  // launcher, then nothing: the first paint after its last run shows the launcher.
  const evaluation = widgetEvents.find((e) => e.name === "EvaluateScript");
  if (!evaluation) throw new Error("widget.js was never evaluated in the trace");
  const lastRun = Math.max(...widgetEvents.map((e) => e.ts + (e.dur ?? 0)));
  const onMain = (e: TraceEvent) => e.name === "Paint" && e.pid === main.pid && e.tid === main.tid;
  const paint = events.find((e) => onMain(e) && e.ts >= lastRun);
  if (!paint) throw new Error("no paint after widget.js ran");
  const firstPaint = events.filter(onMain).sort((a, b) => a.ts - b.ts)[0];
  return {
    widgetTaskMs: widgetTasks.reduce((sum, t) => sum + time(t), 0),
    allTaskMs: tasks.reduce((sum, t) => sum + time(t), 0),
    paintedMs: (paint.ts + (paint.dur ?? 0) - evaluation.ts) / 1000,
    hostPaintedFirst: !!firstPaint && firstPaint.ts < lastRun,
  };
}

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  await cdp.send("Tracing.start", {
    categories: "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8",
    transferMode: "ReportEvents",
  });
  await page.goto(url, { waitUntil: "load" });
  // Long enough for the config to arrive and be rendered; nothing runs in the page meanwhile.
  await page.waitForTimeout(IDLE_MS);
  const complete = new Promise<void>((resolve) =>
    cdp.once("Tracing.tracingComplete", () => resolve()),
  );
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  return widgetTaskTime(events);
}

/** Milliseconds from the pointer reaching the launcher to the first frame with the message box. */
async function clickToUsable(page: Page): Promise<number> {
  const launcher = page.locator("clarifier-widget .launcher");
  await launcher.waitFor();
  await page.evaluate(() => {
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    const button = root?.querySelector(".launcher");
    if (!root || !button) throw new Error("no launcher");
    const usable = new Promise<number>((resolve) => {
      let start = 0;
      const begin = () => {
        start ||= performance.now();
      };
      button.addEventListener("pointerenter", begin);
      button.addEventListener("pointerdown", begin);
      const observer = new MutationObserver(() => {
        if (!start || !root.querySelector("textarea")) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    (window as unknown as { usable: Promise<number> }).usable = usable;
  });
  await launcher.click();
  return page.evaluate(() => (window as unknown as { usable: Promise<number> }).usable);
}

/** Click → panel usable, on a cold cache and then warm (see the file's comment). */
async function measureClick(
  browser: Browser,
  url: string,
): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const cold = await clickToUsable(page);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload({ waitUntil: "load" });
  const warm = await clickToUsable(page);
  await context.close();
  return { cold, warm };
}

/**
 * Launcher paint time and main-thread cost of widget.js on a page, medians of 7 cold loads; and
 * click → panel usable, cold and warm, medians of 7.
 */
export default async function widgetLoad(): Promise<BenchSection> {
  const [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  const server = createServer((req, res) => {
    if (req.url === "/favicon.ico") return res.writeHead(204).end();
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(pageHtml(stack.worker.url));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    // A warm-up, so wrangler's first-request work isn't counted.
    await measure(browser, url);
    await measureClick(browser, url);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url));
    const clicks: { cold: number; warm: number }[] = [];
    for (let i = 0; i < RUNS; i++) clicks.push(await measureClick(browser, url));
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      name: "widget load (headless Chromium)",
      rows: {
        [`script start → launcher painted (ms, median of ${RUNS})`]: round(
          median(runs.map((r) => r.paintedMs)),
        ),
        [`host page painted before the launcher (runs of ${RUNS})`]: runs.filter(
          (r) => r.hostPaintedFirst,
        ).length,
        [`main-thread time of widget.js tasks (ms, median of ${RUNS})`]: round(
          median(runs.map((r) => r.widgetTaskMs)),
        ),
        [`main-thread time of the whole page load (ms, median of ${RUNS})`]: round(
          median(runs.map((r) => r.allTaskMs)),
        ),
        [`click → panel usable, cold cache (ms, median of ${RUNS})`]: round(
          median(clicks.map((c) => c.cold)),
        ),
        [`click → panel usable, warm cache (ms, median of ${RUNS})`]: round(
          median(clicks.map((c) => c.warm)),
        ),
      },
      json: {
        runs: RUNS,
        launcherPaintedMs: runs.map((r) => round(r.paintedMs)),
        widgetTaskMs: runs.map((r) => round(r.widgetTaskMs)),
        allTaskMs: runs.map((r) => round(r.allTaskMs)),
        clickToUsableColdMs: clicks.map((c) => round(c.cold)),
        clickToUsableWarmMs: clicks.map((c) => round(c.warm)),
      },
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await browser.close();
    await stack.stop();
  }
}
