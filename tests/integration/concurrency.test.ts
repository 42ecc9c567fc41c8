// Concurrent decisions on one submission, made at the same moment over several database
// connections in several threads (see threads.ts): exactly one wins, every other caller gets a
// refusal it can act on (never a database error), and nothing is saved twice or lost.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import type { SessionActor } from "@/lib/permissions";
import { startEdition } from "@/server/submissions/start-edition";
import { completeFigures } from "@/tests/fixtures/build-quarter";
import { previewImport } from "@/server/imports/preview-import";
import { domainDatabase, type Harness } from "./harness";
import { startThreads } from "./threads";
import type { Job } from "./operations";
import { MAX_FAILURES } from "@/lib/auth/throttle";

const CALLERS = 20;

let threads: Awaited<ReturnType<typeof startThreads>>;
beforeAll(async () => {
  threads = await startThreads();
});
afterAll(() => threads?.close());

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

/** Runs the jobs at once and sorts the outcomes into the winners and the refusals. */
async function race(jobs: Job[]) {
  const outcomes = await threads.race(h.url, jobs);
  return {
    won: outcomes.filter((o) => o.ok),
    refused: outcomes.flatMap((o) => (o.ok ? [] : [o])),
  };
}

/** Every loser was told why in words (a DomainError of the given class), not with a database error. */
function expectRefusals(refused: { name: string; message: string }[], name: string, message: string | RegExp) {
  for (const error of refused) {
    expect(error.name, error.message).toBe(name);
    expect(error.message).toMatch(message);
  }
}

async function users(count: number, roles: SessionActor["roles"]) {
  const list: SessionActor[] = [];
  for (let i = 0; i < count; i++) list.push(await h.user([...roles], `Caller ${i}`));
  return list;
}

it(`${CALLERS} DCCs approving the force part at once: exactly one approval`, async () => {
  const q = await h.quarter("force-submitted");
  const dccs = await users(CALLERS, ["DCC"]);
  const { won, refused } = await race(
    dccs.map((actor) => ({ operation: "approvePart", options: { actor, submissionId: q.submissionId, part: "FORCE" } })),
  );
  expect(won).toHaveLength(1);
  expectRefusals(refused, "DomainError", "That cannot be done now: the force part is approved.");
  expect(await h.db.approval.count({ where: { submissionId: q.submissionId, part: "FORCE" } })).toBe(1);
  expect(await h.db.auditEvent.count({ where: { submissionId: q.submissionId, action: "transition.approve_force" } })).toBe(1);
});

it(`${CALLERS} publishes of a correction at once: exactly one published edition, the old one superseded once`, async () => {
  const q = await h.quarter("published");
  const { secretariat } = q.actors;
  // A correction of the secretariat's details only: both parts keep their approval, so it opens ready.
  const { submissionId } = await h.run(() => startEdition({ actor: secretariat, quarterId: q.quarterId }));
  expect((await h.db.submission.findUniqueOrThrow({ where: { id: submissionId } })).stage).toBe("READY");
  const publishers = await users(CALLERS, ["SECRETARIAT"]);
  const { won, refused } = await race(
    publishers.map((actor) => ({
      operation: "publishSubmission",
      options: { actor, submissionId, changeNote: `Published by ${actor.name}` },
    })),
  );
  expect(won).toHaveLength(1);
  expectRefusals(refused, "DomainError", "That cannot be done now: the quarter is published.");
  const editions = await h.db.submission.findMany({ where: { quarterId: q.quarterId }, orderBy: { edition: "asc" } });
  expect(editions.map((e) => [e.edition, e.stage])).toEqual([
    [1, "SUPERSEDED"],
    [2, "PUBLISHED"],
  ]);
  expect(await h.db.auditEvent.count({ where: { action: "transition.publish", submissionId } })).toBe(1);
  expect(await h.db.auditEvent.count({ where: { action: "transition.supersede" } })).toBe(1);
});

it("two saves of one section from the same version: one is refused as stale, the other is kept whole", async () => {
  const q = await h.quarter("created");
  const analysts = await users(2, ["ANALYST"]);
  const sectionId = q.sections.measures["homicide"]!;
  const { version, heading } = await h.db.section.findUniqueOrThrow({ where: { id: sectionId } });
  const texts = analysts.map((a) => [`${a.name} wrote this first paragraph.`, `${a.name} wrote this second paragraph.`]);
  const { won, refused } = await race(
    analysts.map((actor, i) => ({
      operation: "saveSection",
      options: {
        actor,
        input: {
          sectionId,
          version,
          heading,
          covers: [],
          paragraphs: texts[i]!.map((text) => ({ text, carriedOver: false, confirmed: false })),
        },
      },
    })),
  );
  expect(won).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expectRefusals(refused, "StaleError", /^The section "Measure: .*" was changed by someone else/);
  const stored = await h.db.paragraph.findMany({ where: { sectionId }, orderBy: { position: "asc" } });
  // Whole paragraphs of one author, never a mix of the two.
  expect(texts).toContainEqual(stored.map((p) => p.text));
  expect((await h.db.section.findUniqueOrThrow({ where: { id: sectionId } })).version).toBe(version + 1);
  expect(await h.db.auditEvent.count({ where: { action: "save.section.measure", entityId: sectionId } })).toBe(1);
});

it("two saves of one measure's figures from the same version: one is refused as stale, the other is kept whole", async () => {
  const q = await h.quarter("created");
  const analysts = await users(2, ["ANALYST"]);
  const rows = await h.run(() => completeFigures(q.submissionId, "serious-violence"));
  const values = [
    [11, 12],
    [21, 22],
  ];
  const { won, refused } = await race(
    analysts.map((actor, i) => ({
      operation: "saveFigures",
      options: { actor, input: { submissionId: q.submissionId, figures: rows.map((r, j) => ({ ...r, latestValue: values[i]![j]! })) } },
    })),
  );
  expect(won).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expectRefusals(refused, "StaleError", /^The figure ".*" was changed by someone else/);
  const stored = await h.db.figure.findMany({
    where: { submissionId: q.submissionId, measureKey: "serious-violence" },
    orderBy: { position: "asc" },
  });
  expect(values).toContainEqual(stored.map((f) => f.latestValue));
  expect(stored.map((f) => f.version)).toEqual(rows.map((r) => r.version + 1));
});

it("a spreadsheet import and a figures form saving the same figures from the same versions: one wins whole, the other is refused as stale", async () => {
  const q = await h.quarter("created");
  const [importer, typist] = await users(2, ["ANALYST"]);
  const rows = await h.run(() => completeFigures(q.submissionId, "serious-violence"));
  const lines = [
    "Key,Name,Latest,Period start,Period end,No local data",
    ...rows.map((_, i) => `serious-violence-${i + 1},,${31 + i},Jan 2031,Dec 2031,No`),
  ];
  const file = { name: "figures.csv", bytes: new TextEncoder().encode(lines.join("\n")) };
  const checked = await h.run(() => previewImport({ actor: importer!, submissionId: q.submissionId, file }));
  expect(checked.preview.problems).toEqual([]);
  const { won, refused } = await race([
    {
      operation: "importSpreadsheet",
      options: {
        actor: importer!,
        submissionId: q.submissionId,
        file,
        expected: { sha256: checked.file.sha256, versions: checked.preview.versions },
      },
    },
    {
      operation: "saveFigures",
      options: { actor: typist!, input: { submissionId: q.submissionId, figures: rows.map((r, j) => ({ ...r, latestValue: 41 + j })) } },
    },
  ]);
  expect(won).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expect(refused[0]!.name).toMatch(/^Stale(Import)?Error$/);
  expect(refused[0]!.message).toMatch(/changed by someone else|someone else changed .*\(row 2\)/);
  const stored = await h.db.figure.findMany({
    where: { submissionId: q.submissionId, measureKey: "serious-violence" },
    orderBy: { position: "asc" },
  });
  expect([rows.map((_, i) => 31 + i), rows.map((_, i) => 41 + i)]).toContainEqual(stored.map((f) => f.latestValue));
  expect(stored.map((f) => f.version)).toEqual(rows.map((r) => r.version + 1));
  expect(
    await h.db.auditEvent.count({ where: { submissionId: q.submissionId, action: { in: ["save.figures", "save.spreadsheet-import"] } } }),
  ).toBe(1);
});

it("a PCC theme deleted while another edit saves it: one wins, the other is refused as stale, nothing half-done", async () => {
  const q = await h.quarter("pcc-written");
  const [deleter, writer] = await users(2, ["PCC_OFFICE"]);
  const sectionId = q.sections.pccThemes[1]!;
  const { version, heading } = await h.db.section.findUniqueOrThrow({ where: { id: sectionId } });
  const { won, refused } = await race([
    { operation: "deletePccSection", options: { actor: deleter!, sectionId, version } },
    {
      operation: "saveSection",
      options: {
        actor: writer!,
        input: {
          sectionId,
          version,
          heading,
          covers: ["drugs"],
          paragraphs: [{ text: "Rewritten.", carriedOver: false, confirmed: false }],
        },
      },
    },
  ]);
  expect(won).toHaveLength(1);
  expectRefusals(refused, "StaleError", /^The section ".*" was changed by someone else/);
  const section = await h.db.section.findUnique({ where: { id: sectionId }, include: { paragraphs: true } });
  if (section) expect(section.paragraphs.map((p) => p.text)).toEqual(["Rewritten."]);
  else expect(await h.db.paragraph.count({ where: { sectionId } })).toBe(0);
});

it(`${CALLERS} secretaries starting a correction at once: exactly one new edition`, async () => {
  const q = await h.quarter("published");
  const secretaries = await users(CALLERS, ["SECRETARIAT"]);
  const { won, refused } = await race(
    secretaries.map((actor) => ({ operation: "startEdition", options: { actor, quarterId: q.quarterId } })),
  );
  expect(won).toHaveLength(1);
  expectRefusals(refused, "DomainError", "An edition of this quarter is already open. Only one edition at a time may be open.");
  expect(await h.db.submission.count({ where: { quarterId: q.quarterId } })).toBe(2);
});

it("withdrawing while a correction is being started: one of the two happens, never both", async () => {
  const q = await h.quarter("published");
  const { secretariat } = q.actors;
  const other = await h.user(["SECRETARIAT"]);
  const { won, refused } = await race([
    {
      operation: "withdrawSubmission",
      options: { actor: secretariat, submissionId: q.submissionId, reason: "OTHER", explanation: "Why." },
    },
    { operation: "startEdition", options: { actor: other, quarterId: q.quarterId } },
  ]);
  expect(won).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expect(refused[0]!.name, refused[0]!.message).toBe("DomainError");
  const editions = await h.db.submission.findMany({ where: { quarterId: q.quarterId }, orderBy: { edition: "asc" } });
  const withdrawn = editions[0]!.stage === "WITHDRAWN";
  expect(editions.map((e) => e.stage)).toEqual(withdrawn ? ["WITHDRAWN"] : ["PUBLISHED", "READY"]);
});

it("two secretaries creating the same quarter at once: one quarter, the other told it already exists", async () => {
  const secretaries = await users(2, ["SECRETARIAT"]);
  const input = {
    fyStart: 2022,
    quarter: "2" as const,
    boardName: "Strategic Policing and Crime Board",
    meetingDate: "2022-11-15",
    agendaItem: "7",
    planPriority: "",
    title: "National Policing Priorities",
    presenters: "",
  };
  const { won, refused } = await race(secretaries.map((actor) => ({ operation: "createQuarter", options: { actor, input } })));
  expect(won).toHaveLength(1);
  expectRefusals(refused, "DomainError", "That quarter already exists.");
  expect(await h.db.quarter.count()).toBe(1);
  expect(await h.db.submission.count()).toBe(1);
});

it("two administrators creating the same account at once: one account, the other told the email is taken", async () => {
  const admins = await users(2, ["ADMIN"]);
  const input = { name: "Ann Analyst", email: "ann@force.example", roles: ["ANALYST" as const], password: "a long passphrase" };
  const { won, refused } = await race(admins.map((actor) => ({ operation: "createUser", options: { actor, input } })));
  expect(won).toHaveLength(1);
  expectRefusals(refused, "DomainError", "Check the email address.");
  expect(await h.db.user.count({ where: { email: input.email } })).toBe(1);
  expect(await h.db.auditEvent.count({ where: { action: "user.create" } })).toBe(1);
});

it(`${CALLERS} administrators changing one user's roles at once: each change is whole, none fails`, async () => {
  const admins = await users(CALLERS, ["ADMIN"]);
  const target = await h.user(["ANALYST"], "Target");
  const sets: SessionActor["roles"][] = [["DCC"], ["PCC", "PCC_OFFICE"], ["SECRETARIAT", "ANALYST"]];
  const { won } = await race(
    admins.map((actor, i) => ({ operation: "updateUserRoles", options: { actor, userId: target.id, roles: [...sets[i % 3]!] } })),
  );
  expect(won).toHaveLength(CALLERS);
  const roles = (await h.db.userRole.findMany({ where: { userId: target.id } })).map((r) => r.role).sort();
  expect(sets.map((set) => [...set].sort())).toContainEqual(roles);
  expect(await h.db.auditEvent.count({ where: { action: "user.roles", entityId: target.id } })).toBe(CALLERS);
});

it(`${CALLERS} administrators deactivating one account at once: deactivated, and audited once`, async () => {
  const admins = await users(CALLERS, ["ADMIN"]);
  const target = await h.user(["ANALYST"], "Target");
  const { won } = await race(admins.map((actor) => ({ operation: "setUserActive", options: { actor, userId: target.id, active: false } })));
  expect(won).toHaveLength(CALLERS);
  expect((await h.db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
  expect(await h.db.auditEvent.count({ where: { action: "user.deactivate", entityId: target.id } })).toBe(1);
});

// PostgreSQL only: there every app instance's pool holds many connections, and the throttle
// must hold across them. SQLite is one app instance on one connection, where sign-ins take
// turns; four connections retrying the gate's write lock every 100 ms while password checks
// run time out under load, a configuration the app never has.
it.runIf(!!process.env.TEST_POSTGRES_URL)(
  `${CALLERS} wrong passwords for one account at once: ${MAX_FAILURES} password checks, the rest throttled`,
  async () => {
    const email = "target@example.test";
    const { won, refused } = await race(
      Array.from({ length: CALLERS }, () => ({ operation: "signIn", options: { email, password: "not the password" } })),
    );
    expect(refused).toEqual([]);
    expect(won).toHaveLength(CALLERS);
    const outcomes = await h.db.loginAttempt.groupBy({ by: ["outcome"], where: { email }, _count: true });
    expect(Object.fromEntries(outcomes.map((o) => [o.outcome, o._count]))).toEqual({
      FAILURE: MAX_FAILURES,
      THROTTLED: CALLERS - MAX_FAILURES,
    });
  },
);
