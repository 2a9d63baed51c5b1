import { describe, expect, it } from "vitest";
import wranglerToml from "../../../wrangler.toml?raw";
import { MAX_ATTEMPTS } from "../../../worker/handoff/backoff.ts";

/** The `[[queues.consumers]]` blocks of wrangler.toml, as key → raw value. */
function consumers(): Record<string, string>[] {
  return wranglerToml
    .split(/^\[\[queues\.consumers\]\]$/m)
    .slice(1)
    .map((block) => {
      const settings: Record<string, string> = {};
      for (const line of (block.split(/^\[/m)[0] ?? "").split("\n")) {
        const match = /^(\w+)\s*=\s*"?([^"#]*?)"?\s*$/.exec(line);
        if (match?.[1] && match[2] !== undefined) settings[match[1]] = match[2];
      }
      return settings;
    });
}

describe("the delivery queue's settings", () => {
  it("let the queue redeliver a message at least as often as the code makes attempts", () => {
    const deliveries = consumers().find((c) => c.queue === "clarifier-deliveries");
    expect(deliveries).toBeDefined();
    expect(Number(deliveries?.max_retries) + 1).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
    expect(deliveries?.dead_letter_queue).toBe("clarifier-deliveries-dlq");
    expect(consumers().some((c) => c.queue === "clarifier-deliveries-dlq")).toBe(true);
  });
});
