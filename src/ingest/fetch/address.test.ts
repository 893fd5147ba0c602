import { describe, expect, it } from "vitest";
import { classifyAddress, ipLiteral, parseIPv6 } from "./address.js";

describe("classifyAddress", () => {
  it.each([
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.255.0.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.254", "carrier-grade NAT"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["169.254.169.254", "link-local"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
    ["224.0.0.251", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local IPv6"],
    ["fd12:3456::1", "unique-local IPv6"],
    ["ff02::1", "multicast"],
    ["::ffff:10.0.0.5", "private"],
    ["::ffff:7f00:1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:c0a8:0101::1", "private"],
    ["2001:db8::1", "reserved"],
    ["fec0::1", "reserved"],
    ["not-an-ip", "reserved"],
  ])("%s is %s", (address, kind) => {
    expect(classifyAddress(address)?.kind).toBe(kind);
  });

  it.each([
    "8.8.8.8",
    "93.184.215.14",
    "100.63.255.255",
    "100.128.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "169.253.255.255",
    "2606:4700::6810:85e5",
    "::ffff:8.8.8.8",
    "2002:0808:0808::1",
  ])("%s is public", (address) => {
    expect(classifyAddress(address)).toBeNull();
  });

  it("labels addresses the way the refusal messages read", () => {
    expect(classifyAddress("10.0.0.5")?.label).toBe("a private address");
    expect(classifyAddress("::ffff:127.0.0.1")?.label).toBe("an IPv4-mapped loopback address");
    expect(classifyAddress("fd00::1")?.label).toBe("a unique-local IPv6 address");
    expect(classifyAddress("0.0.0.0")?.label).toBe("the unspecified address");
  });
});

describe("parseIPv6", () => {
  it("expands compressed forms and dotted-quad tails", () => {
    expect(parseIPv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("[2001:db8::]")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6("::ffff:192.168.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x0001]);
    expect(parseIPv6("1:2:3:4:5:6:1.2.3.4")).toEqual([1, 2, 3, 4, 5, 6, 0x0102, 0x0304]);
    expect(parseIPv6("1::1.2.3.4")).toEqual([1, 0, 0, 0, 0, 0, 0x0102, 0x0304]);
    expect(parseIPv6("10.0.0.1")).toBeNull();
  });
});

describe("ipLiteral", () => {
  it("recognizes URL host names that are IP addresses", () => {
    expect(ipLiteral("[::1]")).toBe("::1");
    expect(ipLiteral(new URL("http://2130706433/").hostname)).toBe("127.0.0.1");
    expect(ipLiteral(new URL("http://0x7f.1/").hostname)).toBe("127.0.0.1");
    expect(ipLiteral("news.example")).toBeNull();
  });
});
