import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { escapeXml, fillTemplate, mapFields, type Fields } from "../../domain/delivery/payload.js";
import type { DeliverySettings } from "../../domain/recipient.js";
import { DEFAULT_TIMEOUT_SECONDS } from "./http.js";
import { errorText, type DeliveryChannel, type SendResult } from "./channel.js";

export interface EmailPayload {
  subject: string;
  text: string;
  html: string;
}

const DEFAULT_SUBJECT = "New lead: {{firstName}} {{lastName}} ({{category}})";
const DEFAULT_FROM = "Carousel <carousel@localhost>";

/**
 * Email delivery over the SMTP server in `SMTP_URL`: subject, text and HTML from the
 * recipient's templates, or a plain list of the lead's fields. The delivery id goes out as the
 * Message-ID and an `Idempotency-Key` header, the same on every retry, so a repeat is recognisable.
 * An SMTP 5xx answer is permanent: the delivery is not tried again until it is replayed.
 */
export function emailChannel(smtpUrl: string | undefined): DeliveryChannel {
  const transports = new Map<number, Transporter<SMTPTransport.SentMessageInfo>>();
  const transportFor = (url: string, timeoutMs: number) => {
    let transport = transports.get(timeoutMs);
    if (!transport) {
      transport = nodemailer.createTransport({
        url,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      } as SMTPTransport.Options);
      transports.set(timeoutMs, transport);
    }
    return transport;
  };

  return {
    render(fields: Fields, settings: DeliverySettings): EmailPayload {
      const mapped = mapFields(fields, settings.fields);
      const all = { ...fields, ...mapped };
      return {
        subject: fillTemplate(settings.subject ?? DEFAULT_SUBJECT, all)
          .replace(/\s+/g, " ")
          .trim(),
        text: settings.text ? fillTemplate(settings.text, all) : defaultText(mapped),
        html: settings.html ? fillTemplate(settings.html, all, escapeXml) : defaultHtml(mapped),
      };
    },

    async send(payload: unknown, settings: DeliverySettings, idempotencyKey: string): Promise<SendResult> {
      const { subject, text, html } = payload as EmailPayload;
      const messageId = `<${idempotencyKey}@carousel>`;
      const headers: Record<string, string> = {
        from: settings.from ?? DEFAULT_FROM,
        to: settings.to ?? "",
        ...(settings.cc ? { cc: settings.cc } : {}),
        subject,
        "message-id": messageId,
        "idempotency-key": idempotencyKey,
      };
      const request = { method: "SMTP", url: `mailto:${settings.to ?? ""}`, headers, body: text, html };
      const fail = (error: string, kind: "retry" | "give_up", status: number | null, durationMs = 0) => ({
        request,
        response: { status, headers: {}, body: "", error, durationMs },
        outcome: { kind, reason: error },
      });
      if (!settings.to) return fail("no recipient address (to) is configured", "give_up", null);
      if (!smtpUrl) return fail("SMTP_URL is not set", "retry", null);
      const timeoutMs = (settings.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      try {
        const info = await transportFor(smtpUrl, timeoutMs).sendMail({
          from: headers["from"],
          to: settings.to,
          ...(settings.cc ? { cc: settings.cc } : {}),
          subject,
          text,
          html,
          messageId,
          headers: { "Idempotency-Key": idempotencyKey },
        });
        const status = Number(/^\d{3}/.exec(info.response)?.[0] ?? 250);
        return {
          request,
          response: { status, headers: {}, body: info.response, error: null, durationMs: elapsed() },
          outcome: { kind: "delivered" },
        };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode ?? null;
        const permanent = code !== null && code >= 500;
        return fail(errorText(error), permanent ? "give_up" : "retry", code, elapsed());
      }
    },
  };
}

function defaultText(fields: Fields): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}: ${v ?? ""}`)
    .join("\n");
}

function defaultHtml(fields: Fields): string {
  const rows = Object.entries(fields).map(
    ([k, v]) => `<tr><th align="left">${escapeXml(k)}</th><td>${escapeXml(String(v ?? ""))}</td></tr>`,
  );
  return `<table>${rows.join("")}</table>`;
}
