/**
 * How a reply time is said to a visitor: under an hour in minutes, under a day in whole hours
 * (rounded up, so "within" stays true), else in whole days. The widget says it in the visitor's
 * language; the dashboard's Hours page shows the owner the same words before they save.
 *
 * @example
 * replyDuration(240); // { unit: "hour", amount: 4 }
 * replyDuration(90);  // { unit: "hour", amount: 2 }
 */
export function replyDuration(minutes: number): {
  unit: "minute" | "hour" | "day";
  amount: number;
} {
  if (minutes < 60) return { unit: "minute", amount: minutes };
  if (minutes < 1440) return { unit: "hour", amount: Math.ceil(minutes / 60) };
  return { unit: "day", amount: Math.ceil(minutes / 1440) };
}
