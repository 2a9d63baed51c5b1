import type { Suggestion } from "../../shared/api.ts";
import type { NotSureAbout } from "../flow-state.ts";
import type { Strings } from "../i18n.ts";

export interface NotSureProps {
  /** The entry's id: names the list for assistive technology. */
  id: number;
  suggestions: readonly Suggestion[];
  about?: NotSureAbout;
  siteName: string;
  /** In the reply's language. */
  strings: Strings;
  onPick: (index: number) => void;
  /** "Talk to a person" here; absent once another way to a person was taken. */
  onPerson?: () => void;
  /** False while a person can't be asked for right now (a call is on its way). */
  canPerson: boolean;
}

/**
 * A low-confidence reply: a kind sentence saying why there is no answer, the likely articles as
 * a list of buttons ("Is it one of these?"), and a person one click away.
 */
export function NotSure(props: NotSureProps) {
  const { id, suggestions, strings } = props;
  const headingId = `not-sure-${id}`;
  return (
    <>
      <p id={headingId}>{sentence(props)}</p>
      {suggestions.length > 0 && (
        <ul class="suggestions" aria-labelledby={headingId}>
          {suggestions.map((suggestion, index) => (
            <li key={index}>
              <button type="button" class="suggestion" onClick={() => props.onPick(index)}>
                {suggestion.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.onPerson && (
        <button type="button" class="link" disabled={!props.canPerson} onClick={props.onPerson}>
          {strings.talkToPerson}
        </button>
      )}
    </>
  );
}

function sentence({ about, suggestions, siteName, strings }: NotSureProps): string {
  if (about === "off_topic") return strings.offTopic(siteName);
  if (about === "unclear") return strings.unclear;
  // What the widget says after a 👎 says it here too: the visitor told us the same thing.
  if (about === "complaint") return strings.offerPerson;
  if (about === "not_covered" && suggestions.length === 0) return strings.notCovered;
  return strings.suggest;
}
