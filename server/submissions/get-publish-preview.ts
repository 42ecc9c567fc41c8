import "server-only";
import { db } from "@/server/db";
import { assertCan, can, type Actor } from "@/lib/permissions";
import { availableActions } from "@/lib/workflow/transitions";
import { compareSections } from "@/lib/workflow/section-order";
import { inMeasureOrder } from "@/lib/measures/measure-order";
import { nextStep } from "@/lib/workflow/next-step";
import { paperSelect } from "@/server/public/get-public-quarter";
import { loadWorkflowFacts } from "./load-workflow-facts";
import { paperHash } from "./load-part-content";

/**
 * The secretariat's view before publishing: the paper exactly as the public page will show it
 * (the same select and components as the public site), the statutory checklist, and the hash
 * of what they are looking at, which Publish carries.
 */
export async function getPublishPreview(actor: Actor, submissionId: string) {
  assertCan(actor, "submission:publish");
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: { ...paperSelect, quarter: { select: { slug: true, fyStart: true, quarter: true } } },
  });
  if (!s) return null;
  const loaded = await loadWorkflowFacts(db, submissionId, actor.id);
  // The parts' hashes are in the workflow facts already: the paper's hash reuses them.
  const hash = await paperHash(db, submissionId, loaded.approval.hashes);
  return {
    // Ordered exactly as the public page orders them (server/public/get-public-quarter.ts).
    paper: {
      ...s,
      notApplicable: inMeasureOrder(s.notApplicable, s.sections),
      sections: [...s.sections].sort(compareSections).map((x) => ({ ...x, covers: inMeasureOrder(x.covers, s.sections) })),
    },
    state: loaded.state,
    nextStep: nextStep(loaded.state),
    facts: loaded.facts,
    checklist: loaded.checklist,
    publishHash: hash,
    actions: availableActions(loaded.state, (p) => can(actor, p)),
    /** The secretariat's own sections, so an unfinished one can be linked. */
    sectionTasks: s.sections.filter((x) => x.part === "SECRETARIAT").map((x) => ({ id: x.id, heading: x.heading })),
  };
}
