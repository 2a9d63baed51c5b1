import type { TestProject } from "vitest/node";
import { startReceiver } from "../../scripts/webhook-receiver.ts";

declare module "vitest" {
  export interface ProvidedContext {
    receiverUrl: string;
    /** A second receiver on its own port: another host:port, so another circuit (dispatch tests). */
    otherReceiverUrl: string;
  }
}

/** Real HTTP receivers on 127.0.0.1 for every worker test; tests use distinct paths. */
export default async function setup(project: TestProject) {
  const receiver = await startReceiver();
  const other = await startReceiver();
  project.provide("receiverUrl", receiver.url);
  project.provide("otherReceiverUrl", other.url);
  return async () => {
    await Promise.all([receiver.close(), other.close()]);
  };
}
