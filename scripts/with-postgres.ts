// `tsx scripts/with-postgres.ts <command…>`: starts a throwaway PostgreSQL cluster, runs the
// command with TEST_POSTGRES_URL pointing at it (which makes the integration tests' databases
// and the end-to-end server's database PostgreSQL ones), then stops and deletes the cluster,
// whatever the command's outcome. Exits with the command's status.
import { spawn } from "node:child_process";
import { startPostgresCluster } from "./postgres-cluster";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("Usage: tsx scripts/with-postgres.ts <command> [arguments…]");
  const started = Date.now();
  const cluster = await startPostgresCluster();
  console.log(`PostgreSQL test cluster on 127.0.0.1:${cluster.port} (${((Date.now() - started) / 1000).toFixed(1)} s to start)`);
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, TEST_POSTGRES_URL: cluster.url } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0))));
  cluster.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
