import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { describeIssues } from "../../../worker/http/describe-issues.ts";

const Schema = v.object({
  name: v.string(),
  tags: v.optional(v.array(v.string())),
  count: v.optional(v.number()),
  on: v.optional(v.boolean()),
  size: v.optional(v.pipe(v.number(), v.maxValue(3, "must be at most 3."))),
});

const messageFor = (value: unknown) => {
  const result = v.safeParse(Schema, value);
  if (result.success) throw new Error("expected a refusal");
  return describeIssues(result.issues);
};

describe("describeIssues", () => {
  it("says what a missing or mistyped field needs, in an owner's words", () => {
    expect(messageFor({})).toBe("name: is required.");
    expect(messageFor({ name: "x", tags: "a" })).toBe('tags: must be a list ([…]), not "a".');
    expect(messageFor({ name: 1 })).toBe("name: must be text in quotes, not 1.");
    expect(messageFor({ name: "x", count: "2" })).toBe('count: must be a number, not "2".');
    expect(messageFor({ name: "x", on: "yes" })).toBe('on: must be true or false, not "yes".');
    expect(messageFor(null)).toBe("The value must be a JSON object ({…}), not null.");
  });

  it("keeps a schema's own sentence", () => {
    expect(messageFor({ name: "x", size: 4 })).toBe("size: must be at most 3.");
  });
});
