import type { RecipientConfig, TierSelect } from "./types.js";

/**
 * Whether a tier takes a recipient: every given criterion holds (`tags`: any one of them). An
 * empty list counts as not given, so `{}` and `{tags: []}` both take everyone.
 */
export function tierSelects(select: TierSelect, config: RecipientConfig): boolean {
  if (select.kind !== undefined && config.kind !== select.kind) return false;
  if (select.keys && select.keys.length > 0 && !select.keys.includes(config.key)) return false;
  const tags = select.tags;
  if (tags === undefined || tags.length === 0) return true;
  for (const t of tags) if (config.tags.includes(t)) return true;
  return false;
}
