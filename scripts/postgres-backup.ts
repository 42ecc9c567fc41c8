// db:backup and db:restore on PostgreSQL, through PostgreSQL's own tools. pg_dump takes one
// consistent snapshot while the app runs and writes; the restore replaces the app's tables in
// one transaction, so running servers wait for it and then see the restored database, never a
// half-restored one.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { findClientTool, runClientTool, toolEnvironment } from "./postgres-tools";

/** Lists a pg_dump archive; fails unless it is one, made from a Scorecard database. */
export async function checkPostgresBackup(file: string, url: string) {
  if (!fs.existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  let contents: string;
  try {
    contents = await runClientTool(findClientTool("pg_restore"), ["--list", file], toolEnvironment(url));
  } catch (error) {
    throw new Error(`${file} is not a PostgreSQL backup made by npm run db:backup (${(error as Error).message})`, { cause: error });
  }
  // postgrator's record of the applied migrations: every Scorecard database on PostgreSQL has it.
  if (!/ TABLE public schemaversion /.test(contents)) throw new Error(`${file} is not a Scorecard database (it has no migration history).`);
}

export async function backupPostgres(url: string, target: string) {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    // The custom format: compressed, and restorable with pg_restore.
    await runClientTool(findClientTool("pg_dump"), ["--format=custom", `--file=${target}`], toolEnvironment(url));
    await checkPostgresBackup(target, url);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  return { target, bytes: fs.statSync(target).size };
}

// Drops every table, view, sequence and type in the app's schema, so the backup comes back
// exactly as it was (a table that a later migration added must not survive to break that
// migration when it runs again). Ownership of the schema itself is not needed.
const CLEAR_SCHEMA = `
SET client_min_messages = warning;
DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') ORDER BY c.relkind DESC LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
      CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      item.relname);
  END LOOP;
  FOR item IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') LOOP
    EXECUTE format('DROP TYPE IF EXISTS public.%I CASCADE', item.typname);
  END LOOP;
END $$;
`;

/** Replaces the database's contents with the backup's, in one transaction. */
export async function restorePostgres(url: string, file: string) {
  await checkPostgresBackup(file, url);
  const env = toolEnvironment(url);
  // pg_restore writes the backup as SQL; psql runs it after CLEAR_SCHEMA, all in one transaction.
  const dump = spawn(findClientTool("pg_restore"), ["--no-owner", "--no-privileges", "--file=-", file], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let dumpErrors = "";
  dump.stderr.on("data", (chunk: Buffer) => (dumpErrors += chunk.toString()));
  const dumped = new Promise<number | null>((resolve) => dump.on("exit", (code) => resolve(code)));
  // One transaction, committed only when pg_restore got to its end: if it fails part-way (a
  // truncated file), psql reaches the end of its input without COMMIT and the server rolls back.
  const script = Readable.from(
    (async function* () {
      yield `BEGIN;\n${CLEAR_SCHEMA}`;
      yield* dump.stdout;
      if ((await dumped) === 0) yield "\nCOMMIT;\n";
    })(),
  );
  const psql = ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--file=-"];
  try {
    await runClientTool(findClientTool("psql"), psql, env, script);
  } catch (error) {
    dump.kill();
    throw new Error(`The restore failed and was rolled back; the database is unchanged. ${(error as Error).message}`, { cause: error });
  }
  if ((await dumped) !== 0)
    throw new Error(`The restore failed and was rolled back; the database is unchanged. pg_restore: ${dumpErrors.trim() || "no message"}`);
}
