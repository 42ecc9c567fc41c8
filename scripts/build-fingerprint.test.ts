import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildFingerprint } from "./build-fingerprint";

let root = "";
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function project() {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "fp-"));
  fs.mkdirSync(path.join(root, "app"), { recursive: true });
  fs.mkdirSync(path.join(root, "lib"), { recursive: true });
  fs.writeFileSync(path.join(root, "app/page.tsx"), "export default 1;");
  fs.writeFileSync(path.join(root, "package-lock.json"), "{}");
  return root;
}

describe("build fingerprint (npm start rebuilds only when sources change)", () => {
  it("is stable for unchanged sources and changes when a source file changes or is added", () => {
    project();
    const first = buildFingerprint(root);
    expect(buildFingerprint(root)).toBe(first);
    fs.writeFileSync(path.join(root, "app/page.tsx"), "export default 2;");
    const second = buildFingerprint(root);
    expect(second).not.toBe(first);
    fs.writeFileSync(path.join(root, "lib/other.ts"), "");
    expect(buildFingerprint(root)).not.toBe(second);
  });

  it("ignores test files beside the code, which are not part of the build", () => {
    project();
    const before = buildFingerprint(root);
    fs.writeFileSync(path.join(root, "lib/rule.test.ts"), "it('x', () => {});");
    fs.writeFileSync(path.join(root, "app/view.test.tsx"), "");
    expect(buildFingerprint(root)).toBe(before);
  });
});
