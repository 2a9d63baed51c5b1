import * as v from "valibot";

/**
 * What a value must be, for valibot's own "Invalid type" issues: an owner writing JSON by hand
 * knows "a list ([…])", not "Array".
 */
const KIND_WORDS: Record<string, string> = {
  Object: "a JSON object ({…})",
  Array: "a list ([…])",
  string: "text in quotes",
  number: "a number",
  boolean: "true or false",
};

/**
 * The message for one issue: the schema's own sentence when it has one; valibot's default words
 * ("Invalid key: Expected "name" but received undefined", "Invalid type: Expected Array but
 * received "x"") become what to write instead.
 *
 * @example
 * issueMessage(missingNameIssue); // "is required."
 * issueMessage(stringWhereArrayIssue); // 'must be a list ([…]), not "x".'
 */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith("Invalid key:")) return "is required.";
  if (issue.message.startsWith("Invalid type:")) {
    const wanted = KIND_WORDS[issue.expected ?? ""];
    if (wanted) return `must be ${wanted}, not ${issue.received}.`;
  }
  return issue.message;
}

/**
 * One sentence naming the first problem, e.g. `threshold: must be between 0 and 1.`; a problem
 * with the whole value reads `The value must be …`.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return "The body is not valid.";
  const path = v.getDotPath(first);
  const message = issueMessage(first);
  if (path) return `${path}: ${message}`;
  return message.startsWith("must ") ? `The value ${message}` : message;
}
