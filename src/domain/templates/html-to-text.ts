/**
 * The plain-text part of an email made from its HTML, for readers and filters that want text:
 * paragraphs and line breaks kept, links written as "text (url)", list items as "- item",
 * everything else (tags, comments, scripts, styles) dropped and entities decoded.
 *
 * One pass over the tags, so its time grows with the HTML's length whatever the markup.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping: string | null = null;
  let anchor: { href: string; from: number } | null = null;
  let at = 0;
  for (const match of html.matchAll(TAG)) {
    const [tag, comment, closing, rawName, attributes] = match;
    if (!skipping) out.push(decodeEntities(html.slice(at, match.index)));
    at = match.index + tag.length;
    if (comment !== undefined) continue;
    const name = (rawName ?? "").toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing) skipping = name;
    else if (name === "br") out.push("\n");
    else if (name === "li" && !closing) out.push("\n- ");
    else if (BLOCKS.has(name)) out.push("\n\n");
    else if (name === "a" && !closing) anchor = { href: hrefOf(attributes ?? ""), from: out.length };
    else if (name === "a" && closing && anchor) {
      const label = out.splice(anchor.from).join("");
      out.push(link(label, anchor.href));
      anchor = null;
    }
  }
  if (!skipping) out.push(decodeEntities(html.slice(at)));
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A comment, or a tag with its name and attributes. One left open runs to the end, so an
 * unclosed comment or tag is never scanned again from each later `<`.
 */
const TAG = /<!--([\s\S]*?)(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)(?:>|$)/g;
const SKIPPED = new Set(["script", "style", "head", "title"]);
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "ul",
  "ol",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "hr",
]);

function hrefOf(attributes: string): string {
  const found = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return decodeEntities(found?.[1] ?? found?.[2] ?? found?.[3] ?? "").trim();
}

function link(label: string, href: string): string {
  const text = label.replace(/\s+/g, " ").trim();
  const scheme = href.toLowerCase();
  if (!href || href.startsWith("#") || scheme.startsWith("javascript:") || scheme.startsWith("data:"))
    return text;
  const shown = scheme.startsWith("mailto:") ? href.slice(7) : href;
  if (!text || text === shown) return shown;
  return `${text} (${shown})`;
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  copy: "©",
  reg: "®",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

/** `text` with its character references decoded: numeric ones, and the common named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const hex = name[1] === "x" || name[1] === "X";
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
