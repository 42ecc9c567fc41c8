import "server-only";
import { db } from "@/server/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { nextStep } from "@/lib/workflow/next-step";
import { isEditable } from "@/lib/workflow/stages";
import { clearDaysSetting, deadlineStatus, toIsoDate } from "@/lib/deadline/working-days";
import { loadChecklist } from "./load-workflow-facts";

/** The dashboard: each quarter's current edition, its parts' statuses, who acts next and what is missing. */
export async function listQuarters(actor: Actor) {
  assertCan(actor, "submission:view");
  const quarters = await db.quarter.findMany({
    orderBy: [{ fyStart: "desc" }, { quarter: "desc" }],
    select: {
      id: true,
      slug: true,
      fyStart: true,
      quarter: true,
      submissions: {
        orderBy: { edition: "desc" },
        take: 1,
        select: {
          id: true,
          edition: true,
          stage: true,
          forceStatus: true,
          pccStatus: true,
          meetingDate: true,
          boardName: true,
          title: true,
        },
      },
    },
  });
  const today = toIsoDate(new Date());
  return Promise.all(
    quarters
      .filter((q) => q.submissions.length > 0)
      .map(async (q) => {
        const current = q.submissions[0]!;
        const checklist = await loadChecklist(db, current.id);
        const state = { stage: current.stage, FORCE: current.forceStatus, PCC: current.pccStatus };
        return {
          ...q,
          current,
          state,
          nextStep: nextStep(state),
          missing: checklist.filter((i) => !i.done).map((i) => i.label),
          checklistDone: checklist.filter((i) => i.done).length,
          checklistTotal: checklist.length,
          deadline:
            isEditable(current.stage) && current.meetingDate
              ? deadlineStatus(toIsoDate(current.meetingDate), today, clearDaysSetting())
              : null,
        };
      }),
  );
}
