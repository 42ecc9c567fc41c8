import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFingerprint } from "./build-fingerprint";

describe("build fingerprint (npm start rebuilds only when sources change)", () => {
  it("is stable for unchanged sources and changes when a source file changes or is added", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "fp-"));
    fs.mkdirSync(path.join(root, "src/app"), { recursive: true });
    fs.writeFileSync(path.join(root, "src/app/page.tsx"), "export default 1;");
    fs.writeFileSync(path.join(root, "package-lock.json"), "{}");
    const first = buildFingerprint(root);
    expect(buildFingerprint(root)).toBe(first);
    fs.writeFileSync(path.join(root, "src/app/page.tsx"), "export default 2;");
    const second = buildFingerprint(root);
    expect(second).not.toBe(first);
    fs.writeFileSync(path.join(root, "src/app/other.ts"), "");
    expect(buildFingerprint(root)).not.toBe(second);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
