// The demo quarters: the reference paper's quarter (2021/22 Q3), fully entered, approved and
// published; and 2021/22 Q4 at data entry with some figures. This is a fixture loader: it
// writes the finished state directly (stage included) rather than replaying the workflow,
// but it computes the approvals' hashes with the app's own function so they are valid.
import type { Tx } from "@/server/db";
import { populateSubmission } from "@/server/submissions/populate-submission";
import { currentHashes } from "@/server/submissions/load-part-content";
import { recordSnapshot } from "@/server/submissions/record-snapshot";
import { quarterSlug } from "@/lib/quarters";
import { monthToDate } from "@/lib/periods/months";
import {
  FORCE_SECTIONS,
  PCC_INTRO,
  PCC_THEMES,
  PURPOSE,
  RECOMMENDATIONS,
  REFERENCE_MEETING,
  REPORTING_FREQUENCY,
  type MeasureKey,
} from "./reference-paper";
import { DEMO_KPIS } from "./framework";

type FigureEntry = {
  latestValue?: number;
  /** First and last month the value covers, "YYYY-MM"; the note keeps the paper's own words where they say more. */
  period?: [string, string];
  periodNote?: string;
  comparisonLabel?: string;
  comparisonValue?: number;
  noDataReason?: string;
  proxyUsed?: string;
};

/** Figures as the reference paper states them (see shared/reference/README.md). */
const Q3_FIGURES: Record<string, FigureEntry> = {
  Homicides: { latestValue: 46, period: ["2021-01", "2021-12"] },
  "Hospital admissions of under-25s for assault with a sharp object": { latestValue: 145, period: ["2020-11", "2021-10"] },
  "Firearm discharges": { latestValue: 147, period: ["2021-01", "2021-12"] },
  "Referrals into drug treatment": {
    latestValue: 1229,
    period: ["2021-01", "2021-12"],
    comparisonLabel: "Jan–Dec 2020",
    comparisonValue: 1087,
  },
  "County lines disruptions": { latestValue: 286, period: ["2021-04", "2021-12"], periodNote: "Financial year to date" },
  "Neighbourhood crime (Crime Survey for England and Wales)": {
    noDataReason: "The Crime Survey for England and Wales is not available at police force area level.",
    proxyUsed: "Police recorded burglary, robbery, vehicle crime and theft from the person",
  },
  // Home Office statistics published in January 2022 ran to September 2021.
  "Burglary (police recorded)": { latestValue: 19018, period: ["2020-10", "2021-09"], periodNote: "Latest Home Office statistics" },
  "Robbery (police recorded)": { latestValue: 7509, period: ["2021-01", "2021-12"], periodNote: "Last full 12 months" },
  "Victim satisfaction (national measure)": {
    noDataReason: "There is no local data for the national measure since before the pandemic.",
    proxyUsed: "Force SMS survey of service satisfaction",
  },
  "SMS survey: respondents satisfied with the service": { latestValue: 79, period: ["2021-12", "2021-12"] },
  "Cyber crime (national measure)": {
    noDataReason: "The national measure data is not available at police force area level.",
    proxyUsed: "Online and fraud offences from force data systems",
  },
  "Cyber-enabled offences in the peak month": { latestValue: 2738, period: ["2021-11", "2021-11"] },
};

const Q4_FIGURES: Record<string, FigureEntry> = {
  Homicides: { latestValue: 48, period: ["2021-04", "2022-03"] },
  "Firearm discharges": { latestValue: 139, period: ["2021-04", "2022-03"] },
  "Burglary (police recorded)": { latestValue: 19544, period: ["2021-01", "2021-12"], periodNote: "Latest Home Office statistics" },
};

type Users = Record<string, { id: string; name: string; email: string }>;

async function fillFigures(db: Tx, submissionId: string, entries: Record<string, FigureEntry>) {
  for (const [name, e] of Object.entries(entries)) {
    await db.figure.updateMany({
      where: { submissionId, name },
      data: {
        latestValue: e.latestValue ?? null,
        periodStart: e.period ? monthToDate(e.period[0]) : null,
        periodEnd: e.period ? monthToDate(e.period[1]) : null,
        periodNote: e.periodNote ?? null,
        comparisonLabel: e.comparisonLabel ?? null,
        comparisonValue: e.comparisonValue ?? null,
        noLocalData: !!e.noDataReason,
        noDataReason: e.noDataReason ?? null,
        proxyUsed: e.proxyUsed ?? null,
      },
    });
  }
}

async function setParagraphs(db: Tx, sectionId: string, heading: string, paragraphs: string[]) {
  await db.section.update({
    where: { id: sectionId },
    data: { heading, paragraphs: { deleteMany: {}, create: paragraphs.map((text, position) => ({ text, position })) } },
  });
}

async function createQuarter(db: Tx, fyStart: number, quarter: number, meetingDate: string) {
  const q = await db.quarter.create({ data: { fyStart, quarter, slug: quarterSlug(fyStart, quarter), createdAt: new Date(meetingDate) } });
  const submission = await db.submission.create({
    data: { quarterId: q.id, edition: 1, ...REFERENCE_MEETING, meetingDate: new Date(`${meetingDate}T00:00:00Z`) },
  });
  await populateSubmission(db, submission.id, { fyStart, quarter });
  return submission.id;
}

async function seedReferenceQuarter(db: Tx, users: Users) {
  const id = await createQuarter(db, 2021, 3, REFERENCE_MEETING.meetingDate);
  await fillFigures(db, id, Q3_FIGURES);
  for (const kpi of DEMO_KPIS)
    await db.kpiResult.updateMany({
      where: { submissionId: id, name: kpi.name },
      data: { actual: kpi.actual, periodStart: monthToDate(kpi.period[0]), periodEnd: monthToDate(kpi.period[1]) },
    });

  const sections = await db.section.findMany({ where: { submissionId: id }, orderBy: { position: "asc" } });
  const of = (kind: string, measureKey?: string) => sections.find((s) => s.kind === kind && (!measureKey || s.measureKey === measureKey))!;
  await setParagraphs(db, of("PURPOSE").id, "Purpose of paper", PURPOSE);
  for (const [key, section] of Object.entries(FORCE_SECTIONS))
    await setParagraphs(db, of("MEASURE", key as MeasureKey).id, section.heading, section.paragraphs);
  await setParagraphs(db, of("PCC_INTRO").id, PCC_INTRO.heading, PCC_INTRO.paragraphs);
  const themes = sections.filter((s) => s.kind === "PCC_THEME");
  for (const [index, theme] of PCC_THEMES.entries()) {
    await setParagraphs(db, themes[index]!.id, theme.heading, theme.paragraphs);
    await db.sectionMeasure.deleteMany({ where: { sectionId: themes[index]!.id } });
    await db.sectionMeasure.createMany({ data: theme.covers.map((measureKey) => ({ sectionId: themes[index]!.id, measureKey })) });
  }
  await setParagraphs(db, of("REPORTING").id, "Reporting frequency", REPORTING_FREQUENCY);
  await setParagraphs(db, of("RECOMMENDATIONS").id, "Recommendations", RECOMMENDATIONS);

  const hashes = await currentHashes(db, id);
  const at = (iso: string) => new Date(iso);
  // The DCC approved the force part before the PCC statement was submitted against it.
  await db.approval.createMany({
    data: [
      {
        submissionId: id,
        part: "FORCE",
        approverId: users.dcc!.id,
        approverName: users.dcc!.name,
        approvedAt: at("2022-02-07T15:00:00Z"),
        contentHash: hashes.FORCE,
      },
      {
        submissionId: id,
        part: "PCC",
        approverId: users.pcc!.id,
        approverName: users.pcc!.name,
        approvedAt: at("2022-02-11T10:00:00Z"),
        contentHash: hashes.PCC,
        forceHash: hashes.FORCE,
      },
    ],
  });
  await db.submission.update({
    where: { id },
    data: { stage: "PUBLISHED", forceStatus: "APPROVED", pccStatus: "APPROVED", publishedAt: at("2022-02-14T09:30:00Z") },
  });

  const history: [string, keyof Users, string, string | null, string | null, "FORCE" | "PCC" | null][] = [
    ["2022-01-05T09:00:00Z", "secretariat", "quarter.create", null, "IN_PROGRESS", null],
    ["2022-02-01T12:00:00Z", "analyst", "transition.submit_force", "IN_PROGRESS", "SUBMITTED", "FORCE"],
    ["2022-02-07T15:00:00Z", "dcc", "transition.approve_force", "SUBMITTED", "APPROVED", "FORCE"],
    ["2022-02-08T17:00:00Z", "pccOffice", "transition.submit_pcc", "IN_PROGRESS", "SUBMITTED", "PCC"],
    ["2022-02-11T10:00:00Z", "pcc", "transition.approve_pcc", "SUBMITTED", "APPROVED", "PCC"],
    ["2022-02-14T09:30:00Z", "secretariat", "transition.publish", "READY", "PUBLISHED", null],
  ];
  for (const [iso, who, action, fromStatus, toStatus, part] of history) {
    const event = await db.auditEvent.create({
      data: {
        at: at(iso),
        actorId: users[who]!.id,
        actorEmail: users[who]!.email,
        action,
        entityType: "Submission",
        entityId: id,
        submissionId: id,
        fromStatus,
        toStatus,
        part,
        comment: "Demo data",
      },
    });
    // The content as approved, kept for "what changed since the approval".
    if (part && action.startsWith("transition.approve")) {
      const snapshot = await recordSnapshot(db, { submissionId: id, part, event: "APPROVED", auditEventId: event.id });
      await db.partSnapshot.update({ where: { id: snapshot.id }, data: { createdAt: at(iso) } });
    }
  }
}

async function seedDataEntryQuarter(db: Tx, users: Users) {
  const id = await createQuarter(db, 2021, 4, "2022-05-24");
  await fillFigures(db, id, Q4_FIGURES);
  // The analysts have started on the figures; the statements are still last quarter's text.
  await db.submission.update({ where: { id }, data: { forceStatus: "IN_PROGRESS" } });
  await db.auditEvent.create({
    data: {
      at: new Date("2022-04-04T09:00:00Z"),
      actorId: users.secretariat!.id,
      actorEmail: users.secretariat!.email,
      action: "quarter.create",
      entityType: "Submission",
      entityId: id,
      submissionId: id,
      toStatus: "IN_PROGRESS",
      comment: "Demo data",
    },
  });
}

export async function seedDemoQuarters(db: Tx, users: Users) {
  await seedReferenceQuarter(db, users);
  await seedDataEntryQuarter(db, users);
}
