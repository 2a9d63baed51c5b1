/**
 * The widget's scripts as `wrangler dev` serves them from static assets (public/_headers): they
 * run on customers' pages, so a browser must never take them for anything but JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

let stack: SharedStack;

beforeAll(async () => {
  stack = await joinSharedStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe("the widget's static scripts", () => {
  it("are served as JavaScript with nosniff, the loader and its hashed chunks alike", async () => {
    const loader = await fetch(`${stack.worker.url}/widget.js`);
    const source = await loader.text();
    // The loader names its chunks by this build's hash (widget/boot.ts chunkUrl), in whichever
    // quotes the minifier wrote (terser over oxc turned the template literal into a string).
    const build = /[`"']([0-9a-f]{8,})\.js[`"']/.exec(source)?.[1] ?? "";
    expect(build, "the build hash in widget.js").not.toBe("");
    const app = await fetch(`${stack.worker.url}/widget-app.${build}.js`);
    await app.body?.cancel();
    for (const res of [loader, app]) {
      expect(res.status, res.url).toBe(200);
      expect(res.headers.get("content-type"), res.url).toMatch(/javascript/);
      expect(res.headers.get("x-content-type-options"), res.url).toBe("nosniff");
    }
    expect(app.headers.get("cache-control")).toMatch(/immutable/);
  });
});
