import { describe, expect, it } from "vitest";
import { deriveStage, type PartStatus } from "@/lib/workflow/stages";
import { TRANSITIONS, type WorkflowAction, type WorkflowState } from "@/lib/workflow/transitions";
import { mailIntents, type MailIntent } from "./workflow-mail";

const state = (FORCE: PartStatus, PCC: PartStatus): WorkflowState => ({ stage: deriveStage(FORCE, PCC), FORCE, PCC });

function move(action: WorkflowAction, from: WorkflowState, to: WorkflowState, correction = false) {
  return mailIntents({ kind: "transition", action, from, to, correction });
}

const who = (intents: MailIntent[]) => intents.map((i) => `${i.kind} → ${"role" in i.audience ? i.audience.role : "worked on it"}`);

describe("who is told what", () => {
  it("a new quarter: the analysts", () => {
    expect(mailIntents({ kind: "created" })).toEqual([{ kind: "quarter-created", audience: { role: "ANALYST" } }]);
  });

  it("the deadline close and not ready: the secretariat", () => {
    expect(mailIntents({ kind: "deadline" })).toEqual([{ kind: "deadline", audience: { role: "SECRETARIAT" } }]);
  });

  it("the force part submitted: the DCCs who may approve it (not its editors), and the PCC's office", () => {
    const intents = move("submit_force", state("IN_PROGRESS", "NOT_STARTED"), state("SUBMITTED", "NOT_STARTED"));
    expect(intents).toEqual([
      { kind: "force-awaits-approval", audience: { role: "DCC", exceptEditorsOf: "FORCE" } },
      { kind: "force-submitted", audience: { role: "PCC_OFFICE" } },
    ]);
    // Resubmitting after a return is the same news.
    expect(who(move("submit_force", state("RETURNED", "IN_PROGRESS"), state("SUBMITTED", "IN_PROGRESS")))).toEqual([
      "force-awaits-approval → DCC",
      "force-submitted → PCC_OFFICE",
    ]);
  });

  it("the force part returned (by the DCC or the secretariat, from submitted or approved): the analysts", () => {
    expect(who(move("return_force", state("SUBMITTED", "NOT_STARTED"), state("RETURNED", "NOT_STARTED")))).toEqual([
      "force-returned → ANALYST",
    ]);
    expect(who(move("return_force", state("APPROVED", "IN_PROGRESS"), state("RETURNED", "IN_PROGRESS")))).toEqual([
      "force-returned → ANALYST",
    ]);
  });

  it("the force part approved: the PCC's office, who can now submit", () => {
    for (const pcc of ["NOT_STARTED", "IN_PROGRESS", "RETURNED"] as const)
      expect(who(move("approve_force", state("SUBMITTED", pcc), state("APPROVED", pcc)))).toEqual(["force-approved → PCC_OFFICE"]);
  });

  it("the PCC statement submitted: the PCCs who may approve it (not its editors)", () => {
    expect(move("submit_pcc", state("APPROVED", "IN_PROGRESS"), state("APPROVED", "SUBMITTED"))).toEqual([
      { kind: "pcc-awaits-approval", audience: { role: "PCC", exceptEditorsOf: "PCC" } },
    ]);
  });

  it("the PCC statement returned: the PCC's office", () => {
    expect(who(move("return_pcc", state("APPROVED", "SUBMITTED"), state("APPROVED", "RETURNED")))).toEqual(["pcc-returned → PCC_OFFICE"]);
  });

  it("the PCC statement approved: the secretariat, as the quarter is ready to publish", () => {
    expect(who(move("approve_pcc", state("APPROVED", "SUBMITTED"), state("APPROVED", "APPROVED")))).toEqual([
      "ready-to-publish → SECRETARIAT",
    ]);
  });

  it("a change to the approved force part: the PCC's office (their statement answered it); when it is approved again, the PCC re-confirms", () => {
    // The analyst's edit reopens the force part, then voids the PCC's approval (recordPartEdit):
    // one message, from the second move.
    expect(move("reopen_force", state("APPROVED", "APPROVED"), state("IN_PROGRESS", "APPROVED"))).toEqual([]);
    expect(who(move("reconfirm_pcc", state("IN_PROGRESS", "APPROVED"), state("IN_PROGRESS", "SUBMITTED")))).toEqual([
      "pcc-approval-voided → PCC_OFFICE",
    ]);
    // In a correction whose force part was returned, the edit voids the PCC's approval alone.
    expect(who(move("reconfirm_pcc", state("RETURNED", "APPROVED"), state("RETURNED", "SUBMITTED")))).toEqual([
      "pcc-approval-voided → PCC_OFFICE",
    ]);
    // Resubmitted: the DCC is asked again; approved: the statement waits for the PCC again.
    expect(who(move("submit_force", state("IN_PROGRESS", "SUBMITTED"), state("SUBMITTED", "SUBMITTED")))).toEqual([
      "force-awaits-approval → DCC",
      "force-submitted → PCC_OFFICE",
    ]);
    expect(move("approve_force", state("SUBMITTED", "SUBMITTED"), state("APPROVED", "SUBMITTED"))).toEqual([
      { kind: "pcc-reconfirm", audience: { role: "PCC", exceptEditorsOf: "PCC" } },
    ]);
  });

  it("a change to the approved force part that a PCC draft or submitted statement answered: the PCC's office", () => {
    for (const pcc of ["IN_PROGRESS", "SUBMITTED", "RETURNED"] as const)
      expect(who(move("reopen_force", state("APPROVED", pcc), state("IN_PROGRESS", pcc)))).toEqual(["force-changed → PCC_OFFICE"]);
    // Nothing written against it yet, or it was never approved: nobody needs telling now.
    expect(move("reopen_force", state("APPROVED", "NOT_STARTED"), state("IN_PROGRESS", "NOT_STARTED"))).toEqual([]);
    expect(move("reopen_force", state("SUBMITTED", "IN_PROGRESS"), state("IN_PROGRESS", "IN_PROGRESS"))).toEqual([]);
  });

  it("publication, correction and withdrawal: everyone who worked on the quarter", () => {
    const ready = state("APPROVED", "APPROVED");
    const published = { ...ready, stage: "PUBLISHED" as const };
    expect(move("publish", ready, published)).toEqual([{ kind: "published", audience: { workedOnQuarter: true } }]);
    expect(move("publish", ready, published, true)).toEqual([{ kind: "corrected", audience: { workedOnQuarter: true } }]);
    expect(move("withdraw", published, { ...published, stage: "WITHDRAWN" })).toEqual([
      { kind: "withdrawn", audience: { workedOnQuarter: true } },
    ]);
    // The replaced edition's own move tells nobody: the correction's publication does.
    expect(move("supersede", published, { ...published, stage: "SUPERSEDED" })).toEqual([]);
  });

  it("starting a part and taking it back to its authors tell nobody", () => {
    expect(move("start_force", state("NOT_STARTED", "NOT_STARTED"), state("IN_PROGRESS", "NOT_STARTED"))).toEqual([]);
    expect(move("start_pcc", state("NOT_STARTED", "NOT_STARTED"), state("NOT_STARTED", "IN_PROGRESS"))).toEqual([]);
    expect(move("reopen_pcc", state("APPROVED", "SUBMITTED"), state("APPROVED", "IN_PROGRESS"))).toEqual([]);
  });

  it("over every part transition in every state of the other part: an approver is asked exactly when a part starts to wait for them, the secretariat exactly when both are approved", () => {
    const statuses = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "APPROVED", "RETURNED"] as const;
    let checked = 0;
    for (const t of TRANSITIONS) {
      if (t.subject === "QUARTER") continue;
      for (const otherStatus of statuses) {
        const before = { FORCE: otherStatus, PCC: otherStatus, [t.subject]: t.from } as Record<"FORCE" | "PCC", PartStatus>;
        const after = { ...before, [t.subject]: t.to };
        const from = state(before.FORCE, before.PCC);
        const to = state(after.FORCE, after.PCC);
        const kinds = move(t.action, from, to).map((i) => i.kind);
        const label = `${t.action} from ${JSON.stringify(before)}`;
        expect(kinds.includes("force-awaits-approval"), label).toBe(from.FORCE !== "SUBMITTED" && to.FORCE === "SUBMITTED");
        const pccWaits = (s: WorkflowState) => s.PCC === "SUBMITTED" && s.FORCE === "APPROVED";
        expect(kinds.includes("pcc-awaits-approval") || kinds.includes("pcc-reconfirm"), label).toBe(!pccWaits(from) && pccWaits(to));
        expect(kinds.includes("ready-to-publish"), label).toBe(from.stage !== "READY" && to.stage === "READY");
        expect(new Set(kinds).size, label).toBe(kinds.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
