// The submission as a task list (the GOV.UK task list pattern): each piece of work with its
// status and who it waits for. Pure: the server hands it what the submission holds.
import type { Permission } from "@/lib/permissions";
import type { PartStatus } from "./stages";
import type { WorkflowState } from "./transitions";

export type TaskStatus = "CANNOT_START" | "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "RETURNED";

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  CANNOT_START: "Cannot start yet",
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  RETURNED: "Returned",
};

export type Task = {
  id: string;
  label: string;
  /** Path under the submission, e.g. "figures/homicide". */
  path: string;
  status: TaskStatus;
  /** Who does it, in words ("Force analysts"). */
  who: string;
  /** Who may open it to do the work. */
  permission: Permission;
  /** A short reason or note beside the status. */
  note?: string;
};

export type TaskGroup = {
  id: "meeting" | "force" | "pcc" | "secretariat" | "decisions";
  title: string;
  part?: "FORCE" | "PCC";
  tasks: Task[];
};

export type TaskListInput = {
  state: WorkflowState;
  meetingMissing: string[];
  measures: { key: string; name: string }[];
  figures: { measureKey: string; entered: boolean; complete: boolean }[];
  kpis: { entered: boolean; complete: boolean }[];
  sections: { id: string; part: string; kind: string; heading: string; hasText: boolean; carried: number; paragraphs: number }[];
  notApplicable: number;
  /** What still blocks submitting each part (empty when it may be submitted). */
  missing: { FORCE: string[]; PCC: string[] };
};

const WHO = {
  analyst: "Force analysts",
  pccOffice: "PCC's office",
  secretariat: "Board secretariat",
  dcc: "Deputy Chief Constable",
  pcc: "Police and Crime Commissioner",
} as const;

function entryStatus(items: { entered: boolean; complete: boolean }[]): TaskStatus {
  if (items.length > 0 && items.every((i) => i.complete)) return "COMPLETED";
  return items.some((i) => i.entered) ? "IN_PROGRESS" : "NOT_STARTED";
}

function sectionTask(s: TaskListInput["sections"][number], who: string, permission: Permission): Task {
  const status: TaskStatus = !s.hasText
    ? "NOT_STARTED"
    : s.carried === 0
      ? "COMPLETED"
      : s.carried === s.paragraphs
        ? "NOT_STARTED"
        : "IN_PROGRESS";
  const note = s.carried > 0 ? `${s.carried} paragraph${s.carried === 1 ? "" : "s"} from last quarter to update or confirm` : undefined;
  return { id: `section:${s.id}`, label: s.heading, path: `sections/${s.id}`, status, who, permission, note };
}

function submitTask(part: "FORCE" | "PCC", status: PartStatus, missing: string[], waitForForce: boolean): Task {
  const force = part === "FORCE";
  const base = {
    id: `submit:${part}`,
    label: force ? "Check and submit the force part" : "Check and submit the PCC statement",
    path: `submit/${force ? "force" : "pcc"}`,
    who: force ? WHO.analyst : WHO.pccOffice,
    permission: (force ? "force:submit" : "pcc:submit") as Permission,
  };
  if (status === "SUBMITTED") return { ...base, status: "COMPLETED", note: force ? "Submitted to the DCC" : "Submitted to the PCC" };
  if (status === "APPROVED") return { ...base, status: "COMPLETED", note: "Approved" };
  if (waitForForce) return { ...base, status: "CANNOT_START", note: "Once the DCC has approved the force part" };
  if (missing.length)
    return { ...base, status: status === "RETURNED" ? "RETURNED" : "CANNOT_START", note: "Complete the tasks above first" };
  return { ...base, status: status === "RETURNED" ? "RETURNED" : "NOT_STARTED" };
}

function decisionTasks(state: WorkflowState): Task[] {
  const forceApproved = state.FORCE === "APPROVED";
  const review = (part: "FORCE" | "PCC", status: PartStatus, ready: boolean, note: string): Task => ({
    id: `approve:${part}`,
    label: part === "FORCE" ? "Review and approve the force part" : "Review and approve the PCC statement",
    path: `review/${part === "FORCE" ? "force" : "pcc"}`,
    who: part === "FORCE" ? WHO.dcc : WHO.pcc,
    permission: part === "FORCE" ? "force:approve" : "pcc:approve",
    status: status === "APPROVED" ? "COMPLETED" : status === "SUBMITTED" && ready ? "NOT_STARTED" : "CANNOT_START",
    note: status === "APPROVED" ? "Approved" : status === "SUBMITTED" && ready ? undefined : note,
  });
  const closed = ["PUBLISHED", "SUPERSEDED", "WITHDRAWN"].includes(state.stage);
  return [
    review("FORCE", state.FORCE, true, "Once the force part is submitted"),
    review(
      "PCC",
      state.PCC,
      forceApproved,
      forceApproved ? "Once the PCC statement is submitted" : "Once the force part is approved and the PCC statement submitted",
    ),
    {
      id: "publish",
      label: "Preview and publish",
      path: "publish",
      who: WHO.secretariat,
      permission: "submission:publish",
      status: closed ? "COMPLETED" : state.stage === "READY" ? "NOT_STARTED" : "CANNOT_START",
      note: closed ? "Published" : state.stage === "READY" ? undefined : "Once both parts are approved",
    },
  ];
}

/** The submission's tasks, grouped in the order the work is done. */
export function buildTaskList(input: TaskListInput): TaskGroup[] {
  const { state } = input;
  const sectionsOf = (kinds: string[]) => input.sections.filter((s) => kinds.includes(s.kind));
  const force: Task[] = [
    ...input.measures.map((m): Task => ({
      id: `figures:${m.key}`,
      label: `Figures: ${m.name}`,
      path: `figures/${m.key}`,
      status: entryStatus(input.figures.filter((f) => f.measureKey === m.key)),
      who: WHO.analyst,
      permission: "force:edit",
    })),
    ...(input.kpis.length
      ? [
          {
            id: "kpis",
            label: "Police and Crime Plan KPI actuals",
            path: "kpis",
            status: entryStatus(input.kpis),
            who: WHO.analyst,
            permission: "force:edit" as const,
          },
        ]
      : []),
    ...sectionsOf(["PURPOSE", "MEASURE"]).map((s) => sectionTask(s, WHO.analyst, "force:edit")),
    submitTask("FORCE", state.FORCE, input.missing.FORCE, false),
  ];
  const pcc: Task[] = [
    ...sectionsOf(["PCC_INTRO", "PCC_THEME"]).map((s) => sectionTask(s, WHO.pccOffice, "pcc:edit")),
    {
      id: "coverage",
      label: "National priorities not applicable",
      path: "coverage",
      status: "COMPLETED",
      who: WHO.pccOffice,
      permission: "pcc:edit",
      note: input.notApplicable ? `${input.notApplicable} marked not applicable` : "Optional: none marked",
    },
    submitTask("PCC", state.PCC, input.missing.PCC, state.FORCE !== "APPROVED" && state.PCC !== "SUBMITTED" && state.PCC !== "APPROVED"),
  ];
  return [
    {
      id: "meeting",
      title: "Meeting details",
      tasks: [
        {
          id: "meeting",
          label: "Board meeting details",
          path: "meeting",
          status: input.meetingMissing.length ? "IN_PROGRESS" : "COMPLETED",
          who: WHO.secretariat,
          permission: "meeting:edit",
          note: input.meetingMissing.length ? `Missing: ${input.meetingMissing.join(", ")}` : undefined,
        },
      ],
    },
    { id: "force", title: "Force part", part: "FORCE", tasks: force },
    { id: "pcc", title: "PCC statement", part: "PCC", tasks: pcc },
    {
      id: "secretariat",
      title: "Reporting and recommendations",
      tasks: sectionsOf(["REPORTING", "RECOMMENDATIONS"]).map((s) => sectionTask(s, WHO.secretariat, "secretariat:edit")),
    },
    { id: "decisions", title: "Approval and publication", tasks: decisionTasks(state) },
  ];
}

/** The task after `taskId` that this person can do, for "Save and continue"; null at the end. */
export function nextTaskAfter(groups: TaskGroup[], taskId: string, canDo: (permission: Permission) => boolean): Task | null {
  const tasks = groups.flatMap((g) => g.tasks);
  const index = tasks.findIndex((t) => t.id === taskId);
  if (index < 0) return null;
  return tasks.slice(index + 1).find((t) => canDo(t.permission)) ?? null;
}
