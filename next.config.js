// @ts-check

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
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
