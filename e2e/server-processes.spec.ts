// WEB_CONCURRENCY: one server process per core (scripts/serve-workers.ts). The processes share
// the port and each answers connections; a process that dies takes the server down saying so,
// as npm start and any supervisor expect; and a primary killed outright leaves no process
// behind holding the port.
import fs from "node:fs";
import http from "node:http";
import { test, expect } from "@playwright/test";
import { descendants, sparePort, startServer, waitForOk, type AppProcess } from "./fixtures/server-process";

/** The server processes below the primary. */
const workersOf = (app: AppProcess) => descendants(app.child.pid!).filter((p) => p.cmdline.includes("scripts/serve.ts"));

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`);

/** Socket inodes of the established TCP connections on `port` (this machine's side of them). */
function establishedOn(port: number) {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of fs.readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const localPort = parseInt(fields[1]!.split(":")[1]!, 16);
      if (localPort === port && fields[3] === "01") inodes.add(fields[9]!);
    }
  }
  return inodes;
}

/** How many of the connections on `port` each process holds. */
function connectionsHeldBy(pids: number[], port: number) {
  const established = establishedOn(port);
  return pids.map(
    (pid) =>
      fs.readdirSync(`/proc/${pid}/fd`).filter((fd) => {
        try {
          const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
          return established.has(target.replace(/^socket:\[(\d+)\]$/, "$1"));
        } catch {
          return false;
        }
      }).length,
  );
}

async function gone(pids: number[], timeoutMs = 15_000) {
  const started = Date.now();
  while (pids.some(alive) && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 50));
  return !pids.some(alive);
}

test.describe("several server processes", () => {
  test.setTimeout(120_000);
  let app: AppProcess | null = null;
  const port = sparePort(1);
  test.beforeEach(async () => {
    app = startServer(port, process.env.DATABASE_URL!, { WEB_CONCURRENCY: "2" });
    await waitForOk(app, "/api/health");
    // Both processes listening: each logs once it is.
    await expect.poll(() => app!.output().match(/Scorecard is serving on port/g)?.length ?? 0, { timeout: 60_000 }).toBe(2);
    pids = workersOf(app).map((w) => w.pid);
  });
  let pids: number[] = [];
  test.afterEach(async () => {
    await app?.stop();
    app = null;
    // A test that failed part-way may have left a process of its own: none outlives the test.
    for (const pid of pids.filter(alive)) process.kill(pid, "SIGKILL");
  });

  test("two processes share the port and both answer; SIGTERM stops them all cleanly", async () => {
    const workers = workersOf(app!);
    expect(workers).toHaveLength(2);
    // Ten connections kept open: the primary hands them out between the processes.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
    const statuses = await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<number>((resolve, reject) =>
            http
              .get(`http://127.0.0.1:${port}/api/health`, { agent }, (res) => {
                res.resume();
                res.on("end", () => resolve(res.statusCode!));
              })
              .on("error", reject),
          ),
      ),
    );
    expect(statuses).toEqual(Array(10).fill(200));
    const held = connectionsHeldBy(
      workers.map((w) => w.pid),
      port,
    );
    // Ten, and any the readiness checks left open.
    expect(held.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
    expect(Math.min(...held), `connections held by each process: ${held.join(", ")}`).toBeGreaterThan(0);
    agent.destroy();

    process.kill(app!.child.pid!, "SIGTERM");
    expect(await app!.exited).toEqual({ code: 0, signal: null });
    expect(await gone(workers.map((w) => w.pid))).toBe(true);
  });

  test("a process that dies takes the server down and it ends the same way, saying so", async () => {
    const [victim, other] = workersOf(app!);
    process.kill(victim!.pid, "SIGKILL");
    expect(await app!.exited).toEqual({ code: null, signal: "SIGKILL" });
    expect(app!.output()).toContain(`A server process (pid ${victim!.pid}) ended by SIGKILL; stopping the others.`);
    expect(await gone([other!.pid])).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });

  test("a process stopped on its own, even cleanly, ends the server as a failure", async () => {
    const [victim, other] = workersOf(app!);
    process.kill(victim!.pid, "SIGTERM");
    expect(await app!.exited).toEqual({ code: 1, signal: null });
    expect(app!.output()).toContain(`A server process (pid ${victim!.pid}) ended with exit code 0; stopping the others.`);
    expect(await gone([other!.pid])).toBe(true);
  });

  // Node's cluster module ends a process whose primary is gone; this checks nothing is left.
  test("a primary killed outright leaves no server process holding the port", async () => {
    const workers = workersOf(app!);
    process.kill(app!.child.pid!, "SIGKILL");
    await app!.exited;
    expect(await gone(workers.map((w) => w.pid))).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });
});
