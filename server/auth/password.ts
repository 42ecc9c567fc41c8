import { hash, verify } from "@node-rs/argon2";

// argon2id through @node-rs/argon2: maintained, ships prebuilt binaries inside the npm
// package (no download at install), and defaults to argon2id with OWASP-level parameters.
// No "server-only" marker: the user:create script and unit tests use it outside Next.

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the email is unknown, so a wrong email costs the same
// time as a wrong password and the two cannot be told apart.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  return dummyHash;
}
