/** What the checklist reads from the API, each list as the API answers it. */
export interface SetupState {
  categories: { key: string; name: string; fields?: FieldSpec[] }[];
  sources: { key: string; name: string; category: string; intakeKey: string }[];
  recipients: {
    key: string;
    name: string;
    categories: string[];
    status?: string;
    territory?: { states?: string[]; zips?: string[] } | null;
  }[];
  /** The live plan of the category the checklist follows; null when it has none. */
  plan: { version: number; tiers: unknown[] } | null;
  /** The newest lead of that category, if any. */
  lastLead: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    status: string;
  } | null;
}

export interface FieldSpec {
  key: string;
  type: "string" | "number" | "boolean" | "enum";
  required?: boolean;
  options?: string[];
}

export type StepId = "category" | "source" | "recipients" | "plan" | "lead";

export interface Step {
  id: StepId;
  title: string;
  /** What the step is for, or what was found when it is done. */
  detail: string;
  done: boolean;
  href: string;
  /** The link's words. */
  action: string;
}

/**
 * The category the checklist follows: the one of the first source (that is where a test lead
 * goes), else the first category.
 */
export function focusCategory(state: Pick<SetupState, "categories" | "sources">): string | null {
  return state.sources[0]?.category ?? state.categories[0]?.key ?? null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The five steps of a new installation, each ticked from what the API says exists now. */
export function checklist(state: SetupState): Step[] {
  const focus = focusCategory(state);
  const category = state.categories.find((c) => c.key === focus);
  const sources = state.sources.filter((s) => s.category === focus);
  const recipients = state.recipients.filter(
    (r) => focus !== null && r.categories.includes(focus) && r.status !== "retired",
  );
  const tiers = state.plan?.tiers.length ?? 0;
  const lead = state.lastLead;
  return [
    {
      id: "category",
      title: "Create a category",
      detail: category
        ? `${category.name} (${category.key}) is ready.`
        : "A category is a kind of lead (windows, roofing, loans) with the fields its form asks for.",
      done: Boolean(category),
      href: "/categories",
      action: category ? "Open categories" : "Create a category",
    },
    {
      id: "source",
      title: "Add a source with its form",
      detail:
        sources.length > 0
          ? `${sources[0]!.name} takes leads through its form and its intake key.`
          : "A source is where leads come from: a web form, a vendor, an ad campaign. Each gets a form and a key.",
      done: sources.length > 0,
      href: "/sources",
      action: sources.length > 0 ? "Open sources" : "Add a source",
    },
    {
      id: "recipients",
      title: "Add recipients",
      detail:
        recipients.length > 0
          ? `${plural(recipients.length, "recipient")} can take ${category?.name ?? "its"} leads.`
          : "Recipients are the agents, partners and buyers who get leads, each with a territory, caps and a schedule.",
      done: recipients.length > 0,
      href: "/recipients",
      action: recipients.length > 0 ? "Open recipients" : "Add a recipient",
    },
    {
      id: "plan",
      title: "Make a plan",
      detail:
        tiers > 0
          ? `Version ${state.plan!.version} is live, with ${plural(tiers, "tier")}.`
          : "A plan says who is offered each lead first, how, and who comes next.",
      done: tiers > 0,
      href: "/plans",
      action: tiers > 0 ? "Open plans" : "Make a plan",
    },
    {
      id: "lead",
      title: "Send a test lead",
      detail: lead
        ? `${[lead.firstName, lead.lastName].filter(Boolean).join(" ") || "A lead"} came in and is ${lead.status.replace(/_/g, " ")}.`
        : "Send one lead through the source's intake and watch where it goes.",
      done: lead !== null,
      href: lead ? `/leads/${lead.id}` : "/leads",
      action: lead ? "Open the lead" : "Send a test lead",
    },
  ];
}

/** Whether everything is set up: then the checklist says so and steps aside. */
export const allDone = (steps: readonly Step[]) => steps.every((s) => s.done);

/** The first step still to do: the one the page points at. */
export const nextStep = (steps: readonly Step[]) => steps.find((s) => !s.done) ?? null;

/**
 * A test lead for the category that a recipient of it covers: a recognisable name, a unique
 * email (so deduplication never swallows a second test), the first state of a recipient's
 * territory, and a value for each required field of the category.
 */
export function testLead(
  category: Pick<SetupState["categories"][number], "fields">,
  recipient: SetupState["recipients"][number] | undefined,
  now: number,
): Record<string, unknown> {
  const lead: Record<string, unknown> = {
    firstName: "Test",
    lastName: "Lead",
    email: `test.lead.${now.toString(36)}@example.com`,
  };
  const state = recipient?.territory?.states?.[0];
  const zip = recipient?.territory?.zips?.[0];
  if (state) lead["state"] = state;
  if (zip) lead["zip"] = zip;
  for (const f of category.fields ?? []) {
    if (!f.required) continue;
    lead[f.key] =
      f.type === "enum"
        ? (f.options?.[0] ?? "")
        : f.type === "number"
          ? 1
          : f.type === "boolean"
            ? true
            : "test";
  }
  return lead;
}
