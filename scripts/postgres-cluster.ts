// A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a server on a
// spare port of 127.0.0.1 (and a socket in that folder), stopped and deleted by `stop`. The
// server refuses to run as root, so as root both run as the `postgres` user. Durability is off
// (fsync, synchronous commit): nothing here outlives the test run.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

export type PostgresCluster = { url: string; port: number; dir: string; stop: () => void };

const INSTALL_HINT =
  "PostgreSQL's server binaries were not found. Install them (Debian/Ubuntu: sudo apt-get install -y postgresql), " +
  "or set PG_BIN to the folder holding initdb and pg_ctl.";

/** The folder with initdb and pg_ctl: PG_BIN, then pg_config's, then the newest under /usr/lib/postgresql. */
export function postgresBinDir(): string {
  const candidates = [process.env.PG_BIN];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // No pg_config on the PATH: look in Debian's versioned folders.
  }
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian))
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, "bin"));
  const found = candidates.find((dir) => dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl")));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** A TCP port nobody is listening on, from the OS, unless TEST_POSTGRES_PORT names one. */
async function sparePort(): Promise<number> {
  if (process.env.TEST_POSTGRES_PORT) return Number(process.env.TEST_POSTGRES_PORT);
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function asServerUser(bin: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [command, full] = root ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  execFileSync(command, full, { stdio: ["ignore", "pipe", "pipe"] });
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-pg-"));
  if (process.getuid?.() === 0) {
    try {
      execFileSync("chown", ["postgres:", dir]);
    } catch {
      throw new Error("Running as root, the test cluster runs as the `postgres` user, which does not exist here. " + INSTALL_HINT);
    }
  }
  const data = path.join(dir, "data");
  const port = await sparePort();
  const pgCtl = path.join(bin, "pg_ctl");
  asServerUser(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  try {
    asServerUser(pgCtl, ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    const log = fs.existsSync(path.join(dir, "server.log")) ? fs.readFileSync(path.join(dir, "server.log"), "utf8") : "";
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`The test PostgreSQL server did not start on port ${port}.\n${log}`, { cause: error });
  }
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asServerUser(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
