import { describe, expect, it } from "vitest";
import { AppError } from "../../src/domain/errors.js";
import { htmlToText } from "../../src/domain/templates/html-to-text.js";
import { renderEmail, templateProblems, type TemplateContext } from "../../src/domain/templates/render.js";

const context = (
  lead: Record<string, unknown> = {},
  unsubscribeUrl: string | null = null,
): TemplateContext => ({
  lead: { firstName: "Ada", city: "Des Moines", fields: { product: "solar" }, ...lead },
  sender: { name: "Sunny Roofs", postalAddress: "1 Main St, Des Moines, IA 50309" },
  unsubscribeUrl,
});

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the render to be refused");
};

describe("email templates", () => {
  it("fills each part with the lead's fields and custom fields", () => {
    const email = renderEmail(
      {
        subject: "Hi {{ lead.firstName }}",
        html: "<p>Your {{ lead.fields.product }} quote</p>",
        text: "Your {{ lead.fields.product }} quote",
      },
      context(),
    );
    expect(email.subject).toBe("Hi Ada");
    expect(email.html).toContain("<p>Your solar quote</p>");
    expect(email.text).toMatch(/^Your solar quote/);
  });

  it("escapes a lead's values in the HTML part, so a hostile name is only text", () => {
    const email = renderEmail(
      { subject: "Hi {{ lead.firstName }}", html: "<p>Hi {{ lead.firstName }}</p>", text: null },
      context({ firstName: "<img src=x onerror=alert(1)>" }),
    );
    expect(email.html).toContain("Hi &lt;img src=x onerror=alert(1)&gt;");
    expect(email.html).not.toContain("<img");
    expect(email.subject).toBe("Hi <img src=x onerror=alert(1)>");
  });

  it("keeps the subject on one line, so a value cannot add a header", () => {
    const email = renderEmail(
      { subject: "Hi {{ lead.firstName }}", html: "<p>x</p>", text: null },
      context({ firstName: "Ada\r\nBcc: everyone@example.com" }),
    );
    expect(email.subject).toBe("Hi Ada Bcc: everyone@example.com");
  });

  it("makes the text part from the HTML when the template has none", () => {
    const email = renderEmail(
      {
        subject: "s",
        html: '<h1>Hello {{ lead.firstName }}</h1><p>See <a href="https://example.com/p">our prices</a>.</p><ul><li>One</li><li>Two</li></ul>',
        text: null,
      },
      context(),
    );
    expect(email.text).toMatch(/^Hello Ada\n\nSee our prices \(https:\/\/example.com\/p\)\.\n\n- One\n- Two/);
  });

  it("adds the sender's postal address and the unsubscribe link to each part that lacks them", () => {
    const url = "https://carousel.example.com/u/abc";
    const email = renderEmail({ subject: "s", html: "<p>Body</p>", text: "Body" }, context({}, url));
    expect(email.html).toContain("1 Main St, Des Moines, IA 50309");
    expect(email.html).toContain(`<a href="${url}">Unsubscribe</a>`);
    expect(email.text).toContain("Sunny Roofs, 1 Main St, Des Moines, IA 50309");
    expect(email.text).toContain(`Unsubscribe: ${url}`);
  });

  it("adds no second footer where the template already shows the address and the link", () => {
    const url = "https://carousel.example.com/u/abc";
    const html =
      '<p>Body</p><p>{{ sender.postalAddress }} · <a href="{{ unsubscribeUrl }}">Stop these emails</a></p>';
    const email = renderEmail(
      { subject: "s", html, text: "Body {{ sender.postalAddress }} {{ unsubscribeUrl }}" },
      context({}, url),
    );
    expect(email.html.match(/1 Main St/g)).toHaveLength(1);
    expect(email.html).not.toContain(">Unsubscribe</a>");
    expect(email.text).toBe(`Body 1 Main St, Des Moines, IA 50309 ${url}`);
  });

  it("says where the unsubscribe link goes when a preview has none", () => {
    const email = renderEmail({ subject: "s", html: "<p>Body</p>", text: null }, context());
    expect(email.text).toContain("You can unsubscribe with the link in every email we send.");
  });

  it("names each part that does not parse", () => {
    expect(
      templateProblems({ subject: "Hi {{ lead.firstName", html: "<p>{% if %}</p>", text: null }),
    ).toEqual([
      expect.objectContaining({ field: "subject", code: "template" }),
      expect.objectContaining({ field: "html", code: "template" }),
    ]);
    expect(templateProblems({ subject: "Hi", html: "<p>{{ lead.city | upcase }}</p>", text: "x" })).toEqual(
      [],
    );
    expect(templateProblems({ subject: "Hi", html: "{{ lead.city | no_such_filter }}", text: null })).toEqual(
      [expect.objectContaining({ field: "html" })],
    );
  });
});

describe("the template sandbox", () => {
  it("reads no file: including or rendering a file by name is refused", () => {
    for (const html of [
      '{% include "/etc/passwd" %}',
      '{% render "../../package.json" %}',
      "{% layout 'x' %}",
    ]) {
      expect(refusal(() => renderEmail({ subject: "s", html, text: null }, context())).code).toBe(
        "validation_failed",
      );
    }
  });

  it("sees only the data it is given: no prototype, constructor or process", () => {
    const email = renderEmail(
      {
        subject: "{{ lead.constructor }}{{ lead.__proto__ }}{{ process.env }}{{ lead.toString }}",
        html: "<p>[{{ lead.constructor.constructor }}][{{ sender.__proto__.constructor }}]</p>",
        text: "{{ global }}{{ require }}",
      },
      context(),
    );
    expect(email.subject).toBe("");
    expect(email.html).toContain("<p>[][]</p>");
    expect(email.text.split("\n\n--\n")[0]).toBe("");
  });

  it("refuses at parse, in every part, the tags that would read another template or a file", () => {
    for (const tag of [
      '{% include "/etc/passwd" %}',
      "{% render 'x' %}",
      "{% layout 'x' %}{% block a %}{% endblock %}",
    ])
      for (const part of ["subject", "html", "text"] as const) {
        const parts = { subject: "s", html: "<p>h</p>", text: "t", [part]: tag };
        expect(templateProblems(parts), `${part}: ${tag}`).toEqual([
          expect.objectContaining({
            field: part,
            code: "template",
            message: expect.stringMatching(/not allowed/),
          }),
        ]);
      }
  });

  it("reads nothing of the process, the environment or the code, whatever the lookup", () => {
    process.env["CAROUSEL_TEMPLATE_CANARY"] = "canary-7f3a9";
    const lookups = [
      "{{ this }}",
      "{{ this.constructor.constructor }}",
      "{{ lead['constructor'] }}",
      '{{ lead["__proto__"] }}',
      "{{ lead.fields.constructor.constructor }}",
      "{{ lead.fields.__proto__.polluted }}",
      "{{ lead.tags.constructor }}",
      "{{ lead.tags.first.constructor.name }}",
      "{{ lead.firstName.constructor }}",
      "{{ lead.hasOwnProperty }}{{ lead.valueOf }}{{ lead.__defineGetter__ }}",
      "{{ process.env.CAROUSEL_TEMPLATE_CANARY }}",
      "{{ global.process.env }}{{ globalThis.process }}",
      "{{ require }}{{ module }}{{ __dirname }}{{ env }}",
      "{% assign f = lead.constructor %}{{ f }}{{ f.constructor }}",
      "{% capture x %}{{ lead.constructor }}{% endcapture %}{{ x }}",
      "{% for k in lead.constructor %}{{ k }}{% endfor %}",
      "{% tablerow k in this.constructor %}{{ k }}{% endtablerow %}",
      "{% liquid echo process.env %}",
      "{% echo this.constructor.constructor %}",
    ];
    for (const lookup of lookups) {
      const email = renderEmail(
        { subject: lookup, html: `<p>[${lookup}]</p>`, text: `[${lookup}]` },
        context(),
      );
      expect(email.subject, lookup).toBe("");
      expect(email.html, lookup).toContain("<p>[]</p>");
      expect(email.text.split("\n\n--\n")[0], lookup).toBe("[]");
    }
    const everything = renderEmail(
      { subject: "s", html: lookups.join(""), text: `${lookups.join("")}{{ lead | json }}` },
      context(),
    );
    delete process.env["CAROUSEL_TEMPLATE_CANARY"];
    for (const leak of ["canary-7f3a9", process.cwd(), "function", "native code", "[object"])
      expect(`${everything.html}${everything.text}`).not.toContain(leak);
  });

  it("refuses a filter it does not know, so nothing can be called by name", () => {
    for (const html of ["{{ '' | constructor }}", "{{ lead | call: 'process' }}", "{{ 'fs' | require }}"])
      expect(
        refusal(() => renderEmail({ subject: "s", html, text: null }, context())).details[0],
        html,
      ).toMatchObject({ field: "html", message: expect.stringMatching(/undefined filter/) });
  });

  it("stops a template that would run or grow without end", () => {
    const loop = "{% for i in (1..100000000) %}{{ i }}{% endfor %}";
    expect(
      refusal(() => renderEmail({ subject: "s", html: loop, text: null }, context())).details[0],
    ).toMatchObject({
      field: "html",
    });
    const doubling =
      '{% assign a = "1,2,3" | split: "," %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a.size }}';
    expect(
      refusal(() => renderEmail({ subject: "s", html: "x", text: doubling }, context())).details[0],
    ).toMatchObject({
      field: "text",
    });
  });
});

describe("the text made from HTML", () => {
  it("drops scripts, styles and comments, and decodes entities", () => {
    expect(
      htmlToText(
        "<style>p{color:red}</style><script>alert(1)</script><!-- hidden --><p>Fish &amp; chips &#8212; &lt;3</p>",
      ),
    ).toBe("Fish & chips — <3");
  });

  it("shows a link's address once when its text is the address, and drops script links", () => {
    expect(
      htmlToText('<a href="https://x.example">https://x.example</a> <a href="javascript:alert(1)">click</a>'),
    ).toBe("https://x.example click");
  });

  it("reads unclosed tags and comments to the end in one pass", () => {
    const hostile = "<a href='x'".repeat(20_000) + "<!--".repeat(20_000);
    expect(htmlToText(hostile)).toBe("");
    expect(htmlToText("before<!-- never closed")).toBe("before");
  });
});
