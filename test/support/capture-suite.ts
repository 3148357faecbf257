import { afterAll, beforeAll } from "vitest";
import type { Category } from "../../src/domain/category.js";
import { normalizeLead } from "../../src/domain/lead.js";
import type { Source } from "../../src/domain/source.js";
import { createCategory, createSource } from "../../src/services/catalog.js";
import type { Capture } from "../../src/services/intake.js";
import { routerFor } from "../../src/services/routing.js";
import type { Engine, Store } from "../../src/store/store.js";
import { openTestStore, type TestStore } from "./engines.js";

/**
 * A fresh database for one suite, with a category `key` deduped on email and phone over 30
 * days and its source `key-web`, and leads made ready for `captureLeads`.
 */
export function captureSuite(engine: Engine, key: string) {
  let t: TestStore;
  let category: Category;
  let source: Source;
  beforeAll(async () => {
    t = await openTestStore(engine);
    category = await createCategory(t.store, {
      key,
      name: key,
      dedupe: { keys: ["email", "phone"], windowDays: 30 },
    });
    source = await createSource(t.store, { key: `${key}-web`, name: "Web", category: key });
  });
  afterAll(async () => t.cleanup());
  return {
    get store(): Store {
      return t.store;
    },
    /** Where a separate server process finds the same database. */
    get env(): Record<string, string> {
      return t.env;
    },
    get category(): Category {
      return category;
    },
    get source(): Source {
      return source;
    },
    /** A lead of `body` as intake hands it to `captureLeads`, by default into the suite's category. */
    capture(body: Record<string, unknown>, into: Category = category, from: Source = source): Capture {
      const now = Date.now();
      const normalized = normalizeLead(body, into, { ip: null, now });
      if (!normalized.ok) throw new Error(JSON.stringify(normalized.errors));
      return {
        source: from,
        category: into,
        lead: normalized.lead,
        ip: null,
        now,
        router: routerFor(t.store),
      };
    },
  };
}
