import type { WorkflowState } from "./transitions";

/** Who each part is waiting for, in words, in the order the work happens. */
export function waitingFor(state: WorkflowState): string[] {
  switch (state.stage) {
    case "PUBLISHED":
      return ["Nobody: published"];
    case "SUPERSEDED":
      return ["Nobody: a later edition replaced this one"];
    case "WITHDRAWN":
      return ["Nobody: withdrawn"];
    case "READY":
      return ["Board secretariat: preview and publish"];
  }
  const forceApproved = state.FORCE === "APPROVED";
  const force = {
    NOT_STARTED: "Force analysts: enter the figures and write the force statement",
    IN_PROGRESS: "Force analysts: finish and submit the force part",
    RETURNED: "Force analysts: change the returned force part and submit it again",
    SUBMITTED: "DCC: approve or return the force part",
    APPROVED: null,
  }[state.FORCE];
  const pcc = {
    NOT_STARTED: "PCC's office: write the PCC statement",
    IN_PROGRESS: forceApproved
      ? "PCC's office: finish and submit the PCC statement"
      : "PCC's office: write the PCC statement (it is submitted once the force part is approved)",
    RETURNED: "PCC's office: change the returned PCC statement and submit it again",
    SUBMITTED: forceApproved
      ? "PCC: approve or return the PCC statement"
      : "PCC: approve the PCC statement once the DCC has approved the force part",
    APPROVED: null,
  }[state.PCC];
  return [force, pcc].filter((s): s is string => !!s);
}

/** Who acts next, in one line for the dashboard and the submission page. */
export function nextStep(state: WorkflowState): string {
  return waitingFor(state).join("; ");
}
