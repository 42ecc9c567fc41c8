import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { testDb, uniqueId } from "./fixtures/db";
import { callServerAction } from "./fixtures/server-action";
import { buildQuarter } from "./fixtures/quarters";
import { quarterLabel } from "@/lib/quarters";

// The whole quarterly journey for a new quarter, through the UI, each step taken by the demo
// account whose role owns it.

const SECRETARIAT = "secretariat@example.org";
const ANALYST = "analyst@example.org";
const PCC_OFFICE = "pcc-office@example.org";
const DCC = "dcc@example.org";
const PCC = "pcc@example.org";

/** Who acts next, as the submission page words it ("Next: …"). */
const NEXT = {
  DATA_ENTRY: "Force analysts: enter and submit the figures",
  FORCE_STATEMENT: "Force analysts: write and submit the force statement",
  PCC_STATEMENT: "PCC's office: write and submit the PCC statement",
  APPROVAL: "DCC: approve the force part; PCC: approve the PCC statement",
  READY: "Board secretariat: publish",
  PUBLISHED: "Nobody: published",
} as const;

/** The reference paper's PCC themes, which a new quarter's PCC statement starts from. */
const PAPER_THEMES = [
  "Homicides and Serious violence",
  "Drug Supply and County Lines",
  "Neighbourhood crime",
  "Victim satisfaction",
  "Fraud and cybercrime",
];

type Entry = { value: string; period: string } | { noData: string };
const FIGURES: Record<string, Entry> = {
  Homicides: { value: "46", period: "Jan–Dec 2022" },
  "Hospital admissions of under-25s for assault with a sharp object": { value: "145", period: "Nov 2021–Oct 2022" },
  "Firearm discharges": { value: "147", period: "Year ending Dec 2022" },
  "Referrals into drug treatment": { value: "1,229", period: "Jan–Dec 2022" },
  "County lines disruptions": { value: "286", period: "Apr–Dec 2022" },
  "Neighbourhood crime (Crime Survey for England and Wales)": {
    noData: "The Crime Survey for England and Wales is not available at police force area level.",
  },
  "Burglary (police recorded)": { value: "19,018", period: "Latest Home Office statistics" },
  "Robbery (police recorded)": { value: "7509", period: "Last full 12 months" },
  "Victim satisfaction (national measure)": { value: "71.5", period: "Year ending Sep 2022" },
  "SMS survey: respondents satisfied with the service": { value: "79", period: "December 2022" },
  "Cyber crime (national measure)": { value: "3120", period: "Year ending Sep 2022" },
  "Cyber-enabled offences in the peak month": { value: "2738", period: "November 2022" },
};

async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

async function stageOf(submissionId: string) {
  return (await testDb.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { stage: true } })).stage;
}

/** The stage, checked both where the user sees it and in the database. */
async function expectStage(page: Page, submissionId: string, stage: keyof typeof NEXT) {
  await expect(page.getByText(`Next: ${NEXT[stage]}`)).toBeVisible();
  expect(await stageOf(submissionId)).toBe(stage);
}

/** The first quarter after the demo data that the form accepts (up to two years ahead) and nobody has used. */
async function unusedQuarterForTheForm() {
  const lastYear = new Date().getFullYear() + 2;
  for (let fyStart = 2022; fyStart <= lastYear; fyStart++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (!(await testDb.quarter.findUnique({ where: { fyStart_quarter: { fyStart, quarter } } }))) return { fyStart, quarter };
    }
  }
  throw new Error("No unused quarter is left for the form");
}

/** The purpose paragraphs of the latest edition of the latest earlier quarter. */
async function previousPurpose(fyStart: number, quarter: number) {
  const [previous] = await testDb.submission.findMany({
    where: { OR: [{ quarter: { fyStart: { lt: fyStart } } }, { quarter: { fyStart, quarter: { lt: quarter } } }] },
    orderBy: [{ quarter: { fyStart: "desc" } }, { quarter: { quarter: "desc" } }, { edition: "desc" }],
    take: 1,
    select: { sections: { where: { kind: "PURPOSE" }, select: { paragraphs: { orderBy: { position: "asc" }, select: { text: true } } } } },
  });
  return previous?.sections[0]?.paragraphs.map((p) => p.text) ?? [];
}

/** Saves the figures form and requires that it went through: no form error, no field error, back on the submission. */
async function saveFiguresForm(page: Page, submissionPath: string) {
  await page.getByRole("button", { name: "Save figures" }).click();
  const form = page.getByRole("form", { name: "Figures" });
  // Either the submission page (its "Figures" heading) or the form's refusal appears.
  await expect(page.getByRole("heading", { name: "Figures", level: 2, exact: true }).or(form.getByRole("alert"))).toBeVisible();
  expect(await form.getByText(/^Error: \S/).allTextContents(), "messages beside the figures").toEqual([]);
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${submissionPath}#figures-heading$`));
}

async function writeSection(page: Page, path: string, text: string, submissionPath: string) {
  await page.goto(path);
  const paragraph = page.getByLabel("Paragraph 1", { exact: true });
  if ((await paragraph.count()) === 0) await page.getByRole("button", { name: "Add a paragraph" }).click();
  await paragraph.fill(text);
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page).toHaveURL(new RegExp(`${submissionPath}$`));
  await expect(page.getByText(text)).toBeVisible();
}

test("a new quarter goes from creation to publication, each step by the right role", async ({ page }) => {
  test.setTimeout(240_000);
  const { fyStart, quarter } = await unusedQuarterForTheForm();
  const marker = uniqueId("journey");
  const meetingDate = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  let submissionId = "";
  let path = "";

  await test.step("the secretariat creates the quarter", async () => {
    await actAs(page, SECRETARIAT);
    await page.goto("/app/quarters/new");
    await page.getByLabel("Financial year starting").fill(String(fyStart));
    await page.getByLabel("Quarter", { exact: true }).selectOption(String(quarter));
    await page.getByLabel("Meeting date").fill(meetingDate);
    await page.getByLabel("Agenda item number").fill("7");
    await page.getByLabel("Presented by").fill(`Deputy Chief Constable (${marker})`);
    await page.getByRole("button", { name: "Create quarter" }).click();
    await expect(page).toHaveURL(/\/app\/submissions\/[^/]+$/);
    submissionId = page.url().split("/").pop()!;
    path = `/app/submissions/${submissionId}`;
    await expectStage(page, submissionId, "DATA_ENTRY");
    const created = await testDb.submission.findUniqueOrThrow({ where: { id: submissionId }, include: { quarter: true } });
    expect(created.quarter).toMatchObject({ fyStart, quarter });
    expect(created.presenters).toBe(`Deputy Chief Constable (${marker})`);
  });

  const figures = await testDb.figure.findMany({ where: { submissionId }, orderBy: { position: "asc" } });
  const measureKeys = [...new Set(figures.map((f) => f.measureKey))];
  expect(measureKeys.length).toBeGreaterThan(0);

  await test.step("bad figures are refused beside the field, keep what was typed, and save nothing", async () => {
    await actAs(page, ANALYST);
    const homicide = figures.find((f) => f.name === "Homicides")!;
    await page.goto(`${path}/figures/${homicide.measureKey}`);
    const group = page.getByRole("group", { name: "Homicides", exact: true });

    // A value with no period.
    await group.getByLabel("Latest value", { exact: true }).fill("46");
    await page.getByRole("button", { name: "Save figures" }).click();
    const period = group.getByLabel("Period of the latest value");
    await expect(period).toHaveAttribute("aria-invalid", "true");
    await expect(period).toHaveAccessibleDescription(/Enter the period the latest value covers/);
    await expect(group.getByLabel("Latest value", { exact: true })).toHaveValue("46");

    // Text that is not a number stays in the box, with the message beside it.
    await group.getByLabel("Latest value", { exact: true }).fill("forty-six");
    await period.fill("Jan–Dec 2022");
    await page.getByRole("button", { name: "Save figures" }).click();
    await expect(group.getByLabel("Latest value", { exact: true })).toHaveAccessibleDescription(/Enter a number, like 46 or 19,018/);
    await expect(group.getByLabel("Latest value", { exact: true })).toHaveValue("forty-six");
    await expect(page).toHaveURL(new RegExp(`/figures/${homicide.measureKey}$`));

    const percentage = figures.find((f) => f.unit === "PERCENTAGE")!;
    await page.goto(`${path}/figures/${percentage.measureKey}`);
    const pctGroup = page.getByRole("group", { name: percentage.name, exact: true });
    await pctGroup.getByLabel("Latest value", { exact: true }).fill("120");
    await pctGroup.getByLabel("Period of the latest value").fill("December 2022");
    await page.getByRole("button", { name: "Save figures" }).click();
    await expect(pctGroup.getByLabel("Latest value", { exact: true })).toHaveAccessibleDescription(/Enter a percentage between 0 and 100/);
    await expect(pctGroup.getByLabel("Latest value", { exact: true })).toHaveValue("120");

    // The server refuses it too, checking the unit it stored rather than the one the browser sent.
    const refused = await callServerAction(page.request, "saveFiguresAction", `${path}/figures/${percentage.measureKey}`, {
      submissionId,
      figures: [
        {
          figureId: percentage.id,
          version: percentage.version,
          unit: "COUNT",
          latestValue: "120",
          latestPeriod: "December 2022",
          comparisonLabel: "",
          comparisonValue: "",
          noLocalData: false,
          noDataReason: "",
          proxyUsed: "",
        },
      ],
    });
    expect(refused.ok).toBe(false);
    expect((refused as { fieldErrors?: Record<string, string[]> }).fieldErrors?.["figures.0.latestValue"]).toEqual([
      "Enter a percentage between 0 and 100",
    ]);

    const after = await testDb.figure.findMany({ where: { submissionId }, orderBy: { position: "asc" } });
    expect(after).toEqual(figures);
    expect(await testDb.auditEvent.count({ where: { submissionId, action: "save.figures" } })).toBe(0);
  });

  await test.step("the analyst enters figures for every measure and submits them", async () => {
    for (const key of measureKeys) {
      await page.goto(`${path}/figures/${key}`);
      for (const figure of figures.filter((f) => f.measureKey === key)) {
        const entry = FIGURES[figure.name] ?? { value: figure.unit === "PERCENTAGE" ? "50" : "100", period: "Jan–Dec 2022" };
        const group = page.getByRole("group", { name: figure.name, exact: true });
        if ("noData" in entry) {
          await group.getByLabel("No local data for this indicator").check();
          await group.getByLabel("Why there is no local data").fill(entry.noData);
        } else {
          await group.getByLabel("Latest value", { exact: true }).fill(entry.value);
          await group.getByLabel("Period of the latest value").fill(entry.period);
        }
      }
      await saveFiguresForm(page, path);
    }
    const saved = await testDb.figure.findMany({ where: { submissionId } });
    const byName = (name: string) => saved.find((f) => f.name === name)!;
    expect(byName("Burglary (police recorded)")).toMatchObject({ latestValue: 19018, latestPeriod: "Latest Home Office statistics" });
    expect(byName("Referrals into drug treatment").latestValue).toBe(1229);
    expect(byName("Neighbourhood crime (Crime Survey for England and Wales)")).toMatchObject({
      noLocalData: true,
      latestValue: null,
      noDataReason: expect.stringContaining("not available at police force area level"),
    });
    await expect(page.getByRole("table", { name: "Reduce neighbourhood crime" })).toContainText("19,018");

    await page.getByRole("button", { name: "Submit the figures" }).click();
    await expectStage(page, submissionId, "FORCE_STATEMENT");
  });

  const sections = await testDb.section.findMany({ where: { submissionId }, orderBy: { position: "asc" }, include: { covers: true } });
  const purpose = sections.find((s) => s.kind === "PURPOSE")!;
  const measureSections = sections.filter((s) => s.kind === "MEASURE");
  const themes = sections.filter((s) => s.kind === "PCC_THEME");

  await test.step("the analyst finds the purpose carried over, writes every measure section and submits", async () => {
    const carried = await previousPurpose(fyStart, quarter);
    expect(carried.length).toBeGreaterThan(0);
    await page.goto(`${path}/sections/${purpose.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Purpose of paper");
    await expect(page.getByLabel("Paragraph 1", { exact: true })).toHaveValue(carried[0]!);

    expect(measureSections.map((s) => s.heading).every((h) => h.startsWith("Measure: "))).toBe(true);
    for (const section of measureSections) {
      await writeSection(
        page,
        `${path}/sections/${section.id}`,
        `On ${section.heading.slice(9).toLowerCase()}, the force reports progress (${marker}).`,
        path,
      );
    }
    await page.getByRole("button", { name: "Submit the force statement" }).click();
    await expectStage(page, submissionId, "PCC_STATEMENT");
  });

  await test.step("the PCC's office writes the PCC statement under the paper's themes and submits", async () => {
    await actAs(page, PCC_OFFICE);
    await page.goto(path);
    expect(themes.map((t) => t.heading)).toEqual(PAPER_THEMES);
    const pcc = page.getByRole("region", { name: "PCC statement", exact: true });
    for (const heading of PAPER_THEMES) await expect(pcc.getByRole("heading", { name: heading, level: 3 })).toBeVisible();

    const measureNames = Object.fromEntries(measureSections.map((s) => [s.measureKey!, s.heading.replace(/^Measure:\s*/, "")]));
    for (const theme of themes) {
      await page.goto(`${path}/sections/${theme.id}`);
      const priorities = page.getByRole("group", { name: "National priorities this section addresses" });
      for (const cover of theme.covers) await expect(priorities.getByLabel(measureNames[cover.measureKey]!)).toBeChecked();
      await page.getByRole("button", { name: "Add a paragraph" }).click();
      await page.getByLabel("Paragraph 1", { exact: true }).fill(`The Commissioner on ${theme.heading.toLowerCase()} (${marker}).`);
      await page.getByRole("button", { name: "Save section" }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
    // Every national priority is now addressed by a themed section.
    await expect(page.getByRole("listitem").filter({ hasText: "Done: PCC statement addresses" })).toHaveCount(measureSections.length);
    await expect(page.getByRole("listitem").filter({ hasText: "Not done: PCC statement addresses" })).toHaveCount(0);

    await page.getByRole("button", { name: "Submit the PCC statement" }).click();
    await expectStage(page, submissionId, "APPROVAL");
  });

  const returnComment = `Paragraph on homicide needs the latest period (${marker}).`;
  await test.step("the DCC returns the force part with a comment", async () => {
    await actAs(page, DCC);
    await page.goto(path);
    await page.getByLabel("What needs to change in the force part").fill(returnComment);
    await page.getByRole("button", { name: "Return the force part" }).click();
    await expectStage(page, submissionId, "FORCE_STATEMENT");
  });

  await test.step("the analyst sees the comment, fixes a paragraph and resubmits straight to approval", async () => {
    await actAs(page, ANALYST);
    await page.goto(path);
    const note = page.getByRole("note");
    await expect(note).toContainText("Returned: Force part (figures and force statement)");
    await expect(note).toContainText(returnComment);
    const homicide = measureSections.find((s) => s.measureKey === "homicide") ?? measureSections[0]!;
    const fixed = `Homicides fell to 46 in Jan–Dec 2022 (${marker}, revised).`;
    await writeSection(page, `${path}/sections/${homicide.id}`, fixed, path);
    await page.getByRole("button", { name: "Submit the force statement" }).click();
    // The PCC statement was already submitted, so the force part goes straight back to approval.
    await expectStage(page, submissionId, "APPROVAL");
    await expect(page.getByRole("note")).toHaveCount(0);
    const paragraphs = await testDb.paragraph.findMany({ where: { sectionId: homicide.id } });
    expect(paragraphs.map((p) => p.text)).toEqual([fixed]);
  });

  await test.step("the DCC approves the force part, then the PCC the PCC statement", async () => {
    await actAs(page, DCC);
    await page.goto(path);
    await page.getByRole("button", { name: "Approve the force part" }).click();
    const approvals = page.getByRole("list", { name: "Approvals" });
    await expect(approvals).toContainText("Force part: approved by Dana Deputy");
    await expect(page.getByText("Next: PCC: approve the PCC statement")).toBeVisible();
    expect(await stageOf(submissionId)).toBe("APPROVAL");

    await actAs(page, PCC);
    await page.goto(path);
    await page.getByRole("button", { name: "Approve the PCC statement" }).click();
    await expect(page.getByRole("list", { name: "Approvals" })).toContainText("PCC statement: approved by Pat Commissioner");
    await expectStage(page, submissionId, "READY");
    await expect(page.getByText("Ready to publish", { exact: true })).toBeVisible();
    expect(await testDb.approval.count({ where: { submissionId, voidedAt: null } })).toBe(2);
  });

  await test.step("the secretariat publishes", async () => {
    await actAs(page, SECRETARIAT);
    await page.goto(path);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expectStage(page, submissionId, "PUBLISHED");
    await expect(page.getByRole("heading", { name: "Published", level: 2 })).toBeVisible();
    const published = await testDb.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { publishedAt: true } });
    expect(published.publishedAt).not.toBeNull();
  });

  await test.step("the history shows every step, in order", async () => {
    const history = page.getByRole("list", { name: "History, newest first" });
    const steps = (await history.locator(":scope > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-action") ?? "")))
      .filter((action) => action === "quarter.create" || action.startsWith("transition."))
      .reverse();
    expect(steps).toEqual([
      "quarter.create",
      "transition.submit_data",
      "transition.submit_force",
      "transition.submit_pcc",
      "transition.return_force",
      "transition.submit_force",
      "transition.approve_force",
      "transition.approve_pcc",
      "transition.publish",
    ]);
    for (const text of [
      "Created the quarter",
      "Submitted the figures (Data entry → Force statement)",
      "Submitted the force statement (Force statement → PCC statement)",
      "Submitted the PCC statement (PCC statement → Approval)",
      "Returned the force part (Approval → Force statement)",
      "Submitted the force statement (Force statement → Approval)",
      "Approved the force part (Approval → Approval)",
      "Approved the PCC statement (Approval → Ready to publish)",
      "Published (Ready to publish → Published)",
    ]) {
      await expect(history.getByRole("listitem").filter({ hasText: text }).first()).toBeVisible();
    }
    await expect(history.getByRole("listitem").filter({ hasText: "Returned the force part" })).toContainText(returnComment);
    await expect(history.getByRole("listitem").filter({ hasText: "Published (" })).toContainText(`by ${SECRETARIAT}`);
    await expect(history.getByRole("listitem").filter({ hasText: "Saved figures" }).first()).toContainText(`by ${ANALYST}`);
  });

  await test.step("the quarter is public", async () => {
    const { slug } = await testDb.quarter.findUniqueOrThrow({ where: { fyStart_quarter: { fyStart, quarter } } });
    await expect(page.getByRole("link", { name: "View the public page" })).toHaveAttribute("href", `/quarters/${slug}`);
    await page.context().clearCookies();
    await page.goto("/");
    await expect(
      page.getByRole("link", {
        name: `${quarterLabel(fyStart, quarter)}: National Policing Priorities and Police and Crime Plan Scorecard`,
      }),
    ).toHaveAttribute("href", `/quarters/${slug}`);
    const response = await page.request.get(`/quarters/${slug}`);
    expect(response.status(), `GET /quarters/${slug}`).toBe(200);
  });
});

// Each step's pages, one role at a time, on quarters the fixture built: these pin down a
// failure of the journey above to the page or form that causes it.
test.describe("the pages each step of the journey needs", () => {
  test("the analyst saves a measure's figures through the form", async ({ page }) => {
    const q = await buildQuarter("DATA_ENTRY");
    await signIn(page, ANALYST);
    await page.goto(`${q.path}/figures/homicide`);
    const group = page.getByRole("group", { name: "Homicides", exact: true });
    await group.getByLabel("Latest value", { exact: true }).fill("46");
    await group.getByLabel("Period of the latest value").fill("Jan–Dec 2030");
    await saveFiguresForm(page, q.path);
    const saved = await testDb.figure.findFirstOrThrow({ where: { submissionId: q.submissionId, name: "Homicides" } });
    expect(saved).toMatchObject({ latestValue: 46, latestPeriod: "Jan–Dec 2030", comparisonValue: null });
  });

  test("the PCC's office opens the submission page and a themed section's editor", async ({ page }) => {
    const q = await buildQuarter("PCC_STATEMENT");
    await signIn(page, PCC_OFFICE);
    const submission = await page.goto(q.path);
    expect(submission?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "PCC statement", level: 2 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit the PCC statement" })).toBeVisible();
    const editor = await page.goto(`${q.path}/sections/${q.sections.pccThemes[0]}`);
    expect(editor?.status()).toBe(200);
    await expect(page.getByRole("button", { name: "Save section" })).toBeVisible();
  });

  test("the secretariat opens a published submission", async ({ page }) => {
    const q = await buildQuarter("PUBLISHED");
    await signIn(page, SECRETARIAT);
    const response = await page.goto(q.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Published", level: 2 })).toBeVisible();
    await expect(page.getByRole("link", { name: "View the public page" })).toHaveAttribute("href", `/quarters/${q.slug}`);
  });
});
