import "server-only";
import nodemailer from "nodemailer";
import type { MailConfig } from "@/lib/mail/mail-config";

export type OutgoingMail = { id: string; toName: string; toEmail: string; subject: string; text: string; link: string };

/** Where messages go: an SMTP server, or the log when none is configured. */
export type MailTransport = {
  kind: "smtp" | "log";
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

// Well inside the sender's claim on a message (deliver-outbox.ts), so a message is never
// claimed by a second instance while the first is still talking to the server.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** Sends through the SMTP server at config.smtpUrl with nodemailer (one connection per message). */
export function smtpTransport(config: MailConfig & { smtpUrl: string }): MailTransport {
  const transporter = nodemailer.createTransport({ url: config.smtpUrl, ...TIMEOUTS }, { from: config.from });
  return {
    kind: "smtp",
    async send(mail) {
      await transporter.sendMail({
        to: { name: mail.toName, address: mail.toEmail },
        subject: mail.subject,
        text: mail.text,
        // One Message-ID per outbox row, so a receiving system can recognise a message if a
        // crash ever made it go twice; and no auto-replies to an unattended sender (RFC 3834).
        messageId: `<${mail.id}@${config.domain}>`,
        headers: { "Auto-Submitted": "auto-generated", "X-Scorecard-Message": mail.id },
      });
    },
    close: () => transporter.close(),
  };
}

/** Without an SMTP server: each message is written to the log (and stays in the outbox, marked as logged). */
export function logTransport(log: Pick<Console, "log"> = console): MailTransport {
  return {
    kind: "log",
    async send(mail) {
      log.log(`[mail] To: ${mail.toName} <${mail.toEmail}> | Subject: ${mail.subject} | ${mail.link}`);
    },
    close() {},
  };
}

export function mailTransport(config: MailConfig, log?: Pick<Console, "log">): MailTransport {
  return config.smtpUrl ? smtpTransport({ ...config, smtpUrl: config.smtpUrl }) : logTransport(log);
}
