import { describe, expect, it } from "vitest";
import { can, type Permission } from "@/lib/permissions";
import type { Role } from "@/lib/roles";
import { deriveStage, type PartStatus } from "./stages";
import { buildTaskList, nextTaskAfter, type Task, type TaskListInput } from "./task-list";

const open = (FORCE: PartStatus, PCC: PartStatus) => ({ stage: deriveStage(FORCE, PCC), FORCE, PCC });

const input = (over: Partial<TaskListInput> = {}): TaskListInput => ({
  state: open("NOT_STARTED", "NOT_STARTED"),
  meetingMissing: [],
  measures: [
    { key: "homicide", name: "Reduce murder and other homicide" },
    { key: "drugs", name: "Disrupt drugs supply" },
  ],
  figures: [
    { measureKey: "homicide", entered: false, complete: false },
    { measureKey: "drugs", entered: false, complete: false },
  ],
  kpis: [{ entered: false, complete: false }],
  sections: [
    { id: "p", part: "FORCE", kind: "PURPOSE", heading: "Purpose of paper", hasText: true, carried: 3, paragraphs: 3 },
    { id: "m1", part: "FORCE", kind: "MEASURE", heading: "Measure: homicide", hasText: false, carried: 0, paragraphs: 0 },
    { id: "m2", part: "FORCE", kind: "MEASURE", heading: "Measure: drugs", hasText: true, carried: 1, paragraphs: 2 },
    { id: "i", part: "PCC", kind: "PCC_INTRO", heading: "Introduction", hasText: true, carried: 0, paragraphs: 1 },
    { id: "t1", part: "PCC", kind: "PCC_THEME", heading: "Violence", hasText: false, carried: 0, paragraphs: 0 },
    { id: "r", part: "SECRETARIAT", kind: "REPORTING", heading: "Reporting frequency", hasText: true, carried: 0, paragraphs: 1 },
    { id: "c", part: "SECRETARIAT", kind: "RECOMMENDATIONS", heading: "Recommendations", hasText: true, carried: 1, paragraphs: 1 },
  ],
  notApplicable: 0,
  missing: { FORCE: ["Homicides"], PCC: ["Violence"] },
  ...over,
});

const all = (i: TaskListInput) => buildTaskList(i).flatMap((g) => g.tasks);
const task = (tasks: Task[], id: string) => tasks.find((t) => t.id === id)!;

describe("buildTaskList", () => {
  it("lists the work in order, grouped", () => {
    const groups = buildTaskList(input());
    expect(groups.map((g) => g.id)).toEqual(["meeting", "force", "pcc", "secretariat", "decisions"]);
    expect(groups[1]!.tasks.map((t) => t.id)).toEqual([
      "figures:homicide",
      "figures:drugs",
      "kpis",
      "section:p",
      "section:m1",
      "section:m2",
      "submit:FORCE",
    ]);
    expect(groups[2]!.tasks.map((t) => t.id)).toEqual(["section:i", "section:t1", "coverage", "submit:PCC"]);
    expect(groups[4]!.tasks.map((t) => t.id)).toEqual(["approve:FORCE", "approve:PCC", "publish"]);
  });

  it("gives each task a status from what it holds", () => {
    const tasks = all(
      input({
        figures: [
          { measureKey: "homicide", entered: true, complete: true },
          { measureKey: "drugs", entered: true, complete: false },
        ],
      }),
    );
    expect(task(tasks, "figures:homicide").status).toBe("COMPLETED");
    expect(task(tasks, "figures:drugs").status).toBe("IN_PROGRESS");
    expect(task(tasks, "kpis").status).toBe("NOT_STARTED");
    // Text carried over from last quarter is not the author's work yet.
    expect(task(tasks, "section:p")).toMatchObject({ status: "NOT_STARTED", note: "3 paragraphs from last quarter to update or confirm" });
    expect(task(tasks, "section:m1").status).toBe("NOT_STARTED");
    expect(task(tasks, "section:m2")).toMatchObject({ status: "IN_PROGRESS", note: "1 paragraph from last quarter to update or confirm" });
    expect(task(tasks, "section:i").status).toBe("COMPLETED");
  });

  it("says a part cannot be submitted until its tasks are done, and says so for a returned part too", () => {
    expect(task(all(input()), "submit:FORCE")).toMatchObject({ status: "CANNOT_START", note: "Complete the tasks above first" });
    expect(task(all(input({ missing: { FORCE: [], PCC: [] }, state: open("IN_PROGRESS", "NOT_STARTED") })), "submit:FORCE").status).toBe(
      "NOT_STARTED",
    );
    expect(task(all(input({ state: open("RETURNED", "IN_PROGRESS") })), "submit:FORCE").status).toBe("RETURNED");
  });

  it("holds the PCC statement's submission until the force part is approved", () => {
    const waiting = all(input({ missing: { FORCE: [], PCC: [] }, state: open("SUBMITTED", "IN_PROGRESS") }));
    expect(task(waiting, "submit:PCC")).toMatchObject({ status: "CANNOT_START", note: "Once the DCC has approved the force part" });
    expect(task(waiting, "submit:FORCE")).toMatchObject({ status: "COMPLETED", note: "Submitted to the DCC" });
    expect(task(waiting, "approve:FORCE").status).toBe("NOT_STARTED");
    expect(task(waiting, "approve:PCC").status).toBe("CANNOT_START");
    const ready = all(input({ missing: { FORCE: [], PCC: [] }, state: open("APPROVED", "IN_PROGRESS") }));
    expect(task(ready, "submit:PCC").status).toBe("NOT_STARTED");
    expect(task(ready, "approve:FORCE")).toMatchObject({ status: "COMPLETED", note: "Approved" });
  });

  it("opens publishing when both parts are approved, and closes it once published", () => {
    expect(task(all(input({ state: open("APPROVED", "SUBMITTED") })), "publish").status).toBe("CANNOT_START");
    expect(task(all(input({ state: open("APPROVED", "APPROVED") })), "publish").status).toBe("NOT_STARTED");
    expect(task(all(input({ state: { stage: "PUBLISHED", FORCE: "APPROVED", PCC: "APPROVED" } })), "publish").status).toBe("COMPLETED");
  });

  it("reports missing meeting details", () => {
    expect(task(all(input({ meetingMissing: ["meeting date"] })), "meeting")).toMatchObject({
      status: "IN_PROGRESS",
      note: "Missing: meeting date",
    });
  });

  it("leaves out the KPI task when there are no KPIs", () => {
    expect(all(input({ kpis: [] })).some((t) => t.id === "kpis")).toBe(false);
  });
});

describe("nextTaskAfter: Save and continue", () => {
  const as =
    (...roles: Role[]) =>
    (p: Permission) =>
      can({ id: "x", roles }, p);
  const groups = buildTaskList(input());

  it("goes to the next task the person can do", () => {
    expect(nextTaskAfter(groups, "figures:homicide", as("ANALYST"))?.id).toBe("figures:drugs");
    expect(nextTaskAfter(groups, "section:m2", as("ANALYST"))?.id).toBe("submit:FORCE");
    expect(nextTaskAfter(groups, "section:i", as("PCC_OFFICE"))?.id).toBe("section:t1");
    expect(nextTaskAfter(groups, "meeting", as("SECRETARIAT"))?.id).toBe("section:r");
  });

  it("skips tasks that are someone else's, and ends at the last one", () => {
    expect(nextTaskAfter(groups, "submit:FORCE", as("ANALYST"))).toBeNull();
    expect(nextTaskAfter(groups, "coverage", as("PCC_OFFICE"))?.id).toBe("submit:PCC");
    expect(nextTaskAfter(groups, "no-such-task", as("ANALYST"))).toBeNull();
  });
});
