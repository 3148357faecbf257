import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLeadsCsv } from "../../src/services/csv-import.js";
import { Intake, receiveLead } from "../../src/services/intake.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { csv, givenSource, leadsOf, person, runCli } from "./fixtures.js";

// Each run starts a Node process that compiles the CLI: seconds apiece on a busy machine.
describe.each(ENGINES)("the carousel CLI's import and export on %s", { timeout: 180_000 }, (engine) => {
  let t: TestStore;
  let dir: string;
  beforeAll(async () => {
    t = await openTestStore(engine);
    dir = mkdtempSync(join(tmpdir(), "carousel-cli-"));
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const carousel = (...args: string[]) => runCli(args, t.env);

  it("imports a clean file, prints the summary and exits 0", async () => {
    const { category, source } = await givenSource(t.store);
    const path = file(
      "clean.csv",
      csv("Email,First Name", `${person(1).email},Ada`, `${person(2).email},Grace`),
    );
    const run = await carousel("import", path, "--source", source.key);
    expect(run).toMatchObject({ code: 0, stdout: "imported 2, rejected 0\n", stderr: "" });
    expect(await leadsOf(t.store, category.key)).toHaveLength(2);
  });

  it("exits 1 and prints each rejected row's line with every reason, and writes them to --report", async () => {
    const { category, source } = await givenSource(t.store);
    const a = person(3);
    const path = file(
      "mixed.csv",
      csv("email,zip,creditScore", `${a.email},50309,700`, "nope,123,high", `${a.email},50309,700`),
    );
    const reportPath = join(dir, "rejects.csv");
    const run = await carousel("import", path, "--source", source.key, "--report", reportPath);
    const [lead] = await leadsOf(t.store, category.key);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        "imported 1, rejected 2",
        "line 3: email: email is not a valid address; zip: zip must be a 5-digit US ZIP code; creditScore: creditScore must be a number",
        `line 4: duplicate of ${lead!.id} (line 2)`,
        "",
      ].join("\n"),
    );
    expect(readFileSync(reportPath, "utf8")).toBe(
      csv(
        "row,field,reason",
        "3,email,email is not a valid address",
        "3,zip,zip must be a 5-digit US ZIP code",
        "3,creditScore,creditScore must be a number",
        `4,,duplicate of ${lead!.id} (line 2)`,
      ),
    );
  });

  it("in strict mode imports nothing when a row is rejected, and exits 1", async () => {
    const { category, source } = await givenSource(t.store);
    const path = file("strict.csv", csv("email", person(4).email, "nope", person(5).email));
    const run = await carousel("import", path, "--source", source.key, "--strict");
    expect(run).toMatchObject({
      code: 1,
      stdout: [
        "imported 0, rejected 1",
        "line 3: email: email is not a valid address",
        "strict: nothing imported; 2 valid rows were rolled back",
        "",
      ].join("\n"),
    });
    expect(await leadsOf(t.store, category.key)).toEqual([]);
  });

  it("reports malformed CSV per row without a stack trace", async () => {
    const { source } = await givenSource(t.store);
    const path = file(
      "broken.csv",
      csv("email,firstName", `${person(6).email},"Ada"x`, `${person(7).email}`),
    );
    const run = await carousel("import", path, "--source", source.key);
    expect(run).toMatchObject({
      code: 1,
      stdout: [
        "imported 0, rejected 2",
        "line 2: unbalanced quotes: line 2 cannot be read as a row",
        "line 3: the row has 1 field, the header has 2",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("exports by filter to stdout or --out, and the file imports back into another category", async () => {
    const from = await givenSource(t.store);
    const to = await givenSource(t.store);
    const seeded = await importLeadsCsv(
      t.store,
      csv(
        "email,address,zip,creditScore,product",
        `${person(9).email},"1 Main St, Apt 2",50309,700,solar`,
        `${person(10).email},"2 Side St",02134,640,roofing`,
      ),
      { source: from.source.key, fileName: "seed.csv" },
    );
    expect(seeded).toMatchObject({ ok: true, report: { imported: 2 } });

    const toStdout = await carousel("export", "--category", from.category.key, "--state", "ia");
    expect(toStdout.code).toBe(0);
    const lines = toStdout.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"1 Main St, Apt 2"');

    const out = join(dir, "export.csv");
    const toFile = await carousel(
      "export",
      "--source",
      from.source.key,
      "--from",
      "2000-01-01",
      "--out",
      out,
    );
    expect(toFile).toMatchObject({ code: 0, stdout: "", stderr: `exported 2 leads to ${out}\n` });
    const back = await carousel("import", out, "--source", to.source.key);
    expect(back).toMatchObject({ code: 0, stdout: "imported 2, rejected 0\n" });
    const copies = await leadsOf(t.store, to.category.key);
    expect(copies.map((l) => l.fields).sort((x, y) => Number(x.creditScore) - Number(y.creditScore))).toEqual(
      [
        { creditScore: 640, product: "roofing" },
        { creditScore: 700, product: "solar" },
      ],
    );
  });

  it("imports while the server takes leads into the same database, neither of them failing", async () => {
    const { category, source } = await givenSource(t.store);
    const rows = Array.from({ length: 1000 }, (_, i) => person(100 + i).email);
    const path = file("big.csv", csv("email", ...rows));
    let importing = true;
    let taken = 0;
    const failures: string[] = [];
    const server = new Intake(t.store);
    const intake = async () => {
      while (importing) {
        const body = { email: person(5000 + taken + failures.length).email };
        await receiveLead(server, { intakeKey: source.intakeKey, body, ip: null }).then(
          () => taken++,
          (error: Error) => failures.push(error.message),
        );
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, intake));
    const run = await carousel("import", path, "--source", source.key);
    importing = false;
    await load;
    expect(run).toMatchObject({ code: 0, stdout: "imported 1000, rejected 0\n" });
    expect(failures).toEqual([]);
    expect(await leadsOf(t.store, category.key)).toHaveLength(1000 + taken);
  });

  it("exits 2 with a message for usage errors: unknown source or category, missing file, no --source, a date not ISO", async () => {
    const { source } = await givenSource(t.store);
    const path = file("ok.csv", csv("email", person(8).email));
    const missing = join(dir, "missing.csv");
    const [unknownSource, missingFile, noSource, badDate, unknownCategory] = await Promise.all([
      carousel("import", path, "--source", "no-such-source"),
      carousel("import", missing, "--source", source.key),
      carousel("import", path),
      carousel("export", "--from", "last tuesday"),
      carousel("export", "--category", "no-such-category"),
    ]);
    expect(unknownSource).toEqual({
      code: 2,
      stdout: "",
      stderr: "carousel import: source no-such-source does not exist\n",
    });
    expect(missingFile).toEqual({
      code: 2,
      stdout: "",
      stderr: `carousel import: cannot read ${missing}: no such file\n`,
    });
    expect(noSource).toMatchObject({ code: 2, stdout: "" });
    expect(noSource.stderr).toContain("usage: carousel import FILE.csv --source KEY");
    expect(badDate).toMatchObject({ code: 2, stdout: "" });
    expect(badDate.stderr).toContain('--from must be an ISO date or date-time, not "last tuesday"');
    expect(unknownCategory).toEqual({
      code: 2,
      stdout: "",
      stderr: "carousel export: category no-such-category does not exist\n",
    });
  });
});
