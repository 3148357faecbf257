/** An auto-pause rule as the API gives it. */
export interface Rule {
  maxReturnRate: number;
  lastLeads: number;
  minLeads: number;
}

/**
 * The auto-pause rule as the form's inputs hold it. `mode`: the source's own rule (`own`), its
 * category's default (`default`, for a source), or no rule (`none`).
 */
export interface RuleText {
  mode: "own" | "default" | "none";
  maxReturnRate: string;
  lastLeads: string;
  minLeads: string;
}

const NUMBERS = { maxReturnRate: "40", lastLeads: "50", minLeads: "" };

/** The form's inputs for a rule: a category's (null: none) or a source's (null: its category's default). */
export function ruleText(rule: Rule | "none" | null, nullMeans: "default" | "none"): RuleText {
  if (rule === null) return { mode: nullMeans, ...NUMBERS };
  if (rule === "none") return { mode: "none", ...NUMBERS };
  return {
    mode: "own",
    maxReturnRate: String(rule.maxReturnRate),
    lastLeads: String(rule.lastLeads),
    minLeads: rule.minLeads === rule.lastLeads ? "" : String(rule.minLeads),
  };
}

/** A rule in words, e.g. "more than 40% of the last 50 leads come back". */
export const ruleWords = (rule: Rule): string =>
  `more than ${rule.maxReturnRate}% of the last ${rule.lastLeads} leads come back` +
  (rule.minLeads === rule.lastLeads ? "" : `, judged from ${rule.minLeads} leads`);

/**
 * What the API takes for a source's rule: null for its category's default, "none" for no rule,
 * numbers otherwise (an empty minimum is left out, which the API takes as all of the last leads;
 * text that is not a number goes as NaN, which the API refuses naming the field).
 */
export function sourceRuleOf(rule: RuleText) {
  if (rule.mode === "default") return null;
  if (rule.mode === "none") return "none" as const;
  return numbersOfRule(rule);
}

/** What the API takes for a category's default rule: null for none, numbers otherwise. */
export const categoryRuleOf = (rule: RuleText) => (rule.mode === "own" ? numbersOfRule(rule) : null);

function numbersOfRule(rule: RuleText) {
  const number = (text: string) => Number(text.trim());
  return {
    maxReturnRate: number(rule.maxReturnRate),
    lastLeads: number(rule.lastLeads),
    ...(rule.minLeads.trim() === "" ? {} : { minLeads: number(rule.minLeads) }),
  };
}
