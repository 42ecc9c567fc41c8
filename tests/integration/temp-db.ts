import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createPrismaClient } from "@/server/prisma-client";

/** A migrated, empty SQLite database in a temporary folder, for integration tests. */
export function tempDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-it-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const db = createPrismaClient(url);
  return {
    url,
    db,
    async dispose() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
