import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { BASELINE_LABEL, BASELINE_PERIOD, DEMO_KPIS, NATIONAL_MEASURES } from "./framework";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { seedDemoQuarters } from "./demo-quarters";

/** The national measures belong in every installation; they are not demo data. */
async function seedFramework(db: Tx) {
  for (const [position, m] of NATIONAL_MEASURES.entries()) {
    await db.measure.create({
      data: {
        key: m.key,
        name: m.name,
        position,
        indicators: { create: m.indicators.map((i, p) => ({ ...i, baselineLabel: BASELINE_LABEL, ...BASELINE_PERIOD, position: p })) },
      },
    });
  }
}

async function seedDemo(db: Tx) {
  await db.kpi.createMany({ data: DEMO_KPIS.map(({ actual: _a, period: _p, ...k }, position) => ({ ...k, position })) });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Record<string, { id: string; name: string; email: string }> = {};
  const keys: Record<string, string> = {
    "analyst@example.org": "analyst",
    "dcc@example.org": "dcc",
    "pcc-office@example.org": "pccOffice",
    "pcc@example.org": "pcc",
    "secretariat@example.org": "secretariat",
    "admin@example.org": "admin",
    "analyst-dcc@example.org": "analystDcc",
  };
  for (const u of DEMO_USERS) {
    const created = await db.user.create({
      data: { email: u.email, name: u.name, passwordHash, roles: { create: u.roles.map((role) => ({ role })) } },
    });
    users[keys[u.email]!] = created;
  }
  await seedDemoQuarters(db, users);
}

/**
 * Seeds only what is missing and never overwrites: the framework when there are no measures;
 * the demo (accounts, KPIs, quarters) when `demo` is on and there are no users or quarters.
 */
export async function seedDatabase(client: PrismaClient, { demo }: { demo: boolean }): Promise<string> {
  // One transaction: a seed that fails half-way leaves nothing behind to block the next try.
  return client.$transaction((db) => seedMissing(db, demo), { timeout: 120_000 });
}

async function seedMissing(db: Tx, demo: boolean) {
  const done: string[] = [];
  if ((await db.measure.count()) === 0) {
    await seedFramework(db);
    done.push("the national measure framework");
  }
  if (demo && (await db.user.count()) === 0 && (await db.quarter.count()) === 0) {
    await seedDemo(db);
    done.push("the demo accounts, KPIs and quarters");
  }
  return done.length ? `Seeded ${done.join(" and ")}.` : "Database already has data: nothing seeded.";
}
