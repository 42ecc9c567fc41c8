// The web server for Playwright: a fresh throwaway database, a fresh production build in its
// own folder (.next-e2e), then `next start`. It always rebuilds, so the tests exercise the
// code as it is now, and it never touches the database or build that `npm start` uses.
// The database is DATABASE_URL from playwright.config.ts: a SQLite file (deleted first) or a
// database on the PostgreSQL test server (dropped and created again).
import fs from "node:fs";
import pg from "pg";
import { execFileSync, spawn } from "node:child_process";
import { databaseProvider, sqliteFile } from "@/lib/database-url";
import { prepareDatabase } from "./prepare-db";
import { serverLogFile } from "@/e2e/fixtures/server-log";

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
  if (process.env.E2E_SKIP_BUILD !== "1") execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  const server = spawn(process.execPath, [nextBin, "start", "-p", process.env.E2E_PORT ?? "3100"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
  });
  // The server's output also goes to a file, so specs can prove that bad input is answered
  // without an unhandled error in the log.
  const log = fs.createWriteStream(serverLogFile(dbFile), { flags: "w" });
  server.stdout.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
  server.stderr.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
