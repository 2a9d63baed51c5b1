/**
 * What the widget costs a customer's page as Lighthouse sees it: paired mobile runs (Lighthouse's
 * default: a mid-range phone, simulated slow 4G and 4× CPU slowdown) of the same page with and
 * without the script tag, alternating, against Debian's Chromium and the real local stack
 * (`wrangler dev`). Reported: medians of Total Blocking Time and Largest Contentful Paint for each,
 * and the median of the paired differences, what the widget adds. Nobody shows intent, so only
 * widget.js and its launcher count: as on most page views.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startStack } from "../scripts/local-stack.ts";
import { median } from "../scripts/stats.ts";
import { findChromium } from "../test/browser/chromium.ts";
import type { BenchSection } from "./types.ts";

const PAIRS = 5;

/** A plain article page, the widget's tag at the end of <body> when `widget`. */
function pageHtml(workerUrl: string, widget: boolean): string {
  const paragraph = "Our shop sends parcels across Europe within three working days. ".repeat(12);
  const script = widget
    ? `<script async src="${workerUrl}/widget.js" data-site="acme"></script>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Shipping</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem}
h1{font-size:2.2rem}</style></head>
<body><h1>Shipping and delivery: everything you need to know</h1>
${Array.from({ length: 6 }, () => `<p>${paragraph}</p>`).join("\n")}
${script}</body></html>`;
}

interface Sample {
  tbt: number;
  lcp: number;
  /** LCP as observed in the unthrottled trace, before Lighthouse's simulation. */
  observedLcp: number;
}

type Throttling = "simulate" | "devtools";

async function audit(url: string, port: number, throttlingMethod: Throttling): Promise<Sample> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    throttlingMethod,
  });
  const audits = result?.lhr.audits;
  const tbt = audits?.["total-blocking-time"]?.numericValue;
  const lcp = audits?.["largest-contentful-paint"]?.numericValue;
  const metrics = audits?.metrics?.details as { items?: Record<string, number>[] } | undefined;
  const observedLcp = metrics?.items?.[0]?.observedLargestContentfulPaint;
  if (tbt === undefined || lcp === undefined || observedLcp === undefined) {
    throw new Error(`Lighthouse measured nothing: ${url}`);
  }
  return { tbt, lcp, observedLcp };
}

/** `PAIRS` paired runs, alternating which side goes first so a slow moment hits both alike. */
async function pairs(base: string, port: number, method: Throttling) {
  // A warm-up of each, so wrangler's first-request work isn't counted.
  await audit(`${base}/with`, port, method);
  await audit(`${base}/without`, port, method);
  const found: { with: Sample; without: Sample }[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const first = i % 2 === 0 ? "with" : "without";
    const a = await audit(`${base}/${first}`, port, method);
    const b = await audit(`${base}/${first === "with" ? "without" : "with"}`, port, method);
    found.push(first === "with" ? { with: a, without: b } : { with: b, without: a });
  }
  return found;
}

/**
 * Median TBT and LCP with and without the widget, and the medians of the paired differences:
 * under Lighthouse's simulated throttling (its default, what PageSpeed Insights reports) and
 * under applied (devtools) throttling, where the page really loads slowly.
 */
export default async function widgetLighthouse(): Promise<BenchSection> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("no Chromium: install it or set CHROME_PATH");
  const stack = await startStack();
  const server = createServer((req, res) => {
    if (req.url === "/favicon.ico") return res.writeHead(204).end();
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(pageHtml(stack.worker.url, req.url === "/with"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  try {
    const rows: Record<string, number> = {};
    const json: Record<string, unknown> = { pairs: PAIRS };
    for (const method of ["simulate", "devtools"] as const) {
      const found = await pairs(base, chrome.port, method);
      const med = (pick: (p: (typeof found)[number]) => number) =>
        Math.round(median(found.map(pick)));
      const label = `${method === "simulate" ? "simulated" : "applied"} throttling`;
      rows[`${label}: TBT without the widget (ms, median of ${PAIRS})`] = med((p) => p.without.tbt);
      rows[`${label}: TBT with the widget (ms, median of ${PAIRS})`] = med((p) => p.with.tbt);
      rows[`${label}: TBT added (ms, median of ${PAIRS} paired differences)`] = med(
        (p) => p.with.tbt - p.without.tbt,
      );
      rows[`${label}: LCP without the widget (ms, median of ${PAIRS})`] = med((p) => p.without.lcp);
      rows[`${label}: LCP with the widget (ms, median of ${PAIRS})`] = med((p) => p.with.lcp);
      rows[`${label}: LCP added (ms, median of ${PAIRS} paired differences)`] = med(
        (p) => p.with.lcp - p.without.lcp,
      );
      rows[`${label}: LCP added as observed, unthrottled trace (ms, median of ${PAIRS})`] = med(
        (p) => p.with.observedLcp - p.without.observedLcp,
      );
      json[method] = found;
    }
    return { name: "widget cost in Lighthouse (mobile, paired)", rows, json };
  } finally {
    chrome.kill();
    await new Promise((resolve) => server.close(resolve));
    await stack.stop();
  }
}
