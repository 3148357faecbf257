import { describe, expect, it } from "vitest";
import { authorOf, nextVersion } from "./versions";

describe("the plan's version history", () => {
  it("names who put each version live", () => {
    const me = { id: "u1" };
    expect(authorOf("u1", me)).toBe("you");
    expect(authorOf("u2", me, new Map([["u2", "Mara"]]))).toBe("Mara");
    expect(authorOf("u3", me)).toBe("another user");
    expect(authorOf("bootstrap", me)).toBe("the admin token");
    expect(authorOf(null, me)).toBe("Carousel");
  });

  it("numbers a saved draft one past the newest version, even when an older one is live", () => {
    expect(nextVersion([{ version: 2 }, { version: 5 }, { version: 3 }])).toBe(6);
    expect(nextVersion([])).toBe(1);
  });
});
