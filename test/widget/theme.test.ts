import { describe, expect, test } from "vitest";
import { contrast, themeVariables } from "../../widget/theme.ts";

const WHITE = 0xffffff;
const hex = (value: string | undefined) => Number.parseInt((value ?? "").slice(1), 16);

describe("themeVariables", () => {
  test("ignores anything but #rrggbb, so the default colour applies", () => {
    for (const bad of [
      undefined,
      null,
      "",
      "red",
      "#fff",
      "#12345g",
      "url(x)",
      "#1d4ed8;color:red",
    ])
      expect(themeVariables(bad)).toBeNull();
  });

  test("keeps AA contrast for text on the colour and for links on white, for dark and light colours alike", () => {
    for (const color of [
      "#1d4ed8",
      "#000000",
      "#ffffff",
      "#ffcc00",
      "#22c55e",
      "#e11d48",
      "#7dd3fc",
      "#777777",
    ]) {
      const vars = themeVariables(color);
      expect(vars?.["--accent"]).toBe(color);
      expect(contrast(hex(vars?.["--on-accent"]), hex(color))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(vars?.["--accent-text"]), WHITE)).toBeGreaterThanOrEqual(4.5);
      // Links and "Talk to a person" sit in the assistant's grey bubble too (styles.css).
      expect(contrast(hex(vars?.["--accent-text"]), 0xf1f3f5)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("a dark colour gets white text and is used as is for links", () => {
    expect(themeVariables("#1d4ed8")).toEqual({
      "--accent": "#1d4ed8",
      "--on-accent": "#ffffff",
      "--accent-text": "#1d4ed8",
    });
  });
});
