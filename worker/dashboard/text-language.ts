/**
 * The language of visitors' words on the dashboard. Its pages are English (`<html lang="en">`),
 * and a screen reader reads everything in them with an English voice, so a Danish visitor's
 * "Jeg vil gerne tale med en person" came out as English sounds (WCAG 3.1.2, language of
 * parts). Each text a visitor, the assistant or the team wrote carries its own `lang` where its
 * words tell it (`writtenIn`, the judge the reply email and retrieval use); where they don't (too
 * short, only names and numbers), the page's English stands.
 */
import { writtenIn } from "../../shared/text/language.ts";

/**
 * The `lang` attribute for `text`: its language's code when its words clearly tell one other than
 * English, else undefined (no attribute: the page's English).
 *
 * @example
 * langOf("Jeg vil gerne tale med en person"); // "da"
 * langOf("Can I talk to a human?"); // undefined
 * langOf("MobilePay"); // undefined
 */
export function langOf(text: string): string | undefined {
  const { language, other } = writtenIn(text);
  const found = language ?? other;
  return found && found !== "en" ? found : undefined;
}
