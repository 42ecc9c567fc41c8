// Benchmark fixture: more published quarters, as copies of the demo's published paper under
// earlier quarters (2011/12 onwards), written directly (a benchmark needs the volume, not the
// workflow) and followed by a recorded change so the server regenerates the whole site.
import type { DbClient } from "@/server/prisma-client";
import { quarterSlug } from "@/lib/quarters";

export async function addPublishedQuarters(db: DbClient, count: number) {
  const source = await db.submission.findFirstOrThrow({
    where: { stage: "PUBLISHED" },
    include: { figures: true, kpiResults: true, notApplicable: true, sections: { include: { paragraphs: true, covers: true } } },
  });
  for (let i = 0; i < count; i++) {
    const fyStart = 2011 + Math.floor(i / 4);
    const quarter = 1 + (i % 4);
    const { id: quarterId } = await db.quarter.create({ data: { slug: quarterSlug(fyStart, quarter), fyStart, quarter } });
    const { id: _id, quarterId: _q, figures, kpiResults, notApplicable, sections, createdAt: _c, updatedAt: _u, ...fields } = source;
    const copy = await db.submission.create({
      data: {
        ...fields,
        quarterId,
        publishedAt: new Date(Date.UTC(fyStart + 1, quarter * 3 - 1, 14)),
        figures: { create: figures.map(({ id: _f, submissionId: _s, ...f }) => f) },
        kpiResults: { create: kpiResults.map(({ id: _k, submissionId: _s, ...k }) => k) },
        notApplicable: { create: notApplicable.map(({ submissionId: _s, ...n }) => n) },
      },
    });
    for (const { id: _s, submissionId: _sub, paragraphs, covers, ...section } of sections) {
      await db.section.create({
        data: {
          ...section,
          submissionId: copy.id,
          paragraphs: { create: paragraphs.map((p) => ({ position: p.position, text: p.text })) },
          covers: { create: covers.map((c) => ({ measureKey: c.measureKey })) },
        },
      });
    }
  }
  await db.publicSiteChange.create({ data: { slug: null } });
}
