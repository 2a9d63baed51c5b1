import { afterEach, describe, expect, test, vi } from "vitest";
import { appUrl, parseBoolean, readEmbedOptions } from "../../widget/boot.ts";
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
      position: "right",
      open: false,
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
    });
    expect(readEmbedOptions(script)).toEqual({
      site: "acme-shop",
      api: "http://127.0.0.1:8787",
      language: "da",
      position: "left",
      open: true,
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
    expect(options).toMatchObject({ language: null, position: "right" });
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

describe("appUrl", () => {
  test("the app comes from beside the script, on its origin, whatever data-api says", () => {
    expect(appUrl("https://cdn.clarifier.test/assets/widget.js?v=1#x")).toMatch(
      /^https:\/\/cdn\.clarifier\.test\/assets\/widget-app\.js(\?v=[0-9a-f]+)?$/,
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
