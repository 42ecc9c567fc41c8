import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/generated": path.resolve(root, "generated"),
      "@": path.resolve(root, "src"),
      // Server modules mark themselves server-only; under test they run in plain Node.
      "server-only": path.resolve(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
