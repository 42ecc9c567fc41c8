import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server modules mark themselves server-only; under test they run in plain Node.
      "server-only": path.resolve(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{app,components,lib,server,scripts,prisma}/**/*.test.{ts,tsx}", "tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
    // Integration files build several quarters through the domain operations before their tests.
    hookTimeout: 60000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
