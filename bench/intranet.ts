// npm run bench:intranet: intranet latency on the production build with the demo database.
// The analyst's submission page at 10 concurrent users (autocannon, signed in), and saving a
// measure's figures one at a time through the real server action, as the browser posts it.
// Not a test: prints p50/p95/p99. Sends requests to 127.0.0.1 only. BENCH_DURATION (s, 10) is
// one round; the page is measured in BENCH_ROUNDS rounds (3) and the median round reported, as
// bench:public does, so one burst from a neighbour on a shared machine does not decide it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { createPrismaClient } from "@/server/prisma-client";
import { prepareDatabase } from "@/scripts/prepare-db";
import { ensureBuild } from "@/scripts/ensure-build";
import { serveCommand } from "@/scripts/serve-command";

const PORT = Number(process.env.BENCH_PORT ?? 3224);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SAVES = 200;

const started = new Set<ChildProcess>();
process.on("exit", () => started.forEach((c) => c.kill("SIGKILL")));

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => percentile(sorted, p).toFixed(1);
  return `n=${sorted.length}  p50=${at(50)} ms  p95=${at(95)} ms  p99=${at(99)} ms`;
}

/** The round whose p95 is the median of the rounds'. */
function medianRound(rounds: number[][]) {
  const p95 = (times: number[]) =>
    percentile(
      [...times].sort((a, b) => a - b),
      95,
    );
  return [...rounds].sort((a, b) => p95(a) - p95(b))[Math.floor(rounds.length / 2)]!;
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function signIn(email: string) {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: "scorecard-demo", json: "true", callbackUrl: "/app" }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in failed: ${response.status}`);
  return session.split(";")[0]!;
}

function actionId(name: string) {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node).find(([, v]) => v.exportedName === name)![0];
}

/** The page at 10 concurrent connections for `seconds`; each response's latency. */
async function load(page: string, cookie: string, seconds: number) {
  const times: number[] = [];
  await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: BASE + page, connections: 10, duration: seconds, headers: { Cookie: cookie } }, (e, r) =>
      e ? reject(e) : resolve(r),
    );
    instance.on("response", (_c, status, _b, t) => {
      if (status !== 200) reject(new Error(`The submission page answered ${status}`));
      times.push(t);
    });
  });
  return times;
}

async function startApp(processes: string) {
  const { command, args, options } = serveCommand({
    env: {
      ...process.env,
      PORT: String(PORT),
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "bench-only",
      NEXT_TELEMETRY_DISABLED: "1",
      WEB_CONCURRENCY: processes,
    },
  });
  const app = spawn(command, args, { ...options, stdio: ["ignore", "ignore", "inherit"] });
  started.add(app);
  for (
    let i = 0;
    i < 600 &&
    !(await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  return app;
}

async function stop(app: ChildProcess) {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  app.kill("SIGTERM");
  await exited;
  started.delete(app);
}

async function main() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-intranet-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  await prepareDatabase();
  const db = createPrismaClient(`file:${file}`);
  const submission = await db.submission.findFirstOrThrow({ where: { quarter: { slug: "2021-22-q4" } }, select: { id: true } });
  const page = `/app/submissions/${submission.id}`;
  let app: ChildProcess | null = null;
  let cookie = "";
  // One server process per core (WEB_CONCURRENCY=auto: how a deployment uses a machine with
  // more than one core, see lib/http/server-processes.ts), then one (the default), which the
  // saves below are measured on.
  for (const processes of ["auto", "1"]) {
    if (app) await stop(app);
    app = await startApp(processes);
    cookie = await signIn("analyst@example.org");
    // Warm up every process (connections are shared out between them), then measure.
    await load(page, cookie, 3);
    const label = processes === "1" ? "one server process" : `WEB_CONCURRENCY=auto (${os.availableParallelism()} processes)`;
    console.log(`Submission page, 10 concurrent users, ${label}:`);
    const rounds: number[][] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      rounds.push(await load(page, cookie, DURATION));
      console.log(`  round ${round}`.padEnd(40) + percentiles(rounds.at(-1)!));
    }
    console.log(`  the median round`.padEnd(40) + percentiles(medianRound(rounds)));
  }

  const action = actionId("saveFiguresAction");
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const figures = await db.figure.findMany({
      where: { submissionId: submission.id, measureKey: "homicide" },
      orderBy: { position: "asc" },
    });
    const input = {
      submissionId: submission.id,
      figures: figures.map((f) => ({
        figureId: f.id,
        version: f.version,
        unit: f.unit,
        latestValue: String(40 + (i % 10)),
        periodStart: { month: "1", year: "2022" },
        periodEnd: { month: "12", year: "2022" },
        periodNote: "",
        comparisonLabel: "",
        comparisonValue: "",
        noLocalData: false,
        noDataReason: "",
        proxyUsed: "",
      })),
    };
    const start = performance.now();
    const response = await fetch(`${BASE}${page}/figures/homicide`, {
      method: "POST",
      headers: { Cookie: cookie, "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      body: JSON.stringify([input]),
    });
    const text = await response.text();
    saves.push(performance.now() - start);
    if (!text.includes('"ok":true')) throw new Error(`Save ${i} failed: ${text.slice(0, 300)}`);
  }
  console.log(`Saving a measure's figures, one user:`.padEnd(40) + percentiles(saves.slice(10)));
  await stop(app!);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
