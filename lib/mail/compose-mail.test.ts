import { describe, expect, it } from "vitest";
import { composeMail, type MailContext } from "./compose-mail";
import { MAIL_KINDS } from "./workflow-mail";

const context: MailContext = {
  quarter: "2022/23 Q1",
  submissionId: "sub123",
  slug: "2022-23-q1",
  appUrl: "https://scorecard.force.police.uk",
  publicUrl: "https://public.example.org",
  actorName: "Ann Analyst",
};
const recipient = { name: "Dana Deputy", reason: "your Scorecard account has the role Deputy Chief Constable" };

describe("composeMail", () => {
  it("names the quarter and the next step, and links straight to the page with an absolute URL", () => {
    const mail = composeMail("force-awaits-approval", context, recipient);
    expect(mail.subject).toBe("2022/23 Q1: the force part awaits your approval");
    expect(mail.link).toBe("https://scorecard.force.police.uk/app/submissions/sub123/review/force");
    expect(mail.text).toContain("Hello Dana Deputy,");
    expect(mail.text).toContain("Ann Analyst submitted the force part of 2022/23 Q1");
    expect(mail.text).toContain(`Next step: review the force part, then approve it or return it with a comment.\n${mail.link}`);
    expect(mail.text).toContain("To stop these emails, turn them off on Your account: https://scorecard.force.police.uk/app/account");
  });

  it("every kind has a subject naming the quarter, a next step and an absolute link", () => {
    for (const kind of MAIL_KINDS) {
      const mail = composeMail(kind, { ...context, deadline: { date: "10 February 2023", workingDaysLeft: 2, waiting: [] } }, recipient);
      expect(mail.subject, kind).toMatch(/^2022\/23 Q1: /);
      expect(mail.text, kind).toMatch(/Next step: \S/);
      expect(mail.link, kind).toMatch(
        /^https:\/\/(scorecard\.force\.police\.uk\/app\/submissions\/sub123|public\.example\.org\/quarters\/2022-23-q1)/,
      );
      expect(mail.text, kind).toContain(mail.link);
    }
  });

  it("links each kind to where its next step is done", () => {
    const link = (kind: (typeof MAIL_KINDS)[number]) => composeMail(kind, context, recipient).link.replace(/^https:\/\/[^/]+/, "");
    expect(link("quarter-created")).toBe("/app/submissions/sub123");
    expect(link("force-returned")).toBe("/app/submissions/sub123/submit/force");
    expect(link("force-approved")).toBe("/app/submissions/sub123/submit/pcc");
    expect(link("pcc-awaits-approval")).toBe("/app/submissions/sub123/review/pcc");
    expect(link("pcc-reconfirm")).toBe("/app/submissions/sub123/review/pcc");
    expect(link("pcc-returned")).toBe("/app/submissions/sub123/submit/pcc");
    expect(link("ready-to-publish")).toBe("/app/submissions/sub123/publish");
    expect(link("published")).toBe("/quarters/2022-23-q1");
    expect(link("withdrawn")).toBe("/quarters/2022-23-q1");
  });

  it("a return quotes the comment, line by line", () => {
    const mail = composeMail(
      "force-returned",
      { ...context, actorName: "Dana Deputy", comment: "Check the homicide figure.\nIt looks high." },
      recipient,
    );
    expect(mail.text).toContain(
      "Dana Deputy returned the force part of 2022/23 Q1 with this comment:\n\n> Check the homicide figure.\n> It looks high.",
    );
  });

  it("the deadline reminder gives the date, the working days left and what the quarter waits for", () => {
    const mail = composeMail(
      "deadline",
      {
        ...context,
        actorName: null,
        deadline: { date: "10 February 2023", workingDaysLeft: 1, waiting: ["DCC: approve or return the force part"] },
      },
      recipient,
    );
    expect(mail.subject).toBe("2022/23 Q1: publication deadline in 1 working day");
    expect(mail.text).toContain(
      "2022/23 Q1 must be published by 10 February 2023, 1 working day from today, and it is not ready to publish.",
    );
    expect(mail.text).toContain("Waiting for:\n- DCC: approve or return the force part");
  });

  it("is plain text without markup, so nothing in a name or comment can become a link or script", () => {
    const mail = composeMail("pcc-returned", { ...context, actorName: "<b>Pat</b>", comment: "<script>x</script>" }, recipient);
    expect(mail.text).toContain("<b>Pat</b> returned");
    expect(mail.text).toContain("> <script>x</script>");
  });
});
