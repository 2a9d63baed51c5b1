/** @jsxImportSource hono/jsx */
import type { SiteConfig } from "../../sites/config-schema.ts";
import { rangeOf, WEEK } from "../hours-form.ts";

/** The team's hours and usual reply time, which the widget tells visitors before they hand off. */
export function HoursEditor(props: { site: string; config: SiteConfig }) {
  const { config } = props;
  return (
    <form class="card" method="post" action={`/admin/sites/${props.site}/hours`}>
      <p class="lead">
        The widget tells a visitor who asks for a person when to expect an answer: "We usually reply
        within 2 hours", or, outside these hours, when the team is back, in the visitor's own time.
      </p>
      <label for="replyTimeMinutes">Usual reply time, in minutes (empty: don't say)</label>
      <input
        id="replyTimeMinutes"
        name="replyTimeMinutes"
        inputmode="numeric"
        value={config.replyTimeMinutes === undefined ? "" : String(config.replyTimeMinutes)}
      />
      <label for="timeZone">Time zone of these hours (e.g. Europe/Copenhagen)</label>
      <input id="timeZone" name="timeZone" value={config.openingHours?.timeZone ?? ""} />
      <fieldset>
        <legend>Opening hours (leave a day empty when the team is off)</legend>
        {WEEK.map(({ day, name }) => {
          const range = rangeOf(config, day);
          return (
            <p class="hours-row">
              <label for={`from-${day}`}>{`${name} from`}</label>
              <input id={`from-${day}`} name={`from-${day}`} type="time" value={range.from} />
              <label for={`to-${day}`}>to</label>
              <input id={`to-${day}`} name={`to-${day}`} type="time" value={range.to} />
            </p>
          );
        })}
      </fieldset>
      <button type="submit">Save hours</button>
    </form>
  );
}
