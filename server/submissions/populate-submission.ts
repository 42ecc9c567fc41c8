import "server-only";
import type { Tx } from "@/server/db";
import { DEFAULT_PCC_THEMES } from "@/lib/measures/default-pcc-themes";
import type { SectionKind, Part } from "@/generated/prisma/client";

type SectionSeed = {
  part: Part;
  kind: SectionKind;
  heading: string;
  measureKey?: string;
  paragraphs?: string[];
  covers?: readonly string[];
};

/**
 * The most recent earlier quarter's latest published edition, whose boilerplate a new quarter
 * reuses. Only published text is carried: never a draft, nor a withdrawn statement.
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
      sections: {
        select: {
          kind: true,
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

/**
 * Fills a new submission: a figure per active indicator and a result per active KPI, each
 * copying its definition (so later framework edits never alter it); a force section per
 * measure; the PCC's themes; and purpose, reporting and recommendations prefilled from the
 * previous quarter.
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
        baselineValue: i.baselineValue,
        source: i.source,
        position: position++,
      })),
    ),
  });
  await tx.kpiResult.createMany({
    data: kpis.map((k, index) => ({
      submissionId,
      kpiId: k.id,
      name: k.name,
      unit: k.unit,
      betterWhen: k.betterWhen,
      target: k.target,
      greenThreshold: k.greenThreshold,
      amberThreshold: k.amberThreshold,
      position: index,
    })),
  });

  const carried = (kind: SectionKind) => previous?.sections.filter((s) => s.kind === kind).sort((a, b) => a.position - b.position) ?? [];
  const carriedText = (kind: SectionKind) => carried(kind)[0]?.paragraphs.map((p) => p.text) ?? [];
  const themes = carried("PCC_THEME").length
    ? carried("PCC_THEME").map((s) => ({ heading: s.heading, covers: s.covers.map((c) => c.measureKey) }))
    : DEFAULT_PCC_THEMES;

  const sections: SectionSeed[] = [
    { part: "FORCE", kind: "PURPOSE", heading: "Purpose of paper", paragraphs: carriedText("PURPOSE") },
    ...measures.map((m): SectionSeed => ({ part: "FORCE", kind: "MEASURE", heading: `Measure: ${m.name}`, measureKey: m.key })),
    { part: "PCC", kind: "PCC_INTRO", heading: "Introduction", paragraphs: carriedText("PCC_INTRO") },
    ...themes.map((t): SectionSeed => ({ part: "PCC", kind: "PCC_THEME", heading: t.heading, covers: t.covers })),
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
        paragraphs: { create: (s.paragraphs ?? []).map((text, p) => ({ text, position: p })) },
        covers: { create: (s.covers ?? []).map((measureKey) => ({ measureKey })) },
      },
    });
  }
}
