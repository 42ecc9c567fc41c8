// PostgreSQL's client tools (pg_dump, pg_restore, psql) for `npm run db:backup` and
// `db:restore`, found on this machine and run with the connection in their environment.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { libpqEnvironment } from "@/lib/database/libpq-environment";

export type ClientTool = "pg_dump" | "pg_restore" | "psql";

const INSTALL =
  "Backing up and restoring a PostgreSQL database uses PostgreSQL's own tools, of the server's major version or newer. " +
  "Install them (Debian/Ubuntu: sudo apt-get install -y postgresql-client), or set PG_BIN to the folder that holds them.";

/** PG_BIN when set (and only it), otherwise the PATH, otherwise the newest of Debian's versioned folders. */
export function findClientTool(tool: ClientTool, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BIN) {
    const file = path.join(env.PG_BIN, tool);
    if (fs.existsSync(file)) return file;
    throw new Error(`${tool} is not in PG_BIN (${env.PG_BIN}). ${INSTALL}`);
  }
  const folders = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian))
    folders.push(
      ...fs
        .readdirSync(debian)
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(debian, version, "bin")),
    );
  const found = folders.map((folder) => path.join(folder, tool)).find((file) => fs.existsSync(file));
  if (!found) throw new Error(`${tool} was not found. ${INSTALL}`);
  return found;
}

/** The tool's environment for `url`: libpq variables, with the caller's own PG* settings replaced. */
export function toolEnvironment(url: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of Object.keys(clean)) if (key.startsWith("PG") && key !== "PG_BIN") delete clean[key];
  return { ...clean, ...libpqEnvironment(url) };
}

/**
 * Runs a tool to completion, feeding it `input` when given; resolves with what it wrote to
 * stdout, rejects with what it wrote to stderr when it fails.
 */
export function runClientTool(file: string, args: string[], env: NodeJS.ProcessEnv, input?: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: [input ? "pipe" : "ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    if (input) {
      // The tool may stop reading early (it failed); its exit status says why.
      child.stdin!.on("error", () => undefined);
      input.pipe(child.stdin!);
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${path.basename(file)} failed (${signal ?? `exit code ${code}`}): ${stderr.trim() || "no message"}`));
    });
  });
}
