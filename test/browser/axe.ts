/**
 * axe-core run on a whole page in Chromium: every WCAG 2.0-2.2 A/AA rule and the best-practice
 * ones, chosen by tag so a rule is never left out by axe's defaults. The page's own CSP may
 * refuse the evaluated source: open such pages in a context with `bypassCSP`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../../scripts/local-stack.ts";

export const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
] as const;

let source: Promise<string> | undefined;

/** axe-core's source, read once from node_modules. */
export function axeSource(): Promise<string> {
  source ??= readFile(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  return source;
}

/**
 * axe-core's violations on the page as it is now (open shadow trees, such as the widget's,
 * included), each as "rule: targets".
 */
export async function pageViolations(page: Page): Promise<string[]> {
  // A page whose element a test waited for may still be loading its stylesheet: unstyled, the
  // dashboard's navigation links are small inline text and fail target-size (seen in a CI run).
  await page.waitForLoadState("load");
  await page.evaluate(await axeSource());
  return page.evaluate(
    async (tags) => {
      const w = window as unknown as {
        axe: {
          run: (
            context: Document,
            options: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      };
      const result = await w.axe.run(document, { runOnly: { type: "tag", values: tags } });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes.map((n) => n.target.map((t) => JSON.stringify(t)).join(" ")).join(", ")}`,
      );
    },
    AXE_TAGS as readonly string[],
  );
}
