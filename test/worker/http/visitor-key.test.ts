import { describe, expect, it } from "vitest";
import { clientAddress, evidenceKey, visitorKey } from "../../../worker/http/visitor-key.ts";

describe("visitorKey", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(visitorKey("203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of one IPv6 /64 as one visitor", () => {
    const keys = new Set(
      [
        "2001:db8:0:1::1",
        "2001:db8:0:1:ffff:ffff:ffff:ffff",
        "2001:db8:0:1:1234:5678:9abc:def0",
      ].map(visitorKey),
    );
    expect([...keys]).toEqual(["2001:db8:0:1::/64"]);
  });

  it("gives neighbouring /64s their own budgets", () => {
    expect(visitorKey("2001:db8:0:1::1")).not.toBe(visitorKey("2001:db8:0:2::1"));
    expect(visitorKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });

  it("writes compressed, expanded, upper-case and bracketed spellings of one network alike", () => {
    const spellings = [
      "2001:db8:0:1::2",
      "2001:0db8:0000:0001:0000:0000:0000:0002",
      "2001:DB8:0:1:0:0:0:2",
      "[2001:db8:0:1::2]",
      "2001:db8::1:0:0:0:2",
      "2001:db8:0:1::0.0.0.2",
      "fe80::1%eth0".replace("fe80::1", "2001:db8:0:1::2"),
    ];
    expect(new Set(spellings.map(visitorKey))).toEqual(new Set(["2001:db8:0:1::/64"]));
  });

  it("counts an IPv4-mapped address as the IPv4 visitor it carries, in dotted and hex form", () => {
    expect(visitorKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(visitorKey("0:0:0:0:0:ffff:c000:201")).toBe("192.0.2.1");
    expect(visitorKey("::FFFF:192.0.2.1")).toBe("192.0.2.1");
  });

  it("keeps what is not an address as it is, instead of guessing", () => {
    for (const text of ["local", "1:2:3", "2001:db8::1::2", "2001:db8::g", "::ffff:300.1.1.1"]) {
      expect(visitorKey(text)).toBe(text);
    }
  });
});

describe("evidenceKey", () => {
  it("counts every /64 of one IPv6 /48 as one visitor, and keeps IPv4 and mapped addresses as visitorKey does", () => {
    const keys = new Set(
      [
        "2001:db8:7::1",
        "2001:db8:7:1::1",
        "2001:db8:7:ffff:1:2:3:4",
        "[2001:0DB8:0007:00ab::9]",
      ].map(evidenceKey),
    );
    expect([...keys]).toEqual(["2001:db8:7::/48"]);
    expect(evidenceKey("2001:db8:8::1")).not.toBe(evidenceKey("2001:db8:7::1"));
    expect(evidenceKey("203.0.113.7")).toBe("203.0.113.7");
    expect(evidenceKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(evidenceKey("local")).toBe("local");
  });
});

describe("clientAddress", () => {
  const from = (headers: Record<string, string>) =>
    clientAddress({ header: (name) => headers[name] });

  it("reads CF-Connecting-IP, and the IPv6 address Pseudo IPv4 keeps beside a Class E one", () => {
    expect(from({ "cf-connecting-ip": "203.0.113.7" })).toBe("203.0.113.7");
    expect(from({ "cf-connecting-ip": "2001:db8::1" })).toBe("2001:db8::1");
    expect(
      from({ "cf-connecting-ip": "240.16.0.1", "cf-connecting-ipv6": "2001:db8:0:1::1" }),
    ).toBe("2001:db8:0:1::1");
    expect(from({})).toBeUndefined();
  });

  it("believes CF-Connecting-IPv6 only beside a Class E address, and only when it is one", () => {
    const ipv6 = "2001:db8:0:1::1";
    expect(from({ "cf-connecting-ip": "203.0.113.7", "cf-connecting-ipv6": ipv6 })).toBe(
      "203.0.113.7",
    );
    expect(from({ "cf-connecting-ip": "239.255.255.255", "cf-connecting-ipv6": ipv6 })).toBe(
      "239.255.255.255",
    );
    expect(from({ "cf-connecting-ip": "240.16.0.1", "cf-connecting-ipv6": "not:an:address" })).toBe(
      "240.16.0.1",
    );
    expect(from({ "cf-connecting-ip": "240.16.0.1" })).toBe("240.16.0.1");
  });
});
