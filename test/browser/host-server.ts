/**
 * A customer's site for the browser tests: an HTTP server on another 127.0.0.1 port, so pages
 * come from a different origin than the worker, as on a real site.
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Starts `handler` on a free loopback port. */
export async function startHostServer(handler: RequestListener): Promise<HostServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
