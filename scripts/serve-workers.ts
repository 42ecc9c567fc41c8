// The primary process when WEB_CONCURRENCY asks for more than one server process: it forks
// that many copies of scripts/serve.ts (node:cluster), which share the port, and serves
// nothing itself. The copies are instances like any others on the database (each with its own
// public-site copy, mail sender and registry heartbeat), so nothing else changes.
import cluster, { type Worker } from "node:cluster";

const STOP_DEADLINE_MS = 30_000;

/**
 * Runs `count` server processes and lives as long as all of them do. SIGTERM or SIGINT stops
 * them all gracefully. When one dies on its own, the others are stopped and this process ends
 * the same way (by the same signal, or with the same exit code), so whatever supervises it
 * (`npm start`, systemd, a container runtime) sees the failure and can restart the whole
 * server, rather than it running on at part strength unnoticed.
 */
export function superviseWorkers(count: number) {
  const live = new Set<Worker>();
  let stopping = false;
  let ending: { code: number | null; signal: string | null } | null = null;

  const stopAll = (signal: NodeJS.Signals) => {
    if (!stopping)
      // A process that does not stop in time is not allowed to keep the server from ending.
      setTimeout(() => {
        for (const worker of live) worker.process.kill("SIGKILL");
      }, STOP_DEADLINE_MS).unref();
    stopping = true;
    for (const worker of live) worker.process.kill(signal);
  };

  cluster.on("exit", (worker, code, signal) => {
    live.delete(worker);
    if (!stopping) {
      console.error(
        `A server process (pid ${worker.process.pid}) ended ${signal ? `by ${signal}` : `with exit code ${code}`}; stopping the others.`,
      );
      // Never 0: a process that ended on its own is a failure even if it ended cleanly (someone
      // stopped that one process), so a supervisor restarting on failure restarts the server.
      ending = { code: signal ? null : code || 1, signal };
      stopAll("SIGTERM");
    }
    if (live.size > 0) return;
    if (ending?.signal) {
      // Ended by the signal that ended the process, as if it had been sent here.
      process.removeAllListeners(ending.signal);
      process.kill(process.pid, ending.signal as NodeJS.Signals);
      return;
    }
    process.exit(ending?.code ?? 0);
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stopAll("SIGTERM"));
  for (let i = 0; i < count; i++) live.add(cluster.fork());
}
