// The integration harness: a database of the test's own (tempDatabase: a template migrated once,
// copied per test) with the national measures seeded, users with any roles, quarters at
// any step of the workflow built through the real domain operations, and `run`, which executes domain
// operations against that database through the server/db seam. Nothing here is specific to
// one database engine: it uses only the factory and Prisma.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/roles";
import type { SessionActor } from "@/lib/permissions";
import { withDatabase, type Db } from "@/server/db";
import { seedDatabase } from "@/prisma/seed-data/seed-database";
import { buildQuarterAs, type QuarterActors, type Step } from "@/tests/fixtures/build-quarter";
import { tempDatabase } from "./temp-db";

/** A password hash nobody can sign in with: these users act only through domain calls. */
const NO_PASSWORD = "not-a-password-hash";

export type Harness = Awaited<ReturnType<typeof domainDatabase>>;

export async function domainDatabase() {
  const temp = await tempDatabase();
  await seedDatabase(temp.db, { demo: false });

  /** Runs the domain operations inside fn against this database. */
  const run = <T>(fn: () => T): T => withDatabase(temp.db, fn);

  async function user(roles: Role[], name = roles.join(" and ")): Promise<SessionActor> {
    const email = `${roles.join("-").toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
    const created = await temp.db.user.create({
      data: { email, name, passwordHash: NO_PASSWORD, roles: { create: roles.map((role) => ({ role })) } },
    });
    return { id: created.id, roles, email, name };
  }

  let actors: Promise<QuarterActors> | undefined;
  /** One user per role, made on first use and shared by every quarter this database builds. */
  const quarterActors = () =>
    (actors ??= (async () => ({
      secretariat: await user(["SECRETARIAT"], "Sam Secretariat"),
      analyst: await user(["ANALYST"], "Ann Analyst"),
      dcc: await user(["DCC"], "Dana Deputy"),
      pccOffice: await user(["PCC_OFFICE"], "Pat Office"),
      pcc: await user(["PCC"], "Parker Commissioner"),
    }))());

  /** A quarter taken to `step` through the domain operations. */
  const quarter = (step: Step) => run(async () => buildQuarterAs(await quarterActors(), step));

  return { ...temp, run, user, quarterActors, quarter, snapshot: () => databaseSnapshot(temp.db) };
}

/** Every row of every table, each table's rows in a stable order: to prove a refusal changed nothing. */
export async function databaseSnapshot(client: Db) {
  const delegates = client as unknown as Record<string, { findMany(): Promise<object[]> }>;
  const tables = await Promise.all(
    Object.values(Prisma.ModelName).map(async (model) => {
      const rows = await delegates[model.charAt(0).toLowerCase() + model.slice(1)]!.findMany();
      return [model, rows.map((row) => JSON.stringify(row)).sort()] as const;
    }),
  );
  return Object.fromEntries(tables);
}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a domain operation that must be refused: it rejects with `error` (and `message`, when
 * given), and the database is exactly as it was, row for row. Returns the error.
 */
export async function expectRefused(h: Harness, act: () => Promise<unknown>, error: ErrorClass, message?: string | RegExp) {
  const before = await h.snapshot();
  const thrown = await h.run(act).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(thrown, "the operation should have been refused").toBeInstanceOf(error);
  // The exact class, not a subclass (a NotFoundError is a DomainError too).
  expect((thrown as Error).constructor).toBe(error);
  if (message !== undefined) expect((thrown as Error).message).toMatch(message);
  expect(await h.snapshot()).toEqual(before);
  return thrown as Error;
}
