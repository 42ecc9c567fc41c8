import { afterEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed-data/seed-database";
import { currentHashes } from "@/server/submissions/load-part-content";
import { approvalIsValid } from "@/lib/workflow/snapshot";
import { tempDatabase } from "./temp-db";

let current: ReturnType<typeof tempDatabase> | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

describe("seeding", () => {
  it("seeds the demo into an empty database: accounts, the published reference quarter with valid approvals, and Q4 at data entry", async () => {
    current = tempDatabase();
    const { db } = current;
    expect(await seedDatabase(db, { demo: true })).toContain("demo");
    expect(await db.user.count()).toBe(7);
    expect(await db.measure.count()).toBe(6);
    const q3 = await db.submission.findFirstOrThrow({
      where: { quarter: { slug: "2021-22-q3" } },
      include: { approvals: true, sections: { include: { paragraphs: true } } },
    });
    expect(q3.stage).toBe("PUBLISHED");
    expect(q3.sections.flatMap((s) => s.paragraphs)).toHaveLength(70);
    const hashes = await currentHashes(db, q3.id);
    for (const approval of q3.approvals) {
      const forceHash = approval.part === "PCC" ? hashes.FORCE : undefined;
      expect(approvalIsValid(approval, hashes[approval.part as "FORCE" | "PCC"], forceHash)).toBe(true);
    }
    expect(q3).toMatchObject({ forceStatus: "APPROVED", pccStatus: "APPROVED" });
    const q4 = await db.submission.findFirstOrThrow({
      where: { quarter: { slug: "2021-22-q4" } },
      include: { figures: true, sections: { include: { paragraphs: true } } },
    });
    expect(q4).toMatchObject({ stage: "IN_PROGRESS", forceStatus: "IN_PROGRESS", pccStatus: "NOT_STARTED" });
    expect(q4.figures.filter((f) => f.latestValue != null).length).toBeGreaterThan(0);
    // Last quarter's text is the starting draft, each paragraph marked until it is updated or confirmed.
    expect(q4.sections.find((s) => s.kind === "RECOMMENDATIONS")?.paragraphs[0]).toMatchObject({
      text: "The board is asked to note the contents of this report.",
      carriedOver: true,
    });
    expect(q4.sections.flatMap((s) => s.paragraphs)).toHaveLength(70);
    expect(q4.sections.flatMap((s) => s.paragraphs).every((p) => p.carriedOver)).toBe(true);
    // Periods move on a quarter; values start empty, with last quarter's kept for the figure check.
    const robbery = q4.figures.find((f) => f.name === "Robbery (police recorded)")!;
    expect(robbery).toMatchObject({
      latestValue: null,
      previousValue: 7509,
      periodStart: new Date("2021-04-01T00:00:00Z"),
      periodEnd: new Date("2022-03-01T00:00:00Z"),
      periodNote: "Last full 12 months",
    });
  });

  it("never overwrites: a second run seeds nothing", async () => {
    current = tempDatabase();
    const { db } = current;
    await seedDatabase(db, { demo: true });
    const before = await db.auditEvent.count();
    expect(await seedDatabase(db, { demo: true })).toBe("Database already has data: nothing seeded.");
    expect(await db.user.count()).toBe(7);
    expect(await db.quarter.count()).toBe(2);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("SEED_DEMO=false gives an empty installation: the national measures only", async () => {
    current = tempDatabase();
    const { db } = current;
    await seedDatabase(db, { demo: false });
    expect(await db.measure.count()).toBe(6);
    expect(await db.indicator.count()).toBeGreaterThanOrEqual(6);
    expect(await db.user.count()).toBe(0);
    expect(await db.quarter.count()).toBe(0);
    expect(await db.kpi.count()).toBe(0);
  });

  it("adds no demo data to an installation that already has a user", async () => {
    current = tempDatabase();
    const { db } = current;
    await db.user.create({
      data: { email: "first-admin@force.example", name: "Admin", passwordHash: "x", roles: { create: [{ role: "ADMIN" }] } },
    });
    await seedDatabase(db, { demo: true });
    expect(await db.user.count()).toBe(1);
    expect(await db.quarter.count()).toBe(0);
  });
});
