// @ts-check
// Headers every response carries: Next.js adds them to its own (next.config.js) and the public
// site's server to the stored pages (server/public-site/), so both stay the same list.
// CommonJS so that next.config.js can require it.

/** @type {Readonly<Record<string, string>>} */
const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

module.exports = { SECURITY_HEADERS };
