import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { tempDatabase } from "./temp-db";

let current: ReturnType<typeof tempDatabase> | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

const tsx = path.resolve("node_modules/.bin/tsx");

function createUser(args: string[], env: Record<string, string>) {
  return spawnSync(tsx, ["--conditions=react-server", "scripts/create-user.ts", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    input: "",
  });
}

describe("npm run user:create", () => {
  it("creates the first administrator with the password from SCORECARD_PASSWORD, hashed with argon2id", async () => {
    current = tempDatabase();
    const run = createUser(["--email", "Chief.Admin@Force.example", "--role", "ADMIN", "--role", "SECRETARIAT", "--name", "Chief Admin"], {
      DATABASE_URL: current.url,
      SCORECARD_PASSWORD: "a very long passphrase",
    });
    expect(run.status, run.stderr).toBe(0);
    const user = await current.db.user.findUniqueOrThrow({ where: { email: "chief.admin@force.example" }, include: { roles: true } });
    expect(user.roles.map((r) => r.role).sort()).toEqual(["ADMIN", "SECRETARIAT"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash ?? "", "a very long passphrase")).toBe(true);
    expect(await current.db.auditEvent.count({ where: { action: "user.create", entityId: user.id } })).toBe(1);
  });

  it("takes no password flag, refuses a short password and an unknown role, and creates nothing", async () => {
    current = tempDatabase();
    const flag = createUser(["--email", "a@force.example", "--role", "ADMIN", "--password", "a very long passphrase"], {
      DATABASE_URL: current.url,
      SCORECARD_PASSWORD: "a very long passphrase",
    });
    expect(flag.status).not.toBe(0);
    const short = createUser(["--email", "b@force.example", "--role", "ADMIN"], { DATABASE_URL: current.url, SCORECARD_PASSWORD: "short" });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("at least 12 characters");
    // Blank is a valid "no password" on the Users page (single sign-on), never for the CLI.
    const blank = createUser(["--email", "d@force.example", "--role", "ADMIN"], { DATABASE_URL: current.url, SCORECARD_PASSWORD: "" });
    expect(blank.status).toBe(2);
    expect(blank.stderr).toContain("Enter a password");
    const role = createUser(["--email", "c@force.example", "--role", "KING"], {
      DATABASE_URL: current.url,
      SCORECARD_PASSWORD: "a very long passphrase",
    });
    expect(role.status).toBe(2);
    expect(await current.db.user.count()).toBe(0);
  });
});
