import { describe, expect, it } from "vitest";
import {
  judgeSender,
  type MessageHeader,
  parseAuthenticationResults,
} from "../../../worker/inbound/authentication-results.ts";

/** What Email Routing stamps (its shape: one result a line, comments, two SPF checks, ARC). */
const CLOUDFLARE_PASS = [
  "mx.cloudflare.net;",
  "\tdkim=pass header.d=acme.example header.s=s2026 header.b=Ab3/x+Q=;",
  "\tdmarc=pass header.from=acme.example policy.dmarc=reject;",
  "\tspf=none (mx.cloudflare.net: no SPF records found for postmaster@mail.acme.example) smtp.helo=mail.acme.example;",
  "\tspf=pass (mx.cloudflare.net: domain of support@acme.example designates 192.0.2.7 as permitted sender) smtp.mailfrom=support@acme.example;",
  '\tarc=pass smtp.remote-ip="192.0.2.7"',
].join("\r\n");

const header = (value: string): MessageHeader => ({ key: "authentication-results", value });
const TEAM = "support@acme.example";

describe("parseAuthenticationResults", () => {
  it("reads Email Routing's header: every result, its properties, comments dropped", () => {
    const parsed = parseAuthenticationResults(CLOUDFLARE_PASS);
    expect(parsed.authservId).toBe("mx.cloudflare.net");
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "dkim=pass",
      "dmarc=pass",
      "spf=none",
      "spf=pass",
      "arc=pass",
    ]);
    expect(parsed.results[0]?.properties).toEqual({
      "header.d": "acme.example",
      "header.s": "s2026",
      "header.b": "Ab3/x+Q=",
    });
    expect(parsed.results[2]?.properties).toEqual({ "smtp.helo": "mail.acme.example" });
    expect(parsed.results[4]?.properties).toEqual({ "smtp.remote-ip": "192.0.2.7" });
  });

  it("keeps `;` and `=` inside comments and quoted strings out of the structure", () => {
    const parsed = parseAuthenticationResults(
      'mx.google.com; spf=softfail (google.com: domain of a@b.example; "does not" = designate (nested; dmarc=pass) 1.2.3.4) smtp.mailfrom=a@b.example; dkim=fail reason="signature; verification = failed" header.i=@b.example',
    );
    expect(parsed.results).toEqual([
      { method: "spf", result: "softfail", properties: { "smtp.mailfrom": "a@b.example" } },
      {
        method: "dkim",
        result: "fail",
        reason: "signature; verification = failed",
        properties: { "header.i": "@b.example" },
      },
    ]);
  });

  it("reads folded lines, spaces around `=`, upper case, a version, and a versioned method", () => {
    const parsed = parseAuthenticationResults(
      "  MX.Example.ORG 1 ;\r\n   DKIM/1 = PASS\r\n\t  header.d = acme.example ;\n spf=Fail smtp.mailfrom=acme.example",
    );
    expect(parsed.authservId).toBe("mx.example.org");
    expect(parsed.results).toEqual([
      { method: "dkim", result: "pass", properties: { "header.d": "acme.example" } },
      { method: "spf", result: "fail", properties: { "smtp.mailfrom": "acme.example" } },
    ]);
  });

  it("reads results a server wrote without the `;` between them", () => {
    const parsed = parseAuthenticationResults(
      "mx.zoho.example;\n dkim=pass\n spf=pass (zoho: designates) smtp.mailfrom=support@acme.example;",
    );
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(["dkim=pass", "spf=pass"]);
    expect(parsed.results[1]?.properties["smtp.mailfrom"]).toBe(TEAM);
  });

  it("keeps unknown methods and properties, and reads `none` as no results", () => {
    expect(parseAuthenticationResults("mx.example; none")).toEqual({
      authservId: "mx.example",
      results: [],
    });
    const parsed = parseAuthenticationResults(
      "mx.example; x-tls=pass smtp.version=TLSv1.3; iprev=pass policy.iprev=192.0.2.7; compauth=pass reason=100",
    );
    expect(parsed.results.map((r) => r.method)).toEqual(["x-tls", "iprev", "compauth"]);
    expect(parsed.results[0]?.properties).toEqual({ "smtp.version": "TLSv1.3" });
    expect(parsed.results[2]?.reason).toBe("100");
  });

  it("takes a quoted authserv-id, and none when the header starts with a result", () => {
    expect(parseAuthenticationResults('"mx.cloudflare.net"; dmarc=pass').authservId).toBe(
      "mx.cloudflare.net",
    );
    const bare = parseAuthenticationResults("dmarc=pass header.from=acme.example");
    expect(bare.authservId).toBe("");
    expect(bare.results[0]?.result).toBe("pass");
  });

  it("never throws on broken input", () => {
    for (const value of [
      "",
      ";;;",
      "(unclosed; dmarc=pass",
      'x; dkim="unclosed',
      "=;=",
      "x; =pass",
      "\\",
    ]) {
      expect(() => parseAuthenticationResults(value)).not.toThrow();
    }
    expect(parseAuthenticationResults("(unclosed; dmarc=pass").results).toEqual([]);
  });
});

describe("judgeSender", () => {
  const judge = (values: string[], envelope = TEAM, from: string | undefined = TEAM) =>
    judgeSender(values.map(header), envelope, from);
  const stamp = (results: string) => `mx.cloudflare.net; ${results}`;

  it("takes Email Routing's pass", () => {
    expect(judge([CLOUDFLARE_PASS])).toEqual({ kind: "authenticated" });
  });

  it("calls a DMARC failure forged, whatever SPF and DKIM say", () => {
    const verdict = judge([
      stamp(
        "dkim=none; spf=pass smtp.mailfrom=support@acme.example; dmarc=fail header.from=acme.example policy.dmarc=none",
      ),
    ]);
    expect(verdict).toEqual({ kind: "forged", why: "DMARC failed for acme.example" });
  });

  it("without DMARC, calls SPF fail or softfail with no DKIM pass of the sender's domain forged", () => {
    for (const spf of ["fail", "softfail"]) {
      expect(
        judge([stamp(`spf=${spf} smtp.mailfrom=support@acme.example; dkim=none; dmarc=none`)]),
      ).toMatchObject({ kind: "forged" });
      // Another domain's signature doesn't speak for the team's.
      expect(
        judge([
          stamp(`spf=${spf} smtp.mailfrom=support@acme.example; dkim=pass header.d=evil.example`),
        ]),
      ).toMatchObject({ kind: "forged" });
    }
  });

  it("lets an aligned DKIM pass outweigh an SPF failure (forwarded mail)", () => {
    for (const d of ["acme.example", "ACME.example"]) {
      expect(
        judge([stamp(`spf=softfail smtp.mailfrom=support@acme.example; dkim=pass header.d=${d}`)]),
      ).toEqual({ kind: "authenticated" });
    }
    expect(
      judge(
        [stamp("spf=fail smtp.mailfrom=a@mail.acme.example; dkim=pass header.i=@acme.example")],
        "a@mail.acme.example",
        "a@mail.acme.example",
      ),
    ).toEqual({ kind: "authenticated" });
    // A signature by a bare top-level name, or by a domain that merely ends the same, is not aligned.
    expect(judge([stamp("spf=fail; dkim=pass header.d=example")])).toMatchObject({
      kind: "forged",
    });
    expect(judge([stamp("spf=fail; dkim=pass header.d=me.example")])).toMatchObject({
      kind: "forged",
    });
  });

  it("reads the SPF of the envelope's domain, not of the HELO name or another domain", () => {
    expect(
      judge([
        stamp("spf=fail smtp.helo=mail.acme.example; spf=pass smtp.mailfrom=support@acme.example"),
      ]),
    ).toEqual({ kind: "authenticated" });
    expect(judge([stamp("spf=fail smtp.mailfrom=bounce@other.example")])).toEqual({
      kind: "unproven",
    });
  });

  it("doesn't let a DMARC pass for the From header's domain vouch for another envelope domain", () => {
    const verdict = judge(
      [
        stamp(
          "dmarc=pass header.from=evil.example; dkim=pass header.d=evil.example; spf=softfail smtp.mailfrom=support@acme.example",
        ),
      ],
      TEAM,
      "someone@evil.example",
    );
    expect(verdict).toMatchObject({ kind: "forged" });
    // Without header.from, DMARC is about the From header's domain.
    expect(
      judge(
        [stamp("dmarc=pass; spf=fail smtp.mailfrom=support@acme.example")],
        TEAM,
        "x@evil.example",
      ),
    ).toMatchObject({ kind: "forged" });
    expect(judge([stamp("dmarc=pass; spf=fail smtp.mailfrom=support@acme.example")])).toEqual({
      kind: "authenticated",
    });
  });

  it("calls a domain that publishes nothing unproven, not forged", () => {
    expect(
      judge([stamp("dkim=none; spf=none smtp.mailfrom=support@acme.example; dmarc=none")]),
    ).toEqual({
      kind: "unproven",
    });
    expect(judge([stamp("spf=temperror; dmarc=temperror")])).toEqual({ kind: "unproven" });
    expect(judge(["mx.cloudflare.net; none"])).toEqual({ kind: "unproven" });
  });

  it("reads only the topmost header: one the sender wrote lower down is never believed", () => {
    const fail = stamp("dmarc=fail header.from=acme.example");
    const forgedPass = stamp("dmarc=pass header.from=acme.example; spf=pass");
    expect(judge([fail, forgedPass])).toMatchObject({ kind: "forged" });
    const headers: MessageHeader[] = [
      { key: "received", value: "from mail.example by cloudflare-email.net" },
      { key: "arc-authentication-results", value: `i=2; ${forgedPass}` },
      header(fail),
      { key: "from", value: TEAM },
      header(forgedPass),
    ];
    expect(judgeSender(headers, TEAM, TEAM)).toMatchObject({ kind: "forged" });
  });

  it("calls a message without the receiving service's header unchecked, whatever else it carries", () => {
    expect(judgeSender([{ key: "from", value: TEAM }], TEAM, TEAM)).toEqual({ kind: "unchecked" });
    // The topmost header names someone else: the sender's own, as Email Routing always stamps first.
    expect(
      judge(["mail.evil.example; dmarc=pass header.from=acme.example", CLOUDFLARE_PASS]),
    ).toEqual({
      kind: "unchecked",
    });
    expect(judge(["dmarc=pass header.from=acme.example"])).toEqual({ kind: "unchecked" });
    expect(judge(["MX.CloudFlare.net; dmarc=pass header.from=acme.example"])).toEqual({
      kind: "authenticated",
    });
  });
});
