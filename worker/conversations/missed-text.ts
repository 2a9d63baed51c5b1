/** One distinct missed question (the same words, any case), with how often and by whom. */
export interface MissedText {
  /** The newest such visitor message's id. */
  id: string;
  /** As the newest visitor asked it. */
  text: string;
  /** The newest message's confidence. */
  confidence: number | null;
  lastAt: string;
  /** How many messages asked it. */
  messages: number;
  /** The pseudonyms of the visitors who asked it (a conversation id for messages logged before pseudonyms). */
  visitors: string[];
  lowConfidence: number;
  /** Low-confidence messages the visitor left without a handoff. */
  abandoned: number;
  unhelpful: number;
  couldHaveAnswered: number;
  /** One handoff of it, when a visitor finished one. */
  handoffId: string | null;
  /** For a 👎 answer: the article it was given from. */
  sourceTitle: string | null;
  sourceUrl: string | null;
}
