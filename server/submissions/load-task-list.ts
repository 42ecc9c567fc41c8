import "server-only";
import type { Db, Tx } from "@/server/db";
import { figureComplete } from "@/lib/workflow/checklist";
import { compareSections } from "@/lib/workflow/section-order";
import { buildTaskList, nextTaskAfter } from "@/lib/workflow/task-list";
import { can, type Actor } from "@/lib/permissions";
import type { LoadedFacts } from "./load-workflow-facts";

type Client = Tx | Db;

/** The submission's task list: what it holds, turned into tasks with statuses (lib/workflow/task-list). */
export async function loadTaskList(client: Client, submissionId: string, loaded: Pick<LoadedFacts, "state" | "facts" | "checklist">) {
  const s = await client.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      figures: {
        select: {
          measureKey: true,
          latestValue: true,
          periodStart: true,
          periodEnd: true,
          noLocalData: true,
          noDataReason: true,
          name: true,
        },
      },
      kpiResults: { select: { actual: true, periodStart: true, periodEnd: true }, orderBy: { position: "asc" } },
      sections: {
        select: {
          id: true,
          part: true,
          kind: true,
          heading: true,
          measureKey: true,
          position: true,
          paragraphs: { select: { text: true, carriedOver: true } },
        },
      },
      _count: { select: { notApplicable: true } },
    },
  });
  const measureSections = [...s.sections].sort(compareSections).filter((x) => x.kind === "MEASURE");
  const measureNames = await client.measure.findMany({ select: { key: true, name: true } });
  const meeting = loaded.checklist.find((i) => i.id === "meeting");
  return buildTaskList({
    state: loaded.state,
    meetingMissing: meeting?.detail ? meeting.detail.replace(/^Missing: /, "").split(", ") : [],
    measures: measureSections.map((m) => ({
      key: m.measureKey ?? "",
      name: measureNames.find((n) => n.key === m.measureKey)?.name ?? m.heading.replace(/^Measure:\s*/, ""),
    })),
    figures: s.figures.map((f) => ({
      measureKey: f.measureKey,
      entered: f.latestValue != null || f.noLocalData,
      complete: figureComplete(f),
    })),
    kpis: s.kpiResults.map((k) => ({ entered: k.actual != null, complete: k.actual != null && !!k.periodStart && !!k.periodEnd })),
    sections: [...s.sections].sort(compareSections).map((x) => ({
      id: x.id,
      part: x.part,
      kind: x.kind,
      heading: x.heading,
      hasText: x.paragraphs.some((p) => p.text.trim()),
      carried: x.paragraphs.filter((p) => p.carriedOver).length,
      paragraphs: x.paragraphs.length,
    })),
    notApplicable: s._count.notApplicable,
    missing: { FORCE: loaded.facts.missingForForce, PCC: loaded.facts.missingForPcc },
  });
}

/** Where "Save and continue" leads from a task: the next task this person can do, or the task list. */
export function nextTaskHref(groups: Awaited<ReturnType<typeof loadTaskList>>, submissionId: string, taskId: string, actor: Actor) {
  const next = nextTaskAfter(groups, taskId, (p) => can(actor, p));
  const base = `/app/submissions/${submissionId}`;
  return next ? `${base}/${next.path}` : `${base}#tasks`;
}
