import type { Context } from "hono";
import * as v from "valibot";
import { AppError } from "../errors.ts";
import { describeIssues } from "./describe-issues.ts";
import { readBytesUpTo } from "./read-body.ts";

// Kept importable from here, where the worker has always found it.
export { describeIssues };

/**
 * Reads a JSON body no larger than `maxBytes` and validates it with `schema`, before any other
 * work is done. Each failure is an `AppError` with the status `api.md` gives it.
 */
export async function readJson<TSchema extends v.GenericSchema>(
  c: Context,
  schema: TSchema,
  maxBytes: number,
): Promise<v.InferOutput<TSchema>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError(
      "unsupported_media_type",
      "Send the body as JSON with content-type: application/json.",
    );
  }
  const text = new TextDecoder().decode(await readBytesUpTo(c.req.raw, maxBytes));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON.");
  }
  return parseWith(schema, json);
}

/** Validates `value` against `schema`, or throws a 400 naming the first field at fault. */
export function parseWith<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new AppError("bad_request", describeIssues(result.issues));
}
