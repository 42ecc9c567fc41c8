import { describe, expect, it } from "vitest";
import { deriveStage, type PartStatus } from "./stages";
import { nextStep, waitingFor } from "./next-step";

const open = (FORCE: PartStatus, PCC: PartStatus) => ({ stage: deriveStage(FORCE, PCC), FORCE, PCC });

describe("waitingFor", () => {
  it("names both parts while both are being written", () => {
    expect(waitingFor(open("NOT_STARTED", "NOT_STARTED"))).toEqual([
      "Force analysts: enter the figures and write the force statement",
      "PCC's office: write the PCC statement",
    ]);
  });

  it("tells the PCC's office its statement waits for the force part's approval", () => {
    expect(waitingFor(open("SUBMITTED", "IN_PROGRESS"))).toEqual([
      "DCC: approve or return the force part",
      "PCC's office: write the PCC statement (it is submitted once the force part is approved)",
    ]);
    expect(waitingFor(open("APPROVED", "IN_PROGRESS"))).toEqual(["PCC's office: finish and submit the PCC statement"]);
  });

  it("says a PCC statement waiting for re-confirmation waits on the DCC first", () => {
    expect(waitingFor(open("SUBMITTED", "SUBMITTED"))).toEqual([
      "DCC: approve or return the force part",
      "PCC: approve the PCC statement once the DCC has approved the force part",
    ]);
    expect(nextStep(open("APPROVED", "SUBMITTED"))).toBe("PCC: approve or return the PCC statement");
  });

  it("names returned parts", () => {
    expect(waitingFor(open("RETURNED", "APPROVED"))).toEqual(["Force analysts: change the returned force part and submit it again"]);
  });

  it("hands a ready quarter to the secretariat, and a closed one to nobody", () => {
    expect(nextStep(open("APPROVED", "APPROVED"))).toBe("Board secretariat: preview and publish");
    expect(nextStep({ stage: "PUBLISHED", FORCE: "APPROVED", PCC: "APPROVED" })).toBe("Nobody: published");
    expect(nextStep({ stage: "WITHDRAWN", FORCE: "APPROVED", PCC: "APPROVED" })).toBe("Nobody: withdrawn");
  });
});
