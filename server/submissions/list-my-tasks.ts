import "server-only";
import { db } from "@/server/db";
import { can, type Actor } from "@/lib/permissions";
import { CLOSED_STAGES } from "@/lib/workflow/stages";
import { waitingFor } from "@/lib/workflow/next-step";
import type { WorkflowState } from "@/lib/workflow/transitions";
import { quarterLabel } from "@/lib/quarters";
import { clearDaysSetting, deadlineStatus, toIsoDate } from "@/lib/deadline/working-days";
import { currentHashes } from "./load-part-content";
import { pccAnswersChangedForce } from "./pcc-answers-changed-force";

type Todo = { text: string; path: string };

/** What this person can do on a submission now, in plain words, each with the page to do it on. */
function todosFor(actor: Actor, state: WorkflowState, meetingIncomplete: boolean): Todo[] {
  const todo: Todo[] = [];
  const force = state.FORCE;
  const pcc = state.PCC;
  if (can(actor, "force:edit")) {
    if (force === "NOT_STARTED") todo.push({ text: "Enter the figures and write the force statement", path: "#tasks" });
    if (force === "IN_PROGRESS") todo.push({ text: "Finish the force part and submit it to the DCC", path: "#tasks" });
    if (force === "RETURNED") todo.push({ text: "Change the returned force part and submit it again", path: "/submit/force" });
  }
  if (can(actor, "force:approve") && force === "SUBMITTED") todo.push({ text: "Review and approve the force part", path: "/review/force" });
  if (can(actor, "pcc:edit")) {
    if (pcc === "NOT_STARTED" || pcc === "IN_PROGRESS")
      todo.push(
        force === "APPROVED"
          ? { text: "Finish the PCC statement and submit it to the PCC: the force part is approved", path: "/submit/pcc" }
          : { text: "Write the PCC statement (it can be submitted once the DCC has approved the force part)", path: "#tasks" },
      );
    if (pcc === "RETURNED") todo.push({ text: "Change the returned PCC statement and submit it again", path: "/submit/pcc" });
  }
  if (can(actor, "pcc:approve") && pcc === "SUBMITTED" && force === "APPROVED")
    todo.push({ text: "Review and approve the PCC statement", path: "/review/pcc" });
  if (can(actor, "meeting:edit") && meetingIncomplete) todo.push({ text: "Complete the board meeting details", path: "/meeting" });
  if (can(actor, "submission:publish") && state.stage === "READY") todo.push({ text: "Preview and publish", path: "/publish" });
  return todo;
}

/**
 * The home page's "Waiting for you": each open submission with what this person can do, the
 * returned parts they wrote (with the comment and who returned them), days to the deadline,
 * and what everyone else is waiting for.
 */
export async function listMyTasks(actor: Actor) {
  if (!can(actor, "submission:view")) return [];
  const open = await db.submission.findMany({
    where: { stage: { notIn: [...CLOSED_STAGES] } },
    orderBy: [{ meetingDate: "asc" }],
    select: {
      id: true,
      stage: true,
      forceStatus: true,
      pccStatus: true,
      edition: true,
      meetingDate: true,
      boardName: true,
      agendaItem: true,
      planPriority: true,
      title: true,
      presenters: true,
      quarter: { select: { fyStart: true, quarter: true } },
      returnNotes: {
        where: { resolvedAt: null },
        orderBy: { createdAt: "desc" },
        select: { id: true, part: true, comment: true, authorName: true, createdAt: true },
      },
    },
  });
  const today = toIsoDate(new Date());
  return Promise.all(
    open.map(async (s) => {
      const state: WorkflowState = { stage: s.stage, FORCE: s.forceStatus, PCC: s.pccStatus };
      const meetingIncomplete = !s.meetingDate || [s.boardName, s.agendaItem, s.planPriority, s.title, s.presenters].some((v) => !v.trim());
      const returned = s.returnNotes.filter(
        (n) => (n.part === "FORCE" && can(actor, "force:edit")) || (n.part === "PCC" && can(actor, "pcc:edit")),
      );
      const pccNotice =
        can(actor, "pcc:edit") || can(actor, "pcc:approve")
          ? await pccAnswersChangedForce(db, s.id, state, (await currentHashes(db, s.id)).FORCE)
          : null;
      return {
        id: s.id,
        label: `${quarterLabel(s.quarter.fyStart, s.quarter.quarter)}${s.edition > 1 ? `, edition ${s.edition}` : ""}`,
        todo: todosFor(actor, state, meetingIncomplete),
        returned,
        pccNotice,
        waiting: waitingFor(state),
        deadline: s.meetingDate ? deadlineStatus(toIsoDate(s.meetingDate), today, clearDaysSetting()) : null,
      };
    }),
  );
}

export type MyTasks = Awaited<ReturnType<typeof listMyTasks>>;
