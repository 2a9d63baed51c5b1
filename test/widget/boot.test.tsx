import { fireEvent, waitFor } from "@testing-library/preact";
import { render } from "preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { PublicSiteConfig } from "../../shared/api.ts";
import { boot, HOST_TAG, parseBoolean, readEmbedOptions } from "../../widget/boot.tsx";
import { stringsFor } from "../../widget/i18n.ts";
import { json, stubFetch } from "./fetch-stub.ts";

const en = stringsFor("en");
const CONFIG: PublicSiteConfig = {
  name: "Acme",
  threshold: 0.4,
  keywords: ["talk to a human"],
  keywordLanguages: ["en"],
  requireEmail: false,
  handoffButton: true,
  language: "en",
};

/** A script tag as a customer would write it; never inserted, so it never runs. */
function embed(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement("script");
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

function hosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
}

function shadowOf(host: HTMLElement | undefined): ShadowRoot {
  const root = host?.shadowRoot;
  if (!root) throw new Error("no open shadow root");
  return root;
}

afterEach(() => {
  for (const host of hosts()) {
    const container = host.shadowRoot?.querySelector("div");
    if (container) render(null, container);
    host.remove();
  }
  delete window.Clarifier;
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("boot", () => {
  test("without data-site it warns once and does nothing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    boot(embed({ src: "https://cdn.clarifier.test/widget.js" }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(window.Clarifier).toBeUndefined();
    expect(hosts()).toEqual([]);
  });

  test("mounts into an open shadow root and asks the script's own origin for the config", async () => {
    const requests = stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    boot(embed({ src: "https://cdn.clarifier.test/widget.js?v=1", "data-site": "acme" }));
    const [host] = hosts();
    expect(hosts()).toHaveLength(1);
    expect(host?.parentElement).toBe(document.body);
    const launcher = shadowOf(host).querySelector(`button[aria-label="${en.launcher}"]`);
    expect(launcher).not.toBeNull();
    // Nothing leaks into the page's DOM: the launcher lives only inside the shadow root.
    expect(document.querySelector("button")).toBeNull();
    await waitFor(() =>
      expect(requests.map((r) => r.url)).toEqual([
        "https://cdn.clarifier.test/v1/sites/acme/config",
      ]),
    );
  });

  test("data-api overrides the origin, keeping a path prefix", async () => {
    const requests = stubFetch({ "GET /prefix/v1/sites/acme/config": () => json(CONFIG) });
    boot(
      embed({
        src: "https://cdn.clarifier.test/widget.js",
        "data-site": "acme",
        "data-api": "https://api.example/prefix/",
      }),
    );
    await waitFor(() =>
      expect(requests.map((r) => r.url)).toEqual([
        "https://api.example/prefix/v1/sites/acme/config",
      ]),
    );
  });

  test("defines exactly one global with open and close, and a second copy does nothing", () => {
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    boot(embed({ src: "https://cdn.clarifier.test/widget.js", "data-site": "acme" }));
    const first = window.Clarifier;
    expect(Object.keys(first ?? {}).sort()).toEqual(["close", "open"]);
    boot(embed({ src: "https://cdn.clarifier.test/widget.js", "data-site": "other" }));
    expect(window.Clarifier).toBe(first);
    expect(hosts()).toHaveLength(1);
  });

  test("open() called right away is replayed once mounted, and close() closes", async () => {
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    boot(embed({ src: "https://cdn.clarifier.test/widget.js", "data-site": "acme" }));
    window.Clarifier?.open();
    const root = shadowOf(hosts()[0]);
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    window.Clarifier?.close();
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
  });

  test("a reload in the same tab carries on the same conversation, open as it was left", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": () => json(CONFIG),
      "POST /v1/chat": (request) =>
        json({
          conversationId: (request.body as { conversationId: string }).conversationId,
          messageId: "m1",
          reply: { type: "answer", text: "We ship to Norway.", confidence: 0.9, sources: [] },
        }),
    });
    const script = { src: "https://cdn.clarifier.test/widget.js", "data-site": "acme" };
    boot(embed(script));
    window.Clarifier?.open();
    const first = shadowOf(hosts()[0]);
    const box = await waitFor(() => {
      const el = first.querySelector("textarea");
      if (!el) throw new Error("no message box yet");
      return el;
    });
    fireEvent.input(box, { target: { value: "Do you ship to Norway?" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() => expect(first.textContent).toContain("We ship to Norway."));

    // The page goes away; the next one boots the script again in the same tab.
    for (const host of hosts()) {
      const container = host.shadowRoot?.querySelector("div");
      if (container) render(null, container);
      host.remove();
    }
    delete window.Clarifier;
    boot(embed(script));
    const second = shadowOf(hosts()[0]);
    expect(second.querySelector('[role="dialog"]')).not.toBeNull();
    expect(second.textContent).toContain("We ship to Norway.");
    fireEvent.input(second.querySelector("textarea") ?? document.body, {
      target: { value: "And Sweden?" },
    });
    fireEvent.keyDown(second.querySelector("textarea") ?? document.body, { key: "Enter" });
    await waitFor(() => expect(requests.filter((r) => r.method === "POST")).toHaveLength(2));
    const [a, b] = requests
      .filter((r) => r.method === "POST")
      .map((r) => (r.body as { conversationId: string }).conversationId);
    expect(b).toBe(a);
  });

  test("data-open=true opens the panel on load and data-position=left moves it", async () => {
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    boot(
      embed({
        src: "https://cdn.clarifier.test/widget.js",
        "data-site": "acme",
        "data-open": "true",
        "data-position": "left",
      }),
    );
    const root = shadowOf(hosts()[0]);
    expect(root.querySelector(".root.left")).not.toBeNull();
    await waitFor(() =>
      expect(root.querySelector('[role="dialog"]')?.getAttribute("aria-label")).toBe(
        en.dialog("Acme"),
      ),
    );
  });

  test("never throws into the page, even when the DOM refuses", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(Element.prototype, "attachShadow").mockImplementation(() => {
      throw new Error("not allowed");
    });
    expect(() =>
      boot(embed({ src: "https://cdn.clarifier.test/widget.js", "data-site": "acme" })),
    ).not.toThrow();
    expect(warn).toHaveBeenCalled();
    expect(hosts()).toEqual([]);
  });
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
