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
    for (const approval of q3.approvals) expect(approvalIsValid(approval, hashes[approval.part as "FORCE" | "PCC"])).toBe(true);
    const q4 = await db.submission.findFirstOrThrow({
      where: { quarter: { slug: "2021-22-q4" } },
      include: { figures: true, sections: { include: { paragraphs: true } } },
    });
    expect(q4.stage).toBe("DATA_ENTRY");
    expect(q4.figures.filter((f) => f.latestValue != null).length).toBeGreaterThan(0);
    // Boilerplate is carried forward from the previous quarter.
    expect(q4.sections.find((s) => s.kind === "RECOMMENDATIONS")?.paragraphs[0]?.text).toBe(
      "The board is asked to note the contents of this report.",
    );
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
