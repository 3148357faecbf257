import { describe, expect, it } from "vitest";
import { isTrackableUrl, readLink, signLink, type SignedLink } from "../../src/domain/signed-link.js";

const SECRET = "s3cret-of-this-server";
const click: SignedLink = {
  kind: "click",
  leadId: "lead_1",
  messageId: "<m1@carousel.example>",
  url: "https://example.com/pricing?plan=pro&x=1",
};
const unsubscribe: SignedLink = {
  kind: "unsubscribe",
  leadId: "lead_1",
  messageId: "<m1@carousel.example>",
  email: "ada@example.com",
};

/** The token with its payload's JSON changed by `change` and re-encoded, its signature kept. */
function forged(token: string, change: (fields: Record<string, string>) => void): string {
  const [payload, signature] = token.split(".") as [string, string];
  const fields = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, string>;
  change(fields);
  return `${Buffer.from(JSON.stringify(fields)).toString("base64url")}.${signature}`;
}

describe("signed links", () => {
  it("reads back what it signed, for each kind of link", () => {
    expect(readLink(SECRET, signLink(SECRET, click), "click")).toEqual(click);
    expect(readLink(SECRET, signLink(SECRET, unsubscribe), "unsubscribe")).toEqual(unsubscribe);
    const open: SignedLink = { kind: "open", leadId: "lead_2", messageId: "m2" };
    expect(readLink(SECRET, signLink(SECRET, open), "open")).toEqual(open);
  });

  it("signs the same link the same way, so a template's unsubscribe link matches the footer's", () => {
    expect(signLink(SECRET, unsubscribe)).toBe(signLink(SECRET, unsubscribe));
    expect(signLink(SECRET, unsubscribe)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it("refuses a click link whose target was changed, so it never redirects anywhere unsigned", () => {
    const token = signLink(SECRET, click);
    expect(
      readLink(
        SECRET,
        forged(token, (f) => (f["u"] = "https://evil.example/")),
        "click",
      ),
    ).toBeUndefined();
  });

  it("refuses a link changed to another lead, message or address", () => {
    const token = signLink(SECRET, unsubscribe);
    for (const [field, value] of [
      ["l", "lead_2"],
      ["m", "<m2@carousel.example>"],
      ["e", "someone.else@example.com"],
    ] as const)
      expect(
        readLink(
          SECRET,
          forged(token, (f) => (f[field] = value)),
          "unsubscribe",
        ),
        field,
      ).toBeUndefined();
  });

  it("refuses a link of one kind used as another", () => {
    const token = signLink(SECRET, { kind: "open", leadId: "lead_1", messageId: "m1" });
    expect(readLink(SECRET, token, "unsubscribe")).toBeUndefined();
    expect(readLink(SECRET, token, "click")).toBeUndefined();
  });

  it("refuses a link signed with another secret, a changed signature, and what is not a token", () => {
    const token = signLink(SECRET, click);
    expect(readLink("another server's secret", token, "click")).toBeUndefined();
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(readLink(SECRET, flipped, "click")).toBeUndefined();
    for (const bad of [
      "",
      ".",
      "abc",
      `${token}.x`,
      token.split(".")[0]!,
      `.${token.split(".")[1]}`,
      "a".repeat(5000),
    ])
      expect(readLink(SECRET, bad, "click"), bad.slice(0, 20)).toBeUndefined();
  });

  it("refuses, even when signed, a click link to anything but an absolute http(s) address", () => {
    for (const url of [
      "javascript:alert(1)",
      "//evil.example/",
      "/relative",
      "data:text/html,x",
      "ftp://x.example/",
    ])
      expect(
        readLink(SECRET, signLink(SECRET, { ...click, url } as SignedLink), "click"),
        url,
      ).toBeUndefined();
    expect(isTrackableUrl("http://example.com")).toBe(true);
    expect(isTrackableUrl(`https://example.com/${"x".repeat(3000)}`)).toBe(false);
  });
});
