// npm run user:create -- --email someone@force.police.uk --role ADMIN [--role SECRETARIAT] [--name "Full Name"]
// The password comes from SCORECARD_PASSWORD or a hidden prompt, never a flag, so it stays
// out of shell history and process listings.
import "dotenv/config";
import { parseArgs } from "node:util";
import readline from "node:readline";
import { createPrismaClient } from "@/server/prisma-client";
import { hashPassword } from "@/server/auth/password";
import { createUserSchema, MIN_PASSWORD_LENGTH } from "@/lib/schemas/user";
import { migrateDatabase } from "./prepare-db";

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", multiple: true }, name: { type: "string" } },
  });
  const password = process.env.SCORECARD_PASSWORD ?? (await promptHidden("Password (at least 12 characters): "));
  const parsed = createUserSchema.safeParse({
    email: values.email ?? "",
    roles: values.role ?? [],
    name: values.name ?? values.email ?? "",
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    process.exit(2);
  }
  // The first administrator must always be able to sign in locally, single sign-on or not.
  if (!parsed.data.password) {
    console.error(`password: Enter a password of at least ${MIN_PASSWORD_LENGTH} characters.`);
    process.exit(2);
  }
  await migrateDatabase();
  const db = createPrismaClient();
  try {
    const input = parsed.data;
    if (await db.user.findUnique({ where: { email: input.email } })) {
      console.error(`A user with email ${input.email} already exists.`);
      process.exit(1);
    }
    const user = await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        roles: { create: input.roles.map((role) => ({ role })) },
      },
    });
    await db.auditEvent.create({
      data: {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        actorEmail: "cli",
        details: JSON.stringify({ email: input.email, roles: input.roles }),
      },
    });
    console.log(`Created ${input.email} with roles ${input.roles.join(", ")}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
