/** @jsxImportSource hono/jsx */
import { type HoursDraft, MAX_SHIFTS, replyTimeSentence, shiftField, WEEK } from "../hours-form.ts";
import { FieldError, invalid } from "./field.tsx";

/** Every IANA time zone the runtime knows, for the time zone field's suggestions. */
function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
}

/** One end of a shift: a time field whose id is its name, marked invalid when it has an error. */
function TimeInput(props: { name: string; value: string; error: string | undefined }) {
  return (
    <input
      id={props.name}
      name={props.name}
      type="time"
      value={props.value}
      {...invalid(props.name, props.error)}
    />
  );
}

/**
 * The team's hours and usual reply time, which the widget tells visitors before they hand off.
 * Each day shows its shifts and one empty shift more (up to MAX_SHIFTS), so a split day (09–12,
 * 13–17) is two rows and a third needs no script: save, and another empty row appears.
 */
export function HoursEditor(props: {
  site: string;
  draft: HoursDraft;
  errors: ReadonlyMap<string, string>;
}) {
  const { draft, errors } = props;
  const minutes = Number(draft.replyTimeMinutes);
  const sentence =
    draft.replyTimeMinutes !== "" && Number.isInteger(minutes) ? replyTimeSentence(minutes) : null;
  return (
    <form class="card" method="post" action={`/admin/sites/${props.site}/hours`}>
      <p class="lead">
        The widget tells a visitor who asks for a person when to expect an answer: how long the team
        usually takes, or, outside these hours, when the team is back, in the visitor's own time.
      </p>
      <label for="replyTimeMinutes">Usual reply time, in minutes (empty: don't say)</label>
      <input
        id="replyTimeMinutes"
        name="replyTimeMinutes"
        inputmode="numeric"
        value={draft.replyTimeMinutes}
        {...invalid("replyTimeMinutes", errors.get("replyTimeMinutes"))}
        aria-describedby={
          errors.get("replyTimeMinutes")
            ? "reply-time-sentence replyTimeMinutes-error"
            : "reply-time-sentence"
        }
      />
      <p class="hint" id="reply-time-sentence">
        {sentence
          ? `Visitors read: “${sentence}” (${draft.replyTimeMinutes} minutes, rounded up to whole hours or days).`
          : "Visitors are told nothing about the reply time."}
      </p>
      <FieldError id="replyTimeMinutes" error={errors.get("replyTimeMinutes")} />
      <label for="timeZone">Time zone of these hours</label>
      <input
        id="timeZone"
        name="timeZone"
        list="time-zones"
        placeholder="Europe/Copenhagen"
        value={draft.timeZone}
        autocomplete="off"
        {...invalid("timeZone", errors.get("timeZone"))}
      />
      <datalist id="time-zones">
        {timeZones().map((z) => (
          <option value={z} />
        ))}
      </datalist>
      <FieldError id="timeZone" error={errors.get("timeZone")} />
      <fieldset>
        <legend>Opening hours</legend>
        <p class="hint">
          Leave a day empty when the team is off. A day with a break has two shifts, such as 9:00 to
          12:00 and 13:00 to 17:00; after saving, each day offers one empty shift more.
        </p>
        {WEEK.map(({ day, name }) => {
          const filled = (draft.shifts[day] ?? []).filter((s) => s.from || s.to);
          // As typed after an error (blanks kept in place), else the saved shifts and one more.
          const typed = draft.shifts[day] ?? [];
          const rows =
            typed.length === MAX_SHIFTS
              ? typed.slice(0, Math.max(1, typed.findLastIndex((s) => s.from || s.to) + 2))
              : [...filled, { from: "", to: "" }];
          return rows.slice(0, MAX_SHIFTS).map((shift, n) => {
            const from = shiftField("from", day, n);
            const to = shiftField("to", day, n);
            const label = n === 0 ? name : `${name}, shift ${n + 1}`;
            return (
              <div class="hours-row">
                <label for={from}>{`${label} from`}</label>
                <TimeInput name={from} value={shift.from} error={errors.get(from)} />
                {/* Shown as "to" after the day's from field, but named in full: 28 fields
                    called "to" alone would not say which day they close. */}
                <label for={to} class="to">
                  <span class="visually-hidden">{`${label} `}</span>to
                </label>
                <TimeInput name={to} value={shift.to} error={errors.get(to)} />
                <FieldError id={from} error={errors.get(from)} />
                <FieldError id={to} error={errors.get(to)} />
              </div>
            );
          });
        })}
      </fieldset>
      <button type="submit">Save hours</button>
    </form>
  );
}
