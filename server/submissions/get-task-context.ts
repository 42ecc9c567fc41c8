import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/lib/permissions";
import { loadWorkflowFacts } from "./load-workflow-facts";
import { taskListOf, nextTaskHref } from "./load-task-list";

/**
 * For a task page: where "Save and continue" leads (the next task this person can do, with
 * the "saved" banner for this one), and the label of a task just saved, for this page's banner.
 */
export async function getTaskContext(actor: Actor, submissionId: string, taskId: string, saved?: string) {
  const loaded = await loadWorkflowFacts(db, submissionId, actor.id);
  const groups = taskListOf(loaded);
  const next = nextTaskHref(groups, submissionId, taskId, actor);
  const [path, hash] = next.split("#");
  const continueHref = `${path}?saved=${encodeURIComponent(taskId)}${hash ? `#${hash}` : ""}`;
  const savedLabel = saved ? (groups.flatMap((g) => g.tasks).find((t) => t.id === saved)?.label ?? null) : null;
  return { continueHref, savedLabel, state: loaded.state };
}
