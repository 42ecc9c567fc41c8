// Runs the Prisma CLI (JS engines only, offline) with an explicit DATABASE_URL. The CLI checks
// the URL against a schema's provider even when it does not connect (generate, migrate diff:
// against the config's schema, prisma/schema.prisma, which is SQLite), and a mismatch makes
// it fall back to downloading native engines, which fails offline. So every call gets a file:
// URL except `generate` of the PostgreSQL schema, which gets a placeholder postgresql:// one.
import path from "node:path";
import { execFileSync } from "node:child_process";
import { DEFAULT_DATABASE_URL } from "@/lib/database-url";

const cli = require.resolve("prisma/build/index.js");

/** A placeholder that satisfies the CLI's check of a PostgreSQL schema's URL; never connected to. */
export const POSTGRES_PLACEHOLDER_URL = "postgresql://placeholder.invalid/scorecard";

export function prisma(args: string[], options: { url?: string; quiet?: boolean } = {}): string {
  return execFileSync(process.execPath, [cli, ...args], {
    env: { ...process.env, DATABASE_URL: options.url ?? DEFAULT_DATABASE_URL, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", options.quiet ? "pipe" : "inherit"],
    encoding: "utf8",
  });
}

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
