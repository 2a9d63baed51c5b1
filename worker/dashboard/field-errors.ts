import * as v from "valibot";
import { issueMessage } from "../http/describe-issues.ts";
import { SiteConfigSchema } from "../sites/config-schema.ts";

/**
 * Every problem the site config schema finds in `raw`, by the dotted path of the field at fault
 * (`greeting`, `openingHours.weekly.2.to`), the first message per field: what a form shows
 * beside each of its inputs. Empty when the config is valid.
 *
 * @example
 * configFieldErrors({ ...config, position: "top" }).get("position"); // 'must be "left" or "right".'
 */
export function configFieldErrors(raw: unknown): Map<string, string> {
  const result = v.safeParse(SiteConfigSchema, raw);
  const errors = new Map<string, string>();
  if (result.success) return errors;
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? "";
    if (!errors.has(path)) errors.set(path, issueMessage(issue));
  }
  return errors;
}
