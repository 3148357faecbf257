import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake } from "../support/fixtures.js";

const HOSTILE = {
  name: `<script>alert("name")</script>`,
  fields: [
    {
      key: "choice",
      type: "enum",
      options: [`</option></select><script>alert(1)</script>`, "Tom & Jerry's"],
      label: `<img src=x onerror=alert(3)>`,
      required: true,
    },
    { key: "budget", type: "number" },
  ],
};

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: (Node | Text)[];
  parentNode?: Node;
}
interface Text {
  text: string;
}

/**
 * Runs the embed script against the least DOM it may use (create, set an attribute, append,
 * insert), so what it builds can be read back: any other call, a parser, eval, fails the run.
 */
function runEmbed(script: string, attributes: Record<string, string> = {}) {
  const host: Node = { tag: "body", attrs: {}, children: [] };
  const me: Node & { getAttribute(name: string): string | null } = {
    tag: "script",
    attrs: {},
    children: [],
    parentNode: host,
    getAttribute: (name) => attributes[name] ?? null,
  };
  const element = (tag: string): Node & Record<string, unknown> => {
    const node: Node & Record<string, unknown> = {
      tag,
      attrs: {},
      children: [],
      setAttribute: (name: string, value: string) => (node.attrs[name] = String(value)),
      appendChild: (child: Node | Text) => node.children.push(child),
      insertBefore: (child: Node | Text, before: unknown) => {
        const at = node.children.indexOf(before as Node);
        node.children.splice(at < 0 ? 0 : at, 0, child);
      },
      get firstChild() {
        return node.children[0];
      },
    };
    return node;
  };
  Object.assign(host, {
    insertBefore: (child: Node, before: unknown) =>
      host.children.splice(
        before === null ? host.children.length : host.children.indexOf(before as Node),
        0,
        child,
      ),
  });
  host.children.push(me);
  Object.defineProperty(me, "nextSibling", { get: () => null });
  const document = {
    currentScript: me,
    createElement: element,
    createTextNode: (text: string) => ({ text }),
    getElementById: () => null,
  };
  runInNewContext(script, { document });
  const form = host.children[1] as Node & Record<string, unknown>;
  // The hidden redirect input is set through properties, as a browser's input takes them.
  for (const child of form.children as (Node & Record<string, unknown>)[])
    if (child.tag === "input" && typeof child["name"] === "string")
      Object.assign(child.attrs, { type: child["type"], name: child["name"], value: child["value"] });
  return form as Node;
}

const textOf = (node: Node | Text): string =>
  "text" in node ? node.text : node.children.map(textOf).join("");
const all = (node: Node, tag: string): Node[] =>
  node.children.flatMap((c) => ("tag" in c ? [...(c.tag === tag ? [c] : []), ...all(c, tag)] : []));

describe.each(ENGINES)("embedding a source's form on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it("gives staff a script tag and a plain HTML form that posts to the intake with the source's key", async () => {
    const { source } = await givenIntake(t, HOSTILE);
    const res = await t.call({ method: "GET", url: `/api/v1/sources/${source.key}/embed`, headers: admin });
    expect(res.statusCode).toBe(200);
    const embed = res.data as { formUrl: string; scriptUrl: string; script: string; html: string };
    expect(embed.formUrl).toMatch(new RegExp(`^https?://[^/]+/forms/${source.key}$`));
    expect(embed.script).toBe(`<script src="${embed.scriptUrl}" async></script>\n`);
    expect(embed.html).toMatch(
      /^<form class="carousel-form" method="post" action="https?:\/\/[^"]+\/api\/v1\/leads"/,
    );
    expect(embed.html).toContain(`<input type="hidden" name="intakeKey" value="${source.intakeKey}">`);
    expect(embed.html).toContain('<select name="choice" required>');
    expect(embed.html).toContain('<input name="budget" type="number" step="any">');
    expect(embed.html).not.toMatch(/<script\b|<img\b/i);
    expect(embed.html).toContain("&lt;img src=x onerror=alert(3)&gt;");
    expect(embed.html).toContain("<h2>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;</h2>");
  });

  it("serves a script that builds the same form with DOM calls, every name and label as text", async () => {
    const { source } = await givenIntake(t, HOSTILE);
    const res = await t.call({ method: "GET", url: `/forms/${source.key}.js` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.body).not.toMatch(/<script|<img|innerHTML|eval\(/i);

    const form = runEmbed(res.body, { "data-redirect": "https://example.com/thanks" });
    expect(form.tag).toBe("form");
    expect(form.attrs["action"]).toMatch(/^https?:\/\/[^/]+\/api\/v1\/leads$/);
    const inputs = all(form, "input").map((i) => i.attrs);
    expect(inputs).toContainEqual({ type: "hidden", name: "intakeKey", value: source.intakeKey });
    expect(inputs).toContainEqual({ type: "hidden", name: "redirect", value: "https://example.com/thanks" });
    expect(textOf(all(form, "h2")[0]!)).toBe(HOSTILE.name);
    const choice = all(form, "select")[0]!;
    expect(choice.attrs).toEqual({ name: "choice", required: "" });
    expect(all(choice, "option").map((o) => o.attrs["value"])).toEqual(["", ...HOSTILE.fields[0]!.options!]);
    expect(all(form, "label").map((l) => textOf(l.children[0]!))).toContain(HOSTILE.fields[0]!.label);
  });

  it("gives every address from CAROUSEL_PUBLIC_URL when it is set, not the address the caller used", async () => {
    const behindProxy = await startTestApp(engine, { publicUrl: "https://leads.example.com/" });
    try {
      const { source } = await givenIntake(behindProxy);
      const res = await behindProxy.call({
        method: "GET",
        url: `/api/v1/sources/${source.key}/embed`,
        headers: { ...admin, host: "10.0.0.7:8080" },
      });
      expect(res.statusCode).toBe(200);
      expect(res.data).toMatchObject({
        formUrl: `https://leads.example.com/forms/${source.key}`,
        scriptUrl: `https://leads.example.com/forms/${source.key}.js`,
        script: `<script src="https://leads.example.com/forms/${source.key}.js" async></script>\n`,
      });
      expect(res.data.html).toContain('action="https://leads.example.com/api/v1/leads"');
      expect(res.data.html).not.toContain("10.0.0.7");
      const script = await behindProxy.call({
        method: "GET",
        url: `/forms/${source.key}.js`,
        headers: { host: "10.0.0.7:8080" },
      });
      expect(runEmbed(script.body).attrs["action"]).toBe("https://leads.example.com/api/v1/leads");
    } finally {
      await behindProxy.close();
    }
  });

  it("has no form and no embed for an unknown source, and no form for a disabled one", async () => {
    const { source } = await givenIntake(t);
    expect((await t.call({ method: "GET", url: "/forms/no-such-source.js" })).statusCode).toBe(404);
    expect(
      (await t.call({ method: "GET", url: "/api/v1/sources/no-such-source/embed", headers: admin }))
        .statusCode,
    ).toBe(404);
    await t.call({
      method: "PATCH",
      url: `/api/v1/sources/${source.key}`,
      headers: admin,
      payload: { enabled: false },
    });
    expect((await t.call({ method: "GET", url: `/forms/${source.key}.js` })).statusCode).toBe(404);
  });
});
