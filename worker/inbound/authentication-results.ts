/**
 * Reading `Authentication-Results` (RFC 8601): the verdicts a receiving mail service wrote on a
 * message (SPF, DKIM, DMARC, ...), and whether they say an email reply's sender is forged.
 * Pure: the handler passes the message's headers, in order, as postal-mime gives them.
 *
 * Which header to believe: anyone can write an `Authentication-Results` header into the message
 * they send, naming any service. Each mail system adds its own above what it received, so the
 * receiving service's header is the topmost one; Cloudflare Email Routing stamps one with the
 * authserv-id `mx.cloudflare.net` above every header the sender wrote. Only the first header is
 * read, and only when it names that service: a lower one (a sender's, however it is named) is
 * never believed, whatever it says.
 */

/** The authserv-id Cloudflare Email Routing writes on the messages it hands a worker. */
export const CLOUDFLARE_AUTHSERV_ID = "mx.cloudflare.net";

/** One `method=result` of a header, with its `ptype.property=value` pairs, all lower case but values. */
export interface AuthenticationResult {
  method: string;
  result: string;
  reason?: string;
  /** `smtp.mailfrom`, `header.d`, `header.from`, ...: key lower case, value as written. */
  properties: Record<string, string>;
}

export interface AuthenticationResults {
  /** Who checked, lower case; "" when the header doesn't start with one. */
  authservId: string;
  results: AuthenticationResult[];
}

type Token =
  | { kind: "word"; text: string; spaced: boolean }
  | { kind: "quoted"; text: string; spaced: boolean }
  | { kind: ";" | "="; spaced: boolean };

/**
 * Splits a header value into words, quoted strings, `;` and `=`, dropping comments (nested, with
 * `\` escapes) and folding whitespace. `spaced` says whether whitespace or a comment came before
 * a token, so that `header.b=abc==` is read as one value while `dkim=pass spf=fail` is two.
 * Never throws: an unclosed comment or quote ends at the end of the value.
 */
function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let spaced = true;
  let i = 0;
  while (i < value.length) {
    const c = value[i] as string;
    if (/\s/.test(c)) {
      spaced = true;
      i++;
    } else if (c === "(") {
      let depth = 0;
      for (; i < value.length; i++) {
        const d = value[i];
        if (d === "\\") i++;
        else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
      i++;
      spaced = true;
    } else if (c === '"') {
      let text = "";
      for (i++; i < value.length && value[i] !== '"'; i++) {
        if (value[i] === "\\") i++;
        text += value[i] ?? "";
      }
      i++;
      tokens.push({ kind: "quoted", text, spaced });
      spaced = false;
    } else if (c === ";" || c === "=") {
      tokens.push({ kind: c, spaced });
      spaced = false;
      i++;
    } else {
      const start = i;
      while (i < value.length && !/[\s()";=]/.test(value[i] as string)) i++;
      tokens.push({ kind: "word", text: value.slice(start, i), spaced });
      spaced = false;
    }
  }
  return tokens;
}

/**
 * Parses one `Authentication-Results` value. Lenient where real servers are (a missing `;`
 * between results, as some write; spaces around `=`; unquoted values with `=` or `/` in them,
 * as base64 `header.b` is); unknown methods and properties are kept, not refused.
 *
 * @example
 * parseAuthenticationResults("mx.cloudflare.net; dkim=pass header.d=acme.example; dmarc=fail header.from=acme.example");
 * // { authservId: "mx.cloudflare.net", results: [{ method: "dkim", result: "pass", properties: { "header.d": "acme.example" } }, ...] }
 */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  const tokens = tokenize(value);
  let i = 0;
  let authservId = "";
  // The authserv-id and an optional version come before the first `;`; a header that starts
  // with `method=` has no authserv-id (and is believed by no one).
  const first = tokens[0];
  if (first && first.kind !== ";" && tokens[1]?.kind !== "=") {
    authservId = first.kind === "word" || first.kind === "quoted" ? first.text.toLowerCase() : "";
    i = 1;
    while (i < tokens.length && tokens[i]?.kind !== ";") i++;
  }

  const results: AuthenticationResult[] = [];
  let current: AuthenticationResult | null = null;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || tokens[i + 1]?.kind !== "=") {
      // `;`, "none" (no results), or something unreadable: skip it, read on.
      i++;
      continue;
    }
    const key = token.text.toLowerCase();
    i += 2;
    // A value is one quoted string, or the words and `=` written together after the `=`.
    let text = "";
    const start = i;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      if (t.kind === ";" || (i > start && t.spaced)) break;
      if (t.kind === "quoted") {
        text += t.text;
        i++;
        break;
      }
      text += t.kind === "word" ? t.text : "=";
      i++;
    }
    if (key === "reason") {
      if (current) current.reason = text;
    } else if (key.includes(".")) {
      if (current) current.properties[key] = text;
    } else {
      // A method, maybe versioned (`dkim/1`): a new result, `;` or not before it.
      current = {
        method: key.split("/")[0]?.trim() ?? key,
        result: text.toLowerCase(),
        properties: {},
      };
      results.push(current);
    }
  }
  return { authservId, results };
}

/** What the receiving service's verdicts say about the envelope sender. */
export type SenderVerdict =
  /** Its domain vouches for it: DMARC passed for it, or SPF or an aligned DKIM signature did. */
  | { kind: "authenticated" }
  /** Nothing says forged, nothing vouches (no SPF, DKIM or DMARC published, or a temperror). */
  | { kind: "unproven" }
  | { kind: "forged"; why: string }
  /** No `Authentication-Results` of the receiving service: nobody checked (`wrangler dev`). */
  | { kind: "unchecked" };

/** A message header as postal-mime lists them: lower-case key, unfolded value, in order. */
export interface MessageHeader {
  key: string;
  value: string;
}

/**
 * Whether the receiving service's verdicts say the envelope sender (`envelopeFrom`, the address
 * the handler checks against the team) is forged. Forged: DMARC failed; or, without a DMARC
 * verdict for the sender's domain, SPF failed or soft-failed for it and no DKIM signature of
 * that domain passed. `headerFrom` is the From header's address: DMARC speaks for its domain,
 * so a DMARC pass vouches for the envelope only when both name the same domain (else a sender
 * could pass DMARC as their own domain while claiming the team's address in the envelope).
 */
export function judgeSender(
  headers: readonly MessageHeader[],
  envelopeFrom: string,
  headerFrom: string | undefined,
  authservId: string = CLOUDFLARE_AUTHSERV_ID,
): SenderVerdict {
  const topmost = headers.find((h) => h.key === "authentication-results");
  if (!topmost) return { kind: "unchecked" };
  const stamped = parseAuthenticationResults(topmost.value);
  if (stamped.authservId !== authservId.toLowerCase()) return { kind: "unchecked" };

  const domain = domainOf(envelopeFrom);
  const fromDomain = domainOf(headerFrom ?? "");
  const of = (method: string) => stamped.results.filter((r) => r.method === method);

  const dmarc = of("dmarc");
  const dmarcFailed = dmarc.find((r) => r.result === "fail");
  if (dmarcFailed) {
    const about = dmarcFailed.properties["header.from"] ?? fromDomain;
    return { kind: "forged", why: `DMARC failed${about ? ` for ${about}` : ""}` };
  }
  const dmarcPassed = dmarc.some(
    (r) => r.result === "pass" && domainOf(r.properties["header.from"] ?? fromDomain) === domain,
  );
  if (dmarcPassed && domain !== "") return { kind: "authenticated" };

  // SPF of the envelope's domain: Cloudflare also reports SPF of the HELO name, which says
  // nothing about the sender's address.
  const spf = of("spf").filter((r) => {
    const mailfrom = r.properties["smtp.mailfrom"];
    return mailfrom !== undefined ? domainOf(mailfrom) === domain : !("smtp.helo" in r.properties);
  });
  const dkimPassed = of("dkim").some((r) => {
    const signer = r.properties["header.d"] ?? domainOf(r.properties["header.i"] ?? "");
    return r.result === "pass" && aligned(domain, signer);
  });
  const spfFailed = spf.find((r) => r.result === "fail" || r.result === "softfail");
  if (spfFailed && !dkimPassed) {
    return { kind: "forged", why: `SPF ${spfFailed.result} for ${domain} and no DKIM pass for it` };
  }
  if (dkimPassed || spf.some((r) => r.result === "pass")) return { kind: "authenticated" };
  return { kind: "unproven" };
}

/** The domain of an address (or of a bare domain, as `header.from` is), lower case. */
function domainOf(address: string): string {
  return address
    .slice(address.lastIndexOf("@") + 1)
    .trim()
    .replace(/\.$/, "")
    .toLowerCase();
}

/**
 * A DKIM signer speaks for the sender's domain when it is that domain or a parent of it
 * (`d=acme.example` for `support@mail.acme.example`, DMARC's relaxed alignment), but never for
 * a bare top-level name.
 */
function aligned(domain: string, signer: string): boolean {
  const d = domainOf(signer);
  if (d === "" || domain === "" || !d.includes(".")) return false;
  return domain === d || domain.endsWith(`.${d}`);
}
