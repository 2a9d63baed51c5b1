import type { Entry } from "../flow-state.ts";

/** A reply of the site's team, under its author's name (else the site's): text, never markup. */
export function TeamMessage(props: { entry: Extract<Entry, { role: "team" }>; siteName: string }) {
  return (
    <div class="msg assistant team">
      <b>{props.entry.author || props.siteName}</b>
      <p>{props.entry.text}</p>
    </div>
  );
}
