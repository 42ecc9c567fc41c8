import "server-only";
import { db } from "@/server/db";
import { can, type Actor } from "@/lib/permissions";
import { availableActions, type WorkflowAction } from "@/lib/workflow/transitions";
import { CLOSED_STAGES } from "@/lib/workflow/stages";
import { quarterLabel } from "@/lib/quarters";
import { loadWorkflowFacts } from "./load-workflow-facts";

const ACTION_LABELS: Partial<Record<WorkflowAction, string>> = {
  submit_data: "Enter and submit the figures",
  submit_force: "Write and submit the force statement",
  submit_pcc: "Write and submit the PCC statement",
  approve_force: "Approve or return the force part",
  approve_pcc: "Approve or return the PCC statement",
  publish: "Publish",
};

/** The open submissions waiting for something this user's roles can do, for their home page. */
export async function listMyTasks(actor: Actor) {
  if (!can(actor, "submission:view")) return [];
  const open = await db.submission.findMany({
    where: { stage: { notIn: [...CLOSED_STAGES] } },
    orderBy: [{ meetingDate: "asc" }],
    select: { id: true, stage: true, edition: true, quarter: { select: { fyStart: true, quarter: true } } },
  });
  const tasks = await Promise.all(
    open.map(async (s) => {
      const facts = await loadWorkflowFacts(db, s.id, actor.id);
      const todo = availableActions(s.stage, facts, (p) => can(actor, p))
        .map((a) => ACTION_LABELS[a])
        .filter((label): label is string => !!label);
      return {
        id: s.id,
        label: `${quarterLabel(s.quarter.fyStart, s.quarter.quarter)}${s.edition > 1 ? `, edition ${s.edition}` : ""}`,
        todo: [...new Set(todo)],
      };
    }),
  );
  return tasks.filter((t) => t.todo.length > 0);
}
