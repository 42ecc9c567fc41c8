import "server-only";
import type { Tx } from "@/server/db";
import { DEFAULT_PCC_THEMES } from "@/lib/measures/default-pcc-themes";
import { addMonths, advanceMonthsInText, monthOf, monthToDate } from "@/lib/periods/months";
import type { SectionKind, Part } from "@/generated/prisma/client";

type SectionSeed = {
  part: Part;
  kind: SectionKind;
  heading: string;
  measureKey?: string;
  paragraphs?: string[];
  covers?: readonly string[];
};

/** A quarter is three months: carried-over periods move on by that much. */
const QUARTER_MONTHS = 3;

/**
 * The most recent earlier quarter's latest published edition, which a new quarter starts
 * from. Only published text is carried: never a draft, nor a withdrawn statement.
 */
async function previousSubmission(tx: Tx, fyStart: number, quarter: number) {
  const earlier = await tx.submission.findMany({
    where: {
      stage: { in: ["PUBLISHED", "SUPERSEDED"] },
      OR: [{ quarter: { fyStart: { lt: fyStart } } }, { quarter: { fyStart, quarter: { lt: quarter } } }],
    },
    orderBy: [{ quarter: { fyStart: "desc" } }, { quarter: { quarter: "desc" } }, { edition: "desc" }],
    take: 1,
    select: {
      createdAt: true,
      figures: true,
      kpiResults: true,
      sections: {
        select: {
          kind: true,
          measureKey: true,
          heading: true,
          position: true,
          paragraphs: { orderBy: { position: "asc" }, select: { text: true } },
          covers: { select: { measureKey: true } },
        },
      },
    },
  });
  return earlier[0] ?? null;
}

const advance = (date: Date | null) => (date ? monthToDate(addMonths(monthOf(date), QUARTER_MONTHS)) : null);
const advanceText = (text: string | null) => (text ? advanceMonthsInText(text, QUARTER_MONTHS) : text);

type Previous = NonNullable<Awaited<ReturnType<typeof previousSubmission>>>;

/**
 * What a figure carries from last quarter: its period moved on a quarter, its notes, and last
 * quarter's value for the checker. A comparison is not carried: it is a value of its own,
 * and half of one (a label without its value) would only stand in the way.
 */
function carriedFigure(previous: Previous | null, indicator: { id: string; source: string; updatedAt: Date }) {
  const last = previous?.figures.find((f) => f.indicatorId === indicator.id);
  if (!previous || !last) return { source: indicator.source };
  return {
    // A source naming its months ("ONS, year ending Sep 2021") moves on with the period,
    // unless the framework's source was edited since last quarter was created.
    source: indicator.updatedAt > previous.createdAt ? indicator.source : advanceMonthsInText(last.source, QUARTER_MONTHS),
    periodStart: advance(last.periodStart),
    periodEnd: advance(last.periodEnd),
    periodNote: advanceText(last.periodNote),
    noLocalData: last.noLocalData,
    noDataReason: last.noDataReason,
    proxyUsed: last.proxyUsed,
    previousValue: last.latestValue,
  };
}

/**
 * Fills a new submission from the framework and the previous published quarter: a figure per
 * active indicator and a result per active KPI, each copying its definition (so later
 * framework edits never alter it), with last quarter's periods moved on a quarter and its
 * notes; and every section with last quarter's text as the starting draft, each carried
 * paragraph marked until its author updates or confirms it.
 */
export async function populateSubmission(tx: Tx, submissionId: string, quarter: { fyStart: number; quarter: number }) {
  const [measures, kpis, previous] = await Promise.all([
    tx.measure.findMany({
      orderBy: { position: "asc" },
      include: { indicators: { where: { active: true }, orderBy: { position: "asc" } } },
    }),
    tx.kpi.findMany({ where: { active: true }, orderBy: { position: "asc" } }),
    previousSubmission(tx, quarter.fyStart, quarter.quarter),
  ]);

  let position = 0;
  await tx.figure.createMany({
    data: measures.flatMap((m) =>
      m.indicators.map((i) => ({
        submissionId,
        indicatorId: i.id,
        measureId: m.id,
        measureKey: m.key,
        measureName: m.name,
        name: i.name,
        unit: i.unit,
        betterWhen: i.betterWhen,
        baselineLabel: i.baselineLabel,
        baselineStart: i.baselineStart,
        baselineEnd: i.baselineEnd,
        baselineValue: i.baselineValue,
        position: position++,
        ...carriedFigure(previous, i),
      })),
    ),
  });
  await tx.kpiResult.createMany({
    data: kpis.map((k, index) => {
      const last = previous?.kpiResults.find((r) => r.kpiId === k.id);
      return {
        submissionId,
        kpiId: k.id,
        name: k.name,
        unit: k.unit,
        betterWhen: k.betterWhen,
        target: k.target,
        greenThreshold: k.greenThreshold,
        amberThreshold: k.amberThreshold,
        position: index,
        periodStart: advance(last?.periodStart ?? null),
        periodEnd: advance(last?.periodEnd ?? null),
        note: advanceText(last?.note ?? null),
      };
    }),
  });

  const carried = (kind: SectionKind) => previous?.sections.filter((s) => s.kind === kind).sort((a, b) => a.position - b.position) ?? [];
  const carriedText = (kind: SectionKind, measureKey?: string) =>
    carried(kind)
      .find((s) => !measureKey || s.measureKey === measureKey)
      ?.paragraphs.map((p) => p.text) ?? [];
  const themes = carried("PCC_THEME").length
    ? carried("PCC_THEME").map((s) => ({
        heading: s.heading,
        covers: s.covers.map((c) => c.measureKey),
        paragraphs: s.paragraphs.map((p) => p.text),
      }))
    : DEFAULT_PCC_THEMES.map((t) => ({ ...t, paragraphs: [] }));
  const introHeading = carried("PCC_INTRO")[0]?.heading ?? "Introduction";

  const sections: SectionSeed[] = [
    { part: "FORCE", kind: "PURPOSE", heading: "Purpose of paper", paragraphs: carriedText("PURPOSE") },
    ...measures.map((m): SectionSeed => ({
      part: "FORCE",
      kind: "MEASURE",
      heading: `Measure: ${m.name}`,
      measureKey: m.key,
      paragraphs: carriedText("MEASURE", m.key),
    })),
    { part: "PCC", kind: "PCC_INTRO", heading: introHeading, paragraphs: carriedText("PCC_INTRO") },
    ...themes.map((t): SectionSeed => ({ part: "PCC", kind: "PCC_THEME", heading: t.heading, covers: t.covers, paragraphs: t.paragraphs })),
    { part: "SECRETARIAT", kind: "REPORTING", heading: "Reporting frequency", paragraphs: carriedText("REPORTING") },
    { part: "SECRETARIAT", kind: "RECOMMENDATIONS", heading: "Recommendations", paragraphs: carriedText("RECOMMENDATIONS") },
  ];
  for (const [index, s] of sections.entries()) {
    await tx.section.create({
      data: {
        submissionId,
        part: s.part,
        kind: s.kind,
        heading: s.heading,
        measureKey: s.measureKey,
        position: index,
        paragraphs: { create: (s.paragraphs ?? []).map((text, p) => ({ text, position: p, carriedOver: true })) },
        covers: { create: (s.covers ?? []).map((measureKey) => ({ measureKey })) },
      },
    });
  }
}
