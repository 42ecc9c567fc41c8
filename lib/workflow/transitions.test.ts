import { describe, expect, it } from "vitest";
import { can, type Permission } from "@/lib/permissions";
import { ROLES, type Role } from "@/lib/roles";
import { STAGES, type Stage } from "./stages";
import {
  availableActions,
  resolveTransition,
  TRANSITIONS,
  type Resolution,
  type TransitionInput,
  type WorkflowAction,
  type WorkflowFacts,
  WORKFLOW_ACTIONS,
} from "./transitions";

const ACTIONS = WORKFLOW_ACTIONS;

/** A permission check for an actor holding the given real roles. */
const as =
  (...roles: Role[]) =>
  (p: Permission) =>
    can({ id: `actor-${roles.join("-")}`, roles }, p);

const reasonOf = (r: Resolution) => (r.ok ? "ok" : r.reason);

const facts = (over: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  pccSubmitted: false,
  forceApproved: false,
  pccApproved: false,
  actorEditedForce: false,
  actorEditedPcc: false,
  missingForData: [],
  missingForForce: [],
  missingForPcc: [],
  missingForPublish: [],
  pastDeadline: false,
  isCorrection: false,
  ...over,
});

/** Nothing approved yet, PCC statement not yet submitted, everything complete. */
const FRESH = facts();
/** PCC statement submitted and both parts approved, everything complete. */
const APPROVED = facts({ pccSubmitted: true, forceApproved: true, pccApproved: true });

const WITH_COMMENT: TransitionInput = { comment: "Please revisit paragraph 4." };

const NO_TRANSITION = "That cannot be done while the submission is at this stage.";
const FORBIDDEN = "You do not have permission to do that.";
const UNAPPROVED_BOTH = "Publishing is refused: the force part needs the DCC's approval and the PCC statement needs the PCC's approval.";
const FORCE_ALREADY = "The force part is already approved.";
const PCC_ALREADY = "The PCC statement is already approved.";

type Expected = { to: Stage } | { guard: string };
type Row = { roles: Role[]; fresh: Expected; approved: Expected };

// The expected workflow, written out by hand from the specification (not derived from
// TRANSITIONS): for each (action, stage) that exists, which roles may take it and where it
// leads under the FRESH and APPROVED facts. Every (action, stage) pair not listed must be
// refused as "no-transition" to roles that may take the action elsewhere, and as "forbidden"
// to the rest (who must learn nothing about the stage).
const EXPECTED: Partial<Record<WorkflowAction, Partial<Record<Stage, Row>>>> = {
  submit_data: { DATA_ENTRY: { roles: ["ANALYST"], fresh: { to: "FORCE_STATEMENT" }, approved: { to: "FORCE_STATEMENT" } } },
  submit_force: { FORCE_STATEMENT: { roles: ["ANALYST"], fresh: { to: "PCC_STATEMENT" }, approved: { to: "READY" } } },
  submit_pcc: { PCC_STATEMENT: { roles: ["PCC_OFFICE"], fresh: { to: "APPROVAL" }, approved: { to: "READY" } } },
  approve_force: { APPROVAL: { roles: ["DCC"], fresh: { to: "APPROVAL" }, approved: { guard: FORCE_ALREADY } } },
  approve_pcc: { APPROVAL: { roles: ["PCC"], fresh: { to: "APPROVAL" }, approved: { guard: PCC_ALREADY } } },
  return_force: {
    APPROVAL: { roles: ["DCC"], fresh: { to: "FORCE_STATEMENT" }, approved: { to: "FORCE_STATEMENT" } },
    READY: { roles: ["SECRETARIAT"], fresh: { to: "FORCE_STATEMENT" }, approved: { to: "FORCE_STATEMENT" } },
  },
  return_pcc: {
    APPROVAL: { roles: ["PCC"], fresh: { to: "PCC_STATEMENT" }, approved: { to: "PCC_STATEMENT" } },
    READY: { roles: ["SECRETARIAT"], fresh: { to: "PCC_STATEMENT" }, approved: { to: "PCC_STATEMENT" } },
  },
  reopen_force: { READY: { roles: ["ANALYST"], fresh: { to: "APPROVAL" }, approved: { to: "APPROVAL" } } },
  reopen_pcc: { READY: { roles: ["PCC_OFFICE"], fresh: { to: "APPROVAL" }, approved: { to: "APPROVAL" } } },
  publish: { READY: { roles: ["SECRETARIAT"], fresh: { guard: UNAPPROVED_BOTH }, approved: { to: "PUBLISHED" } } },
  supersede: { PUBLISHED: { roles: ["SECRETARIAT"], fresh: { to: "SUPERSEDED" }, approved: { to: "SUPERSEDED" } } },
  withdraw: { PUBLISHED: { roles: ["SECRETARIAT", "ADMIN"], fresh: { to: "WITHDRAWN" }, approved: { to: "WITHDRAWN" } } },
};

function expectOutcome(result: Resolution, expected: Expected) {
  if ("to" in expected) {
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(result.transition.to).toBe(expected.to);
  } else {
    expect(result).toEqual({ ok: false, reason: "guard", message: expected.guard });
  }
}

describe("resolveTransition: the full action × stage × role matrix", () => {
  for (const [label, fs] of [
    ["fresh", FRESH],
    ["approved", APPROVED],
  ] as const) {
    describe(`with ${label} facts`, () => {
      for (const action of ACTIONS) {
        for (const stage of STAGES) {
          const row = EXPECTED[action]?.[stage];
          for (const role of ROLES) {
            const mayEver = Object.values(EXPECTED[action] ?? {}).some((r) => r.roles.includes(role));
            if (!row && !mayEver) {
              it(`${action} at ${stage} by ${role}: forbidden before anything about the stage`, () => {
                expect(resolveTransition(action, stage, fs, as(role), WITH_COMMENT)).toEqual({
                  ok: false,
                  reason: "forbidden",
                  message: FORBIDDEN,
                });
              });
            } else if (!row) {
              it(`${action} at ${stage} by ${role}: no-transition`, () => {
                expect(resolveTransition(action, stage, fs, as(role), WITH_COMMENT)).toEqual({
                  ok: false,
                  reason: "no-transition",
                  message: NO_TRANSITION,
                });
              });
            } else if (!row.roles.includes(role)) {
              it(`${action} at ${stage} by ${role}: forbidden`, () => {
                expect(resolveTransition(action, stage, fs, as(role), WITH_COMMENT)).toEqual({
                  ok: false,
                  reason: "forbidden",
                  message: FORBIDDEN,
                });
              });
            } else {
              const expected = row[label];
              it(`${action} at ${stage} by ${role}: ${"to" in expected ? `→ ${expected.to}` : "guard refusal"}`, () => {
                expectOutcome(resolveTransition(action, stage, fs, as(role), WITH_COMMENT), expected);
              });
            }
          }
        }
      }
    });
  }

  it("refuses a transition that does not exist at a stage even to an actor with every role", () => {
    const everyone = as(...ROLES);
    for (const action of ACTIONS) {
      for (const stage of STAGES) {
        if (EXPECTED[action]?.[stage]) continue;
        expect(reasonOf(resolveTransition(action, stage, APPROVED, everyone, WITH_COMMENT))).toBe("no-transition");
      }
    }
  });

  it("forbids every existing transition to an actor with no roles", () => {
    const nobody = as();
    for (const action of ACTIONS) {
      for (const stage of STAGES) {
        if (!EXPECTED[action]?.[stage]) continue;
        expect(resolveTransition(action, stage, FRESH, nobody, WITH_COMMENT)).toEqual({
          ok: false,
          reason: "forbidden",
          message: FORBIDDEN,
        });
      }
    }
  });

  it("has exactly the (action, stage) pairs of the expected table", () => {
    const actual = [...new Set(TRANSITIONS.map((t) => `${t.action}@${t.from}`))].sort();
    const expected = Object.entries(EXPECTED)
      .flatMap(([action, stages]) => Object.keys(stages ?? {}).map((stage) => `${action}@${stage}`))
      .sort();
    expect(actual).toEqual(expected);
  });

  it("gives a user with several roles the union of what each role may do", () => {
    const analystAndDcc = as("ANALYST", "DCC");
    expect(resolveTransition("submit_force", "FORCE_STATEMENT", FRESH, analystAndDcc).ok).toBe(true);
    expect(resolveTransition("approve_force", "APPROVAL", FRESH, analystAndDcc).ok).toBe(true);
    expect(reasonOf(resolveTransition("approve_pcc", "APPROVAL", FRESH, analystAndDcc))).toBe("forbidden");
  });

  it("checks permission before routing or guards, so an unauthorised actor learns nothing about the guard", () => {
    const incomplete = facts({ missingForData: ["Homicides"] });
    expect(reasonOf(resolveTransition("submit_data", "DATA_ENTRY", incomplete, as("DCC")))).toBe("forbidden");
    expect(reasonOf(resolveTransition("submit_data", "DATA_ENTRY", incomplete, as("ANALYST")))).toBe("guard");
  });
});

describe("routing conditions", () => {
  const analyst = as("ANALYST");
  const pccOffice = as("PCC_OFFICE");
  const dcc = as("DCC");
  const pcc = as("PCC");
  const to = (r: Resolution) => (r.ok ? r.transition.to : `refused:${r.reason}`);

  describe("submit_force", () => {
    it.each([
      // pccSubmitted, forceApproved, pccApproved → stage
      [false, false, false, "PCC_STATEMENT"],
      [false, true, true, "PCC_STATEMENT"],
      [false, true, false, "PCC_STATEMENT"],
      [true, false, false, "APPROVAL"],
      [true, true, false, "APPROVAL"],
      [true, false, true, "APPROVAL"],
      [true, true, true, "READY"],
    ] as const)("pccSubmitted=%s forceApproved=%s pccApproved=%s → %s", (pccSubmitted, forceApproved, pccApproved, stage) => {
      expect(to(resolveTransition("submit_force", "FORCE_STATEMENT", facts({ pccSubmitted, forceApproved, pccApproved }), analyst))).toBe(
        stage,
      );
    });
  });

  describe("submit_pcc", () => {
    it.each([
      [false, false, "APPROVAL"],
      [true, false, "APPROVAL"],
      [false, true, "APPROVAL"],
      [true, true, "READY"],
    ] as const)("forceApproved=%s pccApproved=%s → %s", (forceApproved, pccApproved, stage) => {
      expect(to(resolveTransition("submit_pcc", "PCC_STATEMENT", facts({ forceApproved, pccApproved }), pccOffice))).toBe(stage);
    });
  });

  describe("approve_force", () => {
    it("goes to READY when the PCC statement is already approved", () => {
      expect(to(resolveTransition("approve_force", "APPROVAL", facts({ pccSubmitted: true, pccApproved: true }), dcc))).toBe("READY");
    });
    it("stays at APPROVAL while the PCC statement awaits approval", () => {
      expect(to(resolveTransition("approve_force", "APPROVAL", facts({ pccSubmitted: true }), dcc))).toBe("APPROVAL");
    });
  });

  describe("approve_pcc", () => {
    it("goes to READY when the force part is already approved", () => {
      expect(to(resolveTransition("approve_pcc", "APPROVAL", facts({ pccSubmitted: true, forceApproved: true }), pcc))).toBe("READY");
    });
    it("stays at APPROVAL while the force part awaits approval", () => {
      expect(to(resolveTransition("approve_pcc", "APPROVAL", facts({ pccSubmitted: true }), pcc))).toBe("APPROVAL");
    });
  });
});

describe("guards", () => {
  it("refuses submit_data listing the incomplete figures", () => {
    expect(
      resolveTransition("submit_data", "DATA_ENTRY", facts({ missingForData: ["Homicides", "Firearm discharges"] }), as("ANALYST")),
    ).toEqual({
      ok: false,
      reason: "guard",
      message: "The figures are not complete: Homicides; Firearm discharges.",
    });
  });

  it("refuses submit_force listing both missing figures and missing force sections", () => {
    const f = facts({ missingForData: ["Homicides"], missingForForce: ["Purpose of paper", "Force statement on Reduce serious violence"] });
    for (const pccSubmitted of [false, true]) {
      expect(resolveTransition("submit_force", "FORCE_STATEMENT", { ...f, pccSubmitted }, as("ANALYST"))).toEqual({
        ok: false,
        reason: "guard",
        message: "The force part is not complete: Homicides; Purpose of paper; Force statement on Reduce serious violence.",
      });
    }
  });

  it("refuses submit_force when only force sections are missing", () => {
    const r = resolveTransition("submit_force", "FORCE_STATEMENT", facts({ missingForForce: ["Purpose of paper"] }), as("ANALYST"));
    expect(r).toMatchObject({ ok: false, reason: "guard", message: "The force part is not complete: Purpose of paper." });
  });

  it("refuses submit_pcc listing the measures the PCC statement does not address, whichever route applies", () => {
    for (const approved of [false, true]) {
      const f = facts({ missingForPcc: ["PCC statement addresses Tackle cyber crime"], forceApproved: approved, pccApproved: approved });
      expect(resolveTransition("submit_pcc", "PCC_STATEMENT", f, as("PCC_OFFICE"))).toEqual({
        ok: false,
        reason: "guard",
        message: "The PCC statement is not complete: PCC statement addresses Tackle cyber crime.",
      });
    }
  });

  it("ignores unrelated missing items: missing PCC items do not block the force submission and vice versa", () => {
    expect(resolveTransition("submit_force", "FORCE_STATEMENT", facts({ missingForPcc: ["x"] }), as("ANALYST")).ok).toBe(true);
    expect(
      resolveTransition("submit_pcc", "PCC_STATEMENT", facts({ missingForForce: ["x"], missingForData: ["y"] }), as("PCC_OFFICE")).ok,
    ).toBe(true);
    expect(resolveTransition("submit_data", "DATA_ENTRY", facts({ missingForForce: ["x"], missingForPcc: ["y"] }), as("ANALYST")).ok).toBe(
      true,
    );
  });

  describe("separation of duties", () => {
    it("refuses approve_force to a DCC who edited the force part", () => {
      for (const pccApproved of [false, true]) {
        expect(
          resolveTransition("approve_force", "APPROVAL", facts({ pccSubmitted: true, pccApproved, actorEditedForce: true }), as("DCC")),
        ).toEqual({
          ok: false,
          reason: "guard",
          message: "You edited the force part of this submission, so someone else must approve it (separation of duties).",
        });
      }
    });

    it("does not let an edit to the PCC statement block approve_force", () => {
      expect(resolveTransition("approve_force", "APPROVAL", facts({ pccSubmitted: true, actorEditedPcc: true }), as("DCC")).ok).toBe(true);
    });

    it("refuses approve_pcc to a PCC who edited the PCC statement", () => {
      for (const forceApproved of [false, true]) {
        expect(
          resolveTransition("approve_pcc", "APPROVAL", facts({ pccSubmitted: true, forceApproved, actorEditedPcc: true }), as("PCC")),
        ).toEqual({
          ok: false,
          reason: "guard",
          message: "You edited the PCC statement of this submission, so someone else must approve it (separation of duties).",
        });
      }
    });

    it("does not let an edit to the force part block approve_pcc", () => {
      expect(resolveTransition("approve_pcc", "APPROVAL", facts({ pccSubmitted: true, actorEditedForce: true }), as("PCC")).ok).toBe(true);
    });
  });

  it("reports an existing approval before separation of duties", () => {
    expect(resolveTransition("approve_force", "APPROVAL", facts({ forceApproved: true, actorEditedForce: true }), as("DCC"))).toMatchObject(
      { message: FORCE_ALREADY },
    );
    expect(resolveTransition("approve_pcc", "APPROVAL", facts({ pccApproved: true, actorEditedPcc: true }), as("PCC"))).toMatchObject({
      message: PCC_ALREADY,
    });
  });

  it("refuses a second approval of the same part whatever the other part's state", () => {
    for (const other of [false, true]) {
      expect(resolveTransition("approve_force", "APPROVAL", facts({ forceApproved: true, pccApproved: other }), as("DCC"))).toEqual({
        ok: false,
        reason: "guard",
        message: FORCE_ALREADY,
      });
      expect(resolveTransition("approve_pcc", "APPROVAL", facts({ pccApproved: true, forceApproved: other }), as("PCC"))).toEqual({
        ok: false,
        reason: "guard",
        message: PCC_ALREADY,
      });
    }
  });
});

describe("comments", () => {
  const cases: [WorkflowAction, Stage, Role][] = [
    ["return_force", "APPROVAL", "DCC"],
    ["return_force", "READY", "SECRETARIAT"],
    ["return_pcc", "APPROVAL", "PCC"],
    ["return_pcc", "READY", "SECRETARIAT"],
    ["withdraw", "PUBLISHED", "SECRETARIAT"],
    ["withdraw", "PUBLISHED", "ADMIN"],
  ];
  const COMMENT_REFUSAL = { ok: false, reason: "comment", message: "Enter a comment explaining why." };

  for (const [action, stage, role] of cases) {
    describe(`${action} at ${stage} by ${role}`, () => {
      it("is refused without a comment", () => {
        expect(resolveTransition(action, stage, APPROVED, as(role))).toEqual(COMMENT_REFUSAL);
        expect(resolveTransition(action, stage, APPROVED, as(role), {})).toEqual(COMMENT_REFUSAL);
        expect(resolveTransition(action, stage, APPROVED, as(role), { comment: "" })).toEqual(COMMENT_REFUSAL);
      });
      it("is refused with a whitespace-only comment", () => {
        expect(resolveTransition(action, stage, APPROVED, as(role), { comment: "  \n\t " })).toEqual(COMMENT_REFUSAL);
      });
      it("is allowed with a comment", () => {
        expect(resolveTransition(action, stage, APPROVED, as(role), { comment: " Figures need checking " }).ok).toBe(true);
      });
    });
  }

  it("does not require a comment for transitions that do not need one", () => {
    expect(resolveTransition("submit_data", "DATA_ENTRY", FRESH, as("ANALYST")).ok).toBe(true);
    expect(resolveTransition("approve_force", "APPROVAL", FRESH, as("DCC")).ok).toBe(true);
    expect(resolveTransition("supersede", "PUBLISHED", FRESH, as("SECRETARIAT")).ok).toBe(true);
    expect(resolveTransition("reopen_force", "READY", FRESH, as("ANALYST")).ok).toBe(true);
    expect(resolveTransition("publish", "READY", APPROVED, as("SECRETARIAT")).ok).toBe(true);
  });

  it("checks permission before asking for a comment", () => {
    expect(reasonOf(resolveTransition("withdraw", "PUBLISHED", FRESH, as("ANALYST")))).toBe("forbidden");
  });
});

describe("publish guard", () => {
  const secretariat = as("SECRETARIAT");
  const publish = (f: WorkflowFacts, input: TransitionInput = {}) => resolveTransition("publish", "READY", f, secretariat, input);

  it("names the force part when only it is unapproved", () => {
    expect(publish(facts({ pccSubmitted: true, pccApproved: true }))).toEqual({
      ok: false,
      reason: "guard",
      message: "Publishing is refused: the force part needs the DCC's approval.",
    });
  });

  it("names the PCC statement when only it is unapproved", () => {
    expect(publish(facts({ pccSubmitted: true, forceApproved: true }))).toEqual({
      ok: false,
      reason: "guard",
      message: "Publishing is refused: the PCC statement needs the PCC's approval.",
    });
  });

  it("names both parts when neither is approved", () => {
    expect(publish(facts({ pccSubmitted: true }))).toEqual({ ok: false, reason: "guard", message: UNAPPROVED_BOTH });
  });

  it("lists the unmet statutory checklist items", () => {
    expect(
      publish({ ...APPROVED, missingForPublish: ["Meeting details are complete (Missing: meeting date)", "Purpose of paper"] }),
    ).toEqual({
      ok: false,
      reason: "guard",
      message:
        "Publishing is refused until the statutory checklist is complete: Meeting details are complete (Missing: meeting date); Purpose of paper.",
    });
  });

  it("reports missing approvals before the checklist", () => {
    expect(publish({ ...FRESH, missingForPublish: ["Purpose of paper"] })).toMatchObject({ reason: "guard", message: UNAPPROVED_BOTH });
  });

  describe("past the deadline", () => {
    const late = { ...APPROVED, pastDeadline: true };
    const LATE = { ok: false, reason: "guard", message: "The publication deadline has passed: give the reason for publishing late." };
    it("requires a reason for publishing late", () => {
      expect(publish(late)).toEqual(LATE);
      expect(publish(late, { lateReason: "" })).toEqual(LATE);
      expect(publish(late, { lateReason: "   " })).toEqual(LATE);
    });
    it("does not accept a comment in place of the late reason", () => {
      expect(publish(late, { comment: "Late because of the election" })).toEqual(LATE);
    });
    it("publishes with a late reason", () => {
      const r = publish(late, { lateReason: "Board meeting was moved" });
      expect(r.ok && r.transition.to).toBe("PUBLISHED");
    });
    it("is checked after the statutory checklist", () => {
      expect(publish({ ...late, missingForPublish: ["Purpose of paper"] })).toMatchObject({
        message: "Publishing is refused until the statutory checklist is complete: Purpose of paper.",
      });
    });
  });

  describe("a correction", () => {
    const correction = { ...APPROVED, isCorrection: true };
    const NOTE = { ok: false, reason: "guard", message: "Describe what changed in this edition, or mark it as a minor change." };
    it("requires a change note or a minor-change mark", () => {
      expect(publish(correction)).toEqual(NOTE);
      expect(publish(correction, { changeNote: "  " })).toEqual(NOTE);
      expect(publish(correction, { minorChange: false })).toEqual(NOTE);
    });
    it("publishes with a change note", () => {
      expect(publish(correction, { changeNote: "Corrected the burglary figure" }).ok).toBe(true);
    });
    it("publishes when marked as a minor change", () => {
      expect(publish(correction, { minorChange: true }).ok).toBe(true);
    });
    it("asks for the late reason first when the correction is also late", () => {
      expect(publish({ ...correction, pastDeadline: true }, { changeNote: "Fixed a typo" })).toMatchObject({
        message: "The publication deadline has passed: give the reason for publishing late.",
      });
      expect(publish({ ...correction, pastDeadline: true }, { changeNote: "Fixed a typo", lateReason: "Late" }).ok).toBe(true);
    });
  });

  it("does not ask for a change note on a first edition", () => {
    expect(publish(APPROVED).ok).toBe(true);
  });
});

describe("effects", () => {
  it("submit_pcc marks the PCC statement as submitted on both routes", () => {
    for (const f of [FRESH, facts({ forceApproved: true, pccApproved: true })]) {
      const r = resolveTransition("submit_pcc", "PCC_STATEMENT", f, as("PCC_OFFICE"));
      expect(r.ok && r.transition.effects).toEqual({ pccSubmitted: true });
    }
  });

  it("return_pcc clears the submitted flag from approval and from ready", () => {
    const fromApproval = resolveTransition("return_pcc", "APPROVAL", APPROVED, as("PCC"), WITH_COMMENT);
    const fromReady = resolveTransition("return_pcc", "READY", APPROVED, as("SECRETARIAT"), WITH_COMMENT);
    expect(fromApproval.ok && fromApproval.transition.effects).toEqual({ pccSubmitted: false });
    expect(fromReady.ok && fromReady.transition.effects).toEqual({ pccSubmitted: false });
  });

  it("other transitions leave the submitted flag alone", () => {
    const checks: [WorkflowAction, Stage, Role, WorkflowFacts][] = [
      ["submit_data", "DATA_ENTRY", "ANALYST", FRESH],
      ["submit_force", "FORCE_STATEMENT", "ANALYST", FRESH],
      ["approve_force", "APPROVAL", "DCC", FRESH],
      ["approve_pcc", "APPROVAL", "PCC", FRESH],
      ["return_force", "APPROVAL", "DCC", FRESH],
      ["return_force", "READY", "SECRETARIAT", FRESH],
      ["reopen_force", "READY", "ANALYST", FRESH],
      ["reopen_pcc", "READY", "PCC_OFFICE", FRESH],
      ["publish", "READY", "SECRETARIAT", APPROVED],
      ["supersede", "PUBLISHED", "SECRETARIAT", FRESH],
      ["withdraw", "PUBLISHED", "ADMIN", FRESH],
    ];
    for (const [action, stage, role, f] of checks) {
      const r = resolveTransition(action, stage, f, as(role), WITH_COMMENT);
      expect(r.ok, `${action} at ${stage}`).toBe(true);
      expect(r.ok && r.transition.effects?.pccSubmitted, `${action} at ${stage}`).toBeUndefined();
    }
  });
});

describe("availableActions", () => {
  const cases: [Role[], Stage, WorkflowFacts, WorkflowAction[]][] = [
    [["ANALYST"], "DATA_ENTRY", FRESH, ["submit_data"]],
    [["ANALYST"], "FORCE_STATEMENT", FRESH, ["submit_force"]],
    [["ANALYST"], "PCC_STATEMENT", FRESH, []],
    [["ANALYST"], "APPROVAL", FRESH, []],
    // Reopening happens as a side effect of editing, never as a button.
    [["ANALYST"], "READY", FRESH, []],
    [["PCC_OFFICE"], "PCC_STATEMENT", FRESH, ["submit_pcc"]],
    [["PCC_OFFICE"], "FORCE_STATEMENT", FRESH, []],
    [["PCC_OFFICE"], "READY", FRESH, []],
    [["DCC"], "APPROVAL", FRESH, ["approve_force", "return_force"]],
    [["DCC"], "READY", APPROVED, []],
    [["PCC"], "APPROVAL", FRESH, ["approve_pcc", "return_pcc"]],
    [["SECRETARIAT"], "DATA_ENTRY", FRESH, []],
    [["SECRETARIAT"], "APPROVAL", FRESH, []],
    [["SECRETARIAT"], "READY", APPROVED, ["return_force", "return_pcc", "publish"]],
    // Supersede happens when a new edition is published, never as a button.
    [["SECRETARIAT"], "PUBLISHED", APPROVED, ["withdraw"]],
    [["SECRETARIAT"], "SUPERSEDED", APPROVED, []],
    [["SECRETARIAT"], "WITHDRAWN", APPROVED, []],
    [["ADMIN"], "PUBLISHED", APPROVED, ["withdraw"]],
    [["ADMIN"], "READY", APPROVED, []],
    [["DCC", "PCC"], "APPROVAL", FRESH, ["approve_force", "approve_pcc", "return_force", "return_pcc"]],
    [[], "APPROVAL", FRESH, []],
  ];

  for (const [roles, stage, f, expected] of cases) {
    it(`${roles.join("+") || "no role"} at ${stage}: ${expected.join(", ") || "nothing"}`, () => {
      expect(availableActions(stage, f, as(...roles))).toEqual(expected);
    });
  }

  it("offers nobody anything once a submission is superseded or withdrawn", () => {
    for (const stage of ["SUPERSEDED", "WITHDRAWN"] as const) expect(availableActions(stage, APPROVED, as(...ROLES))).toEqual([]);
  });

  it("offers the button even when a guard would refuse, so the refusal can be explained on click", () => {
    const incomplete = facts({ missingForData: ["Homicides"] });
    expect(availableActions("DATA_ENTRY", incomplete, as("ANALYST"))).toEqual(["submit_data"]);
    expect(reasonOf(resolveTransition("submit_data", "DATA_ENTRY", incomplete, as("ANALYST")))).toBe("guard");
  });

  it("only offers actions that resolveTransition would route (permission and stage agree)", () => {
    for (const role of ROLES) {
      for (const stage of STAGES) {
        for (const action of availableActions(stage, APPROVED, as(role))) {
          const r = resolveTransition(action, stage, APPROVED, as(role), WITH_COMMENT);
          // Offered actions may still meet a guard, but never a permission or stage refusal.
          expect(r.ok || r.reason === "guard", `${role} ${action} at ${stage}: ${JSON.stringify(r)}`).toBe(true);
        }
      }
    }
  });
});
