// A fingerprint of everything that goes into a production build, so `npm start` rebuilds
// exactly when the sources changed and otherwise starts at once.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "server",
  "proxy.ts",
  "public",
  "prisma/schema.prisma",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

// Tests live beside the code they test but are not part of the build.
const TEST_FILE = /\.test\.tsx?$/;

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (fs.statSync(entry).isFile()) return [entry];
  return fs
    .readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !TEST_FILE.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}

export function buildFingerprint(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  for (const file of INPUTS.flatMap((i) => filesUnder(path.join(root, i))).sort()) {
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}
