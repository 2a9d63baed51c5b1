import type { Source } from "../../shared/api.ts";
import { isHttpUrl } from "./documents.ts";
import type { Passage } from "./index-reader.ts";
import type { Retrieval } from "./retrieve.ts";
import { addressesInformally, leansOnPrevious } from "./anaphora.ts";
import { endsSentence, headsSection, isQuestion } from "./sections.ts";
import { splitSentences, tokenize } from "./text.ts";

// "When", "how long", "how much", "how many", "what time" and their kin in the six languages.
const ASKS_FOR_AMOUNT =
  /\b(?:when|how (?:long|soon|much|many|quickly|fast)|what time|hvornår|hvor (?:længe|lang tid|meget|mange|hurtigt)|hvad koster|wann|wie (?:lange|viel|viele|schnell|bald)|was kostet|quand|combien|dans combien|cuándo|cuando|cuánto|cuanto|cuántos|cuantos|när|hur (?:länge|lång tid|mycket|många|snabbt|fort)|vad kostar)\b/iu;
// Which amount: a time or a duration ("when", "how long"), or a price ("how much does it
// cost"). A count ("how many") is any number. Matched in this order: "how much time" is a time.
const ASKS_FOR_TIME =
  /\b(?:when|how (?:long|soon|quickly|fast|much time)|what time|until when|hvornår|hvor (?:længe|lang tid|hurtigt)|indtil hvornår|wann|bis wann|wie (?:lange|schnell|bald)|quand|jusqu'à quand|combien de temps|dans combien|cuándo|cuando|hasta cuándo|cuánto tiempo|cuanto tiempo|cuánto tarda|cuanto tarda|när|hur (?:länge|lång tid|snabbt|fort))\b/iu;
const ASKS_FOR_PRICE =
  /\b(?:how much|cost|costs|price|prices|fee|fees|charge|hvad koster|hvor meget koster|pris|priser|gebyr|was kostet|wie viel|kostet|preis|preise|gebühr|combien (?:coûte|coute|ça coûte|ça coute|pour|faut-il payer)|prix|tarif|tarifs|frais|cuánto (?:cuesta|vale|cobr)|cuanto (?:cuesta|vale|cobr)|precio|precios|tarifa|vad kostar|hur mycket kostar|avgift)\b/iu;
// A stated time or duration: a number with a unit of time, a clock time, a weekday.
const STATES_TIME =
  /\p{N}\s*(?:[-–]\s*\p{N}+\s*)?(?:min(?:ute|utes|utter|uten|uter|utos)?|h|hrs?|hours?|timer?|timmar|stunden?|heures?|horas?|days?|dage?|tage?n?|dagar|jours?|días|dias|día|dia|weeks?|uger?|wochen?|veckor|vecka|semaines?|semanas?|months?|måned(?:er)?|monate?n?|månad(?:er)?|mois|mes(?:es)?|years?|år|jahre?n?|ans?|años?|business|working|hverdage|werktage?n?|vardagar|ouvrés|ouvrables|hábiles|habiles)\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm|uhr)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|måndag|tisdag|lördag|söndag)s?\b/iu;
// A stated price: a number beside a currency.
const STATES_PRICE =
  /[€£$]\s*\p{N}|\p{N}\s*(?:[€£$]|(?:eur|euros?|usd|gbp|dkk|sek|kr|kroner|kronor|dollars?|pounds?)\b)/iu;

/**
 * What a question asks an amount of, read once per answer: none, a kind (the pattern of a
 * sentence that states it), or any number (a count).
 */
function amountAskedIn(question: string): RegExp | "any" | null {
  if (!ASKS_FOR_AMOUNT.test(question)) return null;
  if (ASKS_FOR_TIME.test(question)) return STATES_TIME;
  if (ASKS_FOR_PRICE.test(question)) return STATES_PRICE;
  return "any";
}

/** How much a sentence's number answers a question after an amount: the asked kind most. */
function amountBonus(asked: RegExp | "any" | null, sentence: string): number {
  if (asked === null || !/\p{N}/u.test(sentence)) return 0;
  if (asked === "any") return 1;
  return asked.test(sentence) ? AMOUNT_OF_THE_KIND : AMOUNT_OF_ANOTHER_KIND;
}
const AMOUNT_OF_THE_KIND = 1.5;
const AMOUNT_OF_ANOTHER_KIND = 0.5;
const PARAGRAPH_SHARE = 0.25;

/**
 * The answer from the best passage: the statement that holds the most of the question (its own
 * words first, the words the lexicon relates to them at half weight) leads, so "when will I get
 * my money back" starts with "Refunds reach your card within 5 business days", followed by the
 * next most relevant statement, or the lead's continuation. The article's own questions never
 * answer.
 */
export function extractAnswer(retrieval: Retrieval): { text: string; sources: Source[] } {
  const { best, queryTerms, relatedTerms, relatedStands } = retrieval;
  if (!best) return { text: "", sources: [] };
  const own = new Set(queryTerms);
  // A question after a time, a price or a count is answered by the sentence that states one.
  const asked = amountAskedIn(retrieval.question);
  const inTitle = new Set(tokenize(best.title, best.language));
  const relatives = new Map(
    [...own].map((word) => [word, relatedTerms.filter((t) => relatedStands[t]?.includes(word))]),
  );
  const sections = sectionsOf(best.text);
  const wordsOf = sections.map(({ text }) => new Set(tokenize(text, best.language)));
  const says = (present: ReadonlySet<string>, word: string) =>
    present.has(word) || relatives.get(word)?.some((t) => present.has(t)) === true;
  // A question word said in many of the passage's sentences tells little about which of them
  // answers: it counts 1 / √(the sentences that say it, itself or through a relative). The
  // visitor's one rare word ("germany") then outweighs "shipping", which every sentence of a
  // shipping article says. Over the right best matches of the 65 readable help centres with a
  // fact (`fact` in eval/), the fact in the answer 1,834 → 1,849 and in its lead 1,248 → 1,271
  // of 2,175; 1 / count rather than its root did no better.
  const spread = new Map(
    [...own].map((word) => [
      word,
      Math.sqrt(Math.max(1, wordsOf.filter((p) => says(p, word)).length)),
    ]),
  );
  // Each question word counts once per sentence: said itself, or else through one of the words
  // the lexicon relates to it, at half its weight. Summed over relatives, a sentence full of
  // "delivery", "costs" and "fee" outweighed the one saying "shipping" and the visitor's own
  // "canada": "do u ship to canada" led with "Delivery to Alaska and Hawaii costs $12.95…".
  const hitsIn = (present: ReadonlySet<string>): number => {
    let hits = 0;
    for (const word of own) {
      // A question word the title already holds says what the article is about, not which of
      // its sentences answers: it counts half.
      const weight = (inTitle.has(word) ? 0.5 : 1) / (spread.get(word) ?? 1);
      if (present.has(word)) hits += weight;
      else if (relatives.get(word)?.some((t) => present.has(t))) hits += weight / 2;
    }
    return hits;
  };
  // A sentence under a heading or an FAQ's question ("Can I park at the clinic?" above "Yes.
  // There are 6 spaces…") is about what its heading says: it earns the heading's hits too, so
  // "is there parking" finds the section's "Yes." and its detail, which hold none of the
  // question's words. The heading itself never answers.
  const informal = best.language === "de" && addressesInformally(best.text);
  // A sentence also earns a quarter of the question's words that the rest of its paragraph says:
  // a paragraph is about one thing, so "International delivery costs $25" answers "how much is
  // shipping to germany" from beside "We ship to … Germany", where the US rates' sentences,
  // with their prices, stood first. Over the same right best matches, the fact in the answer
  // 1,849 → 1,875 and in its lead 1,271 → 1,272 (a half: 1,859 and 1,253).
  const paragraphWords = new Map<number, Set<string>>();
  sections.forEach(({ paragraph }, i) => {
    const union = paragraphWords.get(paragraph) ?? new Set<string>();
    for (const word of wordsOf[i] ?? []) union.add(word);
    paragraphWords.set(paragraph, union);
  });
  const sentences = sections.map(
    ({ text, heading, listed, introduces, nearHeading, paragraph }, position) => {
      const said = hitsIn(wordsOf[position] ?? new Set());
      const around = hitsIn(paragraphWords.get(paragraph) ?? new Set()) - said;
      return {
        text,
        position,
        heading,
        listed,
        introduces,
        nearHeading,
        leans: leansOnPrevious(text, best.language, informal),
        hits:
          amountBonus(asked, text) +
          said +
          PARAGRAPH_SHARE * around +
          (heading === null ? 0 : hitsIn(new Set(tokenize(heading.text, best.language))) / 2),
      };
    },
  );
  type Sentence = (typeof sentences)[number];
  // An article's own questions ("Your dog keeps scratching?") set up an answer; they never are
  // one. They lead only when the passage has nothing else. Nor does a list's heading or its
  // introduction ("Opening hours", "You can hire these on their own:"), which says nothing
  // without the entries below it.
  const statements = sentences.filter((s) => !isQuestion(s.text) && !s.introduces);
  const pool = statements.length > 0 ? statements : sentences;
  const byRelevance = [...pool].sort((a, b) => b.hits - a.hits || a.position - b.position);
  const lead = byRelevance[0];
  // A sentence that points back ("It costs €89", "Elle est valable 1 an") is quoted after the
  // sentence it points to, the one before it under the same heading, or the visitor reads
  // "it" with nothing it stands for.
  const antecedentOf = (s: Sentence): Sentence | undefined => {
    if (!s.leans) return undefined;
    const before = sentences[s.position - 1];
    return before && before.heading === s.heading && !isQuestion(before.text) ? before : undefined;
  };
  // The second sentence is the next most relevant one; when none shares a word with the
  // question, the lead's own continuation, which most often holds its detail (the price, the
  // deadline). A third follows the same rule while the answer stays short: a right article's
  // answer often holds the visitor's fact only in it. On the project's own thirteen dev help
  // centres (`npm run eval`, "the fact in right answers"), two sentences held the fact in 81 %
  // of right best matches (median 224 characters), three within 450 characters in 87 % (median
  // 320); beyond 450 characters a third added almost nothing. A sentence that points back brings
  // its antecedent, which is counted neither among the three nor in their length: counted, it
  // crowded out the third sentence that held the fact (two of the dev and read blind sets').
  const chosen: Sentence[] = [];
  const broughtIn = new Set<Sentence>();
  const choose = (sentence: Sentence) => {
    const antecedent = antecedentOf(sentence);
    if (antecedent && !chosen.includes(antecedent)) {
      chosen.push(antecedent);
      broughtIn.add(antecedent);
    }
    chosen.push(sentence);
  };
  if (lead) choose(lead);
  while (chosen.length > 0 && chosen.length - broughtIn.size < 3) {
    const sentence =
      byRelevance.find((s) => s.hits > 0 && !chosen.includes(s)) ?? continuationOf(chosen, pool);
    if (!sentence || chosen.includes(sentence)) break;
    const counted = chosen.filter((s) => !broughtIn.has(s));
    if (counted.length >= 2 && lengthOf(counted) + sentence.text.length > THIRD_SENTENCE_CHARS)
      break;
    choose(sentence);
  }
  // The runner-up is cited only when it is nearly as strong: a weak second link is noise.
  const topScore = retrieval.ranked[0]?.score ?? 0;
  const sources: Source[] = [];
  for (const { passage, score } of retrieval.ranked.slice(0, 2)) {
    if (score < topScore * 0.8) continue;
    // Indexes stored before URLs were checked may hold any scheme; never hand one to a visitor.
    const url = passage.url !== null && isHttpUrl(passage.url) ? passage.url : null;
    // One link a page: two documents cut from one page (an FAQ imported question by question)
    // share its address under different titles.
    if (sources.some((s) => s.title === passage.title || (url !== null && s.url === url))) continue;
    sources.push({ title: passage.title, url });
  }
  // A heading says what its lines are about ("Temple Meads hub", "What's never covered"), so the
  // first sentence quoted from right under one carries it as a label; an FAQ's question is not
  // repeated, nor a heading that only repeats the article's title.
  const labelled = new Set<Heading>();
  const read = afterTheirAntecedents(inReadingOrder(chosen), antecedentOf);
  const text = read.map(({ text, heading, nearHeading }) => {
    if (heading === null || isQuestion(heading.text) || labelled.has(heading)) return text;
    // Only the lines right below a heading are sure to be about it: a Markdown section runs on
    // to the next heading, over paragraphs on other things ("Garanti" above "Ryger du, er
    // risikoen større…", "Zonas y precios" above a car's photos before collection).
    if (!nearHeading) return text;
    // An entry that names its own topic ("Pris: fra 5.000 kr.") is not labelled twice.
    if (/^[^.:!?]{1,40}?\s?:\s/u.test(text)) return text;
    labelled.add(heading);
    if (sameWords(heading.text, best.title)) return text;
    // French sets a colon off with a space ("Laits infantiles : …").
    return `${heading.text}${best.language === "fr" ? " :" : ":"} ${text}`;
  });
  // A list's entries stay on lines of their own ("Saturday: 8 am - 4 pm", "Sunday: closed").
  const joined = text
    .map((t, i) => (i === 0 ? t : `${read[i - 1]?.listed || read[i]?.listed ? "\n" : " "}${t}`))
    .join("");
  return { text: joined, sources };
}

/**
 * The chosen sentences as they are read: the lead first, but the sentences under one FAQ
 * question in the article's order, so its answer's "Yes." comes before the detail. Under a
 * heading, a section is a topic rather than one answer, and the most relevant sentence leads.
 */
function inReadingOrder<S extends { position: number; heading: Heading | null }>(
  chosen: readonly S[],
): S[] {
  const sections: S[][] = [];
  for (const sentence of chosen) {
    const same =
      sentence.heading === null || !isQuestion(sentence.heading.text)
        ? undefined
        : sections.find((s) => s[0]?.heading === sentence.heading);
    if (same) same.push(sentence);
    else sections.push([sentence]);
  }
  return sections.flatMap((section) => section.sort((a, b) => a.position - b.position));
}

/**
 * `read` with each sentence that points back placed right after its antecedent ("Lohnt sich
 * eine Reparatur nicht, nehmen wir Ihr Altgerät mit." before "Das kostet 35 €."), wherever
 * relevance put either.
 */
function afterTheirAntecedents<S>(read: readonly S[], antecedentOf: (s: S) => S | undefined): S[] {
  const out: S[] = [];
  const pending = new Set(read);
  const place = (s: S) => {
    if (!pending.delete(s)) return;
    out.push(s);
    for (const follower of read) if (antecedentOf(follower) === s) place(follower);
  };
  for (const s of read) {
    const antecedent = antecedentOf(s);
    place(antecedent !== undefined && pending.has(antecedent) ? antecedent : s);
    place(s);
  }
  return out;
}

function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return words(a) === words(b);
}

interface Heading {
  text: string;
}

/**
 * A passage's sentences in order, each with the heading or FAQ question it stands under (the
 * nearest above it in the passage). Headings are left out; an FAQ's questions stay, as
 * sentences that never answer.
 */
function sectionsOf(text: string): {
  text: string;
  heading: Heading | null;
  listed: boolean;
  introduces: boolean;
  nearHeading: boolean;
  /** The line (paragraph, or a list's entry) it is on. */
  paragraph: number;
}[] {
  const lines = text.split("\n");
  const out: ReturnType<typeof sectionsOf> = [];
  let heading: Heading | null = null;
  // Whether the next line is the heading's first, or in the list that opens its section.
  let nextNear = false;
  lines.forEach((line, i) => {
    const heads = headsSection(line, lines[i - 1], lines[i + 1]);
    if (!heads || isQuestion(line)) {
      const sentences = splitSentences(line);
      sentences.forEach((sentence, k) => {
        const last = k === sentences.length - 1;
        const listed = last && !endsSentence(line);
        out.push({
          text: sentence,
          heading,
          listed,
          introduces: last && introducesList(sentence, lines[i + 1]),
          nearHeading: nextNear,
          paragraph: i,
        });
      });
    }
    nextNear = heads || (nextNear && !endsSentence(line));
    if (heads) heading = { text: line };
  });
  return out;
}

/**
 * Whether `sentence`, a line's last, only introduces the list below it: it ends in a colon ("You
 * can also hire these on their own:"), or it is a list's heading ("Opening hours", "Goods
 * Protection cover"): short, with no sentence's end, no colon and no number, above an entry with
 * no sentence's end.
 * An entry ("Monday: closed", "Up to 60 guests", "Sundays closed" as the list's last) is not.
 */
function introducesList(sentence: string, next: string | undefined): boolean {
  if (/:\s*$/.test(sentence)) return true;
  return (
    next !== undefined &&
    sentence.length <= LIST_HEADING_CHARS &&
    !endsSentence(sentence) &&
    !/[:\p{N}]/u.test(sentence) &&
    !endsSentence(next)
  );
}
const LIST_HEADING_CHARS = 40;

// The longest an answer may grow by taking a third sentence.
const THIRD_SENTENCE_CHARS = 450;

/** The sentence after the last one chosen, in the passage's order: the chosen ones' detail. */
function continuationOf<S extends { position: number }>(
  chosen: readonly S[],
  pool: readonly S[],
): S | undefined {
  const last = Math.max(...chosen.map((s) => s.position));
  return pool.find((s) => s.position === last + 1);
}

function lengthOf(sentences: readonly { text: string }[]): number {
  return sentences.reduce((sum, s) => sum + s.text.length, 0);
}

// A passage up to this long is shown whole when picked from the suggestions: the visitor chose
// the article, and reading it (as a help centre's own widget opens the article) beats sentences
// guessed at from a question retrieval was unsure of. Passages are cut at about 1,000 characters
// (passages.ts), so this is nearly always the whole passage. On the own dev help centres
// (`npm run eval`, "in right suggestions"), the sentences picked out held the visitor's fact in
// 70-100 % of right suggestions, the passage whole in all of them.
const WHOLE_PASSAGE_CHARS = 1_000;

/**
 * What a visitor reads on picking a suggested passage: the passage whole, its paragraphs kept,
 * or for an unusually long one its most relevant sentences (`extractAnswer` as
 * if it were the best match), with its source.
 *
 * @example
 * suggestedAnswer(retrieval, passage).text; // "When your order leaves our warehouse…"
 */
export function suggestedAnswer(
  retrieval: Retrieval,
  passage: Passage,
): { text: string; sources: Source[] } {
  const answer = extractAnswer({ ...retrieval, best: passage, ranked: [{ passage, score: 1 }] });
  if (passage.text.length > WHOLE_PASSAGE_CHARS) return answer;
  return { text: asRead(passage.text), sources: answer.sources };
}

/**
 * A passage's text as the chat shows it: its paragraphs (one a line in the index, passages.ts)
 * a blank line apart, which the widget keeps.
 */
function asRead(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, "\n\n");
}
