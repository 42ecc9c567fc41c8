// The web server for Playwright: a fresh throwaway database, a fresh production build in its
// own folder (.next-e2e), then the app's server (scripts/serve.ts), as `npm start` runs it. It
// always rebuilds, so the tests exercise the code as it is now, and it never touches the
// database or build that `npm start` uses.
import fs from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";
import { buildFingerprint } from "./build-fingerprint";
import { serveCommand } from "./serve-command";
import { exitStatus } from "./exit-status";

const nextBin = require.resolve("next/dist/bin/next");
const dbFile = process.env.E2E_DB_FILE ?? "data/e2e.db";

async function main() {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  process.env.DATABASE_URL = `file:./${dbFile}`;
  await prepareDatabase();
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    // Stamped as `npm start` stamps its build, so specs can start it on this build without rebuilding.
    fs.writeFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "scorecard-fingerprint"), buildFingerprint());
  }
  const { command, args, options } = serveCommand({ env: { ...process.env, PORT: process.env.E2E_PORT ?? "3100" } });
  const server = spawn(command, args, { ...options, stdio: "inherit" });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  server.on("exit", (code, signal) => {
    const status = exitStatus(code, signal, { stopping });
    if (status.message) console.error(status.message);
    process.exit(status.code);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
