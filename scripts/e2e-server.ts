// The web server for Playwright: a fresh throwaway database, a fresh production build in its
// own folder (.next-e2e), then `next start`. It always rebuilds, so the tests exercise the
// code as it is now, and it never touches the database or build that `npm start` uses.
import fs from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { prepareDatabase } from "./prepare-db";

const nextBin = require.resolve("next/dist/bin/next");
const dbFile = process.env.E2E_DB_FILE ?? "data/e2e.db";

async function main() {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  process.env.DATABASE_URL = `file:./${dbFile}`;
  await prepareDatabase();
  if (process.env.E2E_SKIP_BUILD !== "1") execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  const server = spawn(process.execPath, [nextBin, "start", "-p", process.env.E2E_PORT ?? "3100"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
