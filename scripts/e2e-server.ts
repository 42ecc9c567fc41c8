// The web server for Playwright: a fresh throwaway database, a fresh production build in its
// own folder (.next-e2e), then the app's server (scripts/serve.ts), as `npm start` runs it. It
// always rebuilds, so the tests exercise the code as it is now, and it never touches the
// database or build that `npm start` uses. The database is DATABASE_URL from
// playwright.config.ts: a SQLite file (deleted first) or a database on the PostgreSQL test
// server (dropped and created again).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { execFileSync, spawn } from "node:child_process";
import { databaseProvider, sqliteFile } from "@/lib/database-url";
import { serverLogFile } from "@/e2e/fixtures/server-log";
import { prepareDatabase } from "./prepare-db";
import { buildFingerprint } from "./build-fingerprint";
import { serveCommand } from "./serve-command";
import { exitStatus } from "./exit-status";

const nextBin = require.resolve("next/dist/bin/next");
const dbFile = process.env.E2E_DB_FILE ?? "data/e2e.db";

async function recreatePostgresDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^\w+$/.test(name)) throw new Error(`Refusing to recreate a database named "${name}".`);
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

async function main() {
  const url = process.env.DATABASE_URL ?? `file:./${dbFile}`;
  process.env.DATABASE_URL = url;
  if (databaseProvider(url) === "postgresql") await recreatePostgresDatabase(url);
  else for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(sqliteFile(url)! + suffix, { force: true });
  await prepareDatabase();
  if (process.env.E2E_SKIP_BUILD !== "1") {
    // next build adds its folder (E2E_DIST_DIR) to tsconfig.json's include list: put the file
    // back as it was, so it is neither committed by accident nor counted as a source change.
    const tsconfig = fs.readFileSync("tsconfig.json");
    try {
      execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    } finally {
      fs.writeFileSync("tsconfig.json", tsconfig);
    }
    // Stamped as `npm start` stamps its build, so specs can start it on this build without rebuilding.
    fs.writeFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "scorecard-fingerprint"), buildFingerprint());
  }
  const { command, args, options } = serveCommand({ env: { ...process.env, PORT: process.env.E2E_PORT ?? "3100" } });
  const server = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  // The server's output also goes to a file, so specs can prove that bad input is answered
  // without an unhandled error in the log.
  const log = fs.createWriteStream(serverLogFile(dbFile), { flags: "w" });
  server.stdout!.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
  server.stderr!.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
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
