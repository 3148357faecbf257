import type { EmailTemplate } from "../../domain/templates/template.js";
import type { EmailTemplateRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

const fromRow = (row: EmailTemplateRow): EmailTemplate => ({
  key: row.key,
  name: row.name,
  subject: row.subject,
  html: row.html,
  text: row.text,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

export async function getTemplate(on: Runner, key: string): Promise<EmailTemplate | undefined> {
  const row = await builderOf(on)
    .selectFrom("email_templates")
    .selectAll()
    .where("key", "=", key)
    .executeTakeFirst();
  return row && fromRow(row);
}

export async function listTemplates(on: Runner): Promise<EmailTemplate[]> {
  const rows = await builderOf(on)
    .selectFrom("email_templates")
    .selectAll()
    .orderBy("name")
    .orderBy("key")
    .execute();
  return rows.map(fromRow);
}

/** Inserts a template; false when its key is taken. */
export async function insertTemplate(tx: Tx, t: EmailTemplate): Promise<boolean> {
  const result = await tx
    .insertInto("email_templates")
    .values({
      key: t.key,
      name: t.name,
      subject: t.subject,
      html: t.html,
      text: t.text,
      created_at: t.createdAt,
      updated_at: t.updatedAt,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateTemplate(tx: Tx, t: EmailTemplate): Promise<void> {
  await tx
    .updateTable("email_templates")
    .set({ name: t.name, subject: t.subject, html: t.html, text: t.text, updated_at: t.updatedAt })
    .where("key", "=", t.key)
    .execute();
}
