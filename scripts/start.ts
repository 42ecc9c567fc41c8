// `npm start`: migrate, seed an empty database, build when no current build exists, then
// serve the app (scripts/serve.ts) on PORT (default 3000). `npm run dev` (--dev) does the same
// preparation and serves with Next.js in development mode instead of building. It exits as
// the server does: non-zero, saying why, when the server dies by a signal or an error.
import "dotenv/config";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { checkSignInConfig } from "@/lib/auth/oidc-config";
import { readMailConfig } from "@/lib/mail/mail-config";
import { serverProcessCount } from "@/lib/http/server-processes";
import { databaseUrl } from "@/lib/database-url";
import { databaseIsReady } from "./database-ready";
import { ensureBuild } from "./ensure-build";
import { serveCommand } from "./serve-command";
import { exitStatus } from "./exit-status";

/** NEXTAUTH_SECRET from the environment; the demo may keep a generated one in data/. */
function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  if (process.env.NODE_ENV === "production") {
    console.error("NEXTAUTH_SECRET must be set in production (for example: openssl rand -base64 32).");
    process.exit(1);
  }
  const file = path.join("data", "nextauth-secret");
  fs.mkdirSync("data", { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const port = process.env.PORT || "3000";
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_URL) {
    console.error("NEXTAUTH_URL must be set in production to the address people use, e.g. https://scorecard.force.police.uk");
    process.exit(1);
  }
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  // Single sign-on (OIDC_*, LOCAL_LOGIN), email (SMTP_URL, MAIL_FROM) and server process
  // (WEB_CONCURRENCY) settings: refuse to start on a half-set or mistyped configuration.
  try {
    checkSignInConfig(process.env);
    readMailConfig(process.env);
    serverProcessCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  ensureSecret();
  // Loading Prisma to find nothing to do would cost more than the rest of a start.
  if (!databaseIsReady(databaseUrl(process.env), { demo: process.env.SEED_DEMO !== "false" })) {
    const { prepareDatabase } = await import("./prepare-db");
    const { MigrationError } = await import("@/server/database/apply-sqlite-migrations");
    await prepareDatabase().catch((error: unknown) => {
      // Said plainly (another process holding a lock, a read-only file, a full disk), without a stack trace.
      if (!(error instanceof MigrationError)) throw error;
      console.error(error.message);
      process.exit(1);
    });
  }
  const dev = process.argv.includes("--dev");
  if (!dev) ensureBuild();
  console.log(`Scorecard is starting on ${process.env.NEXTAUTH_URL}`);
  const { command, args, options } = serveCommand({ dev, env: { ...process.env, PORT: port } });
  const server = spawn(command, args, { ...options, stdio: "inherit" });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  server.on("error", (error) => {
    console.error("Could not start the server:", error.message);
    process.exit(1);
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
