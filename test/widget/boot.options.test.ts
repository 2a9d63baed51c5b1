import { afterEach, describe, expect, test, vi } from "vitest";
import { chunkUrl, parseBoolean, readEmbedOptions } from "../../widget/boot.ts";
import { embed } from "./loader-helpers.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("readEmbedOptions", () => {
  test("applies the defaults", () => {
    expect(
      readEmbedOptions(embed({ src: "https://cdn.clarifier.test/widget.js", "data-site": "acme" })),
    ).toEqual({
      site: "acme",
      api: "https://cdn.clarifier.test",
      language: null,
      position: null,
      open: false,
      preloadIdle: false,
    });
  });

  test("reads every attribute", () => {
    const script = embed({
      src: "https://cdn.clarifier.test/widget.js",
      "data-site": "acme-shop",
      "data-api": "http://127.0.0.1:8787",
      "data-lang": "DA",
      "data-position": "left",
      "data-open": "true",
      "data-preload": "idle",
    });
    expect(readEmbedOptions(script)).toEqual({
      site: "acme-shop",
      api: "http://127.0.0.1:8787",
      language: "da",
      position: "left",
      open: true,
      preloadIdle: true,
    });
  });

  test("ignores an unsupported language and an unknown position", () => {
    const options = readEmbedOptions(
      embed({
        src: "https://x.test/widget.js",
        "data-site": "acme",
        "data-lang": "it",
        "data-position": "top",
      }),
    );
    expect(options).toMatchObject({ language: null, position: null });
  });

  test("refuses a site id the API would refuse", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(
      readEmbedOptions(embed({ src: "https://x.test/widget.js", "data-site": "Acme Shop" })),
    ).toBeNull();
  });

  test("ignores a data-api that isn't http(s)", () => {
    const options = readEmbedOptions(
      embed({
        src: "https://x.test/widget.js",
        "data-site": "acme",
        "data-api": "javascript:alert(1)",
      }),
    );
    expect(options?.api).toBe("https://x.test");
  });
});

describe("chunkUrl", () => {
  test("a chunk comes from beside the script, on its origin, whatever data-api says", () => {
    // Unbuilt (tests), without the build's id; built, `widget-app.<build>.js`.
    expect(chunkUrl("widget-app.js", "https://cdn.clarifier.test/assets/widget.js?v=1#x")).toBe(
      "https://cdn.clarifier.test/assets/widget-app.js",
    );
  });
});

describe("parseBoolean", () => {
  test.each([
    ["true", false, true],
    ["TRUE", false, true],
    ["", false, true],
    ["false", true, false],
    ["yes", false, false],
    ["yes", true, true],
    [null, false, false],
    [null, true, true],
  ] as const)("parseBoolean(%j, %j) is %j", (value, fallback, expected) => {
    expect(parseBoolean(value, fallback)).toBe(expected);
  });
});
