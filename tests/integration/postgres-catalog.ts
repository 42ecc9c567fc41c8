import pg from "pg";
import { POSTGRES_MIGRATIONS_TABLE } from "@/server/database/postgres-migrations";

/**
 * What a PostgreSQL schema consists of, one sorted line per column, constraint, index and
 * enum, leaving out the migrations table and column order (which ALTER TABLE … ADD COLUMN
 * cannot reproduce). Two databases with the same lines have the same schema as far as the app
 * and Prisma are concerned. (Prisma's own introspection fails on a real server offline,
 * prisma/orm#27403, so the catalog is read directly.)
 */
const CATALOG = `
  SELECT 'column ' || table_name || '.' || column_name || ': ' ||
         concat_ws(' ', udt_name, 'nullable=' || is_nullable, 'default=' || coalesce(column_default, 'none'),
                   'length=' || character_maximum_length, 'precision=' || datetime_precision) AS line
  FROM information_schema.columns
  WHERE table_schema = current_schema() AND table_name <> $1
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid)
  FROM pg_constraint
  WHERE connamespace = current_schema()::regnamespace AND conrelid <> 0 AND conrelid::regclass::text <> $1
  UNION ALL
  SELECT 'index ' || indexname || ': ' || indexdef
  FROM pg_indexes
  WHERE schemaname = current_schema() AND tablename <> $1
  UNION ALL
  SELECT 'enum ' || t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE t.typnamespace = current_schema()::regnamespace
  GROUP BY t.typname
  ORDER BY line`;

export async function describePostgresSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ line: string }>(CATALOG, [POSTGRES_MIGRATIONS_TABLE])).rows.map((r) => r.line);
  } finally {
    await client.end();
  }
}

export async function runSql(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
