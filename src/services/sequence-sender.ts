import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { systemEvent } from "../domain/events.js";
import { stepIds } from "../domain/sequences/sequence.js";
import {
  activeEnrolmentsOf,
  getEnrolments,
  getSends,
  getSequenceVersion,
  leaseSends,
  renewSendLeases,
  updateSend,
  updateSends,
} from "../store/queries/sequences.js";
import { insertEvent, insertEvents } from "../store/queries/leads.js";
import { insertSuppressions, suppressedAmong } from "../store/queries/suppressions.js";
import type { SequenceSendRow } from "../store/schema.js";
import type { Store, Tx } from "../store/store.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";
import { endEnrolment } from "./sequences.js";
import type { EmailPayload, HttpPayload } from "./sequence-steps.js";

/** What became of one try: taken, refused for good (an SMTP 5xx: a hard bounce), or to try again. */
export type SendOutcome = { ok: true } | { ok: false; permanent: boolean; reason: string };

/** Where sends go out: the mail server and HTTP (SMS gateways, webhooks). */
export interface NurtureChannels {
  email(payload: EmailPayload, messageId: string): Promise<SendOutcome>;
  http(payload: HttpPayload, messageId: string): Promise<SendOutcome>;
  close(): void;
}

/** Tries after which a send that keeps failing for a passing reason is given up. */
export const MAX_ATTEMPTS = 8;

/**
 * The mail server in `smtpUrl` (pooled connections, each try given less than a lease to finish,
 * so no other process takes a send while it is still on the wire) and `fetch` for HTTP.
 */
export function nurtureChannels(
  smtpUrl: string | null,
  options: { timeoutMs: number; connections: number },
): NurtureChannels {
  const transport =
    smtpUrl === null
      ? null
      : nodemailer.createTransport({
          url: smtpUrl,
          pool: true,
          maxConnections: options.connections,
          maxMessages: Infinity,
          connectionTimeout: options.timeoutMs,
          greetingTimeout: options.timeoutMs,
          socketTimeout: options.timeoutMs,
        } as SMTPTransport.Options);
  return {
    async email(p, messageId) {
      if (!transport) return { ok: false, permanent: false, reason: "no mail server is set (SMTP_URL)" };
      try {
        await transport.sendMail({
          from: p.from,
          to: p.to,
          subject: p.subject,
          text: p.text,
          html: p.html,
          messageId,
          headers: p.headers,
          ...(p.replyTo ? { replyTo: p.replyTo } : {}),
        });
        return { ok: true };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        return { ok: false, permanent: code !== undefined && code >= 500, reason };
      }
    },
    async http(p, messageId) {
      try {
        const res = await fetch(p.url, {
          method: "POST",
          headers: { ...p.headers, "idempotency-key": messageId.replace(/^<|>$/g, "") },
          body: p.body,
          redirect: "error",
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) return { ok: true };
        const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
        return { ok: false, permanent, reason: `HTTP ${res.status}` };
      } catch (error) {
        return {
          ok: false,
          permanent: false,
          reason: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        };
      }
    },
    close: () => transport?.close(),
  };
}

/** Sends each recorded intent, at most `concurrency` at a time, and answers what became of each. */
export async function sendIntents(
  channels: NurtureChannels,
  intents: readonly SequenceSendRow[],
  concurrency: number,
): Promise<{ send: SequenceSendRow; outcome: SendOutcome }[]> {
  const results: { send: SequenceSendRow; outcome: SendOutcome }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < intents.length) {
      const send = intents[next++]!;
      const payload = JSON.parse(send.payload) as EmailPayload & HttpPayload;
      const outcome =
        send.kind === "email"
          ? await channels.email(payload, send.message_id)
          : await channels.http(payload, send.message_id);
      results.push({ send, outcome });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, intents.length) }, worker));
  return results;
}

/**
 * The sends this process still holds, just before they go on the wire. A send recorded or taken
 * earlier in a long pass may be near the end of its lease, after which another process takes it
 * again: its lease is renewed first, and one another process took since is left to that process,
 * so no message is on the wire from two processes at once. Sends with at least half a lease left
 * (a try is given a third of one) go as they are, without a transaction.
 */
export async function holdSends(
  store: Store,
  sends: readonly SequenceSendRow[],
  now: number,
  leaseMs: number,
): Promise<SequenceSendRow[]> {
  const expiring = sends.filter((s) => Number(s.lease_until) < now + leaseMs / 2);
  if (expiring.length === 0) return [...sends];
  const until = now + leaseMs;
  const renewed = await store.transact((tx) => renewSendLeases(tx, expiring, until));
  return sends.flatMap((s) =>
    !expiring.includes(s) ? [s] : renewed.has(s.id) ? [{ ...s, lease_until: until }] : [],
  );
}

/**
 * Records what became of the sends, in one transaction: sent (on the lead's timeline as
 * `email_sent`); a hard bounce suppresses the address and ends every enrolment of the lead; a
 * passing failure is tried again after a backoff, with the same Message-ID, up to `MAX_ATTEMPTS`.
 */
export async function recordOutcomes(
  store: Store,
  results: readonly { send: SequenceSendRow; outcome: SendOutcome }[],
  now: number,
): Promise<number> {
  if (results.length === 0) return 0;
  return store.transact(async (tx) => {
    const stepOf = await stepNames(
      tx,
      results.map((r) => r.send),
    );
    // The sends taken, marked in one statement and put on the timelines in another.
    const taken = results.filter((r) => r.outcome.ok).map((r) => r.send);
    const marked = await updateSends(
      tx,
      taken.map((s) => s.id),
      { status: "sent", sent_at: now, error: null },
      { status: "intent" },
    );
    const sent = taken.filter((s) => marked.has(s.id));
    if (sent.length > 0)
      await insertEvents(
        tx,
        sent.map((send) =>
          systemEvent("email_sent", send.lead_id, now, "scheduler", {
            sequence: send.sequence,
            step: stepOf(send),
            message: send.id,
            template: send.template,
            channel: send.kind,
          }),
        ),
      );
    for (const { send, outcome } of results) {
      const step = stepOf(send);
      if (outcome.ok) continue;
      if (outcome.permanent) {
        const status = send.kind === "email" ? "bounced" : "failed";
        if (!(await updateSend(tx, send.id, { status, error: outcome.reason }, { status: "intent" })))
          continue;
        if (send.kind === "email") await bounce(tx, send, step, outcome.reason, now);
      } else {
        const attempts = Number(send.attempts);
        const giveUp = attempts >= MAX_ATTEMPTS;
        await updateSend(
          tx,
          send.id,
          giveUp
            ? { status: "failed", error: outcome.reason }
            : { lease_until: now + Math.min(2 ** attempts * 15_000, 3_600_000), error: outcome.reason },
          { status: "intent" },
        );
      }
    }
    return sent.length;
  });
}

async function bounce(
  tx: Tx,
  send: SequenceSendRow,
  step: string,
  reason: string,
  now: number,
): Promise<void> {
  await insertSuppressions(tx, [
    {
      kind: "email",
      value: send.recipient,
      reason: `hard bounce: ${reason}`.slice(0, 300),
      actor: "scheduler",
      createdAt: now,
    },
  ]);
  await insertEvent(
    tx,
    systemEvent("email_bounced", send.lead_id, now, "scheduler", {
      sequence: send.sequence,
      step,
      message: send.id,
      reason: reason.slice(0, 300),
    }),
  );
  for (const e of await activeEnrolmentsOf(tx, [send.lead_id]))
    await endEnrolment(tx, e, "bounced", "scheduler", now);
}

/** Each send's step id, from the versions its sequences ran. */
async function stepNames(tx: Tx, sends: readonly SequenceSendRow[]): Promise<(s: SequenceSendRow) => string> {
  const ids = new Map<string, string[]>();
  for (const s of sends) {
    const key = `${s.sequence}\u0000${s.version}`;
    if (ids.has(key)) continue;
    const def = await getSequenceVersion(tx, s.sequence, Number(s.version));
    ids.set(key, def ? stepIds(def.steps) : []);
  }
  return (s) => ids.get(`${s.sequence}\u0000${s.version}`)?.[s.step] ?? String(s.step + 1);
}

const staleSends = dueRows("sequence_sends", "lease_until", { status: "intent" });

/**
 * Takes again the sends whose lease ran out without being marked: a process stopped between
 * recording them and hearing back, or their last try failed for a passing reason. Each is checked
 * again in the transaction that takes it (its enrolment exited, its address suppressed since: it
 * is skipped) and leased to this process; the caller sends it with the Message-ID it was given
 * first. A message the server took just before the crash therefore arrives twice with one id.
 */
export async function reclaimSends(
  store: Store,
  now: number | undefined,
  options: TimerOptions & { budget: number; leaseMs: number },
): Promise<SequenceSendRow[]> {
  const taken: SequenceSendRow[] = [];
  let budget = options.budget;
  await forEachDueBatch(
    store,
    staleSends,
    "sequence",
    async (tx, ids, at) => {
      let done = 0;
      const before = taken.length;
      const sends = await getSends(tx, ids);
      const enrolments = new Map(
        (
          await getEnrolments(
            tx,
            sends.map((s) => s.enrolment_id),
          )
        ).map((e) => [e.id, e]),
      );
      const suppressed = await suppressedAmong(
        tx,
        "email",
        sends.filter((s) => s.kind === "email").map((s) => s.recipient),
      );
      for (const send of sends) {
        if (send.status !== "intent" || Number(send.lease_until) > at) continue;
        const enrolment = enrolments.get(send.enrolment_id);
        const why =
          enrolment?.status === "exited"
            ? `the lead left the sequence (${enrolment.exit_reason ?? "exited"})`
            : send.kind === "email" && suppressed.has(send.recipient)
              ? "the address is suppressed"
              : null;
        if (why !== null) {
          await updateSend(tx, send.id, { status: "skipped", error: why }, { status: "intent" });
          done += 1;
          continue;
        }
        if (budget <= 0) continue;
        taken.push({ ...send, attempts: Number(send.attempts) + 1, lease_until: at + options.leaseMs });
        budget -= 1;
        done += 1;
      }
      await leaseSends(
        tx,
        taken.slice(before).map((s) => s.id),
        at + options.leaseMs,
      );
      return done;
    },
    { ...options, now },
  );
  return taken;
}
