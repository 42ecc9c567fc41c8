// Builds the app when there is no production build of the current sources (see
// build-fingerprint.ts), so `npm start` and `npm run bench:public` start at once otherwise.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { buildFingerprint } from "./build-fingerprint";

export function ensureBuild(env: NodeJS.ProcessEnv = process.env) {
  const distDir = env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(distDir, "scorecard-fingerprint");
  const fingerprint = buildFingerprint();
  const current = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
  if (current) return;
  console.log("Building the app (first start or sources changed)…");
  execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env });
  // After the build, which may itself touch a fingerprinted file (tsconfig.json's includes).
  fs.writeFileSync(stamp, buildFingerprint());
}
