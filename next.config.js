// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { SECURITY_HEADERS } = require("./lib/security-headers.js");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // e2e builds into its own folder so a test run never serves (or poisons) the cache of `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` runs tsc over the whole project (tests included) as its own step, so the
  // production build does not repeat the check.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "postgrator",
    "@node-rs/argon2",
    "date-holidays",
    // Loaded at run time as they are: react-pdf is ES modules only and brings its own renderer.
    "@react-pdf/renderer",
    "docx",
    "jsdom",
    "dompurify",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

module.exports = nextConfig;
