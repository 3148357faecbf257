import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putMailSender } from "../../src/services/mail-sender.js";
import { trackMessage, unsubscribeUrlFor } from "../../src/services/email-tracking.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { ADMIN, as, givenDesk, givenLead } from "../support/work.js";

const PUBLIC_URL = "https://mail.carousel.example";

describe.each(ENGINES)("nurture email tracking on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { publicUrl: PUBLIC_URL, rateLimits: { failedAuthPerMinute: 1_000 } });
    await putMailSender(t.store, ADMIN, {
      name: "Sunny <Solar> & Co",
      email: "hello@sunny.example",
      postalAddress: "1 Main St, Des Moines, IA 50309",
      replyTo: null,
    });
  });
  afterAll(async () => t.close());

  /** A lead of a fresh desk whose opens and clicks score, and an email tracked for it. */
  async function givenTrackedEmail(
    html: string,
    messageId = `<m-${Math.random().toString(36).slice(2)}@carousel>`,
  ) {
    const desk = await givenDesk(t, ["agent"]);
    await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [
        { event: "email_opened", points: 5, halfLifeDays: 7 },
        { event: "email_clicked", points: 20, halfLifeDays: 7 },
      ],
    });
    const address = `ada.${Math.random().toString(36).slice(2)}@example.com`;
    const lead = await givenLead(t, desk, { email: address.replace("ada.", "Ada.") });
    const email = await trackMessage(t.store, {
      leadId: lead.id,
      messageId,
      html,
      text: "Hello Ada",
      publicUrl: PUBLIC_URL,
    });
    return { lead, email, messageId, address };
  }

  const pathOf = (url: string) => url.slice(PUBLIC_URL.length);
  const linksIn = (html: string, prefix: string) =>
    [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
      .map((m) => m[1]!.replace(/&amp;/g, "&"))
      .filter((u) => u.startsWith(`${PUBLIC_URL}${prefix}`));
  const eventsOf = async (id: string, type: string) =>
    (
      (await as(t)("GET", `/api/v1/leads/${id}`)).data.events as {
        type: string;
        data: Record<string, unknown>;
      }[]
    ).filter((e) => e.type === type);
  const suppressed = async (email: string) =>
    (
      (await as(t)("GET", `/api/v1/suppressions?kind=email&q=${encodeURIComponent(email)}`)).data
        .items as unknown[]
    ).length > 0;

  it("turns each web link into a signed click link, adds an open pixel, the footer and the one-click unsubscribe headers", async () => {
    const { email } = await givenTrackedEmail(
      '<html><body><p>See <a href="https://sunny.example/pricing?plan=pro&amp;ref=mail">pricing</a>, ' +
        "<a href='mailto:sales@sunny.example'>write</a> or <a href=\"#top\">top</a>.</p></body></html>",
    );
    const clicks = linksIn(email.html, "/t/c/");
    expect(clicks).toHaveLength(1);
    expect(email.html).not.toContain("https://sunny.example/pricing");
    expect(email.html).toContain("mailto:sales@sunny.example");
    expect(email.html).toContain('href="#top"');
    expect(linksIn(email.html, "/t/o/")).toHaveLength(1);
    expect(email.html).toMatch(/<img src="[^"]+\/t\/o\/[^"]+" width="1" height="1"[^>]*><\/body><\/html>$/);
    // The footer: who sends, escaped, and the unsubscribe link, which is not itself a click link.
    expect(email.html).toContain("Sunny &lt;Solar&gt; &amp; Co, 1 Main St, Des Moines, IA 50309");
    expect(linksIn(email.html, "/u/")).toEqual([email.unsubscribeUrl]);
    expect(email.text).toContain(`Unsubscribe: ${email.unsubscribeUrl}`);
    expect(email.text).toContain("1 Main St, Des Moines, IA 50309");
    expect(email.headers).toEqual({
      "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("keeps a template's own unsubscribe link, adding no second one", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const lead = await givenLead(t, desk);
    const message = { leadId: lead.id, messageId: "<own@carousel>", publicUrl: PUBLIC_URL };
    const url = await unsubscribeUrlFor(t.store, message);
    const email = await trackMessage(t.store, {
      ...message,
      html: `<p>Bye: <a href="${url}">leave</a></p>`,
      text: `Leave: ${url}`,
    });
    expect(email.unsubscribeUrl).toBe(url);
    expect(email.html.split(url)).toHaveLength(2);
    expect(email.text.split(url)).toHaveLength(2);
  });

  it("answers the open pixel with a GIF and records one open per message, which scores", async () => {
    const { lead, email, messageId } = await givenTrackedEmail("<p>Hi</p>");
    const pixel = pathOf(linksIn(email.html, "/t/o/")[0]!);
    for (let i = 0; i < 3; i++) {
      const res = await t.call({ method: "GET", url: pixel });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("image/gif");
      expect(res.rawPayload.subarray(0, 6).toString()).toBe("GIF89a");
    }
    expect((await eventsOf(lead.id, "email_opened")).map((e) => e.data)).toEqual([{ messageId }]);
    expect((await as(t)("GET", `/api/v1/leads/${lead.id}`)).data.score).toBeGreaterThanOrEqual(5);
  });

  it("redirects a click to its signed address and records it once per message and address", async () => {
    const target = "https://sunny.example/pricing?plan=pro&ref=mail";
    const { lead, email, messageId } = await givenTrackedEmail(
      `<a href="${target.replace("&", "&amp;")}">pricing</a>`,
    );
    const before = (await as(t)("GET", `/api/v1/leads/${lead.id}`)).data.score as number;
    const click = pathOf(linksIn(email.html, "/t/c/")[0]!);
    for (let i = 0; i < 2; i++) {
      const res = await t.call({ method: "GET", url: click });
      expect(res.statusCode).toBe(302);
      expect(res.headers["location"]).toBe(target);
    }
    expect((await eventsOf(lead.id, "email_clicked")).map((e) => e.data)).toEqual([
      { messageId, url: target },
    ]);
    expect((await as(t)("GET", `/api/v1/leads/${lead.id}`)).data.score).toBe(before + 20);
  });

  it("shows a preference page that changes nothing, with the sender's name escaped", async () => {
    const { lead, email, address } = await givenTrackedEmail("<p>Hi</p>");
    const res = await t.call({ method: "GET", url: pathOf(email.unsubscribeUrl) });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.body).toContain("Sunny &lt;Solar&gt; &amp; Co");
    expect(res.body).not.toContain("<Solar>");
    expect(res.body).toContain(address);
    expect(res.body).toMatch(/<form method="post">[\s\S]*Unsubscribe from all/);
    expect(res.body).not.toContain("<script");
    expect(await suppressed(address)).toBe(false);
    expect(await eventsOf(lead.id, "unsubscribed")).toEqual([]);
  });

  it("unsubscribes in one click (RFC 8058): the address is suppressed and the lead's timeline says so once", async () => {
    const { lead, email, messageId, address } = await givenTrackedEmail("<p>Hi</p>");
    const url = pathOf(email.unsubscribeUrl);
    const unsubscribe = (contentType: string, payload: string) =>
      t.call({ method: "POST", url, headers: { "content-type": contentType }, payload });
    const oneClick = await unsubscribe("application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toContain("You are unsubscribed");
    expect(await suppressed(address)).toBe(true);
    const multipart = await unsubscribe(
      "multipart/form-data; boundary=x",
      '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    );
    expect(multipart.statusCode).toBe(200);
    expect((await eventsOf(lead.id, "unsubscribed")).map((e) => e.data)).toEqual([
      { messageId, email: address },
    ]);
    expect((await t.call({ method: "GET", url })).body).toContain("You are unsubscribed");
  });

  it("refuses tampered and unsigned tokens with a 4xx that records nothing and redirects nowhere", async () => {
    const { lead, email, address } = await givenTrackedEmail('<a href="https://sunny.example/">home</a>');
    const click = pathOf(linksIn(email.html, "/t/c/")[0]!);
    const open = pathOf(linksIn(email.html, "/t/o/")[0]!);
    const unsubscribe = pathOf(email.unsubscribeUrl);
    const retarget = (path: string) => {
      const cut = path.lastIndexOf("/") + 1;
      const [prefix, token] = [path.slice(0, cut), path.slice(cut)];
      const [payload, signature] = token.split(".") as [string, string];
      const fields = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, string>;
      fields["u"] = "https://evil.example/";
      fields["e"] = "someone.else@example.com";
      return `${prefix}${Buffer.from(JSON.stringify(fields)).toString("base64url")}.${signature}`;
    };
    const attempts: { method: "GET" | "POST"; url: string }[] = [
      { method: "GET", url: retarget(click) },
      { method: "GET", url: `/t/c/${open.slice(5)}` },
      { method: "GET", url: `/t/o/${click.slice(5)}` },
      { method: "GET", url: `${open.slice(0, -2)}xx` },
      { method: "GET", url: "/t/c/not-a-token" },
      { method: "GET", url: `/t/c/${"a".repeat(5000)}.b` },
      { method: "POST", url: retarget(unsubscribe) },
      { method: "POST", url: `/u/${open.slice(5)}` },
      { method: "GET", url: retarget(unsubscribe) },
    ];
    for (const attempt of attempts) {
      const res = await t.call({
        ...attempt,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "List-Unsubscribe=One-Click",
      });
      expect(res.statusCode, attempt.url.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, attempt.url.slice(0, 40)).toBeLessThan(500);
      expect(res.headers["location"]).toBeUndefined();
    }
    for (const type of ["email_opened", "email_clicked", "unsubscribed"])
      expect(await eventsOf(lead.id, type), type).toEqual([]);
    expect(await suppressed(address)).toBe(false);
    expect(await suppressed("someone.else@example.com")).toBe(false);
  });

  it("refuses events the tracking writes when an integration posts them", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    for (const type of ["email_opened", "email_clicked", "unsubscribed"]) {
      const res = await as(t)("POST", `/api/v1/leads/${id}/events`, {
        type,
        data: { messageId: "<forged@x>" },
      });
      expect(res.statusCode, type).toBe(422);
    }
  });
});

describe.each(ENGINES)("tracking links under a failed-authentication limit on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { publicUrl: PUBLIC_URL, rateLimits: { failedAuthPerMinute: 3 } });
  });
  afterAll(async () => t.close());

  it("refuses an address that keeps guessing tokens with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.call({ method: "GET", url: `/t/c/guess${i}.abc` })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
  });
});
