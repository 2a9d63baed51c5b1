/**
 * Polls `check` until it returns something truthy, and returns that; throws after `timeoutMs`.
 * For what lands a moment later on its own (a queue's consumer, a delivery), in any runtime the
 * tests run in: workerd, Node, and beside Chromium. Where vitest's `expect.poll` can't run (in a
 * `beforeAll`), or where the value itself is wanted.
 *
 * @example
 * const rows = await eventually(async () => ((await count()) === 2 ? rows : null));
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
