import { describe, expect, it } from "vitest";
import { can, type Permission } from "@/lib/permissions";
import { ROLES, type Role } from "@/lib/roles";
import { CLOSED_STAGES, deriveStage, PART_STATUSES, type PartStatus, type Stage } from "./stages";
import {
  availableActions,
  FLAGS_NOT_CHECKED,
  resolveTransition,
  subjectOf,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  type Resolution,
  type TransitionInput,
  type WorkflowAction,
  type WorkflowFacts,
  type WorkflowState,
} from "./transitions";

/** A permission check for an actor holding the given real roles. */
const as =
  (...roles: Role[]) =>
  (p: Permission) =>
    can({ id: `actor-${roles.join("-")}`, roles }, p);

const facts = (over: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  forceApproved: true,
  pccApproved: true,
  actorEditedForce: false,
  actorEditedPcc: false,
  missingForForce: [],
  missingForPcc: [],
  missingForPublish: [],
  figureFlags: 0,
  pastDeadline: false,
  isCorrection: false,
  ...over,
});

/** Everything complete, nothing flagged, nobody approving their own work, both approvals valid. */
const GOOD = facts();
const WITH_COMMENT: TransitionInput = { comment: "Please revisit paragraph 4." };
const FORBIDDEN = "You do not have permission to do that.";
const WAIT_FOR_FORCE_SUBMIT =
  "The PCC statement can be submitted once the DCC has approved the force part, so that it always responds to approved text.";
const WAIT_FOR_FORCE_APPROVE = "The PCC statement can be approved once the DCC has approved the force part it responds to.";

const open = (FORCE: PartStatus, PCC: PartStatus): WorkflowState => ({ stage: deriveStage(FORCE, PCC), FORCE, PCC });

/** Every state a quarter can be in: each pair of part statuses while open, and the closed stages. */
const STATES: WorkflowState[] = [
  ...PART_STATUSES.flatMap((f) => PART_STATUSES.map((p) => open(f, p))),
  ...CLOSED_STAGES.map((stage) => ({ stage, FORCE: "APPROVED" as const, PCC: "APPROVED" as const })),
];
const describeState = (s: WorkflowState) => `${s.stage} (force ${s.FORCE}, PCC ${s.PCC})`;

type Row = { roles: Role[]; to: PartStatus | Stage; unless?: (s: WorkflowState) => string | null };
type Expected = { subject: "FORCE" | "PCC" | "QUARTER"; from: Partial<Record<PartStatus | Stage, Row>> };

const forceNotApproved = (message: string) => (s: WorkflowState) => (s.FORCE === "APPROVED" ? null : message);

// The expected workflow, written out by hand from the specification (not derived from
// TRANSITIONS): for each action, from which status of its part (or stage of the quarter) it
// runs, which roles may take it and where it leads with GOOD facts. Every other state must be
// refused as "no-transition" to roles that may take the action somewhere, and as "forbidden"
// to the rest (who must learn nothing about the state).
const EXPECTED: Record<WorkflowAction, Expected> = {
  start_force: { subject: "FORCE", from: { NOT_STARTED: { roles: ["ANALYST"], to: "IN_PROGRESS" } } },
  start_pcc: { subject: "PCC", from: { NOT_STARTED: { roles: ["PCC_OFFICE"], to: "IN_PROGRESS" } } },
  submit_force: {
    subject: "FORCE",
    from: { IN_PROGRESS: { roles: ["ANALYST"], to: "SUBMITTED" }, RETURNED: { roles: ["ANALYST"], to: "SUBMITTED" } },
  },
  submit_pcc: {
    subject: "PCC",
    from: {
      IN_PROGRESS: { roles: ["PCC_OFFICE"], to: "SUBMITTED", unless: forceNotApproved(WAIT_FOR_FORCE_SUBMIT) },
      RETURNED: { roles: ["PCC_OFFICE"], to: "SUBMITTED", unless: forceNotApproved(WAIT_FOR_FORCE_SUBMIT) },
    },
  },
  approve_force: { subject: "FORCE", from: { SUBMITTED: { roles: ["DCC"], to: "APPROVED" } } },
  approve_pcc: {
    subject: "PCC",
    from: { SUBMITTED: { roles: ["PCC"], to: "APPROVED", unless: forceNotApproved(WAIT_FOR_FORCE_APPROVE) } },
  },
  return_force: {
    subject: "FORCE",
    from: { SUBMITTED: { roles: ["DCC", "SECRETARIAT"], to: "RETURNED" }, APPROVED: { roles: ["DCC", "SECRETARIAT"], to: "RETURNED" } },
  },
  return_pcc: {
    subject: "PCC",
    from: { SUBMITTED: { roles: ["PCC", "SECRETARIAT"], to: "RETURNED" }, APPROVED: { roles: ["PCC", "SECRETARIAT"], to: "RETURNED" } },
  },
  reopen_force: {
    subject: "FORCE",
    from: { SUBMITTED: { roles: ["ANALYST"], to: "IN_PROGRESS" }, APPROVED: { roles: ["ANALYST"], to: "IN_PROGRESS" } },
  },
  reopen_pcc: {
    subject: "PCC",
    from: { SUBMITTED: { roles: ["PCC_OFFICE"], to: "IN_PROGRESS" }, APPROVED: { roles: ["PCC_OFFICE"], to: "IN_PROGRESS" } },
  },
  reconfirm_pcc: { subject: "PCC", from: { APPROVED: { roles: ["ANALYST"], to: "SUBMITTED" } } },
  publish: { subject: "QUARTER", from: { READY: { roles: ["SECRETARIAT"], to: "PUBLISHED" } } },
  supersede: { subject: "QUARTER", from: { PUBLISHED: { roles: ["SECRETARIAT"], to: "SUPERSEDED" } } },
  withdraw: { subject: "QUARTER", from: { PUBLISHED: { roles: ["SECRETARIAT", "ADMIN"], to: "WITHDRAWN" } } },
};

const PART_NAME = { FORCE: "force part", PCC: "PCC statement" } as const;
const STATUS_WORDS = {
  NOT_STARTED: "not started",
  IN_PROGRESS: "in progress",
  SUBMITTED: "submitted",
  APPROVED: "approved",
  RETURNED: "returned",
};
const STAGE_WORDS: Record<Stage, string> = {
  IN_PROGRESS: "in progress",
  APPROVAL: "awaiting approval",
  READY: "ready to publish",
  PUBLISHED: "published",
  SUPERSEDED: "replaced by a later edition",
  WITHDRAWN: "withdrawn",
};
const isClosed = (s: WorkflowState) => (CLOSED_STAGES as readonly Stage[]).includes(s.stage);

function notNowMessage(expected: Expected, s: WorkflowState) {
  const where =
    expected.subject === "QUARTER" || isClosed(s)
      ? `the quarter is ${STAGE_WORDS[s.stage]}`
      : `the ${PART_NAME[expected.subject]} is ${STATUS_WORDS[s[expected.subject]]}`;
  return `That cannot be done now: ${where}.`;
}

function expectedNext(expected: Expected, to: PartStatus | Stage, s: WorkflowState): WorkflowState {
  if (expected.subject === "QUARTER") return { ...s, stage: to as Stage };
  const parts = { FORCE: s.FORCE, PCC: s.PCC, [expected.subject]: to as PartStatus };
  return { ...parts, stage: deriveStage(parts.FORCE, parts.PCC) };
}

describe("deriveStage: the quarter's stage from its parts", () => {
  const cases: [PartStatus, PartStatus, Stage][] = [];
  for (const f of PART_STATUSES) {
    for (const p of PART_STATUSES) {
      const withApprover = (x: PartStatus) => x === "SUBMITTED" || x === "APPROVED";
      cases.push([f, p, f === "APPROVED" && p === "APPROVED" ? "READY" : withApprover(f) && withApprover(p) ? "APPROVAL" : "IN_PROGRESS"]);
    }
  }
  it.each(cases)("force %s, PCC %s → %s", (f, p, stage) => {
    expect(deriveStage(f, p)).toBe(stage);
  });
});

describe("resolveTransition: the full action × state × role matrix", () => {
  for (const action of WORKFLOW_ACTIONS) {
    const expected = EXPECTED[action];
    it(`${action} moves the ${expected.subject === "QUARTER" ? "quarter" : "part"} the specification says`, () => {
      expect(subjectOf(action)).toBe(expected.subject);
    });
    for (const state of STATES) {
      const current = expected.subject === "QUARTER" ? state.stage : state[expected.subject];
      const row = expected.subject !== "QUARTER" && isClosed(state) ? undefined : expected.from[current];
      for (const role of ROLES) {
        const mayEver = Object.values(expected.from).some((r) => r.roles.includes(role));
        const result = () => resolveTransition(action, state, GOOD, as(role), WITH_COMMENT);
        const title = `${action} at ${describeState(state)} by ${role}`;
        if (!mayEver) {
          it(`${title}: forbidden before anything about the state`, () => {
            expect(result()).toEqual({ ok: false, reason: "forbidden", message: FORBIDDEN });
          });
        } else if (!row) {
          it(`${title}: not now`, () => {
            expect(result()).toEqual({ ok: false, reason: "no-transition", message: notNowMessage(expected, state) });
          });
        } else if (!row.roles.includes(role)) {
          it(`${title}: forbidden`, () => {
            expect(result()).toEqual({ ok: false, reason: "forbidden", message: FORBIDDEN });
          });
        } else {
          const refusal = row.unless?.(state);
          it(`${title}: ${refusal ? "refused by its guard" : `→ ${row.to}`}`, () => {
            const r = result();
            if (refusal) expect(r).toEqual({ ok: false, reason: "guard", message: refusal });
            else expect(r).toMatchObject({ ok: true, next: expectedNext(expected, row.to, state) });
          });
        }
      }
    }
  }

  it("has a row for every expected (action, state, permission) and none besides", () => {
    const fromTable = TRANSITIONS.map((t) => `${t.action} ${t.from}→${t.to}`);
    const fromSpec = WORKFLOW_ACTIONS.flatMap((a) => Object.entries(EXPECTED[a].from).map(([from, r]) => `${a} ${from}→${r.to}`));
    expect([...new Set(fromTable)].sort()).toEqual(fromSpec.sort());
  });
});

const reasonOf = (r: Resolution) => (r.ok ? "ok" : r.reason);

describe("guards", () => {
  const submitted = open("SUBMITTED", "IN_PROGRESS");
  const bothSubmitted = open("APPROVED", "SUBMITTED");

  it("separation of duties: nobody approves a part they edited", () => {
    expect(resolveTransition("approve_force", submitted, facts({ actorEditedForce: true }), as("ANALYST", "DCC"))).toEqual({
      ok: false,
      reason: "guard",
      message: "You edited the force part of this submission, so someone else must approve it (separation of duties).",
    });
    expect(resolveTransition("approve_pcc", bothSubmitted, facts({ actorEditedPcc: true }), as("PCC_OFFICE", "PCC"))).toEqual({
      ok: false,
      reason: "guard",
      message: "You edited the PCC statement of this submission, so someone else must approve it (separation of duties).",
    });
    // Having edited the other part does not matter.
    expect(resolveTransition("approve_force", submitted, facts({ actorEditedPcc: true }), as("DCC")).ok).toBe(true);
  });

  it("submitting needs the part complete, naming what is missing", () => {
    const state = open("IN_PROGRESS", "NOT_STARTED");
    expect(resolveTransition("submit_force", state, facts({ missingForForce: ["Homicides", "Purpose of paper"] }), as("ANALYST"))).toEqual({
      ok: false,
      reason: "guard",
      message: "The force part is not complete: Homicides; Purpose of paper.",
    });
    expect(
      resolveTransition("submit_pcc", open("APPROVED", "IN_PROGRESS"), facts({ missingForPcc: ["Cyber crime"] }), as("PCC_OFFICE")),
    ).toMatchObject({ ok: false, message: "The PCC statement is not complete: Cyber crime." });
  });

  it("the PCC statement waits for the force part's approval before anything else is said", () => {
    const r = resolveTransition("submit_pcc", open("SUBMITTED", "IN_PROGRESS"), facts({ missingForPcc: ["x"] }), as("PCC_OFFICE"));
    expect(r).toMatchObject({ ok: false, message: WAIT_FOR_FORCE_SUBMIT });
  });

  it("flagged numbers warn but need the author's tick to submit", () => {
    const state = open("IN_PROGRESS", "IN_PROGRESS");
    const flagged = facts({ figureFlags: 2 });
    expect(resolveTransition("submit_force", state, flagged, as("ANALYST"))).toEqual({
      ok: false,
      reason: "guard",
      message: FLAGS_NOT_CHECKED,
    });
    expect(resolveTransition("submit_force", state, flagged, as("ANALYST"), { checkedFlags: true }).ok).toBe(true);
    // Missing content is reported before the flags.
    expect(resolveTransition("submit_force", state, facts({ figureFlags: 1, missingForForce: ["KPIs"] }), as("ANALYST"))).toMatchObject({
      message: "The force part is not complete: KPIs.",
    });
  });

  it("returning needs a comment", () => {
    for (const blank of [undefined, "", "   "]) {
      expect(resolveTransition("return_force", open("SUBMITTED", "IN_PROGRESS"), GOOD, as("DCC"), { comment: blank })).toEqual({
        ok: false,
        reason: "comment",
        message: "Enter a comment explaining why.",
      });
    }
  });

  describe("publishing", () => {
    const READY: WorkflowState = { stage: "READY", FORCE: "APPROVED", PCC: "APPROVED" };
    const publish = (f: WorkflowFacts, input: TransitionInput = {}) => resolveTransition("publish", READY, f, as("SECRETARIAT"), input);

    it("re-checks both approvals against the content", () => {
      expect(publish(facts({ forceApproved: false, pccApproved: false }))).toMatchObject({
        message: "It cannot be published yet: the force part needs the DCC's approval and the PCC statement needs the PCC's approval.",
      });
      expect(publish(facts({ pccApproved: false }))).toMatchObject({
        message: "It cannot be published yet: the PCC statement needs the PCC's approval.",
      });
    });
    it("needs the statutory checklist complete", () => {
      expect(publish(facts({ missingForPublish: ["Meeting details are complete (Missing: presenters)"] }))).toMatchObject({
        message: "It cannot be published until these are complete: Meeting details are complete (Missing: presenters).",
      });
    });
    it("needs a reason after the deadline", () => {
      expect(publish(facts({ pastDeadline: true }))).toMatchObject({
        message: "The publication deadline has passed: give the reason for publishing late.",
      });
      expect(publish(facts({ pastDeadline: true }), { lateReason: "  " }).ok).toBe(false);
      expect(publish(facts({ pastDeadline: true }), { lateReason: "The meeting moved" }).ok).toBe(true);
    });
    it("needs a change note or a minor-change mark for a correction", () => {
      const NOTE = "Describe what changed in this edition, or mark it as a minor change.";
      expect(publish(facts({ isCorrection: true }))).toMatchObject({ message: NOTE });
      expect(publish(facts({ isCorrection: true }), { changeNote: "Corrected the burglary figure" }).ok).toBe(true);
      expect(publish(facts({ isCorrection: true }), { minorChange: true }).ok).toBe(true);
      expect(publish(GOOD).ok).toBe(true);
    });
  });

  it("a secretariat who is also the DCC returns as the DCC would", () => {
    const r = resolveTransition("return_force", open("SUBMITTED", "NOT_STARTED"), GOOD, as("DCC", "SECRETARIAT"), WITH_COMMENT);
    expect(reasonOf(r)).toBe("ok");
  });
});

describe("availableActions", () => {
  const cases: [Role[], WorkflowState, string[]][] = [
    [["ANALYST"], open("IN_PROGRESS", "NOT_STARTED"), ["submit_force"]],
    [["ANALYST"], open("RETURNED", "IN_PROGRESS"), ["submit_force"]],
    // Starting and reopening happen as a side effect of editing, never as a button.
    [["ANALYST"], open("NOT_STARTED", "NOT_STARTED"), []],
    [["ANALYST"], open("SUBMITTED", "IN_PROGRESS"), []],
    // The PCC's office is offered the button as soon as it drafts; the guard explains the wait.
    [["PCC_OFFICE"], open("SUBMITTED", "IN_PROGRESS"), ["submit_pcc"]],
    [["PCC_OFFICE"], open("APPROVED", "SUBMITTED"), []],
    [["DCC"], open("SUBMITTED", "IN_PROGRESS"), ["approve_force", "return_force"]],
    [["DCC"], open("APPROVED", "SUBMITTED"), ["return_force"]],
    [["PCC"], open("APPROVED", "SUBMITTED"), ["approve_pcc", "return_pcc"]],
    [["SECRETARIAT"], open("IN_PROGRESS", "IN_PROGRESS"), []],
    [["SECRETARIAT"], open("APPROVED", "APPROVED"), ["return_force", "return_pcc", "publish"]],
    [["SECRETARIAT"], { stage: "PUBLISHED", FORCE: "APPROVED", PCC: "APPROVED" }, ["withdraw"]],
    [["ADMIN"], { stage: "PUBLISHED", FORCE: "APPROVED", PCC: "APPROVED" }, ["withdraw"]],
    [["ADMIN"], open("APPROVED", "APPROVED"), []],
    [["DCC", "PCC"], open("SUBMITTED", "SUBMITTED"), ["approve_force", "approve_pcc", "return_force", "return_pcc"]],
    [[], open("SUBMITTED", "SUBMITTED"), []],
  ];
  for (const [roles, state, expected] of cases) {
    it(`${roles.join("+") || "no role"} at ${describeState(state)}: ${expected.join(", ") || "nothing"}`, () => {
      expect(availableActions(state, as(...roles))).toEqual(expected);
    });
  }

  it("offers nobody anything once an edition is replaced or withdrawn", () => {
    for (const stage of ["SUPERSEDED", "WITHDRAWN"] as const) {
      expect(availableActions({ stage, FORCE: "APPROVED", PCC: "APPROVED" }, as(...ROLES))).toEqual([]);
    }
  });

  it("only offers actions that resolveTransition would route (permission and state agree)", () => {
    for (const role of ROLES) {
      for (const state of STATES) {
        for (const action of availableActions(state, as(role))) {
          const r = resolveTransition(action, state, GOOD, as(role), WITH_COMMENT);
          expect(r.ok || r.reason === "guard", `${role} ${action} at ${describeState(state)}: ${JSON.stringify(r)}`).toBe(true);
        }
      }
    }
  });
});
