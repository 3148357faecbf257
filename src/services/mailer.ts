import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to the text. */
  html?: string;
  /** Carousel's own address unless given. */
  from?: { name: string; address: string };
  replyTo?: string | undefined;
  /** Headers of its own, e.g. a nurture email's `List-Unsubscribe` (see email-tracking). */
  headers?: Record<string, string> | undefined;
}

/** Sends Carousel's own mail to people (invites, password resets); lead deliveries have their channel. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export const MAIL_FROM = "Carousel <carousel@localhost>";

/** A mailer over the SMTP server in `SMTP_URL`. */
export function smtpMailer(url: string, from = MAIL_FROM): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  } as SMTPTransport.Options);
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from ?? from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html === undefined ? {} : { html: mail.html }),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    },
  };
}
