import { describe, expect, it } from "vitest";
import { isPublicHost } from "../../../worker/http/public-address.ts";
import * as v from "valibot";
import {
  channelUrlProblem,
  findChannelUrlProblem,
  SiteConfigSchema,
} from "../../../worker/sites/config-schema.ts";

// Hosts as a channel URL's parser leaves them: the WHATWG URL parser turns 127.1, 0x7f000001
// and 2130706433 into 127.0.0.1, and writes IPv6 in lowercase hex.
const hostOf = (url: string) => new URL(url).hostname;

describe("isPublicHost", () => {
  it("accepts public names and addresses", () => {
    for (const host of [
      "hooks.slack.com",
      "crm.acme.example",
      "xn--bcher-kva.example",
      "8.8.8.8",
      "1.1.1.1",
      "100.63.255.255",
      "100.128.0.0",
      "172.15.255.255",
      "172.32.0.0",
      "192.167.255.255",
      "169.253.255.255",
      "[2606:4700:4700::1111]",
      "[2a00:1450:4001:80b::200e]",
      "[::ffff:8.8.8.8]",
      "[64:ff9b::808:808]",
      "[2002:808:808::1]",
      "hooks.slack.com.",
    ]) {
      expect(isPublicHost(host), host).toBe(true);
    }
  });

  it("refuses loopback, private, carrier-grade NAT, link-local and metadata IPv4 in any spelling", () => {
    for (const url of [
      "https://127.0.0.1/",
      "https://127.1/",
      "https://0x7f000001/",
      "https://2130706433/",
      "https://0177.0.0.1/",
      "https://127.255.255.254/",
      "https://0.0.0.0/",
      "https://0/",
      "https://10.0.0.1/",
      "https://10.255.255.255/",
      "https://172.16.0.1/",
      "https://172.31.255.255/",
      "https://192.168.1.1/",
      "https://100.64.0.1/",
      "https://100.127.255.255/",
      "https://169.254.169.254/latest/meta-data/",
      "https://192.0.0.170/",
      "https://192.0.2.1/",
      "https://198.18.0.1/",
      "https://198.51.100.7/",
      "https://203.0.113.9/",
      "https://224.0.0.1/",
      "https://239.255.255.250/",
      "https://240.0.0.1/",
      "https://255.255.255.255/",
    ]) {
      expect(isPublicHost(hostOf(url)), url).toBe(false);
    }
  });

  it("refuses loopback, unique-local, link-local, multicast and mapped IPv6", () => {
    for (const url of [
      "https://[::1]/",
      "https://[::]/",
      "https://[0:0:0:0:0:0:0:1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[::ffff:7f00:1]/",
      "https://[::ffff:169.254.169.254]/",
      "https://[::ffff:10.0.0.1]/",
      "https://[::127.0.0.1]/",
      "https://[64:ff9b::7f00:1]/",
      "https://[64:ff9b:1::1]/",
      "https://[2002:7f00:1::1]/",
      "https://[2002:a9fe:a9fe::]/",
      "https://[fc00::1]/",
      "https://[fd12:3456:789a::1]/",
      "https://[fe80::1]/",
      "https://[febf::1]/",
      "https://[fec0::1]/",
      "https://[ff02::1]/",
      "https://[2001:db8::1]/",
      "https://[2001::1]/",
      "https://[3fff::1]/",
      "https://[100::1]/",
      "https://[fd00:ec2::254]/",
    ]) {
      expect(isPublicHost(hostOf(url)), url).toBe(false);
    }
  });

  it("refuses names that stay on the machine or the local network", () => {
    for (const host of [
      "localhost",
      "LOCALHOST",
      "localhost.",
      "api.localhost",
      "a.b.localhost",
      "printer.local",
      "metadata.google.internal",
      "nas.home.arpa",
      "intranet",
      "",
      "1.2.3",
      "example.0x7f",
    ]) {
      expect(isPublicHost(host), host).toBe(false);
    }
  });

  // The parser keeps a host's trailing dots and empty labels: "169.254.169.254.." is no dotted
  // quad to it, nor "localhost.." the name localhost, yet a resolver that drops empty labels
  // reaches the same host. One trailing dot (a fully qualified name) is fine; more is no name.
  it("refuses private addresses and local names written with extra dots", () => {
    for (const url of [
      "https://169.254.169.254../latest/meta-data/",
      "https://127.0.0.1../",
      "https://10.0.0.1.../",
      "https://localhost../",
      "https://api.localhost../",
      "https://printer.local../",
      "https://metadata.google.internal../",
      "https://hooks..slack.com/",
      "https://.hooks.slack.com/",
    ]) {
      expect(isPublicHost(hostOf(url)), url).toBe(false);
      expect(channelUrlProblem(url, false), url).toMatch(/public/);
    }
  });

  // Wildcard DNS services answer a name with the address written in it (nip.io, sslip.io), and
  // a few public names are registered to answer 127.0.0.1: no resolver runs here, so these are
  // refused by their spelling. (A name that merely resolves privately stays the platform's.)
  it("refuses public names that spell a private address or are known to answer loopback", () => {
    for (const host of [
      "127.0.0.1.nip.io",
      "169.254.169.254.nip.io",
      "app.10.0.0.1.nip.io",
      "10-0-0-1.sslip.io",
      "www-192-168-1-1.sslip.io",
      "--1.sslip.io",
      "fe80--1.sslip.io",
      "localtest.me",
      "api.localtest.me",
      "lvh.me",
      "x.lvh.me",
      "vcap.me",
    ]) {
      expect(isPublicHost(host), host).toBe(false);
    }
    for (const host of [
      "8.8.8.8.nip.io",
      "1-1-1-1.sslip.io",
      "v1-2-3.example",
      "xn--bcher-kva.example",
      "release-2024-01-01.example",
      "notlvh.me",
    ]) {
      expect(isPublicHost(host), host).toBe(true);
    }
  });

  // nip.io also reads the label before it as eight hex digits (`app-c0a80101.nip.io` is
  // 192.168.1.1); that spelling is judged only under the services known to answer it, since an
  // eight-hex-digit label elsewhere is a hash more often than an address (`92832de0.ngrok.io`).
  it("refuses hex-spelled private addresses under the wildcard DNS services that answer them", () => {
    for (const host of [
      "7f000001.nip.io",
      "a9fea9fe.nip.io",
      "app-0a000001.nip.io",
      "x.app-C0A80101.nip.io",
      "c0a80101.sslip.io",
      "localh.st",
      "api.localh.st",
    ]) {
      expect(isPublicHost(host), host).toBe(false);
      expect(channelUrlProblem(`https://${host}/hook`, false), host).toMatch(/public/);
    }
    for (const host of [
      "08080808.nip.io",
      "app-01010101.nip.io",
      "7f000001.example",
      "92832de0.ngrok.io",
      "c0a80101.execute-api.example",
      "7f000001-nip.io.example",
    ]) {
      expect(isPublicHost(host), host).toBe(true);
    }
  });

  it("refuses what is no address at all", () => {
    for (const host of ["[1:2:3]", "[::1::2]", "[gggg::1]", "[1:2:3:4:5:6:7:8:9]", "256.1.1.1"]) {
      expect(isPublicHost(host), host).toBe(false);
    }
  });
});

describe("channelUrlProblem", () => {
  it("accepts https to a public host anywhere", () => {
    expect(channelUrlProblem("https://hooks.slack.com/services/T/B/x", false)).toBeNull();
    expect(channelUrlProblem("https://hooks.slack.com/services/T/B/x", true)).toBeNull();
  });

  it("refuses a non-public host outside development, saying why", () => {
    for (const url of [
      "https://127.1/hook",
      "https://[::1]/hook",
      "https://169.254.169.254/",
      "https://10.0.0.1/",
      "https://api.localhost/",
    ]) {
      expect(channelUrlProblem(url, false), url).toMatch(/public/);
    }
    expect(channelUrlProblem("http://127.0.0.1:8787/hook", false)).toMatch(/public/);
  });

  it("allows loopback in local development only, and nothing else that is private", () => {
    expect(channelUrlProblem("http://127.0.0.1:8787/hook", true)).toBeNull();
    expect(channelUrlProblem("https://localhost/hook", true)).toBeNull();
    expect(channelUrlProblem("https://10.0.0.1/hook", true)).toMatch(/public/);
  });

  it("keeps today's scheme rule: https anywhere, http only to loopback", () => {
    expect(channelUrlProblem("http://hooks.example/x", true)).toMatch(/https:/);
    expect(channelUrlProblem("ftp://hooks.example/x", false)).toMatch(/https:/);
    expect(channelUrlProblem("not a url", false)).toMatch(/https:/);
  });
});

describe("findChannelUrlProblem", () => {
  const config = (channels: unknown[], answerModel?: unknown) =>
    v.parse(SiteConfigSchema, { name: "Acme", channels, ...(answerModel ? { answerModel } : {}) });

  it("names the first outbound URL that must not be used, by its path", () => {
    const site = config([
      { id: "mail", type: "email", to: ["a@acme.example"] },
      { id: "team", type: "slack", webhookUrl: "https://hooks.slack.com/services/x" },
      { id: "crm", type: "webhook", url: "https://169.254.169.254/latest" },
    ]);
    expect(findChannelUrlProblem(site, false)).toMatch(
      /^channels\.2\.url: must reach a public host/,
    );
    expect(
      findChannelUrlProblem(
        config([{ id: "t", type: "slack", webhookUrl: "https://10.0.0.1/x" }]),
        false,
      ),
    ).toMatch(/^channels\.0\.webhookUrl: /);
    expect(
      findChannelUrlProblem(config([], { url: "https://[::1]/v1", model: "m" }), false),
    ).toMatch(/^answerModel\.url: /);
  });

  it("finds nothing wrong with public hosts, nor with loopback in local development", () => {
    const local = config([{ id: "crm", type: "webhook", url: "http://127.0.0.1:8787/hook" }]);
    expect(findChannelUrlProblem(local, true)).toBeNull();
    expect(findChannelUrlProblem(local, false)).not.toBeNull();
    expect(
      findChannelUrlProblem(
        config([{ id: "crm", type: "webhook", url: "https://crm.acme.example/h" }]),
        false,
      ),
    ).toBeNull();
  });
});
