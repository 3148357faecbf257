import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/routing/decide.js";
import { cosLat, distanceMiles, distanceWithCosines } from "../../../src/domain/routing/geo.js";
import { turnHash, turnHashFrom, turnSeed } from "../../../src/domain/routing/in-turn.js";
import type { CandidateTrace, Schedule } from "../../../src/domain/routing/types.js";
import { windowKeys } from "../../../src/domain/routing/windows.js";
import { localTime } from "../../../src/domain/routing/zoned-time.js";
import { at, candidate, lead, plan, recipient } from "./fixtures.js";

const MINUTE = 60_000;
const OFFICE: [string, string][] = [["09:00", "17:00"]];
const chicagoOffice: Schedule = {
  timezone: "America/Chicago",
  hours: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
};

/** An oracle that shares no code with the domain: the local calendar and clock, straight from Intl. */
function wallClock(timezone: string, t: number): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

function ownClock(timezone: string, t: number): string {
  const l = localTime(timezone, t);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;
}

function scheduleDetail(traces: CandidateTrace[]): string | undefined {
  const t = traces[0];
  return t && !t.eligible ? t.detail : undefined;
}

describe("local time kept between decisions", () => {
  it("reads the clock right, minute after minute, through both daylight saving changes and across hours", () => {
    const changes = [
      ["America/Chicago", "2026-03-08T07:00:00Z"],
      ["America/Chicago", "2026-11-01T05:30:00Z"],
      ["Australia/Lord_Howe", "2026-04-04T14:00:00Z"],
      ["Europe/Berlin", "2026-10-25T00:00:00Z"],
    ] as const;
    for (const [timezone, from] of changes) {
      for (let t = at(from); t < at(from) + 3 * 60 * MINUTE; t += MINUTE) {
        expect(ownClock(timezone, t)).toBe(wallClock(timezone, t));
        // The same instant asked again, as every candidate of a decision does.
        expect(ownClock(timezone, t + 30_000)).toBe(wallClock(timezone, t + 30_000));
      }
    }
  });

  it("moves the cap windows on at the local hour, also where the autumn hour repeats", () => {
    const before = at("2026-11-01T06:59:59Z"); // 01:59:59 CDT
    const repeated = at("2026-11-01T07:00:00Z"); // 01:00 CST, the second time
    const after = at("2026-11-01T08:00:00Z"); // 02:00 CST
    expect(windowKeys("America/Chicago", before).hour).toBe("2026-11-01T01");
    expect(windowKeys("America/Chicago", repeated).hour).toBe("2026-11-01T01");
    expect(windowKeys("America/Chicago", after).hour).toBe("2026-11-01T02");
    expect(windowKeys("America/Chicago", before).hour).toBe("2026-11-01T01");
  });

  it("traces a closed schedule in the local time of each decision, on both sides of the March change", () => {
    const closed = [candidate(recipient("chicago", { schedule: chicagoOffice }))];
    const trace = (iso: string) =>
      decide(lead(), plan({}), closed, 0, at(iso)).trace.tiers[0]?.candidates ?? [];
    expect(scheduleDetail(trace("2026-03-08T07:59:00Z"))).toBe("closed (America/Chicago Sun 01:59)");
    expect(scheduleDetail(trace("2026-03-08T08:00:00Z"))).toBe("closed (America/Chicago Sun 03:00)");
    expect(scheduleDetail(trace("2026-03-08T07:59:00Z"))).toBe("closed (America/Chicago Sun 01:59)");
  });

  it("opens a schedule at 09:00 sharp for the decision after one made at 08:59", () => {
    const office = [candidate(recipient("chicago", { schedule: chicagoOffice }))];
    const early = decide(lead(), plan({}), office, 0, at("2026-11-23T14:59:59Z"));
    const onTime = decide(lead(), plan({}), office, 0, at("2026-11-23T15:00:00Z"));
    expect(scheduleDetail(early.trace.tiers[0]?.candidates ?? [])).toBe("closed (America/Chicago Mon 08:59)");
    expect(onTime.assignments.map((a) => a.recipientKey)).toEqual(["chicago"]);
  });
});

describe("work shared by the candidates of a decision", () => {
  it("describes each failing filter with the lead's own value, decision after decision", () => {
    const recipients = [
      candidate(recipient("620", { filters: [{ field: "creditScore", op: "gte", value: 620 }] })),
      candidate(recipient("700", { filters: [{ field: "creditScore", op: "gte", value: 700 }] })),
      candidate(recipient("solar", { filters: [{ field: "product", op: "eq", value: "solar" }] })),
    ];
    const details = (fields: Record<string, number | string>) =>
      (
        decide(lead({ fields }), plan({}), recipients, 0, at("2026-11-23T16:00:00Z")).trace.tiers[0]
          ?.candidates ?? []
      ).map((c) => (c.eligible ? `${c.key} eligible` : `${c.key}: ${c.detail ?? ""}`));
    expect(details({ creditScore: 580, product: "battery" })).toEqual([
      "620: creditScore gte 620 (lead has 580)",
      "700: creditScore gte 700 (lead has 580)",
      'solar: product eq "solar" (lead has "battery")',
    ]);
    expect(details({ creditScore: 650 })).toEqual([
      "620 eligible",
      "700: creditScore gte 700 (lead has 650)",
      'solar: product eq "solar" (lead has none)',
    ]);
  });

  it("lists a recipient it ruled out in every tier that considers it, with the same rule", () => {
    const recipients = [
      candidate(recipient("nebraska", { tags: ["gold"], territory: { states: ["NE"] } })),
      candidate(recipient("iowa", { kind: "partner" })),
    ];
    const d = decide(
      lead({ state: "IA", zip: "50301" }),
      plan({ select: { tags: ["gold"] } }, {}),
      recipients,
      0,
      at("2026-11-23T16:00:00Z"),
    );
    const excluded = { key: "nebraska", eligible: false, rule: "territory", detail: "lead in IA 50301" };
    expect(d.trace.tiers.map((t) => t.candidates.filter((c) => c.key === "nebraska"))).toEqual([
      [excluded],
      [excluded],
    ]);
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["iowa"]);
  });

  it("breaks ties in turn exactly as the lead and recipient hash does", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (leadId, key) => {
        expect(turnHashFrom(turnSeed(leadId), key)).toBe(turnHash(leadId, key));
      }),
    );
  });

  it("measures a radius with each point's cosine worked out once, to the same bit", () => {
    const latitude = fc.double({ min: -89.9, max: 89.9, noNaN: true });
    const longitude = fc.double({ min: -180, max: 180, noNaN: true });
    fc.assert(
      fc.property(latitude, longitude, latitude, longitude, (lat1, lon1, lat2, lon2) => {
        expect(distanceWithCosines(lat1, lon1, cosLat(lat1), lat2, lon2, cosLat(lat2))).toBe(
          distanceMiles(lat1, lon1, lat2, lon2),
        );
      }),
    );
  });
});
