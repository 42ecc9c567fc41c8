import { describe, expect, it } from "vitest";
import { MailConfigError, readMailConfig } from "./mail-config";

describe("readMailConfig", () => {
  it("without SMTP_URL, messages go to the log; the sender defaults to scorecard@ the intranet's host", () => {
    expect(readMailConfig({ NEXTAUTH_URL: "https://scorecard.force.police.uk" })).toEqual({
      smtpUrl: null,
      from: "Scorecard <scorecard@scorecard.force.police.uk>",
      domain: "scorecard.force.police.uk",
      destination: "the server log (SMTP_URL is not set)",
    });
    expect(readMailConfig({}).from).toBe("Scorecard <scorecard@localhost>");
  });

  it("with SMTP_URL, shows the server without its credentials", () => {
    const config = readMailConfig({
      SMTP_URL: "smtp://user:secret@smtp.force.police.uk:587",
      MAIL_FROM: "Scorecard <no-reply@force.police.uk>",
    });
    expect(config.smtpUrl).toBe("smtp://user:secret@smtp.force.police.uk:587");
    expect(config.destination).toBe("smtp://smtp.force.police.uk:587");
    expect(config.destination).not.toContain("secret");
    expect(config.from).toBe("Scorecard <no-reply@force.police.uk>");
    expect(readMailConfig({ SMTP_URL: "smtps://mail.example.org", MAIL_FROM: "scorecard@example.org" }).from).toBe("scorecard@example.org");
  });

  it("refuses what cannot work, saying what to set", () => {
    expect(() => readMailConfig({ SMTP_URL: "mail.example.org:25" })).toThrow(MailConfigError);
    expect(() => readMailConfig({ SMTP_URL: "http://mail.example.org" })).toThrow(/smtp:\/\/ .* smtps:\/\//);
    expect(() => readMailConfig({ SMTP_URL: "smtp://mail.example.org", MAIL_FROM: "Scorecard" })).toThrow(
      /MAIL_FROM must be an email address/,
    );
    expect(() => readMailConfig({ MAIL_FROM: "Scorecard <not an address>" })).toThrow(MailConfigError);
  });
});
