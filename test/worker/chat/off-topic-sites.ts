/** The help centres the off-topic tests ask, and how they read an offer: one place for both rounds' tests. */
import type { Language } from "../../../shared/languages.ts";
import { offerFor } from "../../../worker/chat/offer.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import type { KbIndex } from "../../../worker/kb/index-reader.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";

/** Each language's small shop, built from its articles (a bare text is an untitled article). */
export function shopsByLanguage(
  shops: Record<Language, readonly (string | { title: string; text: string })[]>,
): Record<Language, KbIndex> {
  return Object.fromEntries(
    Object.entries(shops).map(([code, docs]) => [
      code,
      buildIndex(
        docs.map((d, i) => {
          const { title, text } = typeof d === "string" ? { title: "", text: d } : d;
          return { id: `${code}-${i}`, title, text, url: null };
        }),
      ).index,
    ]),
  ) as Record<Language, KbIndex>;
}

/** What a low-confidence reply would offer for `message` beside `index`. */
export const offerIn = (index: KbIndex, message: string) =>
  offerFor(message, retrieve(index, message), index);

/** A one-article help centre that writes `text`. */
export const site = (text: string) =>
  buildIndex([{ id: "own", title: "Our service", text, url: null }]).index;

/** Whether `message`, asked of `index`, is kept on topic. */
export const onTopic = (index: KbIndex, message: string) =>
  offerIn(index, message).about !== "off_topic";
