import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { putPlan } from "../../src/services/plans.js";
import { createRecipient } from "../../src/services/recipients.js";
import { Intake, receiveLead, type IntakeResult } from "../../src/services/intake.js";
import { CaptureThread } from "../../src/services/capture-thread.js";
import type { Source } from "../../src/domain/source.js";
import { normalizeLead } from "../../src/domain/lead.js";
import { getCategory } from "../../src/store/queries/categories.js";
import { openTestStore, type TestStore } from "../support/engines.js";

/**
 * The capture thread is SQLite's: a second connection to the same file, on a thread of its own.
 * (A PostgreSQL store offers no `reopening`: its processes share their commits already.)
 */
describe("capturing leads on a capture thread (SQLite)", () => {
  let t: TestStore;
  let source: Source;
  let thread: CaptureThread;
  /** Intake through the capture thread, and intake on this thread, over one database. */
  let threaded: Intake;
  let here: Intake;
  let n = 0;

  beforeAll(async () => {
    t = await openTestStore("sqlite");
    await createCategory(t.store, { key: "home", name: "Home", dedupe: { keys: ["email"], windowDays: 30 } });
    source = await createSource(t.store, { key: "web", name: "Web", category: "home" });
    await createRecipient(t.store, { key: "alice", kind: "agent", name: "Alice", categories: ["home"] });
    await createRecipient(t.store, { key: "bob", kind: "agent", name: "Bob", categories: ["home"] });
    await putPlan(t.store, "home", [{ select: {}, method: "round_robin", mode: "direct" }], {
      userId: null,
      role: "admin",
      recipient: null,
    });
    thread = new CaptureThread(t.store.reopening!);
    threaded = new Intake(t.store, undefined, thread);
    here = new Intake(t.store);
  });
  afterAll(async () => {
    await thread?.close();
    await t.cleanup();
  });

  const lead = (email = `lead-${n++}@example.com`) => ({
    firstName: "Ada",
    lastName: "Lovelace",
    email,
    phone: "+1 415 555 0100",
  });
  const post = (intake: Intake, body: Record<string, unknown>) =>
    receiveLead(intake, { intakeKey: source.intakeKey, body, ip: "127.0.0.1" });
  const storedLeads = (emails: string[]) =>
    t.store.db.selectFrom("leads").select(["id", "status"]).where("email", "in", emails).execute();

  it("stores and routes each lead once, and answers each with its own lead and assignment", async () => {
    const bodies = Array.from({ length: 40 }, () => lead());
    const results = await Promise.all(bodies.map((b) => post(threaded, b)));
    const created = results.filter(
      (r): r is Extract<IntakeResult, { kind: "created" }> => r.kind === "created",
    );
    expect(created).toHaveLength(40);
    const stored = await storedLeads(bodies.map((b) => b.email));
    expect(stored.map((l) => l.id).sort()).toEqual(created.map((r) => r.lead.id).sort());
    expect(new Set(stored.map((l) => l.status))).toEqual(new Set(["assigned"]));
    const assignments = await t.store.db
      .selectFrom("assignments")
      .select(["lead_id", "recipient"])
      .where(
        "lead_id",
        "in",
        created.map((r) => r.lead.id),
      )
      .execute();
    expect(assignments).toHaveLength(40);
    for (const r of created)
      expect(r.assignments.map((a) => a.recipient)).toEqual(
        assignments.filter((a) => a.lead_id === r.lead.id).map((a) => a.recipient),
      );
    // Round robin across the two connections' decisions still takes turns.
    const counts = new Map<string, number>();
    for (const a of assignments) counts.set(a.recipient, (counts.get(a.recipient) ?? 0) + 1);
    expect([...counts.values()]).toEqual([20, 20]);
  });

  it("finds one lead, not two, when the same email arrives on both connections at once", async () => {
    const emails = Array.from({ length: 30 }, (_, i) => `both-${i}-${n++}@example.com`);
    const results = await Promise.all(
      emails.flatMap((email) => [post(threaded, lead(email)), post(here, lead(email))]),
    );
    for (let i = 0; i < emails.length; i++) {
      const kinds = [results[2 * i]!.kind, results[2 * i + 1]!.kind].sort();
      expect(kinds).toEqual(["created", "duplicate"]);
    }
    expect(await storedLeads(emails)).toHaveLength(emails.length);
  });

  it("wakes this store's event watchers when the thread commits a lead", async () => {
    let woken!: () => void;
    const heard = new Promise<void>((resolve) => (woken = resolve));
    const unwatch = await t.store.watchEvents!(() => woken());
    try {
      await post(threaded, lead());
      await heard;
    } finally {
      await unwatch();
    }
  });

  it("refuses a lead as this thread does, without sending it to the capture thread", async () => {
    await expect(post(threaded, { firstName: "No contact" })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("answers every lead sent before it closes, then stops", async () => {
    const own = new CaptureThread(t.store.reopening!);
    const category = (await getCategory(t.store, "home"))!;
    const bodies = Array.from({ length: 20 }, () => lead());
    const now = Date.now();
    const answers = bodies.map((b) => {
      const normalized = normalizeLead(b, category, { ip: null, now });
      if (!normalized.ok) throw new Error("a test lead is not valid");
      return own.capture({ intakeKey: source.intakeKey, lead: normalized.lead, ip: null, now });
    });
    await own.close();
    const results = await Promise.all(answers);
    expect(results.every((r) => r.kind === "created")).toBe(true);
    expect(await storedLeads(bodies.map((b) => b.email))).toHaveLength(20);
    await expect(post(new Intake(t.store, undefined, own), lead())).rejects.toMatchObject({
      code: "unavailable",
    });
  });
});
