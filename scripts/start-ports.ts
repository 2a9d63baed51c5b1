/**
 * Whether `npm start` can have its two ports, checked before it builds anything: wrangler's
 * default 8787 is often another project's, and a worker already answering there looked like
 * ours to the readiness probe, so the demo was seeded into the wrong server and failed with a
 * stack trace.
 */
import { createServer } from "node:net";

/** Whether something already listens on 127.0.0.1:`port`. */
function inUse(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(true) : reject(error),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
  });
}

const isPort = (port: number) => Number.isInteger(port) && port >= 1024 && port <= 65_535;

/**
 * What stops `npm start` from using `port` (the worker) and `receiverPort` (the demo's webhook
 * receiver), in words that say what to do; null when both are free.
 *
 * @example
 * await startPortsProblem(8787, 8788); // null, or "Port 8787 on 127.0.0.1 is in use (…)"
 */
export async function startPortsProblem(
  port: number,
  receiverPort: number,
): Promise<string | null> {
  if (!isPort(port) || !isPort(receiverPort))
    return "PORT and RECEIVER_PORT must be port numbers (1024 to 65535), such as PORT=8797.";
  const how = `Stop it, or choose free ports: PORT=${port + 10} npm start (the webhook receiver takes PORT + 1, or RECEIVER_PORT).`;
  if (await inUse(port))
    return `Port ${port} on 127.0.0.1 is in use (another npm start or wrangler dev still running?). ${how}`;
  if (await inUse(receiverPort))
    return `Port ${receiverPort} on 127.0.0.1 (the webhook receiver) is in use. ${how}`;
  return null;
}
