import { AppError, invalid, notFound } from "../domain/errors.js";
import {
  leadScope,
  renderEmail,
  templateProblems,
  type RenderedEmail,
  type TemplateParts,
} from "../domain/templates/render.js";
import { sampleLead, senderProblem, type EmailTemplate } from "../domain/templates/template.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { getLead } from "../store/queries/leads.js";
import { getTemplate, insertTemplate, listTemplates, updateTemplate } from "../store/queries/templates.js";
import type { Store } from "../store/store.js";
import { audit } from "./audit.js";
import type { Mailer } from "./mailer.js";
import { mailSender } from "./mail-sender.js";

export interface TemplateInput extends TemplateParts {
  key: string;
  name: string;
}

function mustParse(parts: TemplateParts): void {
  const problems = templateProblems(parts);
  if (problems.length > 0) throw invalid(problems);
}

export async function createTemplate(
  store: Store,
  principal: Principal,
  input: TemplateInput,
  now = Date.now(),
): Promise<EmailTemplate> {
  mustParse(input);
  const template: EmailTemplate = { ...input, createdAt: now, updatedAt: now };
  await store.transact(async (tx) => {
    if (!(await insertTemplate(tx, template)))
      throw new AppError("conflict", `a template with key ${input.key} already exists`);
    await audit(
      tx,
      principal,
      { entity: "template", key: input.key, action: "create", after: template },
      now,
    );
  });
  return template;
}

export async function patchTemplate(
  store: Store,
  principal: Principal,
  key: string,
  patch: Partial<Omit<TemplateInput, "key">>,
  now = Date.now(),
): Promise<EmailTemplate> {
  return store.transact(async (tx) => {
    const before = await getTemplate(tx, key);
    if (!before) throw notFound(`template ${key}`);
    const after: EmailTemplate = { ...before, ...patch, updatedAt: now };
    mustParse(after);
    await updateTemplate(tx, after);
    await audit(tx, principal, { entity: "template", key, action: "update", before, after }, now);
    return after;
  });
}

export async function readTemplate(store: Store, key: string): Promise<EmailTemplate> {
  const template = await getTemplate(store, key);
  if (!template) throw notFound(`template ${key}`);
  return template;
}

export const readTemplates = (store: Store): Promise<EmailTemplate[]> => listTemplates(store);

/** Whose data a preview or a test send shows: a stored lead, or a sample for a category's fields. */
export interface PreviewOf {
  leadId?: string | undefined;
  category?: string | undefined;
}

async function previewScope(store: Store, of: PreviewOf): Promise<Record<string, unknown>> {
  if (of.leadId) {
    const lead = await getLead(store, of.leadId);
    if (!lead) throw notFound(`lead ${of.leadId}`);
    return leadScope(lead);
  }
  if (of.category) {
    const category = await getCategory(store, of.category);
    if (!category) throw notFound(`category ${of.category}`);
    return { ...sampleLead(category.fields), category: category.key };
  }
  return sampleLead();
}

/** A template as a lead would receive it, without sending anything; the parts need not be saved. */
export async function previewTemplate(
  store: Store,
  parts: TemplateParts,
  of: PreviewOf,
): Promise<RenderedEmail> {
  mustParse(parts);
  const [lead, sender] = await Promise.all([previewScope(store, of), mailSender(store)]);
  return renderEmail(parts, { lead, sender, unsubscribeUrl: null });
}

/** Sends a template, rendered for a lead or a sample, to a manager's own address to look at. */
export async function sendTestEmail(
  store: Store,
  mailer: Mailer | null,
  parts: TemplateParts,
  of: PreviewOf & { to: string },
): Promise<RenderedEmail> {
  if (!mailer) throw new AppError("conflict", "no mail server is set: start Carousel with SMTP_URL");
  const sender = await mailSender(store);
  const problem = senderProblem(sender);
  if (problem) throw new AppError("conflict", problem);
  const email = await previewTemplate(store, parts, of);
  try {
    await mailer.send({
      from: { name: sender.name, address: sender.email },
      replyTo: sender.replyTo ?? undefined,
      to: of.to,
      subject: `[Test] ${email.subject}`,
      text: email.text,
      html: email.html,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("unavailable", `the mail server did not take the email: ${reason.slice(0, 300)}`);
  }
  return email;
}
