import { sql, type Kysely } from "kysely";

interface Band {
  name: string;
  min: number;
}

const DEFAULT_BANDS: Band[] = [
  { name: "hot", min: 80 },
  { name: "warm", min: 40 },
  { name: "cold", min: 0 },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // A recipient's pool is read by band first (0 for its category's highest band, then down),
  // then best score, then oldest: the band's rank is kept beside the posting, so a page is still
  // read off an index.
  await db.schema
    .alterTable("pool_recipients")
    .addColumn("band_rank", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  const categories = await sql<{ key: string; scoring: string }>`select key, scoring from categories`.execute(
    db,
  );
  for (const c of categories.rows) {
    const bands = (JSON.parse(c.scoring) as { bands?: Band[] }).bands ?? [];
    const sorted = [...(bands.length > 0 ? bands : DEFAULT_BANDS)].sort((a, b) => b.min - a.min);
    await sql`update pool_recipients set band_rank = ${sorted.length}
      where lead_id in (select id from leads where category = ${c.key})`.execute(db);
    for (const [rank, band] of sorted.entries())
      await sql`update pool_recipients set band_rank = ${rank}
        where lead_id in (select id from leads where category = ${c.key} and priority = ${band.name})`.execute(
        db,
      );
  }
  await sql`drop index pool_recipients_order`.execute(db);
  await sql`create index pool_recipients_order on pool_recipients (recipient, band_rank, score desc, created_at)`.execute(
    db,
  );

  // A band due row set by a change of the category's rules or bands, not by decay: the timer
  // rescores the lead and records why.
  await db.schema.alterTable("lead_band_due").addColumn("cause", "text").execute();

  // A score set by a nurture sequence's step: which sequence and step.
  await db.schema.alterTable("lead_score_history").addColumn("sequence", "text").execute();
  await db.schema.alterTable("lead_score_history").addColumn("step", "text").execute();
}
