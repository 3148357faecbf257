import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashOf, KeyTable } from "../../src/store/sqlite/key-table.js";

/** Rows as a store keeps them: id → key. */
function rows() {
  const byId = new Map<number, string>();
  let next = 1;
  return {
    add: (key: string) => {
      byId.set(next, key);
      return next++;
    },
    holds: (key: string) => (id: number) => byId.get(id) === key,
  };
}

describe("the key table", () => {
  it("answers each key's newest row, however many keys share a hash", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 400 }),
        fc.constantFrom((k: string) => k.length % 3, hashOf),
        (keys, hash) => {
          const table = new KeyTable(hash);
          const store = rows();
          const model = new Map<string, number>();
          for (const key of keys) {
            const id = store.add(key);
            table.set(key, id, store.holds(key));
            model.set(key, id);
          }
          expect(table.size).toBe(model.size);
          for (const [key, id] of model) expect(table.get(key, store.holds(key))).toBe(id);
          expect(table.get("not a key of them", store.holds("not a key of them"))).toBe(0);
        },
      ),
    );
  });

  it("keeps every key as it grows past a hundred thousand", () => {
    const table = new KeyTable();
    const store = rows();
    const keys = Array.from({ length: 100_000 }, (_, i) => `home\u0000email\u0000person${i}@example.com`);
    for (const key of keys) table.set(key, store.add(key), store.holds(key));
    expect(table.size).toBe(keys.length);
    expect(keys.filter((key, i) => table.get(key, store.holds(key)) !== i + 1)).toEqual([]);
  });

  it("takes a hash of 0 for a key like any other", () => {
    const table = new KeyTable(() => 0);
    const store = rows();
    table.set("a", store.add("a"), store.holds("a"));
    table.set("b", store.add("b"), store.holds("b"));
    expect([table.get("a", store.holds("a")), table.get("b", store.holds("b"))]).toEqual([1, 2]);
  });
});
