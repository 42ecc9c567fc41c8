import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@/generated": path.resolve(__dirname, "generated"),
      "@": path.resolve(__dirname, "src"),
      // Server modules mark themselves server-only; under test they run in plain Node.
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
  },
});
