import type { Stage } from "./stages";

/** Who acts next, in words for the dashboard. */
export function nextStep(stage: Stage, facts: { forceApproved: boolean; pccApproved: boolean }): string {
  switch (stage) {
    case "DATA_ENTRY":
      return "Force analysts: enter and submit the figures";
    case "FORCE_STATEMENT":
      return "Force analysts: write and submit the force statement";
    case "PCC_STATEMENT":
      return "PCC's office: write and submit the PCC statement";
    case "APPROVAL": {
      const waiting = [
        !facts.forceApproved && "DCC: approve the force part",
        !facts.pccApproved && "PCC: approve the PCC statement",
      ].filter(Boolean);
      return waiting.join("; ") || "Approvals complete";
    }
    case "READY":
      return "Board secretariat: publish";
    case "PUBLISHED":
      return "Nobody: published";
    case "SUPERSEDED":
      return "Nobody: a later edition replaced this one";
    case "WITHDRAWN":
      return "Nobody: withdrawn";
  }
}
