import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFile } from "./lib/database-url";

// Prisma skips .env loading when a config file exists, and without DATABASE_URL it tries to
// download engines (which fails offline), so default it here exactly as the app does
// (server/prisma-client.ts), folder included.
const url = (process.env.DATABASE_URL = databaseUrl(process.env));
const file = sqliteFile(url);
if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx --conditions=react-server prisma/seed.ts" },
  // The Prisma CLI is used on SQLite only. On PostgreSQL its migrations fail offline
  // (prisma/orm#27403): `npm run db:migrate` applies prisma/postgresql/migrations instead.
  adapter: async () => {
    if (databaseProvider(url) === "postgresql")
      throw new Error("DATABASE_URL is PostgreSQL: use npm run db:migrate (Prisma Migrate is used for SQLite only, see README).");
    return new PrismaBetterSQLite3({ url, timeout: 15_000 });
  },
});
