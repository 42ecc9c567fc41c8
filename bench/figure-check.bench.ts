import { bench, describe } from "vitest";
import { checkParagraph } from "@/lib/figure-check/check-paragraph";
import { DEMO_FIGURES } from "@/tests/fixtures/demo-figures";
import { FORCE_SECTIONS } from "@/prisma/seed-data/reference-paper";

// The figure checker runs on every render of a submission page, over the whole force
// statement (33 paragraphs in the reference paper).
const sections = Object.entries(FORCE_SECTIONS).map(([key, s]) => ({
  figures: DEMO_FIGURES[key as keyof typeof DEMO_FIGURES],
  paragraphs: s.paragraphs,
}));

describe("figure checker", () => {
  bench("whole reference force statement", () => {
    for (const s of sections) for (const p of s.paragraphs) checkParagraph(p, s.figures);
  });
});
