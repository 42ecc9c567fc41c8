import { bench, describe } from "vitest";
import { hashContent, type ForceContent } from "@/lib/workflow/snapshot";
import { ALL_PARAGRAPHS } from "@/prisma/seed-data/reference-paper";
import { figure } from "@/tests/fixtures/part-content";

// Approval hashes are recomputed for every workflow decision and on every save that could
// void an approval: the cost of hashing a full paper's content.
const content: ForceContent = {
  figures: Array.from({ length: 12 }, (_, i) =>
    figure({ indicatorId: `i${i}`, name: `Indicator ${i}`, baselineValue: 100 + i, latestValue: 90 + i }),
  ),
  kpis: [],
  sections: [{ kind: "MEASURE", measureKey: "homicide", heading: "Measure", covers: [], paragraphs: ALL_PARAGRAPHS }],
};

describe("approval snapshot", () => {
  bench("hash a 70-paragraph paper with 12 figures", () => {
    hashContent(content);
  });
});
