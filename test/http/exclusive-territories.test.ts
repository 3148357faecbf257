import { describe, expect, it } from "vitest";
import { admin, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenCategory, givenIntake, postLead, aLead } from "../support/fixtures.js";
import { givenRecipient, winners } from "../support/routing.js";
import { insertRecipient } from "../../src/store/queries/recipients.js";
import { bumpConfigVersion, joinRotation } from "../../src/store/queries/routing-state.js";

/** Omaha, NE: its centre lies outside Iowa, but Council Bluffs, IA (51501) is four miles away. */
const OMAHA_RADIUS = { zip: "68102", miles: 15 };

describe.each(ENGINES)("exclusive territories on %s", (engine) => {
  const t = suiteTestApp(engine);

  /** A category whose whole state of Iowa is held by an exclusive contract. */
  async function givenIowaHeld() {
    const { category, source } = await givenIntake(t);
    const holder = `iowa-${category.key}`;
    await givenRecipient(t, {
      key: holder,
      kind: "partner",
      categories: [category.key],
      territory: { states: ["IA"] },
      exclusive: true,
    });
    return { category: category.key, source, holder };
  }

  const create = (body: Record<string, unknown>) =>
    t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: { kind: "partner", ...body, name: String(body["key"]) },
    });
  const patch = (key: string, body: Record<string, unknown>) =>
    t.call({ method: "PATCH", url: `/api/v1/recipients/${key}`, headers: admin, payload: body });
  const read = async (key: string) =>
    (await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin })).data;
  const keysOf = async (category: string) =>
    (
      await t.call({ method: "GET", url: `/api/v1/recipients?category=${category}`, headers: admin })
    ).data.items.map((r: { key: string }) => r.key);

  it("refuses an exclusive zip prefix inside a state another contract holds, naming the holder and the zip", async () => {
    const { category, holder } = await givenIowaHeld();
    const res = await create({
      key: `bluffs-${category}`,
      categories: [category],
      territory: { zipPrefixes: ["515"] },
      exclusive: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.code).toBe("conflict");
    const { message } = res.data.error;
    expect(message).toMatch(
      new RegExp(
        `^${holder} holds an exclusive territory in category ${category} that overlaps: zip 515\\d\\d \\(IA\\) lies in both`,
      ),
    );
    expect(message).toContain(`in state IA of ${holder}`);
    expect(message).toContain(`in zip prefix 515 of bluffs-${category}`);
    expect(res.data.error.details[0]).toMatchObject({ field: "territory", code: "exclusive_overlap" });
    // The answer names each overlap apart, so a client can show them without parsing sentences.
    expect(res.data.conflicts).toEqual([
      expect.objectContaining({
        a: `bluffs-${category}`,
        b: holder,
        category,
        overlap: expect.stringContaining("515"),
      }),
    ]);
    expect(await keysOf(category)).toEqual([holder]);
  });

  it("refuses an exclusive radius centred outside the state whose circle reaches into it", async () => {
    const { category, holder } = await givenIowaHeld();
    const res = await create({
      key: `omaha-${category}`,
      categories: [category],
      territory: { radius: OMAHA_RADIUS },
      exclusive: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toContain(holder);
    expect(res.data.error.message).toMatch(/^iowa-\S+ holds an exclusive territory .* \(IA\) lies in both/);
    expect(res.data.error.message).toContain(`in the 15-mile radius around 68102 of omaha-${category}`);
    expect(await keysOf(category)).toEqual([holder]);
  });

  it("accepts the same radius when it is not exclusive, and keeps Iowa's leads for the holder", async () => {
    const { category, source, holder } = await givenIowaHeld();
    await givenRecipient(t, {
      key: `omaha-${category}`,
      kind: "partner",
      categories: [category],
      territory: { radius: OMAHA_RADIUS },
    });
    const bluffs = await postLead(t, source.intakeKey, aLead({ zip: "51501" }));
    const omaha = await postLead(t, source.intakeKey, aLead({ zip: "68102" }));
    expect(winners([bluffs, omaha])).toEqual([holder, `omaha-${category}`]);
  });

  it("refuses a PATCH that makes an overlapping recipient exclusive, and changes nothing", async () => {
    const { category } = await givenIowaHeld();
    const key = `bluffs-${category}`;
    await givenRecipient(t, {
      key,
      kind: "partner",
      categories: [category],
      territory: { zipPrefixes: ["515"] },
    });
    const before = await read(key);
    const res = await patch(key, { exclusive: true });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toContain(`iowa-${category}`);
    expect(await read(key)).toEqual(before);
  });

  it("refuses a PATCH that moves an exclusive territory into the held state", async () => {
    const { category, holder } = await givenIowaHeld();
    const key = `nebraska-${category}`;
    await givenRecipient(t, {
      key,
      kind: "partner",
      categories: [category],
      territory: { states: ["NE"] },
      exclusive: true,
    });
    const before = await read(key);
    const toRadius = await patch(key, { territory: { radius: OMAHA_RADIUS } });
    expect(toRadius.statusCode).toBe(409);
    expect(toRadius.data.error.message).toContain(holder);
    const toPrefix = await patch(key, { territory: { zipPrefixes: ["515"] } });
    expect(toPrefix.statusCode).toBe(409);
    expect(await read(key)).toEqual(before);
  });

  it("refuses a PATCH of categories alone that brings an exclusive contract into a held category", async () => {
    const { category, holder } = await givenIowaHeld();
    const other = await givenCategory(t);
    const key = `bluffs-${other.key}`;
    await givenRecipient(t, {
      key,
      kind: "partner",
      categories: [other.key],
      territory: { radius: OMAHA_RADIUS },
      exclusive: true,
    });
    const before = await read(key);
    const res = await patch(key, { categories: [other.key, category] });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toContain(holder);
    expect(res.data.error.message).toContain(`in category ${category}`);
    expect(await read(key)).toEqual(before);
  });

  it("gives the leads of an overlap stored before conflicts were checked to the older contract alone", async () => {
    const { category, source, holder } = await givenIowaHeld();
    const later = `omaha-${category}`;
    // As written before this check existed: straight into the store.
    await t.store.transact(async (tx) => {
      const now = Date.now() + 1000;
      await insertRecipient(tx, {
        key: later,
        name: later,
        kind: "partner",
        categories: [category],
        territory: { radius: { zip: "68102", lat: 41.259, lon: -95.9409, miles: 15 } },
        exclusive: true,
        status: "available",
        tags: [],
        createdAt: now,
        updatedAt: now,
      });
      await joinRotation(tx, category, later);
      await bumpConfigVersion(tx, [category]);
    });
    const bluffs = [];
    for (let i = 0; i < 3; i++) bluffs.push(await postLead(t, source.intakeKey, aLead({ zip: "51501" })));
    const omaha = await postLead(t, source.intakeKey, aLead({ zip: "68102" }));
    expect(winners(bluffs)).toEqual([holder, holder, holder]);
    expect(winners([omaha])).toEqual([later]);
  });
});
