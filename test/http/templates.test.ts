import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenCategory, givenIntake, postLead } from "../support/fixtures.js";
import { startSmtpListener } from "../support/receivers.js";
import { givenUser } from "../support/users.js";

const PARTS = {
  subject: "Your {{ lead.fields.product }} quote, {{ lead.firstName }}",
  html: "<h1>Hello {{ lead.firstName }}</h1><p>Thanks for asking about {{ lead.fields.product }}.</p>",
};
const WELCOME = { name: "Welcome", ...PARTS };

const SENDER = {
  name: "Sunny Roofs",
  email: "hello@sunny.example",
  postalAddress: "1 Main St, Des Moines, IA 50309",
};

describe.each(ENGINES)("email templates on %s", (engine) => {
  const t = suiteTestApp(engine);
  const post = (url: string, payload: Record<string, unknown>, headers = admin) =>
    t.call({ method: "POST", url, headers, payload });

  it("stores a template, lists it, reads it and edits it, each change in the audit log", async () => {
    const manager = await givenUser(t, "manager");
    const created = await post("/api/v1/templates", { key: "welcome", ...WELCOME }, manager.headers);
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ key: "welcome", ...WELCOME, text: null });

    const listed = await t.call({ method: "GET", url: "/api/v1/templates", headers: admin });
    expect(listed.data.items.map((i: { key: string }) => i.key)).toContain("welcome");

    const patched = await t.call({
      method: "PATCH",
      url: "/api/v1/templates/welcome",
      headers: admin,
      payload: { text: "Hello {{ lead.firstName }}" },
    });
    expect(patched.statusCode).toBe(200);
    const read = await t.call({ method: "GET", url: "/api/v1/templates/welcome", headers: admin });
    expect(read.data).toMatchObject({ key: "welcome", name: "Welcome", text: "Hello {{ lead.firstName }}" });

    const audit = await t.call({
      method: "GET",
      url: "/api/v1/audit",
      headers: admin,
      query: { entity: "template" },
    });
    expect(audit.data.items.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ["update", "bootstrap"],
      ["create", manager.id],
    ]);
  });

  it("refuses a second template with the same key", async () => {
    expect((await post("/api/v1/templates", { key: "twice", ...WELCOME })).statusCode).toBe(201);
    const again = await post("/api/v1/templates", { key: "twice", ...WELCOME, name: "Other" });
    expect(again.statusCode).toBe(409);
    const read = await t.call({ method: "GET", url: "/api/v1/templates/twice", headers: admin });
    expect(read.data.name).toBe("Welcome");
  });

  it("refuses a template that does not parse, naming the part, and keeps the stored one", async () => {
    const broken = await post("/api/v1/templates", { key: "broken", ...WELCOME, html: "<p>{% if %}</p>" });
    expect(broken.statusCode).toBe(422);
    expect(broken.data.error.details).toEqual([expect.objectContaining({ field: "html", code: "template" })]);
    expect(
      (await t.call({ method: "GET", url: "/api/v1/templates/broken", headers: admin })).statusCode,
    ).toBe(404);

    expect((await post("/api/v1/templates", { key: "kept", ...WELCOME })).statusCode).toBe(201);
    const patch = await t.call({
      method: "PATCH",
      url: "/api/v1/templates/kept",
      headers: admin,
      payload: { subject: "Hi {{ lead.firstName" },
    });
    expect(patch.statusCode).toBe(422);
    expect(patch.data.error.details[0]).toMatchObject({ field: "subject" });
    const read = await t.call({ method: "GET", url: "/api/v1/templates/kept", headers: admin });
    expect(read.data.subject).toBe(WELCOME.subject);
  });

  it("previews a draft with a stored lead's own data, escaped, and makes its text part", async () => {
    const { source, category } = await givenIntake(t, {
      fields: [{ key: "product", type: "enum", options: ["solar", "roof"] }],
    });
    const lead = await postLead(
      t,
      source.intakeKey,
      aLead({ firstName: "<b>Eve</b>", product: "roof", creditScore: undefined }),
    );
    expect(lead.statusCode).toBe(201);
    const preview = await post("/api/v1/templates/preview", { ...PARTS, leadId: lead.data.id });
    expect(preview.statusCode).toBe(200);
    expect(preview.data.subject).toBe("Your roof quote, <b>Eve</b>");
    expect(preview.data.html).toContain("<h1>Hello &lt;b&gt;Eve&lt;/b&gt;</h1>");
    expect(preview.data.text).toMatch(/^Hello <b>Eve<\/b>\n\nThanks for asking about roof\./);

    const sample = await post("/api/v1/templates/preview", { ...PARTS, category: category.key });
    expect(sample.data.subject).toBe("Your solar quote, Alex");
  });

  it("refuses at save a template that would read another template or a file, and keeps none", async () => {
    for (const [i, html] of [
      '{% include "/etc/passwd" %}',
      "{% render 'welcome' %}",
      "{% layout 'x' %}",
    ].entries()) {
      const saved = await post("/api/v1/templates", { key: `reads-${i}`, ...WELCOME, html });
      expect(saved.statusCode, html).toBe(422);
      expect(saved.data.error.details, html).toEqual([
        expect.objectContaining({ field: "html", code: "template" }),
      ]);
      expect(
        (await t.call({ method: "GET", url: `/api/v1/templates/reads-${i}`, headers: admin })).statusCode,
      ).toBe(404);
    }
  });

  it("previews lookups of the process, the environment and constructors as nothing", async () => {
    const { category } = await givenIntake(t);
    const lookups =
      "{{ process.env.HOME }}{{ this.constructor.constructor }}{{ lead.constructor }}{{ lead['__proto__'] }}" +
      "{{ global.process }}{{ require }}{% assign f = lead.firstName.constructor %}{{ f.constructor }}";
    const preview = await post("/api/v1/templates/preview", {
      subject: `[${lookups}]`,
      html: `<p>[${lookups}]</p>`,
      text: `[${lookups}]`,
      category: category.key,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.data.subject).toBe("[]");
    expect(preview.data.html).toContain("<p>[]</p>");
    expect(preview.data.text).toMatch(/^\[\]\n/);
  });

  it("answers 404 for a preview of a lead or category that does not exist", async () => {
    expect((await post("/api/v1/templates/preview", { ...PARTS, leadId: "lead_nope" })).statusCode).toBe(404);
    expect((await post("/api/v1/templates/preview", { ...PARTS, category: "nope" })).statusCode).toBe(404);
  });

  it("keeps who emails come from, and says whether sending can start", async () => {
    const before = await t.call({ method: "GET", url: "/api/v1/settings/mail", headers: admin });
    expect(before.data).toMatchObject({ email: "", ready: false });
    const put = await t.call({
      method: "PUT",
      url: "/api/v1/settings/mail",
      headers: admin,
      payload: SENDER,
    });
    expect(put.statusCode).toBe(200);
    const after = await t.call({ method: "GET", url: "/api/v1/settings/mail", headers: admin });
    expect(after.data).toEqual({ ...SENDER, replyTo: null, ready: true });
    const preview = await post("/api/v1/templates/preview", PARTS);
    expect(preview.data.text).toContain("Sunny Roofs, 1 Main St, Des Moines, IA 50309");
  });

  it("refuses a test send while no mail server is set", async () => {
    const res = await post("/api/v1/templates/test-send", { ...PARTS, to: "me@example.com" });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toMatch(/SMTP_URL/);
  });
});

describe.each(ENGINES)("a template's test send on %s", (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await startTestApp(engine, { smtpUrl: smtp.url });
    await givenCategory(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  const testSend = (payload: Record<string, unknown>) =>
    t.call({ method: "POST", url: "/api/v1/templates/test-send", headers: admin, payload });

  it("waits for a sender with a postal address before sending anything", async () => {
    const res = await testSend({ ...PARTS, to: "me@example.com" });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toMatch(/sender's email address/);
    expect(smtp.mails).toHaveLength(0);
  });

  it("reaches the mail server from the sender, with an HTML and a text part and the footer", async () => {
    await t.call({ method: "PUT", url: "/api/v1/settings/mail", headers: admin, payload: SENDER });
    const res = await testSend({ ...PARTS, to: "me@example.com" });
    expect(res.statusCode).toBe(200);
    expect(smtp.mails).toHaveLength(1);
    const mail: ParsedMail = await simpleParser(smtp.mails[0]!.raw);
    expect(mail.from?.value[0]).toEqual({ name: "Sunny Roofs", address: "hello@sunny.example" });
    expect(smtp.mails[0]!.to).toEqual(["me@example.com"]);
    expect(mail.subject).toBe("[Test] Your  quote, Alex");
    expect(mail.html).toContain("<h1>Hello Alex</h1>");
    expect(mail.html).toContain("1 Main St, Des Moines, IA 50309");
    expect(mail.text).toMatch(/^Hello Alex\n\nThanks for asking about \./);
    expect(mail.text).toContain("You can unsubscribe with the link in every email we send.");
  });
});
