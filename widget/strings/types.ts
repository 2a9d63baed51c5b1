/** Every string the widget shows, in one language. Functions take what the sentence names. */
export interface Strings {
  /** The panel's close button (the launcher keeps its own name and says "expanded"). */
  close: string;
  dialog: (site: string) => string;
  placeholder: string;
  send: string;
  greeting: string;
  tooLong: (max: number) => string;
  thinking: string;
  networkError: string;
  retry: string;
  /**
   * Before each of the visitor's lines, heard only (WCAG 1.3.1): a screen reader otherwise reads
   * the visitor's lines and the assistant's alike (the page shows whose by side and colour).
   */
  you: string;
  emailPrompt: string;
  /** The email step of a second handoff: the address given the first time is filled in. */
  emailAgain: (email: string) => string;
  emailLabel: string;
  skip: string;
  /** Leaves the email step without handing off. */
  cancel: string;
  invalidEmail: string;
  sending: string;
  handedOff: (site: string, email: string | null) => string;
  talkToPerson: string;
  /** After "Talk to a person": what should a person read? */
  askNeed: string;
  /** A prompt the visitor left: nothing was handed off. */
  cancelled: string;
  /** After a first Skip: what happens without an email. */
  skipWarning: string;
  /** Skip, once warned. */
  sendWithoutEmail: string;
  /** The API's `rate_limited`, in place of its English message. */
  rateLimited: string;
  /** The API's `email_required`, in place of its English message. */
  emailRequired: string;
  /**
   * Any other refusal of the API, in place of its English message (written for a developer):
   * beside Retry under a message, or where a handoff the worker won't take ends.
   */
  failed: string;
  /**
   * The API's `conversation_full`, under the message it refused: the conversation has reached its
   * length limit, and a new one or a person is the way on.
   */
  full: string;
  /** Its button, in place of Retry: a new conversation, which sends the refused message. */
  newChat: string;
  /** Under an answer; the group's label. */
  wasHelpful: string;
  /** The 👍 button's label. */
  helpful: string;
  /** The 👎 button's label. */
  unhelpful: string;
  /** Once a verdict is given. */
  feedbackThanks: string;
  /** After a 👎. */
  offerPerson: string;
  /** Its button. */
  getPerson: string;
  /** A low-confidence reply with suggestions: the list's heading. */
  suggest: string;
  /** A low-confidence reply about something other than the site. */
  offTopic: (site: string) => string;
  /** A low-confidence reply to a message that can't be read. */
  unclear: string;
  /** A low-confidence reply to an on-topic question the help centre doesn't cover. */
  notCovered: string;
  /** The site's usual reply time, e.g. "2 hours" (from `Intl.NumberFormat`). */
  replyWithin: (duration: string) => string;
  /**
   * Outside opening hours: when the team is back, in the visitor's time and language (`Intl`):
   * `day` a weekday ("Monday"), or "today"/"tomorrow" when `soon`; `time` in the language's own
   * clock ("9:00 AM", "09.00"). Apart, so each language puts its own words around them: "lunes"
   * takes "el", "mañana" doesn't.
   */
  backAt: (day: string, time: string, soon: boolean) => string;
  loading: string;
  configError: string;
  /** On the launcher's label while the chat is closed: team replies not yet read. */
  unread: (count: number) => string;
  /**
   * The launcher's name in the four languages widget.js has none for (launcher-labels.ts names
   * the six): the app names it once the visitor writes in one, rather than keep it English.
   */
  launcher?: string;
}

/**
 * Every key of `Strings`, in the order a language's chunk carries their values: a chunk is an
 * array of them, without the keys (`stringsFromChunk` names them again). `launcher` last: the six
 * languages without one end before it.
 */
export const STRING_KEYS = [
  "close",
  "dialog",
  "placeholder",
  "send",
  "greeting",
  "tooLong",
  "thinking",
  "networkError",
  "retry",
  "you",
  "emailPrompt",
  "emailAgain",
  "emailLabel",
  "skip",
  "cancel",
  "invalidEmail",
  "sending",
  "handedOff",
  "talkToPerson",
  "askNeed",
  "cancelled",
  "skipWarning",
  "sendWithoutEmail",
  "rateLimited",
  "emailRequired",
  "failed",
  "full",
  "newChat",
  "wasHelpful",
  "helpful",
  "unhelpful",
  "feedbackThanks",
  "offerPerson",
  "getPerson",
  "suggest",
  "offTopic",
  "unclear",
  "notCovered",
  "replyWithin",
  "backAt",
  "loading",
  "configError",
  "unread",
  "launcher",
] as const satisfies readonly (keyof Strings)[];

/** A key of `Strings` left out of `STRING_KEYS` is a compile error here, naming it. */
export type EveryStringKeyListed = AssertNever<
  Exclude<keyof Strings, (typeof STRING_KEYS)[number]>
>;
type AssertNever<T extends never> = T;
