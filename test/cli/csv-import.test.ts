import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLeadsCsv, type CsvImportOptions } from "../../src/services/csv-import.js";
import { listEvents } from "../../src/store/queries/leads.js";
import type { Store } from "../../src/store/store.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { csv, givenSource, leadsOf, person } from "./fixtures.js";

describe.each(ENGINES)("CSV import on %s", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t.cleanup());

  const importCsv = async (
    input: string | Buffer,
    source: string,
    options: Partial<CsvImportOptions> = {},
    store: Store = t.store,
  ) => {
    const result = await importLeadsCsv(store, input, { source, fileName: "leads.csv", ...options });
    if (!result.ok) throw new Error(`import refused: ${result.error}`);
    return result.report;
  };

  /** The timeline entries intake writes (routing adds its own after them). */
  const intakeEvents = async (leadId: string) =>
    (await listEvents(t.store.db, leadId))
      .filter((e) => e.type === "received" || e.type === "duplicate")
      .map((e) => [e.type, e.actor]);

  it("imports the valid rows and reports every reason of each rejected row by its line", async () => {
    const { category, source } = await givenSource(t.store);
    const [a, b] = [person(1), person(2)];
    const report = await importCsv(
      csv(
        "email,phone,zip,creditScore,product",
        `${a.email},,50309,700,solar`,
        "not-an-email,,,abc,solar",
        `${b.email},,99,,boat`,
        `,${b.phone},50309,640,roofing`,
        ",,50309,700,solar",
      ),
      source.key,
    );
    expect(report).toEqual({
      imported: 2,
      rejected: [
        {
          line: 3,
          problems: [
            { field: "email", message: "email is not a valid address" },
            { field: "creditScore", message: "creditScore must be a number" },
          ],
        },
        {
          line: 4,
          problems: [
            { field: "zip", message: "zip must be a 5-digit US ZIP code" },
            { field: "product", message: "product must be one of roofing, solar, windows" },
          ],
        },
        { line: 6, problems: [{ field: "email", message: "a lead needs an email or a phone number" }] },
      ],
      rolledBack: 0,
      aborted: null,
    });
    const leads = await leadsOf(t.store, category.key);
    expect(leads.map((l) => [l.contact.email, l.contact.phone, l.fields])).toEqual([
      [a.email, null, { creditScore: 700, product: "solar" }],
      [null, b.phone, { creditScore: 640, product: "roofing" }],
    ]);
  });

  it("normalizes rows as intake does and stores the source's cost", async () => {
    const { category, source } = await givenSource(t.store);
    await importCsv(
      csv(
        "firstName,email,phone,zip,homeowner",
        "  Grace ,Grace.Hopper@Example.COM,(515) 243-1234,50309-1234,yes",
      ),
      source.key,
    );
    const [lead] = await leadsOf(t.store, category.key);
    expect(lead).toMatchObject({
      contact: {
        firstName: "Grace",
        email: "grace.hopper@example.com",
        phone: "+15152431234",
        zip: "50309",
        city: "Des Moines",
        state: "IA",
      },
      fields: { homeowner: true },
      costCents: 1250,
      source: source.key,
      stage: "new",
    });
  });

  it("records each imported lead as received from import:<file name>", async () => {
    const { category, source } = await givenSource(t.store);
    await importCsv(csv("email", person(3).email), source.key, { fileName: "spring-fair.csv" });
    const [lead] = await leadsOf(t.store, category.key);
    const events = await intakeEvents(lead!.id);
    expect(events).toEqual([["received", "import:spring-fair.csv"]]);
  });

  it("rejects a row that repeats an earlier row's email or phone as a duplicate of the lead that row created", async () => {
    const { category, source } = await givenSource(t.store);
    const [a, b] = [person(4), person(5)];
    const report = await importCsv(
      csv(
        "email,phone",
        `${a.email},`,
        `${b.email},${b.phone}`,
        `${a.email.toUpperCase()},`,
        `${person(6).email},${b.phone}`,
        `${person(7).email},`,
      ),
      source.key,
      { batchSize: 2 },
    );
    const [first, second] = await leadsOf(t.store, category.key);
    expect(report.imported).toBe(3);
    expect(report.rejected).toEqual([
      { line: 4, problems: [{ field: null, message: `duplicate of ${first!.id} (line 2)` }] },
      { line: 5, problems: [{ field: null, message: `duplicate of ${second!.id} (line 3)` }] },
    ]);
    expect(await intakeEvents(first!.id)).toEqual([
      ["received", "import:leads.csv"],
      ["duplicate", "import:leads.csv"],
    ]);
  });

  it("rejects a row that duplicates a lead stored before the import, naming that lead", async () => {
    const { category, source } = await givenSource(t.store);
    const a = person(8);
    await importCsv(csv("email", a.email), source.key);
    const [stored] = await leadsOf(t.store, category.key);
    const report = await importCsv(csv("email", person(9).email, a.email), source.key);
    expect(report).toMatchObject({
      imported: 1,
      rejected: [{ line: 3, problems: [{ field: null, message: `duplicate of ${stored!.id}` }] }],
    });
  });

  it("in strict mode imports nothing when one row is rejected, and says how many valid rows rolled back", async () => {
    const { category, source } = await givenSource(t.store);
    const report = await importCsv(
      csv(
        "email,creditScore",
        `${person(10).email},700`,
        `${person(11).email},lots`,
        `${person(12).email},640`,
      ),
      source.key,
      { strict: true },
    );
    expect(report).toEqual({
      imported: 0,
      rejected: [{ line: 3, problems: [{ field: "creditScore", message: "creditScore must be a number" }] }],
      rolledBack: 2,
      aborted: null,
    });
    expect(await leadsOf(t.store, category.key)).toEqual([]);
  });

  it("in strict mode rolls back the whole file when a row duplicates another, naming the line", async () => {
    const { category, source } = await givenSource(t.store);
    const a = person(13);
    const report = await importCsv(csv("email", a.email, person(14).email, a.email), source.key, {
      strict: true,
    });
    expect(report).toEqual({
      imported: 0,
      rejected: [{ line: 4, problems: [{ field: null, message: "duplicate of line 2" }] }],
      rolledBack: 2,
      aborted: null,
    });
    expect(await leadsOf(t.store, category.key)).toEqual([]);
  });

  it("in strict mode imports every row of a valid file in one transaction", async () => {
    const { category, source } = await givenSource(t.store);
    const counting = countingTransactions(t.store);
    const rows = Array.from({ length: 7 }, (_, i) => person(100 + i).email);
    const report = await importCsv(
      csv("email", ...rows),
      source.key,
      { strict: true, batchSize: 2 },
      counting.store,
    );
    expect(report).toMatchObject({ imported: 7, rejected: [] });
    expect(counting.transactions()).toBe(1);
    expect(await leadsOf(t.store, category.key)).toHaveLength(7);
  });

  it("commits the default mode in batches, so a big file is not one giant transaction", async () => {
    const { category, source } = await givenSource(t.store);
    const counting = countingTransactions(t.store);
    const rows = Array.from({ length: 7 }, (_, i) => person(200 + i).email);
    const report = await importCsv(csv("email", ...rows), source.key, { batchSize: 3 }, counting.store);
    expect(report).toMatchObject({ imported: 7, rejected: [] });
    expect(counting.transactions()).toBe(3);
    expect(await leadsOf(t.store, category.key)).toHaveLength(7);
  });

  it("stops at a batch the database refuses, keeping the batches before it and saying where it stopped", async () => {
    const { category, source } = await givenSource(t.store);
    let batches = 0;
    const failing: Store = {
      ...countingTransactions(t.store).store,
      transact: (work) => (++batches === 2 ? Promise.reject(new Error("disk full")) : t.store.transact(work)),
    };
    const rows = Array.from({ length: 7 }, (_, i) => person(300 + i).email);
    const report = await importCsv(csv("email", ...rows), source.key, { batchSize: 3 }, failing);
    expect(report).toEqual({
      imported: 3,
      rejected: [],
      rolledBack: 0,
      aborted: "stopped at line 5: disk full",
    });
    expect(await leadsOf(t.store, category.key)).toHaveLength(3);
  });

  it("reads common header spellings in any case as the intake's field names", async () => {
    const { category, source } = await givenSource(t.store);
    const a = person(15);
    const report = await importCsv(
      csv(
        "First Name,last_name,E-Mail,Phone Number,Street Address,Postal Code,COUNTRY,Credit Score,utm_source,UTM Campaign,Consent,Consent Timestamp,Consent URL",
        `Ada,Byron,${a.email},${a.phone},1 Main St,50309,us,710,google,spring,I agree,2024-03-01T12:00:00Z,https://example.com/quote`,
      ),
      source.key,
    );
    expect(report).toMatchObject({ imported: 1, rejected: [] });
    const [lead] = await leadsOf(t.store, category.key);
    expect(lead).toMatchObject({
      contact: {
        firstName: "Ada",
        lastName: "Byron",
        email: a.email,
        phone: a.phone,
        address: "1 Main St",
        zip: "50309",
        country: "US",
      },
      fields: { creditScore: 710 },
      attribution: { utmSource: "google", utmCampaign: "spring" },
      consent: {
        text: "I agree",
        at: Date.parse("2024-03-01T12:00:00Z"),
        pageUrl: "https://example.com/quote",
      },
    });
  });

  it("takes Zip Code as the zip and rejects rows with a value in a column the category does not know", async () => {
    const { source } = await givenSource(t.store);
    const report = await importCsv(
      csv("Email,Zip Code,Notes", `${person(16).email},50309,`, `${person(17).email},50309,call after 5`),
      source.key,
    );
    expect(report).toMatchObject({
      imported: 1,
      rejected: [
        { line: 3, problems: [{ field: "Notes", message: expect.stringContaining("not a field") }] },
      ],
    });
  });

  it("refuses a header in which two columns fill the same field, importing nothing", async () => {
    const { category, source } = await givenSource(t.store);
    const result = await importLeadsCsv(
      t.store,
      csv("Zip,email,Postal Code", `50309,${person(18).email},50309`),
      {
        source: source.key,
        fileName: "x.csv",
      },
    );
    expect(result).toEqual({ ok: false, error: 'columns 1 ("Zip") and 3 ("Postal Code") both fill zip' });
    expect(await leadsOf(t.store, category.key)).toEqual([]);
  });

  it("refuses an unknown source, a disabled source and a file without a header row", async () => {
    const { source: disabled } = await givenSource(t.store, {}, { enabled: false });
    const { source } = await givenSource(t.store);
    const attempt = (input: string, key: string) =>
      importLeadsCsv(t.store, input, { source: key, fileName: "x.csv" });
    expect(await attempt(csv("email"), "no-such-source")).toEqual({
      ok: false,
      error: "source no-such-source does not exist",
    });
    expect(await attempt(csv("email"), disabled.key)).toEqual({
      ok: false,
      error: `source ${disabled.key} is disabled`,
    });
    expect(await attempt("\n\n", source.key)).toEqual({
      ok: false,
      error: "the file is empty: a header row naming the fields is needed",
    });
  });

  it("reads a file that starts with a UTF-8 byte order mark", async () => {
    const { category, source } = await givenSource(t.store);
    const a = person(19);
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csv("email,firstName", `${a.email},Zoë`)),
    ]);
    const report = await importCsv(file, source.key);
    expect(report).toMatchObject({ imported: 1, rejected: [] });
    const [lead] = await leadsOf(t.store, category.key);
    expect(lead!.contact).toMatchObject({ email: a.email, firstName: "Zoë" });
  });

  it("keeps commas, escaped quotes and line breaks inside quoted values, numbering rows by the line they start on", async () => {
    const { category, source } = await givenSource(t.store, { unknownFields: "keep" });
    const [a, b, c] = [person(20), person(21), person(22)];
    const file = [
      "email,address,lastName,note",
      `${a.email},"12 Elm St, Apt 4","O""Brien","first line\r\nsecond line"`,
      `${b.email},"1 Main St",Smith,"multi`,
      `line`,
      `note"`,
      `bad-email,,,`,
      `${c.email},,,`,
    ].join("\r\n");
    const report = await importCsv(file, source.key);
    expect(report).toMatchObject({
      imported: 3,
      rejected: [{ line: 7, problems: [{ field: "email", message: "email is not a valid address" }] }],
    });
    const [first, second] = await leadsOf(t.store, category.key);
    expect(first!.contact).toMatchObject({ address: "12 Elm St, Apt 4", lastName: 'O"Brien' });
    expect(first!.fields).toEqual({ note: "first line\r\nsecond line" });
    expect(second!.fields).toEqual({ note: "multi\r\nline\r\nnote" });
  });

  it("reports malformed rows by line, ragged rows and stray quotes alike, and imports the rest", async () => {
    const { category, source } = await givenSource(t.store);
    const ok = [person(23), person(24), person(25)];
    const report = await importCsv(
      csv(
        "email,firstName,lastName",
        `${ok[0]!.email},Ada,Byron`,
        `${person(26).email},Ada`,
        `${person(27).email},Ada,Byron,extra`,
        `${ok[1]!.email},Ada,Byron,,`,
        `${person(28).email},"Ada"x,Byron`,
        `${person(29).email},Bob "The Builder",Smith`,
        `${ok[2]!.email},Ada,Byron`,
      ),
      source.key,
    );
    expect(report.rejected).toEqual([
      { line: 3, problems: [{ field: null, message: "the row has 2 fields, the header has 3" }] },
      { line: 4, problems: [{ field: null, message: "the row has 4 fields, the header has 3" }] },
      { line: 6, problems: [{ field: null, message: "unbalanced quotes: line 6 cannot be read as a row" }] },
    ]);
    expect(report.imported).toBe(4);
    const leads = await leadsOf(t.store, category.key);
    expect(leads.map((l) => l.contact.firstName)).toEqual(["Ada", "Ada", 'Bob "The Builder"', "Ada"]);
  });

  it("reports a quote that runs over several rows as one malformed row spanning those lines", async () => {
    const { source } = await givenSource(t.store);
    const report = await importCsv(
      csv(
        "email,firstName",
        `${person(30).email},"Ada`,
        `${person(31).email},Grace`,
        `${person(32).email},"Bob"`,
        `${person(33).email},Carol`,
      ),
      source.key,
    );
    expect(report).toMatchObject({
      imported: 1,
      rejected: [
        {
          line: 2,
          problems: [{ field: null, message: "unbalanced quotes: lines 2–4 cannot be read as a row" }],
        },
      ],
    });
  });

  it("reports a quote never closed once, at its line, and keeps the rows before it", async () => {
    const { category, source } = await givenSource(t.store);
    const report = await importCsv(
      csv(
        "email,firstName",
        `${person(34).email},Ada`,
        "",
        `${person(35).email},"Grace`,
        `${person(36).email},Bob`,
      ),
      source.key,
    );
    expect(report).toEqual({
      imported: 1,
      rejected: [
        {
          line: 4,
          problems: [
            {
              field: null,
              message: "a quote opened here is never closed: the file from line 4 on cannot be read",
            },
          ],
        },
      ],
      rolledBack: 0,
      aborted: null,
    });
    expect(await leadsOf(t.store, category.key)).toHaveLength(1);
  });

  it("skips blank lines and rows of empty cells", async () => {
    const { source } = await givenSource(t.store);
    const report = await importCsv(
      csv("email,firstName", "", `${person(37).email},Ada`, ",", " , ", "", `${person(38).email},Bob`),
      source.key,
    );
    expect(report).toEqual({ imported: 2, rejected: [], rolledBack: 0, aborted: null });
  });
});

/** The same store, counting the transactions run through it. */
function countingTransactions(store: Store) {
  let n = 0;
  const counting: Store = {
    engine: store.engine,
    db: store.db,
    transact: (work) => {
      n++;
      return store.transact(work);
    },
    migrate: () => store.migrate(),
    close: () => store.close(),
  };
  return { store: counting, transactions: () => n };
}
