import type { TestProject } from "vitest/node";
import { startReceiver } from "../../scripts/webhook-receiver.ts";

declare module "vitest" {
  export interface ProvidedContext {
    receiverUrl: string;
  }
}

/** One real HTTP receiver on 127.0.0.1 for every worker test; tests use distinct paths. */
export default async function setup(project: TestProject) {
  const receiver = await startReceiver();
  project.provide("receiverUrl", receiver.url);
  return () => receiver.close();
}
