import fc from "fast-check";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { describe, expect, it } from "vitest";
import { toE164 } from "../../src/domain/phone.js";

function libphonenumber(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: "US" });
  return parsed?.isValid() ? parsed.number : null;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
const oneOf = (...values: string[]) => fc.constantFrom(...values);

/** US numbers written as forms write them, and a few ways past that. */
const usNumber = fc
  .record({
    lead: oneOf("", "+1", "1", "+1 ", "1 ", "1-", "1.", "+1-", "+1.", "+", "01", "1  "),
    area: digits(3),
    parens: fc.boolean(),
    first: oneOf("", " ", ".", "-", "/", "  "),
    exchange: digits(3),
    second: oneOf("", " ", ".", "-", " - "),
    line: digits(4),
    extra: oneOf("", "", "", "", "5", " x12", " "),
  })
  .map((n) => ({
    write: (line: string) =>
      `${n.lead}${n.parens ? `(${n.area.join("")})` : n.area.join("")}${n.first}${n.exchange.join("")}${n.second}${line}${n.extra}`,
    line: n.line.join(""),
  }));

describe("writing a phone number in E.164", () => {
  it("answers as libphonenumber does for US numbers, also when a number's prefix was seen before", () => {
    fc.assert(
      fc.property(usNumber, digits(4), (n, otherLine) => {
        // The second number shares the first one's prefix, so its answer may come from what
        // was learnt of the prefix.
        for (const raw of [n.write(n.line), n.write(otherLine.join(""))])
          expect(toE164(raw, "US"), raw).toBe(libphonenumber(raw));
      }),
      { numRuns: 3000 },
    );
  });

  it("rejects every number of a prefix that has no valid numbers, however often asked", () => {
    expect(libphonenumber("(212) 000-1234")).toBeNull();
    expect(toE164("(212) 000-1234", "US")).toBeNull();
    expect(toE164("212-000-9876", "US")).toBeNull();
    expect(toE164("+1 212 000 5555", "US")).toBeNull();
  });

  it("accepts every number of a valid prefix in any of the usual forms", () => {
    expect(toE164("(515) 243-1234", "US")).toBe("+15152431234");
    expect(toE164("515.243.9876", "US")).toBe("+15152439876");
    expect(toE164("+1 515 243 0000", "US")).toBe("+15152430000");
    expect(toE164("15152435555", "US")).toBe("+15152435555");
  });

  it("reads numbers of other regions with that region's rules", () => {
    expect(toE164("020 7946 0958", "GB")).toBe("+442079460958");
    expect(toE164("(515) 243-1234", "GB")).toBeNull();
  });
});
