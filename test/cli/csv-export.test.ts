import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSource } from "../../src/services/catalog.js";
import { exportLeadsCsv } from "../../src/services/csv-export.js";
import { importLeadsCsv } from "../../src/services/csv-import.js";
import { Intake, receiveLead } from "../../src/services/intake.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { csv, exported, givenSource, HOME_FIELDS, leadsOf, person } from "./fixtures.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("CSV export on %s", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t.cleanup());

  const capture = async (intakeKey: string, body: Record<string, unknown>, now?: number) => {
    const result = await receiveLead(new Intake(t.store), { intakeKey, body, ip: "203.0.113.7", now });
    if (result.kind !== "created") throw new Error("lead not created");
    return result.lead;
  };
  const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

  it("writes the lead's columns, a column per custom field, attribution and consent, newest first", async () => {
    const { category, source } = await givenSource(t.store);
    const a = person(1);
    const older = await capture(
      source.intakeKey,
      {
        firstName: "Ada",
        lastName: "Byron",
        email: a.email,
        phone: a.phone,
        address: "12 Elm St",
        zip: "50309",
        creditScore: 710,
        product: "solar",
        homeowner: true,
        utmSource: "google",
        utmCampaign: "spring",
        consentText: "I agree to be called",
        consentAt: "2024-03-01T12:00:00.000Z",
        consentPageUrl: "https://example.com/quote",
      },
      Date.parse("2024-03-01T12:00:01.000Z"),
    );
    const newer = await capture(source.intakeKey, { email: person(2).email });

    const text = await exported(t.store, { category: category.key });
    const [header] = parse(text, { toLine: 1 }) as string[][];
    expect(header).toEqual([
      "id",
      "createdAt",
      "category",
      "source",
      "status",
      "stage",
      "score",
      "priority",
      "firstName",
      "lastName",
      "email",
      "phone",
      "address",
      "city",
      "state",
      "zip",
      "country",
      "cost",
      "revenue",
      "creditScore",
      "product",
      "homeowner",
      "utmSource",
      "utmMedium",
      "utmCampaign",
      "utmTerm",
      "utmContent",
      "consentText",
      "consentAt",
      "consentPageUrl",
    ]);
    const [first, second, ...rest] = rows(text);
    expect(rest).toEqual([]);
    expect(first!.id).toBe(newer.id);
    expect(second).toEqual({
      id: older.id,
      createdAt: "2024-03-01T12:00:01.000Z",
      category: category.key,
      source: source.key,
      status: older.status,
      stage: "new",
      score: String(older.score),
      priority: older.priority,
      firstName: "Ada",
      lastName: "Byron",
      email: a.email,
      phone: a.phone,
      address: "12 Elm St",
      city: "Des Moines",
      state: "IA",
      zip: "50309",
      country: "US",
      cost: "12.50",
      revenue: "0.00",
      creditScore: "710",
      product: "solar",
      homeowner: "true",
      utmSource: "google",
      utmMedium: "",
      utmCampaign: "spring",
      utmTerm: "",
      utmContent: "",
      consentText: "I agree to be called",
      consentAt: "2024-03-01T12:00:00.000Z",
      consentPageUrl: "https://example.com/quote",
    });
  });

  it("filters by category, source, stage, state and a created time range whose end is exclusive", async () => {
    const { category, source } = await givenSource(t.store);
    const otherSource = await createSource(t.store, {
      key: `${source.key}-b`,
      name: "Fair",
      category: category.key,
    });
    const base = Date.parse("2024-05-01T00:00:00.000Z");
    const iowa = await capture(source.intakeKey, { email: person(3).email, zip: "50309" }, base);
    const boston = await capture(source.intakeKey, { email: person(4).email, zip: "02134" }, base + HOUR);
    const texas = await capture(source.intakeKey, { email: person(5).email, state: "tx" }, base + 2 * HOUR);
    const other = await capture(otherSource.intakeKey, { email: person(6).email }, base + 3 * HOUR);
    await t.store.db.updateTable("leads").set({ stage: "won" }).where("id", "=", boston.id).execute();
    const ids = async (filter: Parameters<typeof exported>[1]) =>
      rows(await exported(t.store, filter)).map((r) => r.id);

    expect(await ids({ category: category.key })).toEqual([other.id, texas.id, boston.id, iowa.id]);
    expect(await ids({ source: source.key })).toEqual([texas.id, boston.id, iowa.id]);
    expect(await ids({ source: otherSource.key })).toEqual([other.id]);
    expect(await ids({ category: category.key, stage: "won" })).toEqual([boston.id]);
    expect(await ids({ category: category.key, state: "TX" })).toEqual([texas.id]);
    expect(await ids({ category: category.key, from: base + HOUR, to: base + 2 * HOUR })).toEqual([
      boston.id,
    ]);
    expect(await ids({ category: category.key, stage: "lost" })).toEqual([]);
  });

  it("writes only the header when no lead matches", async () => {
    const text = await exported(t.store, { category: "no-such-category" });
    expect(text.split("\n")).toEqual([expect.stringMatching(/^id,createdAt,.*,consentPageUrl$/), ""]);
  });

  it("pages through more leads than fit one page, each exactly once, newest first", async () => {
    const { category, source } = await givenSource(t.store);
    const file = csv("email", ...Array.from({ length: 11 }, (_, i) => person(1000 + i).email));
    const result = await importLeadsCsv(t.store, file, { source: source.key, fileName: "many.csv" });
    expect(result).toMatchObject({ ok: true, report: { imported: 11 } });

    for (const pageSize of [2, 11, 500]) {
      const ids = rows(await exported(t.store, { category: category.key }, pageSize)).map((r) => r.id);
      expect(ids).toHaveLength(11);
      expect(new Set(ids).size).toBe(11);
      expect(ids).toEqual([...ids].sort().reverse());
    }
  });

  it("adds a column for a field a lead carries beyond its category's schema", async () => {
    const { category, source } = await givenSource(t.store, { unknownFields: "keep" });
    await capture(source.intakeKey, { email: person(7).email, creditScore: 700, referrer: "fair" });
    await capture(source.intakeKey, { email: person(8).email, agent: "Kim" });
    const text = await exported(t.store, { category: category.key });
    const [header] = parse(text, { toLine: 1 }) as string[][];
    expect(header!.slice(19, 24)).toEqual(["creditScore", "product", "homeowner", "agent", "referrer"]);
    expect(rows(text).map((r) => [r.agent, r.referrer])).toEqual([
      ["Kim", ""],
      ["", "fair"],
    ]);
  });

  it("leaves out leads that arrive while it writes, so every row matches the header", async () => {
    const { category, source } = await givenSource(t.store);
    await capture(source.intakeKey, { email: person(9).email });
    let late: string | null = null;
    let text = "";
    const { exported: count } = await exportLeadsCsv(t.store, { category: category.key }, async (chunk) => {
      late ??= (await capture(source.intakeKey, { email: person(10).email })).id;
      text += chunk;
    });
    expect(count).toBe(1);
    expect(rows(text).map((r) => r.id)).not.toContain(late);
  });

  it("exports a file that imports back into another category with the same fields, leads unchanged", async () => {
    const fields = [...HOME_FIELDS, { key: "score", type: "number" as const }];
    const from = await givenSource(t.store, { fields });
    const to = await givenSource(t.store, { fields });
    const [a, b] = [person(11), person(12)];
    await capture(from.source.intakeKey, {
      firstName: "Mary-Kate",
      lastName: 'O"Neil, Jr.',
      email: a.email,
      phone: a.phone,
      address: "12 Elm St, Apt 4\nBack entrance",
      zip: "02134",
      creditScore: 655.5,
      product: "windows",
      homeowner: false,
      score: 3,
      utmSource: "newsletter",
      utmMedium: "email",
      utmTerm: "windows, double pane",
      utmContent: "=SUM(A1)",
      consentText: 'I agree to be called at "this" number',
      consentAt: "2024-03-01T12:00:00.000Z",
      consentPageUrl: "https://example.com/quote?a=1,2",
    });
    await capture(from.source.intakeKey, { phone: b.phone, country: "US", city: "Springfield", state: "IL" });

    const text = await exported(t.store, { category: from.category.key });
    expect(text.split("\n")[0]).toContain(",fields.score,");
    const result = await importLeadsCsv(t.store, text, { source: to.source.key, fileName: "export.csv" });
    expect(result).toEqual({ ok: true, report: { imported: 2, rejected: [], rolledBack: 0, aborted: null } });

    const comparable = (l: Awaited<ReturnType<typeof leadsOf>>[number]) => ({
      contact: l.contact,
      fields: l.fields,
      attribution: l.attribution,
      consent: l.consent && { text: l.consent.text, at: l.consent.at, pageUrl: l.consent.pageUrl },
    });
    const byPhone = (x: { contact: { phone: string | null } }, y: { contact: { phone: string | null } }) =>
      (x.contact.phone ?? "").localeCompare(y.contact.phone ?? "");
    const original = (await leadsOf(t.store, from.category.key)).map(comparable).sort(byPhone);
    const copy = (await leadsOf(t.store, to.category.key)).map(comparable).sort(byPhone);
    expect(copy).toEqual(original);
    expect(original.map((l) => l.fields)).toContainEqual({
      score: 3,
      homeowner: false,
      creditScore: 655.5,
      product: "windows",
    });
  });
});
