/** The values of a pasted list or CSV file, sorted into email addresses and phone numbers. */
export function parseSuppressionList(text: string): { emails: string[]; phones: string[] } {
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const raw of text.split(/[\n\r,;\t]+/)) {
    const value = raw
      .trim()
      .replace(/^["']|["']$/g, "")
      .trim();
    if (!value) continue;
    if (value.includes("@")) emails.add(value.toLowerCase());
    // A header ("email", "phone") or a note has no digits; a number has some.
    else if (/\d/.test(value)) phones.add(value);
  }
  return { emails: [...emails], phones: [...phones] };
}

/** `values` in batches of at most `size`, as the API takes them. */
export function batches<T>(values: readonly T[], size = 2000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
