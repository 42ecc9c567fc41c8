// Real concurrency for integration tests. better-sqlite3 is synchronous: a connection waiting
// for another's lock sleeps on the thread it runs on, so two connections in one thread
// deadlock until the busy timeout (the holder cannot run its next statement). Concurrent
// callers therefore run in worker threads, each with its own connection, as separate app
// processes would; the calls given to one thread share its connection.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Job, Outcome } from "./operations";

const WORKER = path.resolve("tests/integration/concurrency-worker.ts");
const BOOT = `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(WORKER)});`;

function nextMessage(worker: Worker) {
  return new Promise<unknown>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once("error", onError);
    worker.once("message", (message) => {
      worker.off("error", onError);
      resolve(message);
    });
  });
}

/**
 * `count` threads, started once (loading the app's modules takes a while) and reused by every
 * race: `race(url, jobs)` runs the jobs at once across the threads (job i on thread i mod
 * count), after every thread has connected, and returns each job's outcome in order.
 */
export async function startThreads(count = 4) {
  const workers = Array.from({ length: count }, () => new Worker(BOOT, { eval: true, execArgv: ["--conditions=react-server"] }));
  await Promise.all(workers.map(nextMessage));

  async function race(url: string, jobs: Job[]): Promise<Outcome[]> {
    const used = workers.slice(0, Math.min(count, jobs.length));
    const shares = used.map((_, t) => jobs.filter((_, i) => i % used.length === t));
    const ready = used.map(nextMessage);
    used.forEach((worker, t) => worker.postMessage({ url, jobs: shares[t] }));
    const answers = await Promise.all(ready);
    if (answers.some((a) => a !== "ready")) throw new Error(`A thread could not connect: ${JSON.stringify(answers)}`);
    const done = used.map((worker) => nextMessage(worker) as Promise<Outcome[]>);
    for (const worker of used) worker.postMessage("go");
    const results = await Promise.all(done);
    return jobs.map((_, i) => results[i % used.length]![Math.floor(i / used.length)]!);
  }

  return { race, close: () => Promise.all(workers.map((worker) => worker.terminate())) };
}
