import { createServer, type Server } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startPortsProblem } from "../../scripts/start-ports.ts";

const held: Server[] = [];
afterAll(() => Promise.all(held.map((s) => new Promise((r) => s.close(r)))));

/** A port something already listens on, as another `npm start` or `wrangler dev` would. */
function busyPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      held.push(server);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
}

/** A port nothing listens on (just let go of). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("npm start's ports", () => {
  // Found by a new owner's walkthrough (7 December 2026): with 8787 taken (wrangler's own
  // default, so often another project), npm start built, migrated, then probed the other
  // server, took its 404 for its own worker, and failed seeding it with a stack trace.
  it("says, before building anything, which port is taken and how to choose others", async () => {
    const busy = await busyPort();
    const free = await freePort();
    expect(await startPortsProblem(busy, free)).toBe(
      `Port ${busy} on 127.0.0.1 is in use (another npm start or wrangler dev still running?). Stop it, or choose free ports: PORT=${busy + 10} npm start (the webhook receiver takes PORT + 1, or RECEIVER_PORT).`,
    );
    expect(await startPortsProblem(free, busy)).toMatch(
      new RegExp(`^Port ${busy} on 127\\.0\\.0\\.1 \\(the webhook receiver\\) is in use`),
    );
    expect(await startPortsProblem(free, free)).toBeNull();
  });

  it("refuses a PORT that is not a port number", async () => {
    expect(await startPortsProblem(Number("abc"), 8788)).toBe(
      "PORT and RECEIVER_PORT must be port numbers (1024 to 65535), such as PORT=8797.",
    );
    expect(await startPortsProblem(80, 81)).toMatch(/must be port numbers/);
  });
});
