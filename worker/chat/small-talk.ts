import { normalizeForMatch } from "../../shared/keywords.ts";
import type { Language } from "../../shared/languages.ts";

export type SmallTalkKind = "greeting" | "thanks" | "goodbye" | "acknowledgement";

export interface SmallTalk {
  kind: SmallTalkKind;
  /** The language the words are in, when they tell (null for "ok", "hi"…). */
  language: Language | null;
}

type Tag = SmallTalkKind | "filler";

// A message is small talk when it can be read, word for word, as a sequence of social phrases
// and fillers (intensifiers, "for the help", "zusammen", the assistant's name) with at least one
// social phrase. Anything else ("Canada", "cancel", "how", a number) makes it a question for the
// knowledge base. Phrases are written in a small pattern language so that the word classes
// combine ("thank you so much for the quick reply") without listing whole messages:
// "(a|b)" is a choice, "[a|b]" an optional choice, words are matched after `normalize`.
// `null` as the language marks words several of the five languages use ("ok", "super", "hi").
const LEXICON: readonly (readonly [Tag, Language | null, string])[] = [
  // Words shared between languages: they say nothing about the language.
  ["greeting", null, "(hi|hey|heya|hallo|hallo hallo|halo|yo|hallå)"],
  ["greeting", null, "ciao"],
  ["goodbye", null, "(ciao|tschau|tchao|chao|bye|bye bye|byebye|ade|adieu)"],
  ["acknowledgement", null, "(ok|okay|okey|oki|okie|k|kk|okidoki|okie dokie|okey dokey|ok ok)"],
  [
    "acknowledgement",
    null,
    "(super|cool|top|nice|perfekt|prima|genial|excellent|wow|ah|aha|ahh|oh|ahso|mhm|hmm)",
  ],
  ["thanks", null, "(thx|thanx|thnx|tx|ty|tyvm|tysm)"],
  ["filler", null, "(bot|clarifier|assistant|assistent|assistente|assistant)"],

  // English.
  [
    "greeting",
    "en",
    "(hello|hello there|hi there|hey there|hiya|howdy|greetings|morning|evening|afternoon)",
  ],
  ["greeting", "en", "good (morning|afternoon|evening|day)"],
  [
    "greeting",
    "en",
    "(how are you|how are you doing|how's it going|how is it going|what's up|whats up|sup)",
  ],
  [
    "thanks",
    "en",
    "(thanks|thank you|thankyou|thank u|thanks you|cheers|many thanks|thanks again)",
  ],
  ["thanks", "en", "[i|we] [really|very much] (appreciate|appreciated) [it|that|this|your help]"],
  ["thanks", "en", "(much|greatly|very much|really) appreciated"],
  ["thanks", "en", "no (thanks|thank you)"],
  [
    "goodbye",
    "en",
    "(goodbye|good bye|farewell|see you|see ya|cya|see you later|see you soon|later|take care|good night|goodnight|talk later|that's all|that's it|thats all|that's everything|nothing else|no more questions)",
  ],
  ["goodbye", "en", "[no] that's (all|everything) [i] [needed|need|wanted]"],
  ["goodbye", "en", "have a (nice|good|great|lovely|wonderful) (day|evening|weekend|one|night)"],
  ["goodbye", "en", "you (too|as well)"],
  [
    "acknowledgement",
    "en",
    "(alright|all right|all good|great|perfect|awesome|fine|good|got it|gotcha|understood|noted|sure|wonderful|brilliant|lovely|sweet|fantastic|amazing|splendid|excellent|great stuff|good stuff)",
  ],
  [
    "acknowledgement",
    "en",
    "[oh|ah] (i see|i understand|makes sense|that makes sense|sounds good|fair enough|will do|no problem|np|no worries|all clear|good to know|that's clear)",
  ],
  [
    "acknowledgement",
    "en",
    "[that's|that is|that was|this is|this was|it's|it is|it was|you've been|you have been|you're|you are] [really|very|so|super|most|extremely|truly] (helpful|useful|great|perfect|clear|awesome|brilliant|a great help|a big help|a huge help|amazing|fantastic|wonderful|excellent)",
  ],
  [
    "acknowledgement",
    "en",
    "[that|this] (helps|helped|answers it|answered it|did it|did the trick)",
  ],
  [
    "filler",
    "en",
    "(so much|a lot|lots|heaps|kindly|very much|so|very|really|much|again|indeed|then|just|and|well)",
  ],
  [
    "acknowledgement",
    "en",
    "(nice one|great job|good job|well done|nice work|great work|you rock|you're a star|you're the best|legend)",
  ],
  ["filler", "en", "(mate|man|guys|everyone|everybody|all|folks|friend|buddy|dude|team|there)"],
  [
    "filler",
    "en",
    "for [all] [the|your|this|that] [quick|fast|great|kind|swift|prompt|speedy|detailed|clear] (help|answer|answers|reply|replies|response|info|information|support|assistance|explanation)",
  ],
  ["filler", "en", "for (helping|your time|that|this|everything|explaining)"],

  // Danish.
  [
    "greeting",
    "da",
    "(hej|hejsa|hejhej|hej hej|heja|halløj|dav|davs|goddag|godmorgen|godaften|goddaw)",
  ],
  ["greeting", "da", "god (morgen|aften|eftermiddag|formiddag)"],
  ["greeting", "da", "(hvordan går det|hvad så|hvordan har du det)"],
  [
    "thanks",
    "da",
    "(tak|takk|tak tak|mange tak|tusind tak|tusinde tak|takker|nej tak|tak skal du have|1000 tak)",
  ],
  [
    "goodbye",
    "da",
    "(farvel|vi ses|ses|på gensyn|godnat|god nat|hav det godt|ha det godt|i lige måde|det var det|det var alt|det var det hele)",
  ],
  ["goodbye", "da", "(hav|ha) en (god|dejlig|rigtig god|fortsat god) (dag|aften|weekend)"],
  ["goodbye", "da", "god (weekend|dag|aften)"],
  [
    "acknowledgement",
    "da",
    "(fint|fint nok|det er fint|fedt|godt|forstået|klart|javel|aha|nå|nå okay|dejligt|skønt|fantastisk|glimrende|udmærket|i orden|alt i orden|alt er klart|sejt|det lyder godt|lyder godt|det var godt|det er godt|jeg forstår|det forstår jeg|modtaget|perfekt)",
  ],
  ["acknowledgement", "da", "[okay|ok|nå|ah] [det] giver (mening|god mening)"],
  [
    "acknowledgement",
    "da",
    "[det|du] (var|er|har været) [en] [rigtig|virkelig|meget|kæmpe] [stor|god] (hjælp|hjælpsom|hjælpsomt)",
  ],
  ["acknowledgement", "da", "det hjalp [mig]"],
  [
    "filler",
    "da",
    "(så meget|rigtig|virkelig|igen|alle|allesammen|alle sammen|jamen|altså|så|også|du|med dig|og|meget|skal du have)",
  ],
  [
    "filler",
    "da",
    "for (det|sidst|hjælpen|svaret|svarene|info|infoen|oplysningen|oplysningerne|hurtigt svar|den hurtige hjælp|det hurtige svar|din hjælp|jeres hjælp|nu)",
  ],

  // German.
  [
    "greeting",
    "de",
    "(servus|moin|moin moin|moinsen|hallöchen|grüezi|grüß gott|grüß dich|grüss gott|huhu|tach|hallihallo)",
  ],
  ["greeting", "de", "(guten|gutn|schönen) (tag|morgen|abend)"],
  ["greeting", "de", "(wie geht's|wie gehts|wie geht es dir|wie geht es ihnen)"],
  [
    "thanks",
    "de",
    "(danke|dankeschön|danke schön|danke sehr|vielen dank|vielen lieben dank|lieben dank|herzlichen dank|besten dank|tausend dank|danke vielmals|dank dir|dank euch|merci vielmals|ich danke ihnen|ich danke dir|nein danke|vielen herzlichen dank)",
  ],
  [
    "goodbye",
    "de",
    "(tschüss|tschüs|tschö|gleichfalls|ebenso|auf wiedersehen|auf wiederhören|wiedersehen|bis dann|bis bald|bis später|bis morgen|mach's gut|machs gut|gute nacht|das war's|das wars|das war es)",
  ],
  [
    "goodbye",
    "de",
    "[einen|ein] (schönen|schönes|guten|angenehmen) (tag|abend|wochenende|feierabend) [noch]",
  ],
  ["goodbye", "de", "(ihnen|dir|euch) auch"],
  [
    "acknowledgement",
    "de",
    "(alles klar|alles gut|klar|gut|sehr gut|toll|klasse|spitze|verstanden|ich verstehe|ach so|achso|in ordnung|geht klar|passt|passt schon|wunderbar|genau|stimmt|okay dann|prima|perfekt|super|alles verstanden|jawohl|gebongt|verstehe)",
  ],
  [
    "acknowledgement",
    "de",
    "[das|sie] (hilft|hat geholfen|haben geholfen|war hilfreich|ist hilfreich|war sehr hilfreich|hilft mir|hilft mir weiter|hat mir geholfen|haben mir geholfen|hat mir sehr geholfen|haben mir sehr geholfen)",
  ],
  ["acknowledgement", "de", "[sehr] hilfreich"],
  [
    "filler",
    "de",
    "(vielen|dir|ihnen|euch|sehr|vielmals|nochmal|nochmals|auch|echt|wirklich|schon|ja|na|also|dann|zusammen|leute|ihr|alle|und|nochmal vielen)",
  ],
  [
    "filler",
    "de",
    "für [die|ihre|deine|eure|diese] [schnelle|rasche|nette|tolle|freundliche|super|gute|ausführliche] (hilfe|antwort|antworten|info|infos|information|auskunft|unterstützung|erklärung)",
  ],

  // French.
  [
    "greeting",
    "fr",
    "(bonjour|salut|coucou|bonsoir|allô|allo|ça va|comment ça va|comment allez-vous|comment allez vous|bien le bonjour|rebonjour)",
  ],
  [
    "thanks",
    "fr",
    "(merci|merci beaucoup|merci bien|merci mille fois|mille mercis|mille merci|merci infiniment|grand merci|un grand merci|je vous remercie|je te remercie|non merci|merci encore)",
  ],
  [
    "goodbye",
    "fr",
    "(au revoir|à vous aussi|à toi aussi|pareillement|de même|bonne journée|bonne soirée|bonne nuit|bon week-end|bon weekend|bonne fin de journée|à bientôt|à plus|à plus tard|à la prochaine|a+|vous aussi|toi aussi|salut)",
  ],
  [
    "acknowledgement",
    "fr",
    "(d'accord|dac|daccord|ok d'accord|parfait|génial|très bien|bien|compris|j'ai compris|entendu|noté|c'est noté|ça marche|c'est parfait|c'est clair|c'est gentil|nickel|impeccable|ça roule|pas de souci|pas de soucis|pas de problème|c'est bon|je vois|super|top|excellent|formidable|merveilleux|trop bien)",
  ],
  [
    "acknowledgement",
    "fr",
    "[c'est|ça m'a|vous m'avez|ça a été|c'était] [très|vraiment|super|bien] (utile|aidé|aide|clair|parfait)",
  ],
  [
    "filler",
    "fr",
    "(beaucoup|bien|infiniment|encore|à vous|à toi|à tous|madame|monsieur|tout le monde|alors|bon|ah|oh|très|vraiment|et|oui)",
  ],
  [
    "filler",
    "fr",
    "pour [votre|ton|ta|la|cette|vos|tes|les|ces] (aide|réponse|réponses|info|infos|information|informations|l'aide|l'info|l'information|explication|explications|tout) [rapide|rapides]",
  ],

  // Spanish.
  [
    "greeting",
    "es",
    "(hola|buenas|buenos días|buen día|buenas tardes|buenas noches|qué tal|que tal|hola qué tal|saludos|cómo estás|cómo está|que onda)",
  ],
  [
    "thanks",
    "es",
    "(gracias|muchas gracias|muchísimas gracias|mil gracias|gracias mil|te lo agradezco|se lo agradezco|le agradezco|muy amable|no gracias|gracias de nuevo|un millón de gracias)",
  ],
  [
    "goodbye",
    "es",
    "(adiós|hasta luego|hasta pronto|hasta mañana|hasta la próxima|hasta la vista|chau|nos vemos|cuídate|cuidate|feliz día|igualmente)",
  ],
  [
    "goodbye",
    "es",
    "(que tengas|que tenga|que tengan) [un] (buen|lindo|bonito|feliz) (día|fin de semana|finde)",
  ],
  ["goodbye", "es", "(buen|feliz) fin de semana"],
  [
    "acknowledgement",
    "es",
    "(vale|perfecto|genial|muy bien|entendido|de acuerdo|claro|listo|excelente|estupendo|guay|ya veo|entiendo|lo entiendo|está bien|todo claro|todo bien|dale|bárbaro|súper|buenísimo|ok vale|fenomenal|maravilloso|perfecto entonces|bien)",
  ],
  ["acknowledgement", "es", "[me] (sirve|ha servido|sirvió|ayudó|ha ayudado|has ayudado) [mucho]"],
  ["acknowledgement", "es", "[muy|súper|super] útil"],
  [
    "filler",
    "es",
    "(mucho|muy|de nuevo|otra vez|a todos|amigo|amiga|entonces|bueno|pues|señor|señora|y|sí|si)",
  ],
  [
    "filler",
    "es",
    "por [tu|su|la|vuestra|tus|sus|las] [rápida|amable] (ayuda|respuesta|respuestas|información|info|explicación|atención)",
  ],
];

// Emoji that carry the message alone; any other pictograph is simply ignored beside words.
const EMOJI_KINDS: Readonly<Record<string, SmallTalkKind>> = {
  "👍": "acknowledgement",
  "👌": "acknowledgement",
  "✅": "acknowledgement",
  "🆗": "acknowledgement",
  "🙏": "thanks",
  "👋": "greeting",
  "🙂": "acknowledgement",
  "😊": "acknowledgement",
  "😀": "acknowledgement",
  "😄": "acknowledgement",
  "❤": "thanks",
};

// Emoticons are made of punctuation, which the word split drops, except letters such as the
// "D" of ":D" or the "p" of ":p": they go first.
const EMOTICONS = /(^|\s)(?:[:;=8xX][-'^o]?[)(\][dDpP3oO*|/\\]+|<3+|\^\^|\^_\^)(?=\s|$|[!.,])/gu;
// Words keep their inner apostrophes and hyphens ("d'accord", "mach's", "week-end").
const WORD = /[\p{L}\p{N}+]+(?:['-][\p{L}\p{N}]+)*/gu;
// Longer than any greeting or thanks people type; a message this long asks something.
const MAX_WORDS = 16;

// One slot of a pattern: a choice of word sequences, which may be skipped when optional.
interface Slot {
  optional: boolean;
  choices: readonly (readonly string[])[];
}

interface Pattern {
  slots: readonly Slot[];
  tag: Tag;
  language: Language | null;
}

/** A pattern matched over `length` words of the message. */
interface Phrase {
  length: number;
  tag: Tag;
  language: Language | null;
}

// The form words are compared in: `normalizeForMatch` (case, accents, apostrophes) and "ß" as
// "ss". German words are also read with "ue", "oe", "ae" as the plain vowel, which is what
// folding makes of "ü", "ö", "ä": "tschüss", "tschuess" and "tschuss" meet.
function normalize(text: string): string {
  return normalizeForMatch(text).replace(/ß/g, "ss");
}

function readAsGerman(text: string): string {
  return text.replace(/([aou])e/g, "$1");
}

// Parses "(a|b) [c d|e] f" into slots. Normalised as a whole first: the pattern's brackets and
// bars pass through unchanged.
function parsePattern(tag: Tag, language: Language | null, source: string): Pattern {
  const text = language === "de" ? readAsGerman(normalize(source)) : normalize(source);
  const parts = text.match(/\([^)]*\)|\[[^\]]*\]|[^\s()[\]]+/g) ?? [];
  const slots = parts.map((part) => {
    const optional = part.startsWith("[");
    const grouped = optional || part.startsWith("(");
    const choices = (grouped ? part.slice(1, -1).split("|") : [part]).map((c) => c.split(" "));
    return { optional, choices };
  });
  return { slots, tag, language };
}

// The words a pattern can start with, so that only the patterns that may match at a position
// are tried.
function firstWords(pattern: Pattern): string[] {
  const first: string[] = [];
  for (const slot of pattern.slots) {
    for (const choice of slot.choices) first.push(choice[0] ?? "");
    if (!slot.optional) break;
  }
  return first;
}

// Every word the patterns know, to read a stretched word ("byeee", "thanksss", "okk") as one.
const VOCABULARY = new Set<string>();

const PATTERNS: ReadonlyMap<string, readonly Pattern[]> = (() => {
  const byFirst = new Map<string, Pattern[]>();
  for (const [tag, language, source] of LEXICON) {
    const pattern = parsePattern(tag, language, source);
    for (const slot of pattern.slots)
      for (const choice of slot.choices) for (const w of choice) VOCABULARY.add(w);
    for (const word of new Set(firstWords(pattern))) {
      const list = byFirst.get(word);
      if (list) list.push(pattern);
      else byFirst.set(word, [pattern]);
    }
  }
  return byFirst;
})();

// A letter typed three times or more is emphasis: the word is read with it twice ("goood",
// "cooool"), else once ("byeee", "hiii", and "okk", whose doubled letter makes no word).
function unstretched(word: string): string {
  if (VOCABULARY.has(word) || !/(\p{L})\1/u.test(word)) return word;
  const twice = word.replace(/(\p{L})\1{2,}/gu, "$1$1");
  if (VOCABULARY.has(twice)) return twice;
  const once = word.replace(/(\p{L})\1+/gu, "$1");
  return VOCABULARY.has(once) ? once : word;
}

// Where a match of `pattern` that starts at `at` can end.
function matchEnds(pattern: Pattern, words: readonly string[], at: number): Set<number> {
  let positions = new Set([at]);
  for (const slot of pattern.slots) {
    const next = new Set<number>();
    for (const p of positions) {
      if (slot.optional) next.add(p);
      for (const choice of slot.choices) {
        if (choice.every((w, i) => words[p + i] === w)) next.add(p + choice.length);
      }
    }
    if (next.size === 0) return next;
    positions = next;
  }
  positions.delete(at);
  return positions;
}

// German patterns are matched against the words as a German reader reads them ("schoen").
function phrasesAt(plain: readonly string[], german: readonly string[], at: number): Phrase[] {
  const found: Phrase[] = [];
  const candidates = new Set([
    ...(PATTERNS.get(plain[at] ?? "") ?? []),
    ...(PATTERNS.get(german[at] ?? "") ?? []),
  ]);
  for (const pattern of candidates) {
    const words = pattern.language === "de" ? german : plain;
    for (const end of matchEnds(pattern, words, at)) {
      found.push({ length: end - at, tag: pattern.tag, language: pattern.language });
    }
  }
  return found;
}

/**
 * Small talk when `message` is only social words (greeting, thanks, goodbye, acknowledgement,
 * with emoji, punctuation, "so much", "for the help", the assistant's name…) and asks nothing;
 * else null. One word that is neither social nor a filler ("Canada", "cancel", "how", a number)
 * makes it a question, and so does a question mark anywhere but after a greeting ("hello?").
 *
 * @example
 * detectSmallTalk("Mange tak for hjælpen!"); // { kind: "thanks", language: "da" }
 * detectSmallTalk("ok cool 👍"); // { kind: "acknowledgement", language: null }
 * detectSmallTalk("hi, do you ship to Canada?"); // null
 */
export function detectSmallTalk(message: string): SmallTalk | null {
  const text = message.replace(EMOTICONS, " ");
  const plain = (normalize(text).match(WORD) ?? []).map(unstretched);
  if (plain.length === 0) {
    // Only emoji: a thumbs-up or a wave says something; a lone "🤔" or "😡" does not.
    const kinds = [...text.replace(/[\s\p{P}]/gu, "")]
      .filter((c) => c !== "\u200D" && c !== "\uFE0F" && !/\p{Emoji_Modifier}/u.test(c))
      .map((c) => EMOJI_KINDS[c]);
    const kind = kinds[0];
    if (kind === undefined || kinds.some((k) => k === undefined)) return null;
    return { kind, language: null };
  }
  if (plain.length > MAX_WORDS) return null;
  const german = plain.map(readAsGerman);

  // reach[i]: the phrases of one reading of the first i words, or undefined when there is none;
  // of several readings the one with the fewest phrases (the longest phrases) is kept.
  const reach: (Phrase[] | undefined)[] = [[]];
  for (let at = 0; at < plain.length; at++) {
    const before = reach[at];
    if (before === undefined) continue;
    for (const phrase of phrasesAt(plain, german, at)) {
      const end = at + phrase.length;
      const current = reach[end];
      if (current === undefined || current.length > before.length + 1) {
        reach[end] = [...before, phrase];
      }
    }
  }
  const reading = reach[plain.length];
  if (reading === undefined) return null;
  const social = reading.filter((p) => p.tag !== "filler");
  const kind = kindOf(social.map((p) => p.tag as SmallTalkKind));
  if (kind === null) return null;
  if (/[?¿]/.test(text) && social.some((p) => p.tag !== "greeting")) return null;
  return { kind, language: languageOfReading(reading) };
}

// Thanks and goodbyes close a conversation and their reply must say so ("ok bye" is a goodbye,
// "super, danke dir" a thanks); a greeting beats the acknowledgement of "hi, ok".
const KIND_ORDER: readonly SmallTalkKind[] = ["thanks", "goodbye", "greeting", "acknowledgement"];

function kindOf(kinds: readonly SmallTalkKind[]): SmallTalkKind | null {
  return KIND_ORDER.find((k) => kinds.includes(k)) ?? null;
}

// The language most of the message's words are in; none when no word tells or two tie.
function languageOfReading(reading: readonly Phrase[]): Language | null {
  const votes = new Map<Language, number>();
  for (const p of reading) {
    if (p.language) votes.set(p.language, (votes.get(p.language) ?? 0) + p.length);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return first[0];
}

const REPLIES: Record<Language, Record<SmallTalkKind, string>> = {
  en: {
    greeting: "Hello! What can I help you with?",
    thanks: "You're welcome! Anything else I can help with?",
    goodbye: "Goodbye! If anything else comes up, just ask.",
    acknowledgement: "Great! Anything else I can help with?",
  },
  da: {
    greeting: "Hej! Hvad kan jeg hjælpe dig med?",
    thanks: "Det var så lidt! Er der andet, jeg kan hjælpe med?",
    goodbye: "Farvel! Skriv bare, hvis der dukker noget op.",
    acknowledgement: "Godt! Er der andet, jeg kan hjælpe med?",
  },
  de: {
    greeting: "Hallo! Wobei kann ich Ihnen helfen?",
    thanks: "Gern geschehen! Kann ich Ihnen sonst noch helfen?",
    goodbye: "Auf Wiedersehen! Fragen Sie einfach, wenn noch etwas ist.",
    acknowledgement: "Gut! Kann ich Ihnen sonst noch helfen?",
  },
  fr: {
    greeting: "Bonjour ! Comment puis-je vous aider ?",
    thanks: "Je vous en prie ! Puis-je vous aider pour autre chose ?",
    goodbye: "Au revoir ! N'hésitez pas si vous avez une autre question.",
    acknowledgement: "Très bien ! Puis-je vous aider pour autre chose ?",
  },
  es: {
    greeting: "¡Hola! ¿En qué puedo ayudarte?",
    thanks: "¡De nada! ¿Hay algo más en lo que pueda ayudarte?",
    goodbye: "¡Adiós! Si surge algo más, pregunta cuando quieras.",
    acknowledgement: "¡Genial! ¿Hay algo más en lo que pueda ayudarte?",
  },
};

/**
 * A short friendly reply to small talk of `kind`, in `language`, that invites a question and
 * promises nothing (no "someone will get back to you": small talk is never handed off).
 *
 * @example
 * smallTalkReply("thanks", "en"); // "You're welcome! Anything else I can help with?"
 * smallTalkReply("greeting", "de"); // "Hallo! Wobei kann ich Ihnen helfen?"
 */
export function smallTalkReply(kind: SmallTalkKind, language: Language): string {
  return REPLIES[language][kind];
}
