import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";
import { ssoEnv } from "./e2e/fixtures/sso-settings";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const DB_FILE = process.env.E2E_DB_FILE ?? "data/e2e.db";
// A throwaway SQLite file; or, when TEST_POSTGRES_URL names a PostgreSQL server (as
// `npm run test:e2e:postgres` does), a throwaway database on it, recreated by the web server.
const DATABASE_URL = process.env.TEST_POSTGRES_URL ? postgresDatabase(process.env.TEST_POSTGRES_URL) : `file:./${DB_FILE}`;
// Fixtures in the test process (e2e/fixtures) read and seed the same throwaway database and
// find server actions in the same build as the server under test.
process.env.DATABASE_URL = DATABASE_URL;
process.env.E2E_DB_FILE = DB_FILE;

function postgresDatabase(serverUrl: string) {
  const url = new URL(serverUrl);
  url.pathname = `/scorecard_e2e_${PORT}`;
  return url.toString();
}
process.env.NEXT_DIST_DIR = DIST_DIR;
// Links in emails queued by fixtures' domain calls point at the server under test, as the server's own do.
process.env.NEXTAUTH_URL = baseURL;
// The single sign-on specs start the identity provider and a second instance beside the app.
const SECRET = "e2e-only-secret-not-for-production-use-0123456789";
process.env.E2E_PORT = String(PORT);
process.env.E2E_NEXTAUTH_SECRET = SECRET;

/**
 * Debian's Chromium where it is installed (these machines cannot download Playwright's own
 * browser); otherwise Playwright's bundled Chromium; otherwise say exactly what to install.
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const system = candidates.find((p) => fs.existsSync(p));
  if (system) return system;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one of:\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)\n" +
      "  with internet access: npx playwright install chromium",
  );
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      // The test runner resolves server-only modules for its fixtures; Next must not.
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      E2E_DB_FILE: DB_FILE,
      DATABASE_URL,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: SECRET,
      E2E_PORT: String(PORT),
      SEED_DEMO: "true",
      // As behind a reverse proxy: x-forwarded-proto decides HSTS (e2e/security-headers.spec.ts).
      TRUST_PROXY: "true",
      // Single sign-on on, against the provider e2e/sso.spec.ts runs: every spec sees the button.
      ...ssoEnv(PORT),
    },
  },
});
