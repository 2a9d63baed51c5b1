/**
 * The default handoff phrases and the site's effective list. Worker-side: the widget never
 * imports this file (it gets the effective list, and each phrase's language, from
 * `GET /v1/sites/{site}/config`), which keeps about 1.6 KB of phrases out of widget.js.
 */
import { normalizedPhrase, normalizeForMatch } from "./keywords.ts";
import { LANGUAGES, type Language } from "./languages.ts";

/**
 * Phrases that mean "I want a person", by language, written the way visitors type them.
 * Each is a multi-word phrase on purpose: single words such as "human" or "agent" also occur in
 * ordinary product questions ("is the API human-readable?"), and a false handoff costs a team's
 * time. Matching ignores case, accents, apostrophe style and spacing (see `normalizeForMatch`),
 * so each phrase is listed once, in its plain lowercase form.
 */
export const DEFAULT_KEYWORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "talk to a human",
    "talk to a person",
    "talk to a real person",
    "talk to someone",
    "talk to somebody",
    "talk to an agent",
    "talk to a live agent",
    "talk to a representative",
    "talk to support",
    "talk to customer service",
    "talk to a manager",
    "talk with a human",
    "talk with a person",
    "talk with someone",
    "speak to a human",
    "speak to a person",
    "speak to someone",
    "speak to somebody",
    "speak to an agent",
    "speak to a representative",
    "speak to support",
    "speak to a manager",
    "speak with a human",
    "speak with a person",
    "speak with someone",
    "speak with an agent",
    "chat with a human",
    "chat with a person",
    "chat with someone",
    "real person",
    "real human",
    "live agent",
    "live person",
    "human agent",
    "human being",
    "actual person",
    "actual human",
    "customer support",
    "customer service",
    "contact support",
    "contact a human",
    "contact someone",
    "connect me with",
    "connect me to",
    "transfer me to",
    "put me through",
    "get me a human",
    "get me a person",
    "human please",
    "a person please",
    "agent please",
    "someone call me",
    "call me back",
    "not a bot",
    "not a robot",
    "stop the bot",
    "need a human",
    "want a human",
    "need a person",
    "want a person",
  ],
  da: [
    "tale med en person",
    "tale med et menneske",
    "tale med en medarbejder",
    "tale med nogen",
    "tale med en rigtig",
    "tale med kundeservice",
    "tale med support",
    "snakke med en person",
    "snakke med et menneske",
    "snakke med en medarbejder",
    "snakke med nogen",
    "snakke med en rigtig",
    "snakke med kundeservice",
    "chatte med en person",
    "chatte med et menneske",
    "chatte med en medarbejder",
    "rigtig person",
    "rigtigt menneske",
    "et menneske tak",
    "en medarbejder tak",
    "kundeservice",
    "kundesupport",
    "ring mig op",
    "ringe mig op",
    "ringe til mig",
    "kontakt til en medarbejder",
    "kontakte en medarbejder",
    "ikke en robot",
    "ikke en bot",
  ],
  de: [
    "mit einem menschen sprechen",
    "mit einem menschen reden",
    "mit einem mitarbeiter sprechen",
    "mit einer mitarbeiterin sprechen",
    "mit einem mitarbeiter reden",
    "mit einer person sprechen",
    "mit einer person reden",
    "mit jemandem sprechen",
    "mit jemandem reden",
    "mit einem berater sprechen",
    "mit einer beraterin sprechen",
    "mit dem support sprechen",
    "mit dem kundenservice sprechen",
    "menschen sprechen",
    "mitarbeiter sprechen",
    "mitarbeiterin sprechen",
    "echten menschen",
    "echter mensch",
    "echte person",
    "echten person",
    "realen person",
    "kundenservice",
    "kundendienst",
    "kundensupport",
    "ruf mich an",
    "rufen sie mich an",
    "rückruf",
    "verbinden sie mich",
    "keinen bot",
    "kein bot",
    "keinen roboter",
  ],
  fr: [
    "parler à un conseiller",
    "parler à une conseillère",
    "parler à un humain",
    "parler à une personne",
    "parler à quelqu'un",
    "parler à un agent",
    "parler à un opérateur",
    "parler au support",
    "parler au service client",
    "parler avec un conseiller",
    "parler avec une conseillère",
    "parler avec un humain",
    "parler avec une personne",
    "parler avec quelqu'un",
    "parler avec un agent",
    "discuter avec un humain",
    "discuter avec une personne",
    "discuter avec quelqu'un",
    "vraie personne",
    "vrai humain",
    "personne réelle",
    "être humain",
    "service client",
    "service clientèle",
    "support client",
    "assistance client",
    "rappelez-moi",
    "me rappeler",
    "mettez-moi en relation",
    "pas un robot",
    "pas un bot",
  ],
  es: [
    "hablar con una persona",
    "hablar con un humano",
    "hablar con alguien",
    "hablar con un agente",
    "hablar con un asesor",
    "hablar con una asesora",
    "hablar con un representante",
    "hablar con un operador",
    "hablar con soporte",
    "hablar con atención al cliente",
    "hablar con el servicio",
    "comunicarme con alguien",
    "comunicarme con una persona",
    "contactar con una persona",
    "contactar con alguien",
    "persona real",
    "ser humano",
    "atención al cliente",
    "servicio al cliente",
    "servicio de atención",
    "que me llamen",
    "llámenme",
    "llamadme",
    "no un robot",
    "no un bot",
  ],
};

/** Per-site keyword settings as stored in the site config. */
export interface KeywordSettings {
  /** `add` extends the defaults, `replace` uses only `phrases`. */
  mode: "add" | "replace";
  phrases: readonly string[];
}

/**
 * The phrases a site's visitors are matched against, lowercase and de-duplicated, in the order
 * the site owner would read them (defaults first). This is the list `GET /v1/sites/{site}/config`
 * returns as `keywords`.
 *
 * @example
 * effectiveKeywords({ mode: "replace", phrases: ["Book a Consultation"] }); // ["book a consultation"]
 */
export function effectiveKeywords(settings: KeywordSettings): string[] {
  const defaults = settings.mode === "add" ? LANGUAGES.flatMap((l) => DEFAULT_KEYWORDS[l]) : [];
  const all = [...defaults, ...settings.phrases.map((p) => p.trim().toLowerCase())];
  return [...new Set(all.filter((p) => normalizedPhrase(p).length > 0))];
}

/** Index from a default phrase's normalised form to its language. */
const DEFAULT_LANGUAGE_BY_PHRASE: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((language) =>
    DEFAULT_KEYWORDS[language].map((phrase) => [normalizeForMatch(phrase), language] as const),
  ),
);

/**
 * The language of `phrase` when it is one of the defaults (however it is cased or accented),
 * else null: a site's own phrases have no known language.
 *
 * @example
 * keywordLanguage("Tale med en person"); // "da"
 * keywordLanguage("book a consultation"); // null
 */
export function keywordLanguage(phrase: string): Language | null {
  return DEFAULT_LANGUAGE_BY_PHRASE.get(normalizeForMatch(phrase)) ?? null;
}
