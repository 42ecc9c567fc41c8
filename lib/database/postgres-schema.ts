/**
 * The PostgreSQL form of the data model, derived from prisma/schema.prisma (the one source of
 * truth, written for SQLite) so the two can never drift: only the datasource provider and the
 * generated client's folder differ. Prisma's generated client carries a query compiler for one
 * provider, hence a second client rather than one client for both.
 */
export const POSTGRES_SCHEMA_HEADER =
  "// GENERATED from prisma/schema.prisma (scripts/db). Do not edit: edit prisma/schema.prisma.\n" +
  "// Only the datasource provider and the generated client's folder differ.\n";

const DATASOURCE = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
const OUTPUT = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;

/** `note` (comment lines) says what this copy is for, after the header. */
export function toPostgresSchema(sqliteSchema: string, clientOutput: string, note = ""): string {
  if (!DATASOURCE.test(sqliteSchema)) throw new Error('prisma/schema.prisma must declare `datasource db { provider = "sqlite" … }`.');
  if (!OUTPUT.test(sqliteSchema)) throw new Error("prisma/schema.prisma must declare `generator client { output = … }`.");
  const body = sqliteSchema.replace(DATASOURCE, '$1"postgresql"').replace(OUTPUT, `$1${JSON.stringify(clientOutput)}`);
  return `${POSTGRES_SCHEMA_HEADER}${note}\n${body}`;
}
