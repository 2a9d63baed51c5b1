/**
 * A deterministic stand-in for Workers AI's embedding models, at the binding boundary: an object
 * with `run(model, { text })` answering `{ shape, data }` as `env.AI.run` does. A text's vector
 * counts the words of a few topics, so "my parcel never showed up" lands near "Lost or delayed
 * deliveries" though they share no word, which is what a real model does and words can't.
 */
import type { AiBinding } from "../../../worker/kb/semantic/embedder.ts";

const TOPICS: readonly (readonly string[])[] = [
  ["lost", "missing", "never", "showed", "delayed", "arrived", "parcel", "vanished"],
  ["shipping", "ships", "express", "free", "cost"],
  ["return", "returns", "refund", "refunds", "money"],
  ["tracking", "track", "link", "scan", "where"],
  ["warranty", "broken", "repair", "faulty"],
];

/** The fake model's vector for `text`: per topic, how many of its words the text has, plus a floor. */
export function fakeVector(text: string): number[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [0.05, ...TOPICS.map((topic) => words.filter((w) => topic.includes(w)).length)];
}

/** What a fake binding was asked. */
export interface FakeAi extends AiBinding {
  calls: { model: string; texts: string[] }[];
}

/** A binding that answers like `env.AI.run` for an embedding model, recording each call. */
export function fakeAi(behaviour: "answer" | "throw" | "hang" = "answer"): FakeAi {
  const calls: FakeAi["calls"] = [];
  return {
    calls,
    run(model, { text }) {
      calls.push({ model, texts: [...text] });
      if (behaviour === "throw") return Promise.reject(new Error("AI binding: 5xx from upstream"));
      if (behaviour === "hang") return new Promise(() => {});
      const data = text.map(fakeVector);
      return Promise.resolve({ shape: [data.length, data[0]?.length ?? 0], data, pooling: "cls" });
    },
  };
}
