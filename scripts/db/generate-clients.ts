// `postinstall` and `npm run db:generate`: both Prisma clients, offline. generated/prisma is
// the SQLite client built from prisma/schema.prisma; generated/prisma-postgresql is the
// PostgreSQL client built from the same model (converted into generated/postgresql/), so the
// PostgreSQL schema is never a hand-kept file. server/prisma-client.ts picks one by DATABASE_URL.
import fs from "node:fs";
import path from "node:path";
import { toPostgresSchema } from "@/lib/database/postgres-schema";
import { POSTGRES_PLACEHOLDER_URL, prisma, SQLITE_SCHEMA } from "./prisma-cli";

export const POSTGRES_CLIENT_DIR = path.join("generated", "prisma-postgresql");

/** The PostgreSQL form of the model as it would be written to `file` (client output relative to it). */
export function postgresSchemaText(file: string, note = ""): string {
  const output = path.relative(path.dirname(file), POSTGRES_CLIENT_DIR).split(path.sep).join("/");
  return toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"), output, note);
}

export function writePostgresSchema(file: string, note = ""): string {
  const text = postgresSchemaText(file, note);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return text;
}

function main() {
  process.stdout.write(prisma(["generate", "--schema", SQLITE_SCHEMA]));
  const postgresSchema = path.join("generated", "postgresql", "schema.prisma");
  writePostgresSchema(postgresSchema);
  process.stdout.write(prisma(["generate", "--schema", postgresSchema], { url: POSTGRES_PLACEHOLDER_URL }));
}

if (require.main === module) main();
