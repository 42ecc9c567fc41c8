// Email settings, read from an environment object handed in (no process state, so the rules
// are unit-tested). Without SMTP_URL nothing is sent: messages are written to the server log
// and kept in the outbox.

export type MailConfig = {
  /** nodemailer's connection URL (smtp:// or smtps://, credentials included); null writes messages to the log. */
  smtpUrl: string | null;
  /** The sender, e.g. "Scorecard <scorecard@force.police.uk>". */
  from: string;
  /** The domain of Message-IDs: the intranet's host. */
  domain: string;
  /** Where mail goes, for the outbox page: the server without its credentials, or the log. */
  destination: string;
};

export class MailConfigError extends Error {
  constructor(message: string) {
    super(`Email is misconfigured: ${message}`);
    this.name = "MailConfigError";
  }
}

const ADDRESS = /^[^\s<>@]+@[^\s<>@]+$/;
const NAMED_ADDRESS = /^[^<>]*<([^<>]+)>$/;

function hostOf(url: string | undefined) {
  try {
    return url ? new URL(url).hostname : "localhost";
  } catch {
    return "localhost";
  }
}

/** The settings from SMTP_URL and MAIL_FROM (default scorecard@ the NEXTAUTH_URL host); throws MailConfigError when invalid. */
export function readMailConfig(env: Readonly<Record<string, string | undefined>>): MailConfig {
  const domain = hostOf(env.NEXTAUTH_URL?.trim());
  const from = env.MAIL_FROM?.trim() || `Scorecard <scorecard@${domain}>`;
  const address = NAMED_ADDRESS.exec(from)?.[1]?.trim() ?? from;
  if (!ADDRESS.test(address))
    throw new MailConfigError(`MAIL_FROM must be an email address, e.g. "Scorecard <scorecard@force.police.uk>".`);
  const raw = env.SMTP_URL?.trim();
  if (!raw) return { smtpUrl: null, from, domain, destination: "the server log (SMTP_URL is not set)" };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MailConfigError("SMTP_URL must be a URL, e.g. smtp://user:password@smtp.force.police.uk:587");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new MailConfigError("SMTP_URL must start with smtp:// (STARTTLS when the server offers it) or smtps:// (TLS from the start).");
  if (!url.hostname) throw new MailConfigError("SMTP_URL must name the mail server's host.");
  return { smtpUrl: raw, from, domain, destination: `${url.protocol}//${url.host}` };
}
