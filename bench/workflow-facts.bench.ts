import fs from "node:fs";
import { bench, describe } from "vitest";

// The server work behind every submission page and workflow decision: loading the content,
// hashing both parts and building the statutory checklist, on the demo's published quarter.
// Runs against its own throwaway database (data/bench.db), migrated and seeded first.
process.env.DATABASE_URL = "file:./data/bench.db";
for (const f of ["data/bench.db", "data/bench.db-journal", "data/bench.db-wal", "data/bench.db-shm"]) fs.rmSync(f, { force: true });
const { prepareDatabase } = await import("../scripts/prepare-db");
await prepareDatabase();
const { db } = await import("@/server/db");
const { loadWorkflowFacts } = await import("@/server/submissions/load-workflow-facts");
const submission = await db.submission.findFirstOrThrow({ where: { quarter: { slug: "2021-22-q3" } }, select: { id: true } });
const actor = await db.user.findFirstOrThrow({ where: { email: "dcc@example.org" }, select: { id: true } });

describe("workflow facts", () => {
  bench("loadWorkflowFacts for the reference quarter", async () => {
    await loadWorkflowFacts(db, submission.id, actor.id);
  });
});
