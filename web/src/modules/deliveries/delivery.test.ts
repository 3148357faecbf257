import { describe, expect, it } from "vitest";
import {
  byUrgency,
  canReplay,
  inFlight,
  requestSummary,
  responseSummary,
  statusTone,
  triesText,
} from "./delivery";

describe("a delivery in the deliveries list", () => {
  it("may be replayed only once given up on", () => {
    expect(canReplay({ status: "dead" })).toBe(true);
    expect(canReplay({ status: "rejected" })).toBe(true);
    for (const status of ["pending", "sending", "failed", "delivered", "cancelled"] as const)
      expect(canReplay({ status })).toBe(false);
    expect(inFlight({ status: "failed" })).toBe(true);
    expect(inFlight({ status: "delivered" })).toBe(false);
  });

  it("is coloured by what it needs: red to act, amber on its way, green done", () => {
    expect(statusTone("dead")).toBe("red");
    expect(statusTone("failed")).toBe("amber");
    expect(statusTone("delivered")).toBe("green");
    expect(statusTone("cancelled")).toBe("muted");
  });

  it("sums up what was sent and what came back in one line", () => {
    expect(requestSummary({ method: "POST", url: "https://buyer.example/leads", body: "{}" })).toBe(
      "POST https://buyer.example/leads",
    );
    expect(requestSummary({ to: "sales@buyer.example" })).toBe("Email to sales@buyer.example");
    expect(requestSummary(null)).toBe("Not sent yet");
    expect(responseSummary({ status: 500, body: '{"error":\n "down"}', durationMs: 42 })).toBe(
      'HTTP 500 · {"error": "down"} · 42 ms',
    );
    expect(
      responseSummary({ status: null, error: "connect ECONNREFUSED 127.0.0.1:9", durationMs: null }),
    ).toBe("connect ECONNREFUSED 127.0.0.1:9");
    expect(responseSummary({ status: 200, body: "x".repeat(100) }, 10)).toBe("HTTP 200 · xxxxxxxxx…");
    expect(responseSummary(null)).toBe("No answer yet");
  });

  it("counts its tries against the most it gets", () => {
    expect(triesText({ attemptCount: 2, maxAttempts: 8 })).toBe("2 of 8 tries");
    expect(triesText({ attemptCount: 1, maxAttempts: 1 })).toBe("1 of 1 try");
  });
});

describe("the order of the deliveries list", () => {
  it("puts those given up on first, then those retrying, newest first within each", () => {
    const at = (status: Parameters<typeof statusTone>[0], updatedAt: string) => ({ status, updatedAt });
    const sorted = byUrgency([
      at("failed", "2026-12-07T10:00:00Z"),
      at("delivered", "2026-12-07T11:00:00Z"),
      at("dead", "2026-12-07T09:00:00Z"),
      at("rejected", "2026-12-07T10:30:00Z"),
      at("dead", "2026-12-07T10:45:00Z"),
    ]);
    expect(sorted.map((d) => `${d.status} ${d.updatedAt.slice(11, 16)}`)).toEqual([
      "dead 10:45",
      "dead 09:00",
      "rejected 10:30",
      "failed 10:00",
      "delivered 11:00",
    ]);
  });
});
