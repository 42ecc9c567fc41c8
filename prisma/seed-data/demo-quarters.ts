// The demo quarters: the reference paper's quarter (2021/22 Q3), fully entered, approved and
// published; and 2021/22 Q4 at data entry with some figures. This is a fixture loader: it
// writes the finished state directly (stage included) rather than replaying the workflow,
// but it computes the approvals' hashes with the app's own function so they are valid.
import type { Tx } from "@/server/db";
import { populateSubmission } from "@/server/submissions/populate-submission";
import { currentHashes } from "@/server/submissions/load-part-content";
import { quarterSlug } from "@/lib/quarters";
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
  latestPeriod?: string;
  comparisonLabel?: string;
  comparisonValue?: number;
  noDataReason?: string;
  proxyUsed?: string;
};

/** Figures as the reference paper states them (see shared/reference/README.md). */
const Q3_FIGURES: Record<string, FigureEntry> = {
  Homicides: { latestValue: 46, latestPeriod: "Jan–Dec 2021" },
  "Hospital admissions of under-25s for assault with a sharp object": { latestValue: 145, latestPeriod: "Nov 2020–Oct 2021" },
  "Firearm discharges": { latestValue: 147, latestPeriod: "Year ending Dec 2021" },
  "Referrals into drug treatment": {
    latestValue: 1229,
    latestPeriod: "Jan–Dec 2021",
    comparisonLabel: "Jan–Dec 2020",
    comparisonValue: 1087,
  },
  "County lines disruptions": { latestValue: 286, latestPeriod: "Financial year to date (Apr–Dec 2021)" },
  "Neighbourhood crime (Crime Survey for England and Wales)": {
    noDataReason: "The Crime Survey for England and Wales is not available at police force area level.",
    proxyUsed: "Police recorded burglary, robbery, vehicle crime and theft from the person",
  },
  "Burglary (police recorded)": { latestValue: 19018, latestPeriod: "Latest Home Office statistics" },
  "Robbery (police recorded)": { latestValue: 7509, latestPeriod: "Last full 12 months" },
  "Victim satisfaction (national measure)": {
    noDataReason: "There is no local data for the national measure since before the pandemic.",
    proxyUsed: "Force SMS survey of service satisfaction",
  },
  "SMS survey: respondents satisfied with the service": { latestValue: 79, latestPeriod: "December 2021" },
  "Cyber crime (national measure)": {
    noDataReason: "The national measure data is not available at police force area level.",
    proxyUsed: "Online and fraud offences from force data systems",
  },
  "Cyber-enabled offences in the peak month": { latestValue: 2738, latestPeriod: "November 2021" },
};

const Q4_FIGURES: Record<string, FigureEntry> = {
  Homicides: { latestValue: 48, latestPeriod: "Apr 2021–Mar 2022" },
  "Firearm discharges": { latestValue: 139, latestPeriod: "Year ending Mar 2022" },
  "Burglary (police recorded)": { latestValue: 19544, latestPeriod: "Year ending Dec 2021" },
};

type Users = Record<string, { id: string; name: string; email: string }>;

async function fillFigures(db: Tx, submissionId: string, entries: Record<string, FigureEntry>) {
  for (const [name, e] of Object.entries(entries)) {
    await db.figure.updateMany({
      where: { submissionId, name },
      data: {
        latestValue: e.latestValue ?? null,
        latestPeriod: e.latestPeriod ?? null,
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
      data: { actual: kpi.actual, periodLabel: kpi.periodLabel },
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
  await db.approval.createMany({
    data: [
      {
        submissionId: id,
        part: "FORCE",
        approverId: users.dcc!.id,
        approverName: users.dcc!.name,
        approvedAt: at("2022-02-10T15:00:00Z"),
        contentHash: hashes.FORCE,
      },
      {
        submissionId: id,
        part: "PCC",
        approverId: users.pcc!.id,
        approverName: users.pcc!.name,
        approvedAt: at("2022-02-11T10:00:00Z"),
        contentHash: hashes.PCC,
      },
    ],
  });
  await db.submission.update({ where: { id }, data: { stage: "PUBLISHED", pccSubmitted: true, publishedAt: at("2022-02-14T09:30:00Z") } });

  const history: [string, keyof Users, string, string | null, string | null, "FORCE" | "PCC" | null][] = [
    ["2022-01-05T09:00:00Z", "secretariat", "quarter.create", null, "DATA_ENTRY", null],
    ["2022-01-20T16:00:00Z", "analyst", "transition.submit_data", "DATA_ENTRY", "FORCE_STATEMENT", "FORCE"],
    ["2022-02-01T12:00:00Z", "analyst", "transition.submit_force", "FORCE_STATEMENT", "PCC_STATEMENT", "FORCE"],
    ["2022-02-08T17:00:00Z", "pccOffice", "transition.submit_pcc", "PCC_STATEMENT", "APPROVAL", "PCC"],
    ["2022-02-10T15:00:00Z", "dcc", "transition.approve_force", "APPROVAL", "APPROVAL", "FORCE"],
    ["2022-02-11T10:00:00Z", "pcc", "transition.approve_pcc", "APPROVAL", "READY", "PCC"],
    ["2022-02-14T09:30:00Z", "secretariat", "transition.publish", "READY", "PUBLISHED", null],
  ];
  await db.auditEvent.createMany({
    data: history.map(([iso, who, action, fromStatus, toStatus, part]) => ({
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
    })),
  });
}

async function seedDataEntryQuarter(db: Tx, users: Users) {
  const id = await createQuarter(db, 2021, 4, "2022-05-24");
  await fillFigures(db, id, Q4_FIGURES);
  await db.auditEvent.create({
    data: {
      at: new Date("2022-04-04T09:00:00Z"),
      actorId: users.secretariat!.id,
      actorEmail: users.secretariat!.email,
      action: "quarter.create",
      entityType: "Submission",
      entityId: id,
      submissionId: id,
      toStatus: "DATA_ENTRY",
      comment: "Demo data",
    },
  });
}

export async function seedDemoQuarters(db: Tx, users: Users) {
  await seedReferenceQuarter(db, users);
  await seedDataEntryQuarter(db, users);
}
