// Race-sensitive operations decided at the same moment by many callers. On PostgreSQL every
// caller has a connection of its own and the calls really overlap, so these prove that the
// row locks (guarded writes taken first), unique keys and serializable transactions hold there
// as SQLite's single writer does. On SQLite the calls share the app's one connection and are
// taken in turn, as they are in the app. Either way: exactly one wins, every other caller is
// told why in words (never a database error), and nothing is saved twice or lost.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionActor } from "@/lib/permissions";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { databaseProvider } from "@/lib/database-url";
import { DomainError, StaleError } from "@/server/errors";
import type { Db } from "@/server/db";
import { authenticate } from "@/server/auth/authenticate";
import { approvePart } from "@/server/submissions/approve-part";
import { createQuarter } from "@/server/submissions/create-quarter";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { startEdition } from "@/server/submissions/start-edition";
import { submitPart } from "@/server/submissions/submit-part";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { saveSection } from "@/server/statements/save-section";
import { setUserActive } from "@/server/users/set-user-active";
import { updateUserRoles } from "@/server/users/update-user-roles";
import { domainDatabase, type Harness } from "./harness";

const CALLERS = 20;

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

const postgres = () => databaseProvider(h.url) === "postgresql";

/** Runs every call at once (on PostgreSQL each on a connection of its own) and sorts the outcomes. */
async function race<T>(calls: (() => Promise<T>)[]) {
  const clients: Db[] = calls.map(() => (postgres() ? h.connect() : h.db));
  // Open every connection first, so the calls start together rather than one per connect.
  await Promise.all(clients.map((client) => client.$queryRawUnsafe("SELECT 1")));
  const outcomes = await Promise.allSettled(calls.map((call, i) => h.run(call, clients[i])));
  const won = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as Error] : []));
  return { won, refused };
}

function expectRefusals(refused: Error[], message: string | RegExp) {
  for (const error of refused) {
    expect(error, String(error)).toBeInstanceOf(DomainError);
    expect(error.message).toMatch(message);
  }
}

async function users(count: number, roles: SessionActor["roles"]) {
  return Promise.all(Array.from({ length: count }, (_, i) => h.user([...roles], `Caller ${i}`)));
}

describe("decisions on one submission", () => {
  it(`${CALLERS} DCCs approving the force part at once: exactly one approval`, async () => {
    const q = await h.quarter("APPROVAL");
    const dccs = await users(CALLERS, ["DCC"]);
    const { won, refused } = await race(dccs.map((actor) => () => approvePart({ actor, submissionId: q.submissionId, part: "FORCE" })));
    expect(won).toHaveLength(1);
    expectRefusals(refused, "The force part is already approved.");
    expect(await h.db.approval.count({ where: { submissionId: q.submissionId, part: "FORCE" } })).toBe(1);
    expect(await h.db.auditEvent.count({ where: { submissionId: q.submissionId, action: "transition.approve_force" } })).toBe(1);
  });

  it(`${CALLERS} publishes of a correction at once: exactly one published edition, the old one superseded once`, async () => {
    const q = await h.quarter("PUBLISHED");
    const { secretariat, analyst, pccOffice } = q.actors;
    const { submissionId } = await h.run(() => startEdition({ actor: secretariat, quarterId: q.quarterId }));
    await h.run(async () => {
      await submitPart({ actor: analyst, submissionId, action: "submit_data" });
      await submitPart({ actor: analyst, submissionId, action: "submit_force" });
      await submitPart({ actor: pccOffice, submissionId, action: "submit_pcc" });
    });
    expect((await h.db.submission.findUniqueOrThrow({ where: { id: submissionId } })).stage).toBe("READY");
    const publishers = await users(CALLERS, ["SECRETARIAT"]);
    const { won, refused } = await race(
      publishers.map((actor) => () => publishSubmission({ actor, submissionId, changeNote: `Published by ${actor.name}` })),
    );
    expect(won).toHaveLength(1);
    expectRefusals(refused, "That cannot be done while the submission is at this stage.");
    const editions = await h.db.submission.findMany({ where: { quarterId: q.quarterId }, orderBy: { edition: "asc" } });
    expect(editions.map((e) => [e.edition, e.stage])).toEqual([
      [1, "SUPERSEDED"],
      [2, "PUBLISHED"],
    ]);
    expect(await h.db.auditEvent.count({ where: { action: "transition.publish", submissionId } })).toBe(1);
    expect(await h.db.auditEvent.count({ where: { action: "transition.supersede" } })).toBe(1);
  });

  it("two saves of one section from the same version: one is refused as stale, the other is kept whole", async () => {
    const q = await h.quarter("FORCE_STATEMENT");
    const analysts = await users(2, ["ANALYST"]);
    const sectionId = q.sections.measures["homicide"]!;
    const { version, heading } = await h.db.section.findUniqueOrThrow({ where: { id: sectionId } });
    const texts = analysts.map((a) => [`${a.name} wrote this first paragraph.`, `${a.name} wrote this second paragraph.`]);
    const { won, refused } = await race(
      analysts.map(
        (actor, i) => () =>
          saveSection({ actor, input: { sectionId, version, heading, covers: [], paragraphs: texts[i]!.map((text) => ({ text })) } }),
      ),
    );
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(StaleError);
    const stored = await h.db.paragraph.findMany({ where: { sectionId }, orderBy: { position: "asc" } });
    // Whole paragraphs of one author, never a mix of the two, and none lost.
    expect(texts).toContainEqual(stored.map((p) => p.text));
    expect((await h.db.section.findUniqueOrThrow({ where: { id: sectionId } })).version).toBe(version + 1);
    expect(await h.db.auditEvent.count({ where: { action: "save.section.measure", entityId: sectionId } })).toBe(1);
  });
});

describe("decisions on one quarter", () => {
  it(`${CALLERS} corrections started at once: exactly one new edition`, async () => {
    const q = await h.quarter("PUBLISHED");
    const secretaries = await users(CALLERS, ["SECRETARIAT"]);
    const { won, refused } = await race(secretaries.map((actor) => () => startEdition({ actor, quarterId: q.quarterId })));
    expect(won).toHaveLength(1);
    expectRefusals(refused, "An edition of this quarter is already open.");
    const editions = await h.db.submission.findMany({ where: { quarterId: q.quarterId }, orderBy: { edition: "asc" } });
    expect(editions.map((e) => [e.edition, e.stage])).toEqual([
      [1, "PUBLISHED"],
      [2, "DATA_ENTRY"],
    ]);
    expect(await h.db.auditEvent.count({ where: { action: "edition.start" } })).toBe(1);
  });

  it("a correction started while the quarter is withdrawn: one of the two is refused, never both done", async () => {
    for (let round = 0; round < 5; round++) {
      const q = await h.quarter("PUBLISHED");
      const { won, refused } = await race<unknown>([
        () => startEdition({ actor: q.actors.secretariat, quarterId: q.quarterId }),
        () =>
          withdrawSubmission({
            actor: q.actors.secretariat,
            submissionId: q.submissionId,
            reason: "PUBLISHED_IN_ERROR",
            explanation: "Wrong figures.",
          }),
      ]);
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toBeInstanceOf(DomainError);
      const stages = (await h.db.submission.findMany({ where: { quarterId: q.quarterId }, orderBy: { edition: "asc" } })).map(
        (e) => e.stage,
      );
      expect([["WITHDRAWN"], ["PUBLISHED", "DATA_ENTRY"]]).toContainEqual(stages);
    }
  });

  it(`${CALLERS} secretaries creating the same quarter at once: one quarter, the others told it exists`, async () => {
    const secretaries = await users(CALLERS, ["SECRETARIAT"]);
    const input = {
      fyStart: 2077,
      quarter: "2" as const,
      boardName: "Strategic Policing and Crime Board",
      meetingDate: "2078-02-15",
      agendaItem: "7",
      planPriority: "Regular Item",
      title: "National Policing Priorities",
      presenters: "Deputy Chief Constable",
    };
    const { won, refused } = await race(secretaries.map((actor) => () => createQuarter({ actor, input })));
    expect(won).toHaveLength(1);
    expectRefusals(refused, "That quarter already exists.");
    expect(await h.db.quarter.count({ where: { fyStart: 2077, quarter: 2 } })).toBe(1);
    expect(await h.db.submission.count({ where: { quarter: { fyStart: 2077, quarter: 2 } } })).toBe(1);
  });
});

describe("accounts", () => {
  it("administrators changing one user's roles at once: each change is whole, none fails", async () => {
    const admins = await users(CALLERS, ["ADMIN"]);
    const target = await h.user(["ANALYST"], "Target");
    const sets: SessionActor["roles"][] = [["DCC"], ["PCC", "PCC_OFFICE"], ["SECRETARIAT", "ANALYST"]];
    const { won, refused } = await race(
      admins.map((actor, i) => () => updateUserRoles({ actor, userId: target.id, roles: [...sets[i % 3]!] })),
    );
    expect(refused.map(String)).toEqual([]);
    expect(won).toHaveLength(CALLERS);
    const roles = (await h.db.userRole.findMany({ where: { userId: target.id } })).map((r) => r.role).sort();
    expect(sets.map((set) => [...set].sort())).toContainEqual(roles);
    expect(await h.db.auditEvent.count({ where: { action: "user.roles", entityId: target.id } })).toBe(CALLERS);
  });

  it(`${CALLERS} administrators deactivating one account at once: deactivated and audited once`, async () => {
    const admins = await users(CALLERS, ["ADMIN"]);
    const target = await h.user(["ANALYST"], "Target");
    const { refused } = await race(admins.map((actor) => () => setUserActive({ actor, userId: target.id, active: false })));
    expect(refused.map(String)).toEqual([]);
    expect((await h.db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    expect(await h.db.auditEvent.count({ where: { action: "user.deactivate", entityId: target.id } })).toBe(1);
  });
});

describe("sign-in throttling", () => {
  it(`${CALLERS} wrong passwords for one account at once: only ${MAX_FAILURES} are checked, the rest are throttled`, async () => {
    const email = "target@example.test";
    const { won, refused } = await race(Array.from({ length: CALLERS }, () => () => authenticate(email, "not the password")));
    expect(refused.map(String)).toEqual([]);
    const codes = won.map((r) => (r.ok ? "signed in" : r.code));
    expect(codes.filter((c) => c === "incorrect")).toHaveLength(MAX_FAILURES);
    expect(codes.filter((c) => c.startsWith("throttled:"))).toHaveLength(CALLERS - MAX_FAILURES);
    const outcomes = await h.db.loginAttempt.groupBy({ by: ["outcome"], where: { email }, _count: true });
    expect(Object.fromEntries(outcomes.map((o) => [o.outcome, o._count]))).toEqual({
      FAILURE: MAX_FAILURES,
      THROTTLED: CALLERS - MAX_FAILURES,
    });
  });
});
