// npm run bench:public: the public site against nginx serving copies of the same bytes.
// Starts the app's server (on the production build; built first when missing) on a fresh demo
// database and on one with 40 published quarters, and nginx with gzip_static and brotli_static
// on the stored artifacts; then autocannon against both at 10 and 100 connections, the two
// servers interleaved in every round, median of the rounds. Prints app/nginx throughput and
// latency percentiles per route, and app throughput with 40 quarters against 1 (flatness).
// Not a test: numbers vary with the machine; only the ratios compare between runs. Sends
// requests to 127.0.0.1 only. BENCH_DURATION (seconds, default 5) and BENCH_ROUNDS (default 3).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { createPrismaClient } from "@/server/prisma-client";
import { prepareDatabase } from "@/scripts/prepare-db";
import { ensureBuild } from "@/scripts/ensure-build";
import { serveCommand } from "@/scripts/serve-command";
import { addPublishedQuarters } from "./published-quarters";
import { exportArtifacts, nginxMissing, startNginx } from "./nginx";

const APP_PORT = Number(process.env.BENCH_PORT ?? 3221);
const NGINX_PORT = APP_PORT + 1;
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUARTER = "/quarters/2021-22-q3";
const ROUTES = ["/", QUARTER, `${QUARTER}/data.csv`, `${QUARTER}/data.json`, "/feed.xml"];
const HEADERS = { "accept-encoding": "gzip, deflate, br" };

type Sample = { rps: number; p50: number; p95: number; p99: number };

function percentile(sorted: Float64Array, p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function measure(url: string, connections: number): Promise<Sample> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: DURATION, headers: HEADERS }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const sorted = Float64Array.from(times).sort();
  return { rps: result.requests.average, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medianSample = (s: Sample[]): Sample => ({
  rps: median(s.map((x) => x.rps)),
  p50: median(s.map((x) => x.p50)),
  p95: median(s.map((x) => x.p95)),
  p99: median(s.map((x) => x.p99)),
});

async function freshDatabase(file: string, extraQuarters: number) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  await prepareDatabase();
  const db = createPrismaClient(`file:${file}`);
  if (extraQuarters) await addPublishedQuarters(db, extraQuarters);
  return db;
}

// Whatever this script started is stopped when it ends, however it ends.
const started = new Set<ChildProcess>();
process.on("exit", () => started.forEach((c) => c.kill("SIGKILL")));

async function startApp(file: string) {
  const { command, args, options } = serveCommand({
    env: {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      PORT: String(APP_PORT),
      NEXTAUTH_SECRET: "bench-only",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const child = spawn(command, args, { ...options, stdio: ["ignore", "ignore", "inherit"] });
  started.add(child);
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${APP_PORT}${QUARTER}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("The app did not start");
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer`);
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Every route at each connection count, app and nginx interleaved, ROUNDS rounds. */
async function compare(connectionCounts: number[], withNginx: boolean) {
  // Warm both servers up (JIT, connection pools) before anything is recorded.
  for (const route of ROUTES)
    for (const port of withNginx ? [APP_PORT, NGINX_PORT] : [APP_PORT]) await measure(`http://127.0.0.1:${port}${route}`, 10);
  const samples = new Map<string, Sample[]>();
  const add = (key: string, s: Sample) => samples.set(key, [...(samples.get(key) ?? []), s]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const connections of connectionCounts) {
      for (const route of ROUTES) {
        // Alternate which server goes first, so neither always runs on a warmer machine.
        const order = round % 2 ? ["nginx", "app"] : ["app", "nginx"];
        for (const server of order) {
          if (server === "nginx" && !withNginx) continue;
          const port = server === "app" ? APP_PORT : NGINX_PORT;
          add(`${server} ${connections} ${route}`, await measure(`http://127.0.0.1:${port}${route}`, connections));
        }
      }
    }
  }
  return new Map([...samples].map(([k, v]) => [k, medianSample(v)]));
}

const ms = (n: number) => n.toFixed(1).padStart(6);
const latency = (s: Sample) => `${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)}`;

async function main() {
  const missing = nginxMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-"));
  fs.chmodSync(dir, 0o755); // nginx's workers run as another user

  const cores = os.cpus().length;
  console.log(`bench:public: ${DURATION} s per measurement, median of ${ROUNDS} rounds, ${cores} cores, Node ${process.version}`);

  const one = path.join(dir, "one.db");
  let db = await freshDatabase(one, 0);
  let app = await startApp(one);
  const root = path.join(dir, "www-one");
  await exportArtifacts(db, root);
  let nginx = startNginx(root, NGINX_PORT, path.join(dir, "nginx-one"));
  started.add(nginx);
  await waitFor(`http://127.0.0.1:${NGINX_PORT}${QUARTER}`);

  const page = await db.publicArtifact.findUniqueOrThrow({ where: { path: QUARTER } });
  const html = Buffer.from(page.body).toString();
  console.log(
    `Quarter page: ${page.body.length} bytes, gzip ${page.gzip.length}, brotli ${page.brotli.length}; ` +
      `<script> elements: ${(html.match(/<script/gi) ?? []).length}`,
  );

  const results = await compare([10, 100], true);
  await Promise.all([stop(app), stop(nginx)]);
  await db.$disconnect();

  console.log(
    "\nroute                                   conns   app rps  nginx rps  app/nginx   app p50/p95/p99 ms   nginx p50/p95/p99 ms",
  );
  for (const connections of [10, 100])
    for (const route of ROUTES) {
      const a = results.get(`app ${connections} ${route}`)!;
      const n = results.get(`nginx ${connections} ${route}`)!;
      console.log(
        `${route.padEnd(40)}${String(connections).padStart(5)} ${a.rps.toFixed(0).padStart(9)} ${n.rps.toFixed(0).padStart(10)} ${(a.rps / n.rps).toFixed(2).padStart(10)}   ${latency(a)}   ${latency(n)}`,
      );
    }

  // Flatness: the same routes with 40 published quarters.
  const forty = path.join(dir, "forty.db");
  db = await freshDatabase(forty, 39);
  app = await startApp(forty);
  const root40 = path.join(dir, "www-forty");
  await exportArtifacts(db, root40);
  nginx = startNginx(root40, NGINX_PORT, path.join(dir, "nginx-forty"));
  started.add(nginx);
  await waitFor(`http://127.0.0.1:${NGINX_PORT}${QUARTER}`);
  const results40 = await compare([100], true);
  await Promise.all([stop(app), stop(nginx)]);
  await db.$disconnect();

  console.log("\nWith 40 published quarters, 100 connections     app rps  app/nginx  app rps (40) / app rps (1)");
  for (const route of ROUTES) {
    const a = results40.get(`app 100 ${route}`)!;
    const n = results40.get(`nginx 100 ${route}`)!;
    const base = results.get(`app 100 ${route}`)!;
    console.log(
      `${route.padEnd(48)}${a.rps.toFixed(0).padStart(8)} ${(a.rps / n.rps).toFixed(2).padStart(10)} ${(a.rps / base.rps).toFixed(2).padStart(14)}`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
