/** A language's strings as its chunk hands them over (see `stringsOf` in widget/vite.config.ts). */
import { STRING_KEYS, type Strings } from "../../widget/strings/types.ts";

/**
 * `strings` as the array the build writes for them: their values in `STRING_KEYS`' order.
 *
 * @example
 * stringsFromChunk(chunkOf(DA)).close; // "Luk chat"
 */
export function chunkOf(strings: Strings): unknown[] {
  return STRING_KEYS.map((key) => strings[key]);
}
