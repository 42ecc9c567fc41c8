// One concurrent caller's thread (see threads.ts). For each race it is sent, it opens its own
// connection to that test's database, reports ready, runs its calls when told to go, and
// reports their outcomes. Loaded through tsx in a worker thread, outside Vitest, so it imports
// the real modules as the app does.
import { parentPort } from "node:worker_threads";
import { withDatabase } from "@/server/db";
import { createPrismaClient, type DbClient } from "@/server/prisma-client";
import { OPERATIONS, type Job, type Outcome } from "./operations";

const port = parentPort!;

async function run(client: DbClient, job: Job): Promise<Outcome> {
  try {
    await withDatabase(client, () => OPERATIONS[job.operation](job.options as never));
    return { ok: true };
  } catch (error) {
    const { name, message } = error as Error;
    return { ok: false, name, message };
  }
}

port.on("message", async (message: { url: string; jobs: Job[] } | "go") => {
  if (message === "go") return;
  const client = createPrismaClient(message.url);
  try {
    // Connect before reporting ready, so every thread starts its calls at the same moment.
    await client.$queryRawUnsafe("SELECT 1");
    const go = new Promise((resolve) => port.once("message", resolve));
    port.postMessage("ready");
    await go;
    port.postMessage(await Promise.all(message.jobs.map((job) => run(client, job))));
  } catch (error) {
    port.postMessage({ failed: String(error) });
  } finally {
    await client.$disconnect();
  }
});
port.postMessage("started");
