import type { HandoffRequest } from "../../shared/decision.ts";
import { keywordLanguage } from "../../shared/default-keywords.ts";
import { normalizeForMatch } from "../../shared/text/normalize.ts";
import { LANGUAGE_NAMES } from "../../shared/languages.ts";
import { judgeMessage } from "../chat/judge.ts";
import { extractAnswer } from "../kb/extract.ts";
import type { KbIndex } from "../kb/index-reader.ts";
import type { SiteConfig } from "../sites/config-schema.ts";

/** An article as the dashboard links it. */
export interface ArticleLink {
  title: string;
  url: string | null;
}

/** What the real decision makes of one message, told the way the owner reads it. */
export type MessageTest =
  | {
      message: string;
      handoff: true;
      reason: "keyword";
      phrase: string;
      /** Where the phrase comes from, in words: "a default Danish phrase". */
      source: string;
      confidence: number;
      threshold: number;
    }
  | {
      message: string;
      handoff: true;
      reason: "low_confidence";
      confidence: number;
      threshold: number;
      /** The knowledge base's best (too weak) match. */
      article: ArticleLink | null;
    }
  | {
      message: string;
      handoff: false;
      confidence: number;
      threshold: number;
      /** The answer as the knowledge base gives it (a site's answer model may rephrase it). */
      answer: string;
      article: ArticleLink | null;
    };

/**
 * Where a matched request for a person comes from, in words: the default grammar (a request in
 * the visitor's own words, `index` null), one of the site's own phrases, or a default phrase. A
 * phrase that is both the site's and a default is the site's: the owner wrote it.
 *
 * @example
 * keywordSource({ phrase: "speak to someone", index: null, language: "en" }, []); // "a default English request for a person, in the visitor's own words"
 */
export function keywordSource(matched: HandoffRequest, sitePhrases: readonly string[]): string {
  if (matched.index === null) {
    const language = matched.language ?? keywordLanguage(matched.phrase);
    return language
      ? `a default ${LANGUAGE_NAMES[language]} request for a person, in the visitor's own words`
      : "a default request for a person, in the visitor's own words";
  }
  const key = normalizeForMatch(matched.phrase);
  if (sitePhrases.some((p) => normalizeForMatch(p) === key)) return "one of this site's phrases";
  const language = keywordLanguage(matched.phrase);
  return language ? `a default ${LANGUAGE_NAMES[language]} phrase` : "a default phrase";
}

/**
 * Runs `message` through the decision `POST /v1/chat` takes (`judgeMessage`) over `index`, and
 * says what a visitor would get: the answer and its article, or the handoff and why.
 *
 * @example
 * testMessage("talk to a human", config, index); // { handoff: true, reason: "keyword", source: "a default English phrase", … }
 */
export function testMessage(
  message: string,
  config: Pick<SiteConfig, "keywords" | "threshold">,
  index: KbIndex | null,
): MessageTest {
  const { retrieval, decision } = judgeMessage({
    message,
    keywords: config.keywords,
    threshold: config.threshold,
    index,
  });
  const { confidence } = retrieval;
  const threshold = config.threshold;
  const article = retrieval.best ? { title: retrieval.best.title, url: retrieval.best.url } : null;
  if (decision.handoff && decision.reason === "keyword") {
    const phrase = decision.matched.phrase;
    const source = keywordSource(decision.matched, config.keywords.phrases);
    return { message, handoff: true, reason: "keyword", phrase, source, confidence, threshold };
  }
  if (decision.handoff) {
    return { message, handoff: true, reason: "low_confidence", confidence, threshold, article };
  }
  const answer = extractAnswer(retrieval).text;
  return { message, handoff: false, confidence, threshold, answer, article };
}
