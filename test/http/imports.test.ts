import { describe, expect, it, vi } from "vitest";
import { checkRecipientRow } from "../../src/http/import-schemas.js";
import { runImport, startImport } from "../../src/services/imports.js";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenCategory, givenIntake, givenSource, postLead, aLead } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { ADMIN } from "../support/work.js";

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

async function startedImport(
  t: TestApp,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return t.call({ method: "POST", url: "/api/v1/imports", headers: { ...admin, ...headers }, payload });
}

/** Polls the import until it is no longer running, as the web app's progress bar does. */
async function finished(t: TestApp, id: string) {
  return vi.waitFor(
    async () => {
      const res = await t.call({ method: "GET", url: `/api/v1/imports/${id}`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.data.status).not.toBe("running");
      return res.data;
    },
    { timeout: 20_000, interval: 20 },
  );
}

async function leadsOfSource(t: TestApp, source: string) {
  const res = await t.call({
    method: "GET",
    url: `/api/v1/leads?source=${source}&limit=500`,
    headers: admin,
  });
  return res.data.items as { id: string; firstName: string | null }[];
}

describe.each(ENGINES)("CSV imports over HTTP on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("imports the good rows of a leads file through intake and reports each refused row with its reasons", async () => {
    const { source } = await givenIntake(t);
    const taken = `taken.${unique()}@example.com`;
    await postLead(t, source.intakeKey, aLead({ email: taken }));
    const csv = [
      "First Name,Last Name,Email,Phone,Zip,creditScore,product",
      `Ada,Byron,ada.${unique()}@example.com,,50309,710,solar`,
      `Bob,Stone,not-an-email,,50309,650,roofing`,
      `"=HYPERLINK(""http://evil.example"")",Smith,eve.${unique()}@example.com,,50309,700,solar`,
      `Cy,Young,${taken},,50309,700,windows`,
      `Di,"Prince"x,di.${unique()}@example.com,,50309,700,solar`,
      `Ed,Wood,ed.${unique()}@example.com,,50309,720,windows`,
    ].join("\n");

    const res = await startedImport(t, { kind: "leads", source: source.key, fileName: "fair.csv", csv });
    expect(res.statusCode).toBe(202);
    expect(res.data).toMatchObject({ kind: "leads", fileName: "fair.csv", rowsTotal: 6, status: "running" });
    expect(res.data.columns).toContainEqual({ header: "First Name", field: "firstName" });

    const done = await finished(t, res.data.id);
    expect(done, JSON.stringify(done.refusals)).toMatchObject({
      status: "done",
      rowsTotal: 6,
      rowsDone: 6,
      accepted: 2,
      refused: 4,
    });
    expect(done.refusals.map((r: { line: number }) => r.line)).toEqual([3, 4, 5, 6]);
    const reasons = Object.fromEntries(
      done.refusals.map((r: { line: number; problems: { field: string | null; message: string }[] }) => [
        r.line,
        r.problems.map((p) => `${p.field ?? "row"}: ${p.message}`).join("; "),
      ]),
    );
    expect(reasons[3]).toMatch(/^email: /);
    expect(reasons[4]).toMatch(/^firstName: starts like a spreadsheet formula/);
    expect(reasons[5]).toMatch(/^row: duplicate of lead_/);
    expect(reasons[6]).toMatch(/unbalanced quotes/);

    const leads = await leadsOfSource(t, source.key);
    // The lead posted before, and the two rows accepted.
    expect(leads.map((l) => l.firstName).sort()).toEqual(["Ada", "Ada", "Ed"]);
  });

  it("answers a retried request with the import the first one started, and imports its rows once", async () => {
    const { source } = await givenIntake(t);
    const csv = `email,zip\nzed.${unique()}@example.com,50309\nyan.${unique()}@example.com,50309\n`;
    const key = `retry-${unique()}`;
    const first = await startedImport(
      t,
      { kind: "leads", source: source.key, csv },
      { "idempotency-key": key },
    );
    const again = await startedImport(
      t,
      { kind: "leads", source: source.key, csv },
      { "idempotency-key": key },
    );
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(200);
    expect(again.data.id).toBe(first.data.id);
    await finished(t, first.data.id);
    expect(await leadsOfSource(t, source.key)).toHaveLength(2);
  });

  it("imports each batch once when two processes run the same import", async () => {
    const { source } = await givenIntake(t);
    const rows = Array.from({ length: 250 }, (_, i) => `row${i}.${unique()}@example.com,50309`);
    const { state } = await startImport(
      t.store,
      { kind: "leads", source: source.key, fileName: "big.csv", csv: ["email,zip", ...rows].join("\n") },
      ADMIN,
    );
    await Promise.all([
      runImport(t.store, state.id, checkRecipientRow),
      runImport(t.store, state.id, checkRecipientRow),
    ]);
    const done = await finished(t, state.id);
    expect(done).toMatchObject({ status: "done", rowsDone: 250, accepted: 250, refused: 0 });
    expect(await leadsOfSource(t, source.key)).toHaveLength(250);
  });

  it("imports recipients checked as POST /api/v1/recipients checks them", async () => {
    const category = await givenCategory(t);
    const a = `dealer-${unique()}`;
    const b = `dealer-${unique()}`;
    const existing = `dealer-${unique()}`;
    await givenRecipient(t, { key: existing, kind: "partner", categories: [category.key] });
    const csv = [
      "key,name,kind,categories,states,price,day cap",
      `${a},Des Moines Windows,buyer,${category.key},IA;NE,25,10`,
      `${b},Omaha Roofing,reseller,${category.key},NE,,`,
      `${existing},Again,partner,${category.key},,,`,
      `Not A Key,Bad,partner,${category.key},,,`,
      `${b}-2,Nowhere,partner,no-such-category,,,`,
    ].join("\n");
    const res = await startedImport(t, { kind: "recipients", csv });
    expect(res.statusCode).toBe(202);
    const done = await finished(t, res.data.id);
    expect(done).toMatchObject({ status: "done", rowsDone: 5, accepted: 1, refused: 4 });
    const byLine = Object.fromEntries(
      done.refusals.map((r: { line: number; problems: { field: string | null; message: string }[] }) => [
        r.line,
        r.problems.map((p) => p.message).join("; "),
      ]),
    );
    expect(byLine[3]).toMatch(/kind must be one of agent, partner, buyer/);
    expect(byLine[4]).toMatch(/exists already/);
    expect(byLine[5]).toMatch(/key must match pattern/);
    expect(byLine[6]).toMatch(/category no-such-category does not exist/);
    const created = await t.call({ method: "GET", url: `/api/v1/recipients/${a}`, headers: admin });
    expect(created.data).toMatchObject({
      kind: "buyer",
      territory: { states: ["IA", "NE"] },
      caps: { day: 10 },
      price: 25,
    });
  });

  it("refuses, storing nothing, a file without a header or rows, for a missing source, too big, or with NUL bytes", async () => {
    const { source } = await givenIntake(t);
    const before = await t.store.db.selectFrom("imports").select("id").execute();
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ kind: "leads", source: source.key, csv: "\n\n" }, 422, /header row/],
      [{ kind: "leads", source: source.key, csv: "email,zip\n" }, 422, /no rows/],
      [{ kind: "leads", source: "no-such-source", csv: "email\na@b.co\n" }, 422, /does not exist/],
      [{ kind: "leads", csv: "email\na@b.co\n" }, 422, /source/],
      [{ kind: "leads", source: source.key, csv: "email,Email\na@b.co,b@c.co\n" }, 422, /both fill email/],
      [{ kind: "recipients", csv: "key,name\na,b\n" }, 422, /missing: kind, categories/],
      [{ kind: "leads", source: source.key, csv: "email\na\u0000@b.co\n" }, 422, /NUL|U\+0000/i],
      [{ kind: "leads", source: source.key, csv: `email\n${"x".repeat(4 * 1024 * 1024)}\n` }, 413, /./],
    ];
    for (const [payload, status, message] of cases) {
      const res = await startedImport(t, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 100)).toBe(status);
      expect(res.data.error.message).toMatch(message);
    }
    expect(await t.store.db.selectFrom("imports").select("id").execute()).toEqual(before);
  });

  it("answers 404 for an import that does not exist", async () => {
    const res = await t.call({ method: "GET", url: "/api/v1/imports/imp_nothing", headers: admin });
    expect(res.statusCode).toBe(404);
  });
});

describe.each(ENGINES)("the leads CSV export over HTTP on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("streams the filtered leads as CSV with cells no spreadsheet runs as formulas", async () => {
    const category = await givenCategory(t);
    const source = await givenSource(t, category.key);
    const other = await givenSource(t, category.key);
    await postLead(
      t,
      source.intakeKey,
      aLead({ firstName: "=1+2", lastName: "@SUM(A1)", phone: "+15152430999" }),
    );
    await postLead(t, source.intakeKey, aLead({ firstName: "Plain" }));
    await postLead(t, other.intakeKey, aLead({ firstName: "Elsewhere" }));

    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/leads/export?source=${source.key}`,
      headers: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toMatch(/attachment; filename="leads-.*\.csv"/);
    const lines = res.body.trim().split("\n");
    expect(lines[0]).toMatch(/^id,createdAt,category,source,/);
    expect(lines).toHaveLength(3);
    expect(res.body).not.toContain("Elsewhere");
    expect(res.body).toContain("'=1+2,'@SUM(A1)");
    expect(res.body).toContain(",+15152430999,");
  });

  it("refuses a filter that is not one", async () => {
    const res = await t.call({ method: "GET", url: "/api/v1/leads/export?from=yesterday", headers: admin });
    expect(res.statusCode).toBe(422);
  });
});
