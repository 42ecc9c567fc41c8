import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

// The intranet's pages meet WCAG 2.2 AA as axe checks it, for the people who work in them:
// the task list and every kind of task page, the review, changes, submit and publish pages.
test("the intranet's working pages have no axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  const q4 = await testDb.submission.findFirstOrThrow({ where: { quarter: { slug: "2021-22-q4" }, edition: 1 }, select: { id: true } });
  const q3 = await testDb.submission.findFirstOrThrow({ where: { quarter: { slug: "2021-22-q3" }, edition: 1 }, select: { id: true } });
  const section = await testDb.section.findFirstOrThrow({ where: { submissionId: q4.id, kind: "MEASURE" }, select: { id: true } });
  const theme = await testDb.section.findFirstOrThrow({ where: { submissionId: q4.id, kind: "PCC_THEME" }, select: { id: true } });
  const snapshot = await testDb.partSnapshot.findFirstOrThrow({ where: { submissionId: q3.id, part: "FORCE" }, select: { id: true } });
  const pages: [string, string[]][] = [
    [
      "analyst@example.org",
      [
        "/app",
        "/app/quarters",
        `/app/submissions/${q4.id}`,
        `/app/submissions/${q4.id}/figures/homicide`,
        `/app/submissions/${q4.id}/kpis`,
        `/app/submissions/${q4.id}/sections/${section.id}`,
        `/app/submissions/${q4.id}/submit/force`,
      ],
    ],
    ["pcc-office@example.org", [`/app/submissions/${q4.id}/sections/${theme.id}`, `/app/submissions/${q4.id}/coverage`]],
    [
      "dcc@example.org",
      [
        `/app/submissions/${q3.id}`,
        `/app/submissions/${q3.id}/review/force`,
        `/app/submissions/${q3.id}/changes/force?since=${snapshot.id}`,
      ],
    ],
    [
      "secretariat@example.org",
      [
        "/app",
        "/app/quarters/new",
        `/app/submissions/${q4.id}/meeting`,
        `/app/submissions/${q4.id}/publish`,
        `/app/submissions/${q3.id}/publish`,
        "/app/framework",
      ],
    ],
    ["admin@example.org", ["/app/users"]],
  ];
  for (const [email, paths] of pages) {
    await page.context().clearCookies();
    await signIn(page, email);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations, path).toEqual([]);
    }
  }
});
