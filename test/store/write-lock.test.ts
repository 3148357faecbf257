import { describe, expect, it } from "vitest";
import { WriteLock } from "../../src/store/sqlite/write-lock.js";

const tick = () => new Promise((r) => setTimeout(r, 20));

describe("the write lock SQLite connections of one process share", () => {
  it("keeps a second holder waiting until the first releases it, without blocking the thread", async () => {
    const first = new WriteLock(1);
    const second = new WriteLock(2, first.buffer);
    await first.acquire();
    let secondHolds = false;
    const waiting = second.acquire().then(() => (secondHolds = true));
    await tick();
    expect(secondHolds).toBe(false);
    first.release();
    await waiting;
    expect(secondHolds).toBe(true);
  });

  it("can be taken from a holder that ended while holding it", async () => {
    const first = new WriteLock(1);
    const second = new WriteLock(2, first.buffer);
    await second.acquire();
    let firstHolds = false;
    const waiting = first.acquire().then(() => (firstHolds = true));
    first.releaseHeldBy(1);
    await tick();
    expect(firstHolds).toBe(false);
    first.releaseHeldBy(2);
    await waiting;
    expect(firstHolds).toBe(true);
  });

  it("refuses a holder id that cannot be told from a free lock", () => {
    expect(() => new WriteLock(0)).toThrow(/positive integer/);
  });
});
