// `npm start`: migrate, seed an empty database, build when no current build exists, then
// serve the production server on PORT (default 3000). `npm run dev` (--dev) does the same
// preparation and runs the development server instead of building.
import "dotenv/config";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn, execFileSync } from "node:child_process";
import { prepareDatabase } from "./prepare-db";
import { buildFingerprint } from "./build-fingerprint";
import { checkSignInConfig } from "@/lib/auth/oidc-config";

const nextBin = require.resolve("next/dist/bin/next");

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

function ensureBuild() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(distDir, "scorecard-fingerprint");
  const fingerprint = buildFingerprint();
  const current = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
  if (current) return;
  console.log("Building the app (first start or sources changed)…");
  execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  fs.writeFileSync(stamp, fingerprint);
}

async function main() {
  const port = process.env.PORT || "3000";
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_URL) {
    console.error("NEXTAUTH_URL must be set in production to the address people use, e.g. https://scorecard.force.police.uk");
    process.exit(1);
  }
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  // Single sign-on settings (OIDC_*, LOCAL_LOGIN): refuse to start on a half-set configuration.
  try {
    checkSignInConfig(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  ensureSecret();
  await prepareDatabase();
  const dev = process.argv.includes("--dev");
  if (!dev) ensureBuild();
  console.log(`Scorecard is starting on ${process.env.NEXTAUTH_URL}`);
  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
