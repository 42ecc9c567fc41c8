import "server-only";
import { figureComplete } from "@/lib/workflow/checklist";
import { buildTaskList, nextTaskAfter } from "@/lib/workflow/task-list";
import { can, type Actor } from "@/lib/permissions";
import type { LoadedFacts } from "./load-workflow-facts";

/** The submission's task list: what it holds (already loaded with its facts, sections in paper order), turned into tasks with statuses (lib/workflow/task-list). */
export function taskListOf(loaded: Pick<LoadedFacts, "state" | "facts" | "checklist" | "content">) {
  const s = loaded.content;
  const { sections } = s;
  const meeting = loaded.checklist.find((i) => i.id === "meeting");
  return buildTaskList({
    state: loaded.state,
    meetingMissing: meeting?.detail ? meeting.detail.replace(/^Missing: /, "").split(", ") : [],
    measures: sections
      .filter((x) => x.kind === "MEASURE")
      .map((m) => ({
        key: m.measureKey ?? "",
        name: s.measures.find((n) => n.key === m.measureKey)?.name ?? m.heading.replace(/^Measure:\s*/, ""),
      })),
    figures: s.figures.map((f) => ({
      measureKey: f.measureKey,
      entered: f.latestValue != null || f.noLocalData,
      complete: figureComplete(f),
    })),
    kpis: s.kpiResults.map((k) => ({ entered: k.actual != null, complete: k.actual != null && !!k.periodStart && !!k.periodEnd })),
    sections: sections.map((x) => ({
      id: x.id,
      part: x.part,
      kind: x.kind,
      heading: x.heading,
      hasText: x.paragraphs.some((p) => p.text.trim()),
      carried: x.paragraphs.filter((p) => p.carriedOver).length,
      paragraphs: x.paragraphs.length,
    })),
    notApplicable: s.notApplicable.length,
    missing: { FORCE: loaded.facts.missingForForce, PCC: loaded.facts.missingForPcc },
  });
}

/** Where "Save and continue" leads from a task: the next task this person can do, or the task list. */
export function nextTaskHref(groups: ReturnType<typeof taskListOf>, submissionId: string, taskId: string, actor: Actor) {
  const next = nextTaskAfter(groups, taskId, (p) => can(actor, p));
  const base = `/app/submissions/${submissionId}`;
  return next ? `${base}/${next.path}` : `${base}#tasks`;
}
