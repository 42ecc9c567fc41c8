// The app's HTTP server, started by `npm start`, `npm run dev` and the e2e server. Public
// paths (/, /feed.xml, /quarters/..., /assets/...) are answered from the artifacts generated
// at publication and stored in the database; every other request goes to Next.js's request
// handler (Next's documented custom-server pattern), intranet paths once they have passed the
// intranet's first gate (lib/http/intranet-gate.ts). Runs in plain Node, not the react-server
// condition: the public site renders with react-dom/server (see scripts/serve-command.ts).
import "dotenv/config";
import cluster from "node:cluster";
import crypto from "node:crypto";
import http from "node:http";
import os from "node:os";
import { db } from "@/server/db";
import { createPublicSite } from "@/server/public-site/public-site";
import { createMailSender } from "@/server/mail/mail-sender";
import { mailTransport } from "@/server/mail/mail-transport";
import { readMailConfig } from "@/lib/mail/mail-config";
import { organisationDefaults } from "@/lib/organisation";
import { publicSiteUrl } from "@/lib/site-url";
import { isPublicSitePath } from "@/lib/public-site/paths";
import { requestPath } from "@/lib/public-site/request-path";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { intranetGate } from "@/lib/http/intranet-gate";
import { serverProcessCount } from "@/lib/http/server-processes";
import { buildFingerprint } from "./build-fingerprint";
import { superviseWorkers } from "./serve-workers";

/**
 * The intranet's first gate (lib/http/intranet-gate.ts): false when it has answered the
 * request itself (a redirect to sign in). Headers it sets on the request replace any the client
 * sent under the same names.
 */
function passesGate(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  const decision = intranetGate({
    pathname,
    target: req.url ?? "/",
    cookie: req.headers.cookie,
    forwardedProto: req.headers["x-forwarded-proto"]?.toString(),
    nonce: crypto.randomBytes(16).toString("base64"),
    env: process.env,
  });
  if (!decision) return true;
  if (decision.redirect !== undefined) {
    res.writeHead(307, { ...SECURITY_HEADERS, Location: decision.redirect, "Cache-Control": "no-store" });
    res.end();
    return false;
  }
  Object.assign(req.headers, decision.requestHeaders);
  for (const [name, value] of Object.entries(decision.responseHeaders)) res.setHeader(name, value);
  return true;
}

function badRequest(res: http.ServerResponse) {
  res.writeHead(400, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end("Bad request: the address is not a valid path.\n");
}

async function main(dev: boolean) {
  const port = Number(process.env.PORT || 3000);

  // Everything a public page shows besides the database: the templates and stylesheet (the
  // sources, as the build fingerprint covers them) and the settings from the environment (the
  // organisation's defaults). When it differs from the renderer the stored artifacts were made
  // with, the whole site is generated again. Settings saved in the database record a change
  // of their own (server/settings/).
  const environment = { base: publicSiteUrl(), org: organisationDefaults() };
  const renderer = crypto.createHash("sha256").update(buildFingerprint()).update(JSON.stringify(environment)).digest("hex");
  // The app's database clients are made here, before Next.js loads, and kept on globalThis
  // (server/db.ts), so the public site and the app share one writing connection: with SQLite,
  // two writing connections in one process can wait on each other's locks.
  void db.publicSite;
  const site = createPublicSite({
    renderer,
    settings: async () => {
      const [{ siteStylesheet }, { getOrganisation }] = await Promise.all([
        import("@/server/public-site/stylesheet"),
        import("@/server/settings/get-organisation"),
      ]);
      const [stylesheet, { org, logo }] = await Promise.all([siteStylesheet(), getOrganisation()]);
      return { base: environment.base, org, logo, stylesheet, renderer };
    },
  });
  await site.start();
  // Server actions in this process (publish, correct, withdraw) wait on it: see await-public-site.ts.
  (globalThis as { scorecardPublicSite?: typeof site }).scorecardPublicSite = site;
  // Emails queued by changes (in this instance or any other on the database) are sent from here.
  const mail = createMailSender({ transport: mailTransport(readMailConfig(process.env)) });
  mail.start();
  (globalThis as { scorecardMailSender?: typeof mail }).scorecardMailSender = mail;

  // Next.js loads after the public site is up: public pages are served while it starts.
  const prepared = import("next").then(async ({ default: next }) => {
    const app = next({ dev, dir: process.cwd(), port, hostname: "localhost" });
    await app.prepare();
    return app;
  });
  prepared.catch((error: unknown) => {
    console.error("Next.js could not start:", error);
    process.exit(1);
  });
  const handlers = prepared.then((app) => ({ request: app.getRequestHandler(), upgrade: app.getUpgradeHandler() }));

  const server = http.createServer((req, res) => {
    const pathname = requestPath(req.url ?? "/");
    if (pathname === null) return badRequest(res);
    if (isPublicSitePath(pathname)) return site.handle(req, res, pathname);
    if (!passesGate(req, res, pathname)) return;
    handlers
      .then(({ request }) => request(req, res))
      .catch((error: unknown) => {
        console.error("Unhandled error for", req.method, pathname, error);
        if (!res.headersSent) res.writeHead(500, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal server error\n");
      });
  });
  if (dev) server.on("upgrade", (req, socket, head) => void handlers.then(({ upgrade }) => upgrade(req, socket, head)));
  // Idle keep-alive connections stay open longer than a load balancer's idle timeout (60 s on
  // most), so a proxy or client never reuses a socket this server is closing at that moment:
  // Node's 5 s default made such a request fail with ECONNRESET (seen in the e2e suite).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("clientError", (error, socket) => {
    // Unparseable requests (a raw NUL in the path, bad headers): 400, as Node would, and nothing logged.
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  server.listen(port, () => console.log(`Scorecard is serving on port ${port} (${site.artifacts} public artifacts).`));
  // The board paper's PDF renderer, loaded while nothing is waiting for it.
  setTimeout(() => void import("@/server/documents/render-pdf").then((m) => m.warmUpPdf()).catch(() => undefined), 2_000).unref();

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([site.stop(), mail.stop(), prepared.then((app) => app.close())]).finally(() => process.exit(0));
  };
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    stop();
  };
  // Idempotent: with several server processes (scripts/serve-workers.ts) a Ctrl-C reaches each
  // process from the terminal and again from the primary. A process whose primary is gone (even
  // killed outright) is ended by Node's cluster module at once, so none is left holding the
  // port; its claims and heartbeat in the database expire on their own.
  process.on("SIGTERM", stopOnce);
  process.on("SIGINT", stopOnce);
}

const dev = process.argv.includes("--dev");
// Development serves from one process: Next's dev server compiles on demand and watches files.
let processes = 1;
try {
  if (!dev) processes = serverProcessCount(process.env.WEB_CONCURRENCY, os.availableParallelism());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (processes > 1 && cluster.isPrimary) superviseWorkers(processes);
else
  main(dev).catch((error: unknown) => {
    console.error("The server could not start:", error);
    process.exit(1);
  });
