import { bench, describe } from "vitest";
import { hashContent, type ForceContent } from "@/lib/workflow/snapshot";
import { ALL_PARAGRAPHS } from "@/prisma/seed-data/reference-paper";

// Approval hashes are recomputed for every workflow decision and on every save that could
// void an approval: the cost of hashing a full paper's content.
const content: ForceContent = {
  figures: Array.from({ length: 12 }, (_, i) => ({
    indicatorId: `i${i}`,
    measureKey: "homicide",
    measureName: "Reduce murder and other homicide",
    name: `Indicator ${i}`,
    unit: "COUNT",
    betterWhen: "LOWER_IS_BETTER",
    baselineLabel: "Year ending June 2019",
    baselineStart: "2018-07",
    baselineEnd: "2019-06",
    baselineValue: 100 + i,
    source: "Source",
    latestValue: 90 + i,
    periodStart: "2021-01",
    periodEnd: "2021-12",
    periodNote: null,
    comparisonLabel: null,
    comparisonValue: null,
    noLocalData: false,
    noDataReason: null,
    proxyUsed: null,
  })),
  kpis: [],
  sections: [{ kind: "MEASURE", measureKey: "homicide", heading: "Measure", covers: [], paragraphs: ALL_PARAGRAPHS }],
};

describe("approval snapshot", () => {
  bench("hash a 70-paragraph paper with 12 figures", () => {
    hashContent(content);
  });
});
